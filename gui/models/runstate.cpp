#include "runstate.h"

#include "runmodel.h"
#include "runstatecache.h"

#include <QJsonArray>
#include <algorithm>

namespace {

using State = ProcessState::State;

// Shared memory and files are reconstructed only up to this size: a scenario may
// truncate a segment to gigabytes, and the views show the first bytes anyway.
constexpr qint64 MaxTrackedBytes = 1 << 20;
// Preview bytes kept for what sits in a pipe (the canvas shows a few).
constexpr qsizetype MaxInFlightPreview = 4096;

bool is(const QString &kind, const char *name)
{
    return kind == QLatin1String(name);
}

FdEntry::End endFromMode(const QString &mode)
{
    if (mode == QLatin1String("read") || mode == QLatin1String("rdonly"))
        return FdEntry::End::Read;
    if (mode == QLatin1String("write") || mode == QLatin1String("wronly"))
        return FdEntry::End::Write;
    return FdEntry::End::ReadWrite;
}

ObjectState::Kind kindFromId(const QString &id, const QString &eventKind)
{
    if (id.startsWith(QLatin1String("pipe#")))
        return ObjectState::Kind::Pipe;
    if (id.startsWith(QLatin1String("fifo:")))
        return ObjectState::Kind::Fifo;
    if (id.startsWith(QLatin1String("file:")))
        return ObjectState::Kind::File;
    if (id.startsWith(QLatin1String("shm:")))
        return ObjectState::Kind::Shm;
    if (id.startsWith(QLatin1String("sem:")))
        return ObjectState::Kind::Sem;
    if (id.startsWith(QLatin1String("map#")))
        return ObjectState::Kind::Map;
    // An id outside the documented schemes: the event family decides.
    if (eventKind.startsWith(QLatin1String("fifo.")))
        return ObjectState::Kind::Fifo;
    if (eventKind.startsWith(QLatin1String("file.")))
        return ObjectState::Kind::File;
    if (eventKind.startsWith(QLatin1String("shm.")))
        return ObjectState::Kind::Shm;
    if (eventKind.startsWith(QLatin1String("sem.")))
        return ObjectState::Kind::Sem;
    return ObjectState::Kind::Pipe;
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

QString signalName(const Event &event)
{
    const QJsonValue value = event.value(QLatin1String("signal"));
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

} // namespace

RunState::RunState(const Event &hello)
    : m_hello(hello), m_enginePid(hello.num(QLatin1StringView("engine_pid"), -1))
{}

RunState RunState::at(const RunModel &model, int index)
{
    return model.stateCache()->stateAt(index);
}

int RunState::indexOfProcess(const QString &label) const
{
    // Events come from a few processes at a time: look at the last ones first
    // (comparing two strings costs less than hashing one).
    for (const int i : m_recentProcesses) {
        if (i >= 0 && i < m_processes.size() && m_processes.at(i).label == label)
            return i;
    }
    const auto it = m_processByLabel.constFind(label);
    if (it == m_processByLabel.cend())
        return -1;
    m_recentProcesses[1] = m_recentProcesses[0];
    m_recentProcesses[0] = *it;
    return *it;
}

int RunState::indexOfObject(const QString &id) const
{
    for (const int i : m_recentObjects) {
        if (i >= 0 && i < m_objects.size() && m_objects.at(i).id == id)
            return i;
    }
    const auto it = m_objectById.constFind(id);
    if (it == m_objectById.cend())
        return -1;
    m_recentObjects[1] = m_recentObjects[0];
    m_recentObjects[0] = *it;
    return *it;
}

const ProcessState *RunState::process(const QString &label) const
{
    const int i = indexOfProcess(label);
    return i < 0 ? nullptr : &m_processes.at(i);
}

const ProcessState *RunState::processByPid(qint64 pid) const
{
    const auto it = m_processByPid.constFind(pid);
    return it == m_processByPid.cend() ? nullptr : &m_processes.at(*it);
}

const ObjectState *RunState::object(const QString &id) const
{
    const int i = indexOfObject(id);
    return i < 0 ? nullptr : &m_objects.at(i);
}

QStringList RunState::readyLabels() const
{
    QStringList labels;
    for (const ProcessState &p : m_processes) {
        if (p.state == State::ReadyAtGate)
            labels.append(p.label);
    }
    return labels;
}

bool RunState::operator==(const RunState &other) const
{
    return m_index == other.m_index && m_time == other.m_time &&
           m_lastEvent.seq == other.m_lastEvent.seq && m_processes == other.m_processes &&
           m_objects == other.m_objects && m_flows == other.m_flows &&
           m_pendingWriters == other.m_pendingWriters;
}

ProcessState *RunState::processForPid(qint64 pid)
{
    const auto it = m_processByPid.constFind(pid);
    return it == m_processByPid.cend() ? nullptr : &m_processes[*it];
}

ProcessState *RunState::processForLabel(const QString &label)
{
    const int i = indexOfProcess(label);
    return i < 0 ? nullptr : &m_processes[i];
}

int RunState::keyOf(const ProcessState &process) const
{
    const qsizetype i = &process - m_processes.constData();
    return i >= 0 && i < m_processes.size() ? static_cast<int>(i) : -1;
}

void RunState::addProcess(ProcessState process)
{
    const int index = static_cast<int>(m_processes.size());
    if (process.pid > 0)
        m_processByPid.insert(process.pid, index);
    m_processByLabel.insert(process.label, index);
    m_processes.append(std::move(process));
}

ProcessState *RunState::ensureProcess(const Event &event)
{
    ProcessState *process = nullptr;
    if (!event.label.isEmpty())
        process = processForLabel(event.label);
    if (!process && event.pid > 0)
        process = processForPid(event.pid);
    if (process) {
        if (event.pid > 0 && process->pid != event.pid && !event.label.isEmpty()) {
            process->pid = event.pid;
            m_processByPid.insert(event.pid, m_processByLabel.value(process->label));
        }
        return process;
    }
    // Only a labelled event can introduce a process: the engine's own events
    // (engine.*, a user's signal) carry the engine's PID and no label.
    if (event.label.isEmpty())
        return nullptr;
    ProcessState created;
    created.pid = event.pid;
    created.label = event.label;
    created.startedAt = event.t;
    addProcess(std::move(created));
    return processForLabel(event.label);
}

ObjectState *RunState::ensureObject(const QString &id)
{
    if (id.isEmpty())
        return nullptr;
    const int i = indexOfObject(id);
    if (i >= 0)
        return &m_objects[i];
    ObjectState object;
    object.id = id;
    object.kind = kindFromId(id, m_lastEvent.kind);
    m_objectById.insert(id, static_cast<int>(m_objects.size()));
    m_objects.append(std::move(object));
    return &m_objects.back();
}

void RunState::forkChild(ProcessState &parentRef, qint64 childPid, const QString &childLabel)
{
    if (childLabel.isEmpty() || m_forked.contains(childLabel))
        return;
    m_forked.insert(childLabel);
    const QString parentLabel = parentRef.label;
    if (!processForLabel(childLabel)) {
        ProcessState created;
        created.pid = childPid;
        created.label = childLabel;
        created.startedAt = m_time;
        addProcess(std::move(created)); // may move parentRef's storage: look it up again
    }
    ProcessState *parent = processForLabel(parentLabel);
    ProcessState *child = processForLabel(childLabel);
    if (childPid > 0 && child->pid != childPid) {
        child->pid = childPid;
        m_processByPid.insert(childPid, m_processByLabel.value(childLabel));
    }
    child->parentLabel = parentLabel;
    if (child->ppid == 0)
        child->ppid = parent->pid;
    // fork() duplicates the descriptor table, the dispositions and the mappings.
    for (auto it = parent->fds.cbegin(); it != parent->fds.cend(); ++it) {
        FdEntry entry = it.value();
        entry.inherited = true;
        if (!child->fds.contains(it.key()))
            child->fds.insert(it.key(), entry);
    }
    for (auto it = parent->signalInfo.cbegin(); it != parent->signalInfo.cend(); ++it) {
        if (!it.value().action.isEmpty() && !child->signalInfo.contains(it.key()))
            child->signalInfo[it.key()].action = it.value().action;
    }
    for (auto it = parent->mappings.cbegin(); it != parent->mappings.cend(); ++it) {
        if (!child->mappings.contains(it.key()))
            child->mappings.insert(it.key(), it.value());
    }
    appendUnique(parent->children, childLabel);
    m_holdersDirty = true;
}

void RunState::markGone(ProcessState &process, ProcessState::State state)
{
    // Reaped is final; Exited never goes back to Zombie.
    if (process.state == State::Reaped)
        return;
    if (state == State::Zombie && process.state == State::Exited)
        return;
    process.state = state;
    process.blockedOn.clear();
    process.blockedObj.clear();
    process.nextStep.clear();
    process.nextArgs = {};
    process.nextLine = 0;
    if (process.endedAt < 0)
        process.endedAt = m_time;
    // The kernel closed every descriptor when the process exited.
    if (!process.fds.isEmpty()) {
        process.fds.clear();
        m_holdersDirty = true;
    }
    process.mappings.clear();
    for (ObjectState &object : m_objects)
        object.waiting.removeAll(process.label);
}

void RunState::updateHolders()
{
    for (ObjectState &object : m_objects) {
        object.readers.clear();
        object.writers.clear();
    }
    for (const ProcessState &process : std::as_const(m_processes)) {
        for (const FdEntry &fd : process.fds) {
            const int i = indexOfObject(fd.obj);
            if (i < 0)
                continue;
            ObjectState &object = m_objects[i];
            if (fd.end == FdEntry::End::Read || fd.end == FdEntry::End::ReadWrite)
                appendUnique(object.readers, process.label);
            if (fd.end == FdEntry::End::Write || fd.end == FdEntry::End::ReadWrite)
                appendUnique(object.writers, process.label);
        }
    }
    m_holdersDirty = false;
}

void RunState::clearChangedMask()
{
    if (m_lastChangedObject < 0)
        return;
    if (m_lastChangedObject < m_objects.size())
        m_objects[m_lastChangedObject].changed.clear();
    m_lastChangedObject = -1;
}

void RunState::writeBytes(ObjectState &object, qint64 offset, const QByteArray &data)
{
    if (offset < 0 || data.isEmpty() || offset >= MaxTrackedBytes)
        return;
    const qint64 end = qMin<qint64>(offset + data.size(), MaxTrackedBytes);
    if (object.bytes.size() < end) {
        const qsizetype old = object.bytes.size();
        object.bytes.resize(end);
        object.known.resize(end);
        std::fill(object.bytes.begin() + old, object.bytes.end(), '\0');
        std::fill(object.known.begin() + old, object.known.end(), '\0');
    }
    object.changed = QByteArray(object.bytes.size(), '\0');
    for (qint64 i = offset; i < end; ++i) {
        object.bytes[i] = data.at(i - offset);
        object.known[i] = 1;
        object.changed[i] = 1;
    }
    m_lastChangedObject = indexOfObject(object.id);
}

void RunState::apply(const Event &event)
{
    ++m_index;
    m_time = event.t;
    m_lastEvent = event;
    m_flows.clear();
    clearChangedMask();
    if (event.isHello() || event.isEndRecord())
        return;

    const QString &kind = event.kind;
    if (isEngineActor(event)) {
        // The engine itself, or the user through it (label "user"/"engine", the
        // engine's PID): no scenario process is the actor.
        if (is(kind, "signal.send")) {
            applySignalEvent(nullptr, event);
        } else if (is(kind, "fifo.write")) {
            ProcessState user; // a stand-in, dropped: only the FIFO changes
            applyDataEvent(user, event);
        }
        if (m_holdersDirty)
            updateHolders();
        return;
    }
    if (is(kind, "proc.reap")) {
        const qint64 reaped = event.num(QStringLiteral("reaped"), event.pid);
        ProcessState *process = processForPid(reaped);
        if (!process && !event.str(QStringLiteral("reaped_label")).isEmpty())
            process = processForLabel(event.str(QStringLiteral("reaped_label")));
        if (process) {
            ++process->events;
            markGone(*process, State::Reaped);
        }
        if (m_holdersDirty)
            updateHolders();
        return;
    }

    ProcessState *process = ensureProcess(event);
    if (!process)
        return;
    ++process->events;
    if (event.line > 0)
        process->currentLine = event.line;

    if (kind.startsWith(QLatin1String("proc.")) || kind.startsWith(QLatin1String("gate.")) ||
        kind.startsWith(QLatin1String("fd."))) {
        applyProcessEvent(*process, event);
    } else if (is(kind, "pipe.write") || is(kind, "pipe.read") || is(kind, "fifo.write") ||
               is(kind, "fifo.read") ||
               ((is(kind, "file.write") || is(kind, "file.read")) &&
                !event.has(QStringLiteral("map")) && !event.has(QStringLiteral("offset")))) {
        applyDataEvent(*process, event);
    } else if (kind.startsWith(QLatin1String("pipe.")) || kind.startsWith(QLatin1String("fifo.")) ||
               kind.startsWith(QLatin1String("file.")) || kind.startsWith(QLatin1String("shm."))) {
        applyMemoryEvent(*process, event);
    } else if (kind.startsWith(QLatin1String("sem."))) {
        applySemEvent(*process, event);
    } else if (kind.startsWith(QLatin1String("signal."))) {
        applySignalEvent(process, event);
    }
    if (m_holdersDirty)
        updateHolders();
}

bool RunState::isEngineActor(const Event &event) const
{
    if (m_enginePid > 0)
        return event.pid == m_enginePid;
    // A trace without the engine's PID: recognise the engine's own kinds and the
    // user's actions (a gate.release "by":"user" is the process's own event).
    if (event.kind.startsWith(QLatin1String("engine.")))
        return true;
    return (is(event.kind, "signal.send") || is(event.kind, "fifo.write")) &&
           (event.label.isEmpty() || event.str(QStringLiteral("by")) == QLatin1String("user"));
}

void RunState::applyProcessEvent(ProcessState &process, const Event &event)
{
    const QString &kind = event.kind;
    if (is(kind, "proc.start")) {
        if (event.has(QStringLiteral("ppid")))
            process.ppid = event.num(QStringLiteral("ppid"));
        process.root = event.value(QLatin1String("root")).toBool();
        const QString parentLabel = event.str(QStringLiteral("parent_label"));
        if (!parentLabel.isEmpty()) {
            process.parentLabel = parentLabel;
            const QString label = process.label;
            const qint64 pid = process.pid;
            if (ProcessState *parent = processForLabel(parentLabel))
                forkChild(*parent, pid,
                          label); // the child may start before the parent reports the fork
        }
    } else if (is(kind, "proc.fork")) {
        const QString childLabel = event.str(QStringLiteral("child_label"));
        const qint64 childPid = event.num(QStringLiteral("child"));
        if (event.value(QLatin1String("ret")).toInteger(0) >= 0 && !childLabel.isEmpty())
            forkChild(process, childPid, childLabel);
    } else if (is(kind, "proc.exec")) {
        const bool failed = event.isEnd() && event.num(QStringLiteral("ret"), 0) < 0;
        if (failed) {
            process.program.clear();
            process.argv.clear();
        } else if (!event.isEnd()) {
            QStringList argv;
            for (const QJsonValue &arg : event.value(QLatin1String("argv")).toArray())
                argv.append(arg.toString());
            process.argv = argv;
            process.program = argv.isEmpty() ? event.str(QStringLiteral("path")) : argv.first();
            // execve() resets caught signals to their default and drops the mappings.
            for (SignalInfo &info : process.signalInfo) {
                if (info.action == QLatin1String("count"))
                    info.action = QStringLiteral("default");
            }
            process.mappings.clear();
        }
    } else if (is(kind, "proc.exit")) {
        process.hasExitCode = event.has(QStringLiteral("code"));
        process.exitCode = static_cast<int>(event.num(QStringLiteral("code")));
        process.exitSignal = signalName(event);
        // The engine reports a root (or orphan) it reaped itself: nothing else will
        // collect it. A parent's wait() says Reaped with its own `end`.
        const bool byEngine =
            event.str(QStringLiteral("reaper_label")) == QLatin1String("engine") ||
            (event.has(QStringLiteral("reaper")) &&
             event.num(QStringLiteral("reaper")) == m_enginePid);
        markGone(process, byEngine ? State::Reaped : State::Exited);
    } else if (is(kind, "proc.wait")) {
        if (event.isBegin()) {
            if (process.isAlive()) {
                process.state = State::Blocked;
                process.blockedOn = QStringLiteral("wait");
                process.blockedObj.clear();
            }
        } else {
            if (process.isAlive()) {
                process.state = State::Running;
                process.blockedOn.clear();
            }
            const qint64 reaped =
                event.num(QStringLiteral("reaped"), event.num(QStringLiteral("ret"), -1));
            if (reaped > 0) {
                if (ProcessState *child = processForPid(reaped)) {
                    if (!child->hasExitCode && child->exitSignal.isEmpty()) {
                        child->hasExitCode = event.has(QStringLiteral("code"));
                        child->exitCode = static_cast<int>(event.num(QStringLiteral("code")));
                        child->exitSignal = signalName(event);
                    }
                    markGone(*child, State::Reaped);
                }
            }
        }
    } else if (is(kind, "proc.state")) {
        if (event.has(QStringLiteral("ppid")))
            process.ppid = event.num(QStringLiteral("ppid"));
        if (event.str(QStringLiteral("state")) == QLatin1String("Z"))
            markGone(process, State::Zombie);
    } else if (is(kind, "proc.output")) {
        process.output += event.str(QStringLiteral("data"));
        if (process.output.size() > MaxOutputChars)
            process.output.remove(0, process.output.size() - MaxOutputChars);
    } else if (is(kind, "proc.sleep")) {
        if (!process.isAlive())
            return;
        if (event.isBegin()) {
            process.state = State::Blocked;
            process.blockedOn = QStringLiteral("sleep");
            process.blockedObj.clear();
        } else {
            process.state = State::Running;
            process.blockedOn.clear();
        }
    } else if (is(kind, "gate.wait")) {
        if (!process.isAlive())
            return;
        process.state = State::ReadyAtGate;
        process.blockedOn.clear();
        process.blockedObj.clear();
        process.nextStep = event.str(QStringLiteral("step"));
        process.nextLine = event.line;
        process.nextArgs = event.gateArguments();
    } else if (is(kind, "gate.release")) {
        if (!process.isAlive())
            return;
        process.state = State::Running;
        process.nextStep.clear();
        process.nextLine = 0;
        process.nextArgs = {};
    } else if (is(kind, "fd.close")) {
        const int fd = static_cast<int>(event.num(QStringLiteral("fd"), -1));
        if (event.num(QStringLiteral("ret"), 0) >= 0 && process.fds.remove(fd) > 0)
            m_holdersDirty = true;
    } else if (is(kind, "fd.dup")) {
        const int fd = static_cast<int>(event.num(QStringLiteral("fd"), -1));
        const int newfd = static_cast<int>(event.num(QStringLiteral("newfd"), -1));
        if (newfd < 0 || event.num(QStringLiteral("ret"), 0) < 0 || fd == newfd)
            return;
        FdEntry entry = process.fds.value(fd);
        entry.fd = newfd;
        entry.inherited = false;
        if (entry.obj.isEmpty())
            entry.obj = event.obj;
        process.fds.insert(newfd, entry);
        m_holdersDirty = true;
    }
}

void RunState::applyDataEvent(ProcessState &process, const Event &event)
{
    const bool isWrite = event.kind.endsWith(QLatin1String(".write"));
    const bool isStream = !event.kind.startsWith(QLatin1String("file."));
    ObjectState *object = ensureObject(event.obj);
    const QString label = process.label;
    const int self = keyOf(process);
    const int target = object ? indexOfObject(object->id) : -1;
    if (event.isBegin()) {
        if (process.isAlive()) {
            process.state = State::Blocked;
            process.blockedOn = isWrite ? QStringLiteral("write") : QStringLiteral("read");
            process.blockedObj = event.obj;
        }
        if (isWrite) {
            const qint64 asked = qMax<qint64>(0, event.num(QStringLiteral("bytes")));
            const QByteArray data = event.dataBytes();
            m_pendingCall.insert(self, PendingCall{asked, data});
            // Bytes count as in flight from the write's begin: a read's end may
            // come before the write's end, never before its begin.
            if (object && isStream && asked > 0) {
                object->inFlight += asked;
                object->inFlightData += data;
                if (object->inFlightData.size() > MaxInFlightPreview)
                    object->inFlightData.remove(0,
                                                object->inFlightData.size() - MaxInFlightPreview);
                m_pendingWriters[target].append({label, asked});
            }
            m_flows.append(
                DataFlow{DataFlow::Kind::Write, label, {}, event.obj, asked, data, {}, event.seq});
        }
        return;
    }

    // An instant or `end` event: the call returned.
    if (process.isAlive() && process.state == State::Blocked) {
        process.state = State::Running;
        process.blockedOn.clear();
        process.blockedObj.clear();
    }
    qint64 done = event.num(QStringLiteral("ret"), event.num(QStringLiteral("bytes")));
    if (done < 0)
        done = 0;
    const int fd = static_cast<int>(event.num(QStringLiteral("fd"), -1));
    if (isWrite && !m_pendingCall.contains(self)) {
        // A write reported as one instant event: it went in all at once.
        const QByteArray data = event.dataBytes();
        if (object && isStream && done > 0) {
            object->inFlight += done;
            object->inFlightData += data;
            m_pendingWriters[target].append({label, done});
        }
        m_pendingCall.insert(self, PendingCall{done, data});
        m_flows.append(
            DataFlow{DataFlow::Kind::Write, label, {}, event.obj, done, data, {}, event.seq});
    }
    if (isWrite) {
        const PendingCall call = m_pendingCall.take(self);
        if (object && isStream && call.bytes > done) {
            // Short or failed write: take back what never went in.
            const qint64 missing = call.bytes - done;
            object->inFlight = qMax<qint64>(0, object->inFlight - missing);
            auto &writers = m_pendingWriters[target];
            for (auto it = writers.rbegin(); it != writers.rend(); ++it) {
                if (it->first == label) {
                    it->second = qMax<qint64>(0, it->second - missing);
                    break;
                }
            }
        }
        if (object && !isStream) {
            // write(2) on a regular file: at the descriptor's offset.
            const auto fdIt = process.fds.find(fd);
            const qint64 offset = fdIt != process.fds.end() ? fdIt->offset : 0;
            writeBytes(*object, offset, call.data.left(done));
            object->size = qMax(object->size, offset + done);
            if (fdIt != process.fds.end())
                fdIt->offset += done;
        }
        if (object) {
            object->bytesWritten += done;
            ++object->writes;
        }
        process.bytesWritten += done;
        ++process.writes;
        return;
    }

    // Read returned `done` bytes.
    const QByteArray data = event.dataBytes();
    QString origin;
    if (object && isStream) {
        object->inFlight = qMax<qint64>(0, object->inFlight - done);
        object->inFlightData.remove(0, qMin<qsizetype>(done, object->inFlightData.size()));
        auto &writers = m_pendingWriters[target];
        qint64 left = done;
        while (left > 0 && !writers.isEmpty()) {
            if (origin.isEmpty())
                origin = writers.front().first;
            const qint64 take = qMin(left, writers.front().second);
            writers.front().second -= take;
            left -= take;
            if (writers.front().second <= 0)
                writers.removeFirst();
        }
        while (!writers.isEmpty() && writers.front().second <= 0)
            writers.removeFirst();
        if (writers.isEmpty())
            m_pendingWriters.remove(target);
    }
    if (object && !isStream) {
        const auto fdIt = process.fds.find(fd);
        const qint64 offset = fdIt != process.fds.end() ? fdIt->offset : 0;
        if (fdIt != process.fds.end())
            fdIt->offset += done;
        writeBytes(*object, offset, data.left(done)); // what was read is now known
        object->changed.clear();
        m_lastChangedObject = -1;
    }
    if (object) {
        object->bytesRead += done;
        ++object->reads;
    }
    process.bytesRead += done;
    ++process.reads;
    m_flows.append(
        DataFlow{DataFlow::Kind::Read, origin, label, event.obj, done, data, {}, event.seq});
}

void RunState::applyMemoryEvent(ProcessState &process, const Event &event)
{
    const QString &kind = event.kind;
    const QString label = process.label;
    ObjectState *object = ensureObject(event.obj);
    if (!object)
        return;
    const bool failed = event.num(QStringLiteral("ret"), 0) < 0;

    if (is(kind, "pipe.create")) {
        object->kind = ObjectState::Kind::Pipe;
        object->createdBy = label;
        const QJsonArray fds = event.value(QLatin1String("fds")).toArray();
        if (fds.size() == 2 && !failed) {
            const int r = static_cast<int>(fds.at(0).toInteger(-1));
            const int w = static_cast<int>(fds.at(1).toInteger(-1));
            process.fds.insert(r, FdEntry{r, object->id, FdEntry::End::Read, false, 0});
            process.fds.insert(w, FdEntry{w, object->id, FdEntry::End::Write, false, 0});
            m_holdersDirty = true;
        }
    } else if (is(kind, "fifo.create")) {
        object->kind = ObjectState::Kind::Fifo;
        object->name = event.str(QStringLiteral("path"));
        object->createdBy = label;
        object->unlinked = false;
    } else if (is(kind, "fifo.open")) {
        if (object->name.isEmpty())
            object->name = event.str(QStringLiteral("path"));
        if (event.isBegin()) {
            if (process.isAlive()) {
                process.state = State::Blocked;
                process.blockedOn = QStringLiteral("open");
                process.blockedObj = object->id;
            }
            return;
        }
        if (process.isAlive() && process.state == State::Blocked) {
            process.state = State::Running;
            process.blockedOn.clear();
            process.blockedObj.clear();
        }
        const int fd =
            static_cast<int>(event.num(QStringLiteral("fd"), event.num(QStringLiteral("ret"), -1)));
        if (fd >= 0 && !failed) {
            process.fds.insert(
                fd,
                FdEntry{fd, object->id, endFromMode(event.str(QStringLiteral("mode"))), false, 0});
            m_holdersDirty = true;
        }
    } else if (is(kind, "file.open") || is(kind, "shm.open")) {
        const QString name =
            event.str(is(kind, "file.open") ? QStringLiteral("path") : QStringLiteral("name"));
        if (!name.isEmpty())
            object->name = name;
        if (event.value(QLatin1String("created")).toBool() || object->createdBy.isEmpty())
            object->createdBy = label;
        if (event.value(QLatin1String("created")).toBool())
            object->unlinked = false;
        const int fd =
            static_cast<int>(event.num(QStringLiteral("fd"), event.num(QStringLiteral("ret"), -1)));
        if (fd >= 0 && !failed) {
            process.fds.insert(
                fd,
                FdEntry{fd, object->id, endFromMode(event.str(QStringLiteral("mode"))), false, 0});
            m_holdersDirty = true;
        }
    } else if (is(kind, "fifo.unlink") || is(kind, "file.unlink") || is(kind, "shm.unlink")) {
        if (!failed)
            object->unlinked = true;
    } else if (is(kind, "shm.truncate")) {
        const qint64 size = event.num(QStringLiteral("size"), -1);
        if (size < 0 || failed)
            return;
        object->size = size;
        // ftruncate() fills new bytes with zeros: they are known.
        const qint64 tracked = qMin(size, MaxTrackedBytes);
        const qsizetype old = object->bytes.size();
        object->bytes.resize(tracked);
        object->known.resize(tracked);
        for (qsizetype i = old; i < tracked; ++i) {
            object->bytes[i] = '\0';
            object->known[i] = 1;
        }
    } else if (is(kind, "shm.map") || is(kind, "file.map")) {
        const QString map = event.str(QStringLiteral("map"));
        const qint64 size = event.num(QStringLiteral("size"));
        if (failed)
            return;
        if (!map.isEmpty())
            process.mappings.insert(
                map, MappingInfo{map, object->id, size, event.str(QStringLiteral("prot"))});
        object->size = qMax(object->size, size);
    } else if (is(kind, "shm.unmap")) {
        process.mappings.remove(event.str(QStringLiteral("map")));
    } else if (is(kind, "shm.write") || is(kind, "file.write")) {
        const qint64 offset = event.num(QStringLiteral("offset"));
        QByteArray data;
        if (event.has(QStringLiteral("after"))) {
            // mem_incr: a native int (little-endian on Linux/x86 and arm64).
            const auto value = static_cast<qint32>(event.num(QStringLiteral("after")));
            const auto u = static_cast<quint32>(value);
            for (int i = 0; i < 4; ++i)
                data.append(static_cast<char>((u >> (8 * i)) & 0xFFu));
        } else {
            data = event.dataBytes();
        }
        const qint64 bytes = event.num(QStringLiteral("bytes"), data.size());
        writeBytes(*object, offset, data);
        object->size = qMax(object->size, offset + bytes);
        object->bytesWritten += bytes;
        ++object->writes;
        process.bytesWritten += bytes;
        ++process.writes;
        m_flows.append(
            DataFlow{DataFlow::Kind::Write, label, {}, object->id, bytes, data, {}, event.seq});
    } else if (is(kind, "shm.read") || is(kind, "file.read")) {
        const qint64 bytes = event.num(QStringLiteral("bytes"));
        object->bytesRead += bytes;
        ++object->reads;
        process.bytesRead += bytes;
        ++process.reads;
        m_flows.append(DataFlow{
            DataFlow::Kind::Read, {}, label, object->id, bytes, event.dataBytes(), {}, event.seq});
    }
}

void RunState::applySemEvent(ProcessState &process, const Event &event)
{
    const QString &kind = event.kind;
    ObjectState *object = ensureObject(event.obj);
    if (!object)
        return;
    object->kind = ObjectState::Kind::Sem;
    if (event.has(QStringLiteral("value")))
        object->value = event.num(QStringLiteral("value"));
    if (is(kind, "sem.open")) {
        const QString name = event.str(QStringLiteral("name"));
        if (!name.isEmpty())
            object->name = name;
        if (event.value(QLatin1String("created")).toBool() || object->createdBy.isEmpty())
            object->createdBy = process.label;
        if (event.value(QLatin1String("created")).toBool())
            object->unlinked = false;
    } else if (is(kind, "sem.wait")) {
        if (event.isBegin()) {
            appendUnique(object->waiting, process.label);
            if (process.isAlive()) {
                process.state = State::Blocked;
                process.blockedOn = QStringLiteral("sem_wait");
                process.blockedObj = object->id;
            }
        } else {
            object->waiting.removeAll(process.label);
            if (event.num(QStringLiteral("ret"), 0) >= 0)
                ++object->waits;
            if (process.isAlive() && process.state == State::Blocked) {
                process.state = State::Running;
                process.blockedOn.clear();
                process.blockedObj.clear();
            }
        }
    } else if (is(kind, "sem.post")) {
        ++object->posts;
    } else if (is(kind, "sem.unlink")) {
        if (event.num(QStringLiteral("ret"), 0) >= 0)
            object->unlinked = true;
    }
}

void RunState::applySignalEvent(ProcessState *process, const Event &event)
{
    const QString &kind = event.kind;
    const QString signal = signalName(event);
    if (is(kind, "signal.send")) {
        ProcessState *target = nullptr;
        const QString targetLabel = event.str(QStringLiteral("target_label"));
        if (!targetLabel.isEmpty())
            target = processForLabel(targetLabel);
        if (!target)
            target = processForPid(event.num(QStringLiteral("target"), -1));
        // kill() is reported as begin/end (or one instant event): the arrow flies
        // at the begin (a delivery may follow at once), the counts wait for `ret`.
        if (!event.isEnd()) {
            m_flows.append(DataFlow{DataFlow::Kind::Signal,
                                    process ? process->label : QString(),
                                    target ? target->label : targetLabel,
                                    {},
                                    0,
                                    {},
                                    signal,
                                    event.seq});
        }
        const bool ok = event.num(QStringLiteral("ret"), 0) >= 0;
        if (event.isBegin() || !ok)
            return;
        if (process) {
            ++process->signalInfo[signal].sent;
            ++process->signalsSent;
        }
        if (target) {
            ++target->signalInfo[signal].received;
            ++target->signalsReceived;
        }
        return;
    }
    if (!process)
        return;
    if (is(kind, "signal.action")) {
        process->signalInfo[signal].action = event.str(QStringLiteral("action"));
    } else if (is(kind, "signal.deliver")) {
        SignalInfo &info = process->signalInfo[signal];
        info.delivered = event.has(QStringLiteral("count"))
                             ? static_cast<int>(event.num(QStringLiteral("count")))
                             : info.delivered + 1;
    } else if (is(kind, "signal.pause") && process->isAlive()) {
        if (event.isBegin()) {
            process->state = State::Blocked;
            process->blockedOn = QStringLiteral("pause");
            process->blockedObj.clear();
        } else {
            process->state = State::Running;
            process->blockedOn.clear();
        }
    }
}
