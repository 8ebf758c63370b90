#include "runmodel.h"

#include "core/tracefile.h"
#include "runstatecache.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRunModel, "ipcviz.runmodel")

RunModel::RunModel(QObject *parent)
    : QObject(parent), m_cache(std::make_unique<RunStateCache>(this))
{}

RunModel::~RunModel() = default;

int RunModel::cursor() const
{
    return m_live ? eventCount() - 1 : m_cursor;
}

void RunModel::setCursor(int index)
{
    index = qBound(-1, index, eventCount() - 1);
    const int before = cursor();
    const bool wasLive = m_live;
    m_cursor = index;
    m_live = false;
    if (wasLive)
        Q_EMIT liveChanged(false);
    if (before != index || wasLive)
        Q_EMIT cursorChanged(index);
}

void RunModel::setLive(bool live)
{
    if (live == m_live)
        return;
    const int before = cursor();
    if (!live)
        m_cursor = before; // freeze where the tail was
    m_live = live;
    Q_EMIT liveChanged(live);
    if (cursor() != before)
        Q_EMIT cursorChanged(cursor());
}

RunState RunModel::currentState() const
{
    return m_cache->stateAt(cursor());
}

RunState RunModel::stateAt(int index) const
{
    return m_cache->stateAt(index);
}

void RunModel::reset(const Event &hello)
{
    qCDebug(lcRunModel) << "new run" << hello.str(QStringLiteral("scenario"));
    m_hello = hello;
    m_events.clear();
    m_end.reset();
    m_cache->clear();
    m_cursor = -1;
    m_started = true;
    const bool wasLive = m_live;
    m_live = true;
    Q_EMIT runReset();
    if (!wasLive)
        Q_EMIT liveChanged(true);
    Q_EMIT cursorChanged(-1);
}

void RunModel::appendEvents(const EventList &events)
{
    if (events.isEmpty())
        return;
    const int first = eventCount();
    if (m_events.isEmpty())
        m_events = events; // shared, not copied: a trace of a million events stays one list
    else
        m_events.append(events);
    // The views will want the state at the new end: start on it while they update.
    if (m_live)
        m_cache->prefetch();
    Q_EMIT eventsAppended(first, eventCount() - 1);
    if (m_live)
        Q_EMIT cursorChanged(cursor());
}

void RunModel::finish(const Event &end)
{
    m_end = end;
    Q_EMIT runEnded();
}

void RunModel::clear()
{
    m_hello = Event();
    m_events.clear();
    m_end.reset();
    m_cache->clear();
    m_cursor = -1;
    m_started = false;
    m_live = true;
    Q_EMIT runReset();
    Q_EMIT cursorChanged(-1);
}

void RunModel::loadTrace(const TraceLoadResult &trace)
{
    reset(trace.hello);
    appendEvents(trace.events);
    if (trace.end)
        finish(*trace.end);
}
