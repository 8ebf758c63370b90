#pragma once

#include "runstate.h"

#include <QList>
#include <atomic>
#include <future>
#include <memory>

class RunModel;

/// Checkpoints of one RunModel's states, so RunState::at() costs at most a few
/// thousand apply()s: a snapshot every CheckpointInterval events or more (a state
/// with many processes and objects costs more to keep, so its checkpoints are
/// further apart), made lazily as states are asked for, plus the last state
/// returned (stepping forward by one event costs one apply()). Owned by the
/// RunModel (RunModel::stateCache()), cleared on runReset; appending events keeps
/// it valid (events are append-only).
///
/// prefetch() walks to the end of the events in a thread of its own after a large
/// append (a trace just opened), so the state at the end is ready, or nearly, when
/// the views ask for it; stateAt() waits for that walk.
class RunStateCache {
public:
    static constexpr int CheckpointInterval = 1000;
    /// Events a state costs per process or object it holds, in the spacing of
    /// checkpoints: a checkpoint every max(CheckpointInterval, EventsPerItem × items).
    static constexpr int EventsPerItem = 50;
    /// prefetch() starts a thread only for at least this many events to walk.
    static constexpr int PrefetchEvents = 20000;

    explicit RunStateCache(const RunModel *model);
    ~RunStateCache();

    /// The state after events [0, index] (-1: before any event; clamped).
    RunState stateAt(int index);
    /// Starts computing the state at the last event in the background, when far ahead.
    void prefetch();
    void clear();
    /// Number of checkpoints held (for tests).
    int checkpointCount() const { return static_cast<int>(m_checkpoints.size()); }

private:
    struct Walk;
    /// Applies events to @p state up to @p target, adding checkpoints on the way.
    static void advance(RunState &state, int target, const EventList &events,
                        QList<RunState> &checkpoints, const std::atomic<bool> *cancel = nullptr);
    static int spacing(const RunState &state);
    void joinPrefetch();
    const RunState &latestCheckpointAtOrBefore(int index) const;

    const RunModel *m_model;
    QList<RunState> m_checkpoints; // in event order; the first is the state before any event
    RunState m_last;
    bool m_hasLast = false;
    std::unique_ptr<Walk> m_walk; // a prefetch in progress
};
