#pragma once

#include "core/event.h"
#include "dataflow.h"
#include "objectstate.h"
#include "processstate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

class RunModel;

/// The world of a run reconstructed at one event index: every process (state,
/// fd table, signals, output, counters) and every IPC object (fill, contents,
/// value, holders, counters), as plain values the views draw. Built by applying
/// events in order (apply()); RunState::at() jumps to any index quickly through
/// the checkpoints of the model's RunStateCache. Processes and objects keep the
/// order in which they first appeared, so layouts stay stable while scrubbing.
class RunState {
public:
    /// Output text kept per process (the tail), so states stay cheap to copy.
    static constexpr qsizetype MaxOutputChars = 64 * 1024;

    RunState() = default;
    explicit RunState(const Event &hello);

    /// Applies the next event of the stream. Events of unknown kinds only bump
    /// counters; nothing in an event can make this fail.
    void apply(const Event &event);

    /// The state after events [0, index] of the model (index -1: before any
    /// event). index is clamped to the model's range.
    static RunState at(const RunModel &model, int index);

    /// Index of the last applied event (-1: none).
    int index() const { return m_index; }
    /// Time (ns) of the last applied event.
    qint64 time() const { return m_time; }
    const Event &hello() const { return m_hello; }
    /// The last applied event (default Event when none).
    const Event &lastEvent() const { return m_lastEvent; }

    const QList<ProcessState> &processes() const { return m_processes; }
    const QList<ObjectState> &objects() const { return m_objects; }
    const ProcessState *process(const QString &label) const;
    const ProcessState *processByPid(qint64 pid) const;
    const ObjectState *object(const QString &id) const;

    /// What the last applied event moved (data tokens and signal arrows).
    const DataFlowList &lastEventFlows() const { return m_flows; }

    /// Labels of the processes waiting at a gate (step mode), in appearance order.
    QStringList readyLabels() const;

    bool operator==(const RunState &other) const;

private:
    bool isEngineActor(const Event &event) const;
    int indexOfProcess(const QString &label) const;
    int indexOfObject(const QString &id) const;
    /// Index of a process of this state (-1 for a stand-in), as a key.
    int keyOf(const ProcessState &process) const;
    ProcessState *ensureProcess(const Event &event);
    ProcessState *processForPid(qint64 pid);
    ProcessState *processForLabel(const QString &label);
    ObjectState *ensureObject(const QString &id);
    void addProcess(ProcessState process);
    void forkChild(ProcessState &parent, qint64 childPid, const QString &childLabel);
    void markGone(ProcessState &process, ProcessState::State state);
    void updateHolders();
    void writeBytes(ObjectState &object, qint64 offset, const QByteArray &data);
    void clearChangedMask();
    void applyProcessEvent(ProcessState &process, const Event &event);
    void applyDataEvent(ProcessState &process, const Event &event);
    void applyMemoryEvent(ProcessState &process, const Event &event);
    void applySemEvent(ProcessState &process, const Event &event);
    void applySignalEvent(ProcessState *process, const Event &event);

    Event m_hello;
    qint64 m_enginePid = -1; // from hello; the engine's own events carry it
    Event m_lastEvent;
    int m_index = -1;
    qint64 m_time = 0;
    QList<ProcessState> m_processes;
    QList<ObjectState> m_objects;
    QHash<QString, int> m_processByLabel;
    QHash<qint64, int> m_processByPid;
    QHash<QString, int> m_objectById;
    // Per pipe/FIFO (by index in m_objects): who wrote the bytes still in flight
    // (label, bytes), oldest first, so a read can be drawn from its writer.
    QHash<int, QList<QPair<QString, qint64>>> m_pendingWriters;
    // Per process (by index in m_processes): the write in progress (bytes asked,
    // data preview), between begin and end.
    struct PendingCall {
        qint64 bytes = 0;
        QByteArray data;
    };
    QHash<int, PendingCall> m_pendingCall;
    QSet<QString> m_forked; // labels whose fork was applied (fds copied once)
    bool m_holdersDirty = false;
    int m_lastChangedObject = -1; // index in m_objects
    // The processes and objects found last, tried before the hash tables.
    mutable int m_recentProcesses[2] = {-1, -1};
    mutable int m_recentObjects[2] = {-1, -1};
    DataFlowList m_flows;
};
