#include "runstatecache.h"

#include "runmodel.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStateCache, "ipcviz.statecache")

void RunStateCache::clear()
{
    m_checkpoints.clear();
    m_last = RunState();
    m_hasLast = false;
}

void RunStateCache::advance(RunState &state, int target)
{
    const EventList &events = m_model->events();
    while (state.index() < target) {
        state.apply(events.at(state.index() + 1));
        // Checkpoint k is the state after CheckpointInterval * k events.
        const int applied = state.index() + 1;
        if (applied % CheckpointInterval == 0 &&
            applied / CheckpointInterval == m_checkpoints.size())
            m_checkpoints.append(state);
    }
}

RunState RunStateCache::stateAt(int index)
{
    const int count = m_model->eventCount();
    index = qBound(-1, index, count - 1);
    if (m_checkpoints.isEmpty())
        m_checkpoints.append(RunState(m_model->hello()));

    // Stepping forward a little from the last answer is the common case (live
    // runs, playback, dragging the slider to the right).
    if (m_hasLast && m_last.index() <= index && index - m_last.index() <= CheckpointInterval) {
        advance(m_last, index);
        return m_last;
    }
    const int wanted = (index + 1) / CheckpointInterval;
    while (m_checkpoints.size() <= wanted) {
        RunState state = m_checkpoints.back();
        // advance() appends the next checkpoint when it gets there.
        advance(state, static_cast<int>(m_checkpoints.size()) * CheckpointInterval - 1);
    }
    RunState state = m_checkpoints.at(wanted);
    advance(state, index);
    m_last = state;
    m_hasLast = true;
    qCDebug(lcStateCache) << "state at" << index << "from checkpoint" << wanted;
    return state;
}
