#pragma once
// The supervisor: the engine's single-threaded main loop for one run.
//
// It starts the scenario's root processes, reads their events from the
// shared-memory rings (interpreter/eventring.h) and gives each its global `seq`, forwards them to
// stdout (and the trace file), captures the output of exec'd programs, reaps orphans as the child
// subreaper, watches /proc for zombies and re-parenting, releases step gates,
// takes commands on stdin, detects deadlock and timeout, and in every case
// cleans up and writes the `end` record.

#include "interpreter/controlblock.h"
#include "interpreter/eventring.h"
#include "protocol/message.h"
#include "scenario/ast.h"
#include "scenario/params.h"
#include "supervisor/cleanup.h"
#include "supervisor/procstat.h"

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace ipcviz::supervisor {

struct RunOptions {
    bool step = false;
    int timeoutSeconds = 30;
    int paceMs = 0;
    int processCap = 64;
    int objectCap = 256;
    std::int64_t maxEvents = 5000000; // a run that writes more is stopped
    std::string traceFile;
    std::string scheduleFile; // replay the releases recorded in this trace
};

/// One release of a schedule: a step of a labelled process, or a user action.
struct ScheduleEntry {
    std::string cmd;   // "step", "signal", "fifo.write"
    std::string label; // step / signal target
    std::string signal;
    std::string obj;
    std::string data;
};

/// Reads the schedule recorded in a trace (gate.release and engine.user lines).
/// Returns nullopt and sets `error` (with a line number) when it cannot.
std::optional<std::vector<ScheduleEntry>> readSchedule(const std::string &tracePath,
                                                       std::string &error);

class Supervisor {
public:
    Supervisor(const scenario::Scenario &bound, const scenario::ParamValues &params,
               RunOptions options);
    ~Supervisor();
    Supervisor(const Supervisor &) = delete;
    Supervisor &operator=(const Supervisor &) = delete;

    /// Runs the scenario to its end. Returns the engine's exit status
    /// (0 only for `completed`).
    int run();

private:
    enum class ProcState { Starting, AtGate, Running, Exec, Exiting, Gone };
    struct Proc {
        pid_t pid = 0;
        std::string label;
        int slot = -1;
        bool root = false;
        ProcState state = ProcState::Starting;
        std::string openKind;  // kind of the open `begin` event, if any
        std::string openBegin; // and that event's record
        bool zombieReported = false;
        pid_t lastPpid = 0;
        char procState = '?';
        // When /proc first showed it sleeping inside its open call: a process
        // counts as blocked only once that has lasted a few milliseconds, so a
        // passing sleep (a lock inside write(), a page fault) is not taken for
        // a blocked call.
        std::int64_t sleepingSince = 0;
        long long sleepingRuns = -1; // its runCount() then
        std::int64_t gateSince = 0;
    };
    struct OutputChannel {
        pid_t pid = 0;
        std::string stream;
    };

    bool setUp(std::string &error);
    bool startRoots(protocol::Message &error);
    void loop();
    void finish();

    // Stream out.
    void publish(std::string_view line); // a complete record, seq inserted here
    std::int64_t now() const;
    void emitOwn(std::string_view kind, pid_t pid, const std::string &label,
                 const std::string &extraJson);
    void flushOut();
    std::string execsJson() const;

    // Inputs.
    /// Hands on the records the rings hold, in ticket order; returns their bytes.
    std::size_t readEvents(bool drainOnly);
    void readDoorbell();
    void handleRecord(std::string_view line, const protocol::RecordHead &head);
    void readControl();
    void readOutput(int fd, bool drainAll);
    void drainOutputsOf(pid_t pid);
    void readCommands();
    void handleCommand(std::string_view line);
    void reapChildren();
    void pollProc();
    void reportZombie(pid_t pid, Proc &p, const ProcStat &st);

    // Step mode and run state.
    /// Every process is at its gate, blocked in the kernel, exited or done
    /// exec'ing; with `timedCountsAsBlocked`, a sleeping process counts as
    /// blocked (enough to publish a step, not to release the next one).
    bool settled(bool timedCountsAsBlocked = false);
    /// Drains the events and checks settled() twice (see the definition).
    bool settledTwice(bool timedCountsAsBlocked);
    /// Whether /proc has shown `p` sleeping for kBlockedSettleNs at least
    /// (a passing sleep is not being blocked).
    bool sleptAWhile(Proc &p, const ProcStat &st);
    void flushStep();
    void schedule();
    void release(Proc &p, const char *by);
    void applyUserAction(const ScheduleEntry &e);
    void userSignal(const std::string &label, const std::string &signal);
    void userFifoWrite(const std::string &obj, const std::string &data);
    void checkDeadlock();
    void endRun(const std::string &status, const protocol::Message &message);
    /// `messageJson`: the message's `template`/`args` fields as they came in a record.
    void endRun(const std::string &status, const std::string &message, std::string messageJson);
    Proc *procByPid(pid_t pid);
    Proc *procByLabel(const std::string &label);
    void engineError(const protocol::Message &message, std::int64_t line);
    void killEverything(std::vector<std::string> &cleanupJson);

    const scenario::Scenario &m_scenario;
    scenario::ParamValues m_params;
    RunOptions m_opt;

    pid_t m_self = 0;
    RunNames m_names;
    Janitor m_janitor;
    interpreter::ControlBlock *m_control = nullptr;
    int m_eventRead = -1;
    int m_eventWrite = -1;
    int m_ctrlRead = -1;
    int m_ctrlWrite = -1;
    int m_signalFd = -1;
    int m_devNull = -1;
    int m_traceFd = -1;
    pid_t m_pgid = 0;
    std::int64_t m_startNs = 0;
    std::int64_t m_deadlineNs = 0;

    std::int64_t m_seq = 0;
    std::string m_out;
    bool m_stdoutBroken = false;
    interpreter::EventRingSet *m_rings = nullptr;
    std::optional<interpreter::EventReader> m_reader;
    bool m_eventEof = false;       // the doorbell's writers are all gone
    bool m_eventsInFlight = false; // the last read stopped at a ticket not yet published
    std::string m_cmdBuf;
    bool m_stdinOpen = true;
    std::int64_t m_cmdLine = 0;
    std::int64_t m_lastActivityNs = 0;
    std::int64_t m_lastProcPollNs = 0;
    std::int64_t m_quietSinceNs = 0;
    bool m_noChildren = false;

    std::map<pid_t, Proc> m_procs;
    std::map<int, OutputChannel> m_outputs;

    // Step mode.
    std::deque<ScheduleEntry> m_pending; // commands waiting for the run to settle
    bool m_continue = false;
    int m_lastReleasedSlot = -1;
    bool m_replaying = false;
    // While a step is in progress its events are held and published in a
    // canonical order once the run settles (the released process first,
    // then the others by slot, then the engine's own), so the same commands
    // give the same stream whatever the kernel's scheduling.
    bool m_inStep = false;
    pid_t m_mover = 0;
    std::map<pid_t, std::vector<std::string>> m_stepBuf;
    std::vector<std::string> m_engineBuf;

    // End.
    bool m_eventCapHit = false;
    bool m_ended = false;
    std::string m_status;
    std::string m_message;
    std::string m_messageJson; // `,"template":…,"args":[…]` of m_message, or empty
    std::string m_waitsJson;
};

} // namespace ipcviz::supervisor
