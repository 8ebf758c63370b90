#pragma once

#include "runstate.h"

#include <QList>

class RunModel;

/// Checkpoints of one RunModel's states, so RunState::at() costs at most
/// CheckpointInterval apply()s: a snapshot every CheckpointInterval events, made
/// lazily as states are asked for, plus the last state returned (stepping forward
/// by one event costs one apply()). Owned by the RunModel (RunModel::stateCache()),
/// cleared on runReset; appending events keeps it valid (events are append-only).
class RunStateCache {
public:
    static constexpr int CheckpointInterval = 1000;

    explicit RunStateCache(const RunModel *model) : m_model(model) {}

    /// The state after events [0, index] (-1: before any event; clamped).
    RunState stateAt(int index);
    void clear();
    /// Number of checkpoints held (for tests).
    int checkpointCount() const { return static_cast<int>(m_checkpoints.size()); }

private:
    void advance(RunState &state, int target);

    const RunModel *m_model;
    QList<RunState> m_checkpoints; // m_checkpoints[k]: state after k*Interval events
    RunState m_last;
    bool m_hasLast = false;
};
