#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

/// One open descriptor of a process, as RunState reconstructs it.
struct FdEntry {
    enum class End { None, Read, Write, ReadWrite };
    int fd = -1;
    QString obj;            // "pipe#1", "fifo:myfifo", "shm:/AOS", ... ; empty when unknown
    End end = End::None;    // which end of a pipe / open mode of a FIFO or file
    bool inherited = false; // came from the parent through fork()
    qint64 offset = 0;      // file offset for regular files (bytes read/written through it)

    bool operator==(const FdEntry &) const = default;
};

/// What a process does with one signal, and how often it happened.
struct SignalInfo {
    QString action;    // "count", "ignore", "default" (empty: never set = default)
    int sent = 0;      // kill()s this process made with this signal
    int received = 0;  // kill()s aimed at this process with this signal
    int delivered = 0; // handler runs (signal.deliver)

    bool operator==(const SignalInfo &) const = default;
};

/// A memory mapping held by a process (shm.map / file.map).
struct MappingInfo {
    QString map; // "map#1"
    QString obj; // the shm object or file mapped
    qint64 size = 0;
    QString prot; // "read" / "rdwr"

    bool operator==(const MappingInfo &) const = default;
};

/// One scenario process at a point of the run: a plain value the views draw.
struct ProcessState {
    /// Zombie: dead, the kernel still holds it (proc.state Z). Exited: its reaper
    /// reported its end (proc.exit) and the reaper's wait() has not returned yet.
    /// Reaped: collected (wait() returned, or the engine reaped it).
    enum class State { Running, ReadyAtGate, Blocked, Zombie, Exited, Reaped };

    qint64 pid = 0;
    qint64 ppid = 0;
    QString label;       // "main.1"
    QString parentLabel; // empty for roots
    bool root = false;
    QString program;  // argv[0] after exec; empty while it runs the interpreter
    QStringList argv; // after exec
    State state = State::Running;
    QString
        blockedOn; // while Blocked: "read", "write", "open", "wait", "sem_wait", "pause", "sleep"
    QString blockedObj; // object of that call, when any
    bool hasExitCode = false;
    int exitCode = 0;
    QString exitSignal; // "SIGTERM" when it died from a signal
    QMap<int, FdEntry> fds;
    QMap<QString, SignalInfo> signalInfo; // by signal name
    QMap<QString, MappingInfo> mappings;  // by map id
    QString output;       // stdout and stderr text, in order (tail kept, see RunState)
    int currentLine = 0;  // scenario line of the last event
    QString nextStep;     // while ReadyAtGate: the statement as written
    int nextLine = 0;     // while ReadyAtGate
    QJsonObject nextArgs; // while ReadyAtGate: resolved arguments of the gate
    QStringList children; // labels, fork order
    qint64 startedAt = 0; // t of its first event (ns)
    qint64 endedAt = -1;  // t of its exit, -1 while alive

    // Counters.
    qint64 bytesWritten = 0;
    qint64 bytesRead = 0;
    int writes = 0;
    int reads = 0;
    int signalsSent = 0;
    int signalsReceived = 0;
    int events = 0;

    bool isAlive() const
    {
        return state != State::Zombie && state != State::Exited && state != State::Reaped;
    }
    bool operator==(const ProcessState &) const = default;
};
