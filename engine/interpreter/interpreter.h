#pragma once
// The scenario interpreter: runs the statements of one process of a scenario
// inside a real process, each statement as the real system call it names, and
// reports every operation as an event (engine/PROTOCOL.md, eventring.h).
//
// One Interpreter object lives in the root process the supervisor forks; a
// `fork` statement forks the whole interpreter, so the child carries on with a
// copy of the parent's handles, variables and descriptors, exactly as the C
// program's child would.

#include "interpreter/controlblock.h"
#include "interpreter/eventring.h"
#include "protocol/message.h"
#include "protocol/record.h"
#include "scenario/ast.h"

#include <map>
#include <semaphore.h>
#include <string>
#include <sys/types.h>
#include <vector>

namespace ipcviz::interpreter {

/// What every scenario process needs to know about its run.
struct RunContext {
    ControlBlock *control = nullptr;
    EventRingSet *rings = nullptr; // where events go (interpreter/eventring.h)
    int eventFd = -1; // the doorbell: write end of a pipe the supervisor polls (O_CLOEXEC)
    int ctrlFd = -1;  // SOCK_SEQPACKET to the supervisor, for exec output sockets (O_CLOEXEC)
    std::string runDir;
    std::string prefix; // "/ipcviz.<pid>.<random>." put before logical shm/sem names
    pid_t enginePid = 0;
    bool stepMode = false;
    int paceMs = 0;
};

/// Descriptors the engine puts its channels on inside scenario processes, far
/// from the low numbers a scenario uses (so `pipe` gives 3 and 4, as in C).
inline constexpr int kEventFd = 1000;
inline constexpr int kCtrlFd = 1001;

class Interpreter {
public:
    Interpreter(const RunContext &ctx, const scenario::Scenario &bound);

    /// Runs root process `root` in the calling (freshly forked) process. Never
    /// returns.
    [[noreturn]] void runRoot(const scenario::Process &root, int slot);

private:
    enum class HandleKind { Pipe, Fifo, File, Shm, Map, Sem, Child };
    struct Handle {
        HandleKind kind = HandleKind::Pipe;
        int fds[2] = {-1, -1};
        std::string obj;      // logical object id
        std::string path;     // FIFO/file path
        std::string realName; // shm/sem kernel name
        void *addr = nullptr; // Map
        std::size_t size = 0; // Map
        std::string mapId;    // Map: "map#N"
        bool mapOfFile = false;
        sem_t *sem = nullptr;
        pid_t pid = 0; // Child
        std::string childLabel;
    };
    struct FdInfo {
        std::string obj;
        std::string kind; // "pipe", "fifo", "file"
    };

    void runBlock(const std::vector<scenario::Statement> &body);
    void step(const scenario::Statement &s);
    void gate(const scenario::Statement &s);
    void announceBorn();
    [[noreturn]] void exitProcess(int code);
    /// Counts one more IPC object against the run's cap; past it, reports
    /// engine.limit and fails the call as the kernel would (EMFILE).
    void takeObject(const scenario::Statement &s, const char *call);
    [[noreturn]] void fail(const scenario::Statement &s, const char *call, int err,
                           const std::string &detail = {});

    // Event helpers.
    protocol::Record event(std::string_view kind, const scenario::Statement *s,
                           std::string_view phase = {});
    void emit(protocol::Record &r);
    void output(std::string_view stream, std::string_view text, const scenario::Statement *s);
    /// Writes `text` to stdout or stderr as printf + fflush would, with the
    /// events of wherever that descriptor now leads. With no statement (at
    /// exit) a failed write is reported but does not fail the process again.
    void writeStdio(int fd, const std::string &text, const scenario::Statement *s);
    /// Writes out the stdout buffer of `printf` (fflush, exit, a full buffer).
    void flushStdout(const scenario::Statement *s, std::string_view why, bool always);

