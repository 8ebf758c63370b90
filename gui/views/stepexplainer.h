#pragma once

#include <QCoreApplication>
#include <QString>

class RunModel;
class RunState;
struct Event;
struct ProcessState;

/// The words of step mode's Explanation pane: for the step just done, the call
/// with its arguments and its return value or errno, and what it did; for a
/// blocked process, why the kernel holds it and what would let it go on, from
/// the reconstructed state (who still holds a pipe's write end, a semaphore's
/// value, a FIFO's other end, a child still running).
class StepExplainer {
    Q_DECLARE_TR_FUNCTIONS(StepExplainer)
public:
    /// The gate.wait event a process at its gate is waiting with, rebuilt from
    /// its state (op, statement, line, arguments), for EventDescriber::describeGate.
    static Event gateEventOf(const ProcessState &process);
    /// "read(fd 3, max 1024) = 14" or "write(fd 4, 14 bytes) = -1 EPIPE".
    static QString callSummary(const Event &event);
    /// Index of the last event at or before @p index that is a step of a process
    /// (not a gate, not the engine's polling); -1 when none.
    static int lastStepIndex(const RunModel &model, int index);
    /// Why @p process is blocked and what would unblock it; empty when it is not blocked.
    static QString explainBlocked(const RunState &state, const ProcessState &process);
};
