#include "runfeeder.h"

#include "core/tracefile.h"
#include "engineclient/engineclient.h"
#include "runmodel.h"

#include <QElapsedTimer>
#include <QTimer>
#include <utility>

namespace {

/// Between one EngineClient and one RunModel during live runs: the events go to the
/// model at most every FlushIntervalMs, however fast they come, so that a run of
/// 100,000 events a second costs the views about 30 updates a second rather than
/// one per read from the engine's pipe. The first events after a pause go at once.
class LiveFeed : public QObject {
public:
    static constexpr int FlushIntervalMs = 33;

    LiveFeed(EngineClient *client, RunModel *model) : QObject(model), m_model(model)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &LiveFeed::flush);
        connect(client, &EngineClient::runStarted, this, [this](const Event &hello) {
            m_timer.stop();
            m_pending.clear();
            m_lastFlush.invalidate();
            m_model->reset(hello);
        });
        connect(client, &EngineClient::eventsReceived, this, &LiveFeed::add);
        connect(client, &EngineClient::runFinished, this, [this](const Event &end) {
            flush();
            m_model->finish(end);
        });
        connect(client, &EngineClient::runFailed, this, &LiveFeed::flush);
        connect(client, &EngineClient::runningChanged, this, [this](bool running) {
            if (!running)
                flush();
        });
    }

private:
    void add(const EventList &events)
    {
        m_pending.append(events);
        if (!m_lastFlush.isValid() || m_lastFlush.elapsed() >= FlushIntervalMs)
            flush();
        else if (!m_timer.isActive())
            m_timer.start(FlushIntervalMs - static_cast<int>(m_lastFlush.elapsed()));
    }

    void flush()
    {
        m_timer.stop();
        if (m_pending.isEmpty())
            return;
        m_lastFlush.start();
        m_model->appendEvents(std::exchange(m_pending, {}));
    }

    RunModel *m_model;
    EventList m_pending;
    QTimer m_timer;
    QElapsedTimer m_lastFlush;
};

} // namespace

void RunFeeder::connectClient(EngineClient *client, RunModel *model)
{
    new LiveFeed(client, model); // owned by the model
}

void RunFeeder::replay(const TraceLoadResult &trace, RunModel *model)
{
    model->loadTrace(trace);
}