    // Argument helpers (arguments are literals after bindParams()).
    static std::int64_t intArg(const scenario::Statement &s, std::size_t i);
    static std::string textArg(const scenario::Statement &s, std::size_t i);
    static bool hasOption(const scenario::Statement &s, const char *name);
    static std::int64_t intOption(const scenario::Statement &s, const char *name, std::int64_t def);
    static std::string textOption(const scenario::Statement &s, const char *name,
                                  const std::string &def);
    int resolveFd(const scenario::Statement &s, std::size_t i);
    Handle &handle(const scenario::Statement &s, std::size_t i);
    pid_t resolveTarget(const scenario::Statement &s, std::size_t i, std::string &label);
    std::string objectId(const scenario::Statement &s, const char *family);
    std::string fdObj(int fd) const;
    std::string fdKind(int fd) const;
    std::string substitute(const std::string &text) const;
    std::string safePath(const scenario::Statement &s, const std::string &rel);
    std::string realIpcName(const std::string &logical) const;

    // One function per statement family.
    void doPrint(const scenario::Statement &s, bool toStderr);
    void doPrintf(const scenario::Statement &s);
    void doFork(const scenario::Statement &s);
    void doForkUnchecked(const scenario::Statement &s);
    void doForkTree(const scenario::Statement &s, int level);
    /// fork() with the events and the birth handshake: returns 0 in the child
    /// (which has announced itself) and the child's PID in the parent.
    pid_t forkProcess(const scenario::Statement &s, std::string &childLabel);
    void waitFor(const scenario::Statement &s, pid_t target, const std::string &targetLabel);
    void doWait(const scenario::Statement &s);
    void doSleep(const scenario::Statement &s, std::int64_t ns);
    void doExec(const scenario::Statement &s);
    void doSigaction(const scenario::Statement &s);
    void doKill(const scenario::Statement &s);
    void doPause(const scenario::Statement &s);
    void doPipe(const scenario::Statement &s);
    void doClose(const scenario::Statement &s);
    void doDup2(const scenario::Statement &s);
    void doWrite(const scenario::Statement &s);
    void doRead(const scenario::Statement &s);
    void doMkfifo(const scenario::Statement &s);
    void doOpen(const scenario::Statement &s);
    void doUnlink(const scenario::Statement &s);
    void doShmOpen(const scenario::Statement &s);
    void doFtruncate(const scenario::Statement &s);
    void doMmap(const scenario::Statement &s);
    void doMunmap(const scenario::Statement &s);
    void doMemWrite(const scenario::Statement &s);
    void doMemRead(const scenario::Statement &s);
    void doMemIncr(const scenario::Statement &s);
    void doMemWriteInt(const scenario::Statement &s);
    void doShmUnlink(const scenario::Statement &s);
    void doSemOpen(const scenario::Statement &s);
    void doSemWait(const scenario::Statement &s);
    void doSemPost(const scenario::Statement &s);
    void doSemClose(const scenario::Statement &s);
    void doSemUnlink(const scenario::Statement &s);

    RunContext m_ctx;
    const scenario::Scenario &m_scenario;
    std::vector<std::string> m_sourceLines;
    std::map<int, int> m_ordinal; // statement index -> ordinal among its op (pipe#N, map#N)

    // Per-process state (a fork copies it, as fork copies a C program's memory).
    std::string m_label;
    int m_slot = -1;
    pid_t m_pid = 0;
    int m_children = 0;
    bool m_announced = false;
    bool m_fd1Original = true;
    bool m_fd2Original = true;
    pid_t m_lastChild = 0;
    int m_lastStatus = 0;
    std::map<std::string, Handle> m_handles;
    std::map<int, FdInfo> m_fds;
    std::map<std::string, std::string> m_vars;
    std::map<int, int> m_runs; // statement index -> times this process ran it
    std::string m_stdoutBuf;   // what `printf` buffered; fork copies it, as in C
};

} // namespace ipcviz::interpreter
