#include "runstatecache.h"

#include "runmodel.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcStateCache, "ipcviz.statecache")

/// A prefetch: its own share of the events and of the state it starts from, so
/// the model may go on (and append) while it runs.
struct RunStateCache::Walk {
    std::atomic<bool> cancel{false};
    std::future<void> done;
    RunState state;
    QList<RunState> checkpoints;
};

RunStateCache::RunStateCache(const RunModel *model) : m_model(model) {}

RunStateCache::~RunStateCache()
{
    clear();
}

void RunStateCache::clear()
{
    if (m_walk) {
        m_walk->cancel = true;
        m_walk->done.wait();
        m_walk.reset();
    }
    m_checkpoints.clear();
    m_last = RunState();
    m_hasLast = false;
}

int RunStateCache::spacing(const RunState &state)
{
    const qsizetype items = state.processes().size() + state.objects().size();
    return static_cast<int>(std::max<qsizetype>(CheckpointInterval, EventsPerItem * items));
}

void RunStateCache::advance(RunState &state, int target, const EventList &events,
                            QList<RunState> &checkpoints, const std::atomic<bool> *cancel)
{
    int next = checkpoints.isEmpty()
                   ? 0
                   : checkpoints.constLast().index() + 1 + spacing(checkpoints.constLast());
    while (state.index() < target) {
        state.apply(events.at(state.index() + 1));
        const int applied = state.index() + 1;
        if (applied >= next &&
            (checkpoints.isEmpty() || checkpoints.constLast().index() < state.index())) {
            checkpoints.append(state);
            next = applied + spacing(state);
            if (cancel && cancel->load(std::memory_order_relaxed))
                return;
        }
    }
}

const RunState &RunStateCache::latestCheckpointAtOrBefore(int index) const
{
    // Checkpoints are in event order: the last one not after index.
    const auto it = std::upper_bound(m_checkpoints.cbegin(), m_checkpoints.cend(), index,
                                     [](int i, const RunState &s) { return i < s.index(); });
    return *(it - 1); // the first checkpoint (index -1) is never after index
}

void RunStateCache::prefetch()
{
    const int target = m_model->eventCount() - 1;
    if (m_walk)
        return; // the next stateAt() takes it from where that walk ends
    if (m_checkpoints.isEmpty())
        m_checkpoints.append(RunState(m_model->hello()));
    const RunState &from = m_hasLast && m_last.index() > m_checkpoints.constLast().index()
                               ? m_last
                               : m_checkpoints.constLast();
    if (target - from.index() < PrefetchEvents)
        return;
    qCDebug(lcStateCache) << "walking from" << from.index() << "to" << target
                          << "in the background";
    m_walk = std::make_unique<Walk>();
    m_walk->state = from;
    m_walk->checkpoints.append(m_checkpoints.constLast());
    Walk *walk = m_walk.get();
    // The events are shared, not copied: appending to the model copies them only
    // if the walk still runs then.
    m_walk->done = std::async(std::launch::async, [walk, events = m_model->events(), target] {
        advance(walk->state, target, events, walk->checkpoints, &walk->cancel);
    });
}

void RunStateCache::joinPrefetch()
{
    if (!m_walk)
        return;
    m_walk->done.get();
    // The walk's first checkpoint is ours already.
    for (qsizetype i = 1; i < m_walk->checkpoints.size(); ++i)
        m_checkpoints.append(std::move(m_walk->checkpoints[i]));
    if (!m_hasLast || m_walk->state.index() > m_last.index()) {
        m_last = std::move(m_walk->state);
        m_hasLast = true;
    }
    m_walk.reset();
}

RunState RunStateCache::stateAt(int index)
{
    joinPrefetch();
    const EventList &events = m_model->events();
    const int count = m_model->eventCount();
    index = qBound(-1, index, count - 1);
    if (m_checkpoints.isEmpty())
        m_checkpoints.append(RunState(m_model->hello()));

    // Stepping forward a little from the last answer is the common case (live
    // runs, playback, dragging the slider to the right).
    if (m_hasLast && m_last.index() <= index &&
        index - m_last.index() <= std::max(CheckpointInterval, spacing(m_last))) {
        advance(m_last, index, events, m_checkpoints);
        return m_last;
    }
    // Checkpoints up to the index, then from the nearest one.
    if (m_checkpoints.constLast().index() < index) {
        RunState state = m_hasLast && m_last.index() > m_checkpoints.constLast().index() &&
                                 m_last.index() <= index
                             ? m_last
                             : m_checkpoints.constLast();
        advance(state, index, events, m_checkpoints);
        m_last = std::move(state);
        m_hasLast = true;
        return m_last;
    }
    RunState state = latestCheckpointAtOrBefore(index);
    advance(state, index, events, m_checkpoints);
    m_last = state;
    m_hasLast = true;
    qCDebug(lcStateCache) << "state at" << index << "from checkpoint" << m_last.index();
    return state;
}
