#include "supervisor/supervisor.h"

#include "interpreter/interpreter.h"
#include "protocol/jsonreader.h"
#include "protocol/names.h"
#include "protocol/record.h"
#include "supervisor/procstat.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ipcviz::supervisor {

using interpreter::monotonicNs;
using protocol::appendJsonEscaped;

namespace {

constexpr std::int64_t kMs = 1000000;
// How long every live process must stay blocked before the run is declared
// deadlocked: long enough that a busy machine does not fake one.
constexpr std::int64_t kDeadlockQuietNs = 1000 * kMs;
constexpr std::size_t kMaxCommandLine = 64 * 1024;
// How long a process must be seen sleeping in its call to count as blocked.
constexpr std::int64_t kBlockedSettleNs = 5 * kMs;
// Free-run batching of the event stream (see loop()): after a read that found
// less than kBatchBytes, wait kBatchNapNs before polling again.
constexpr std::size_t kBatchBytes = 256 * 1024;
constexpr long kBatchNapNs = 300 * 1000;
// How often a drain lets a process that holds the next ticket finish writing
// its record before it gives up for now (on one CPU it needs our time slice).
constexpr int kInFlightYields = 1000;

std::string quoted(std::string_view s)
{
    std::string out = "\"";
    appendJsonEscaped(out, s);
    out += '"';
    return out;
}

// The raw value of a top-level field in a record this engine produced
// (strings without their quotes). The common fields come first in every
// record and string values escape their quotes, so the first match is the field.
std::string_view field(std::string_view line, std::string_view key)
{
    std::string pat = "\"";
    pat += key;
    pat += "\":";
    const auto at = line.find(pat);
    if (at == std::string_view::npos)
        return {};
    std::size_t i = at + pat.size();
    if (i < line.size() && line[i] == '"') {
        const auto end = line.find('"', i + 1);
        return end == std::string_view::npos ? std::string_view() : line.substr(i + 1, end - i - 1);
    }
    std::size_t j = i;
    while (j < line.size() && line[j] != ',' && line[j] != '}')
        ++j;
    return line.substr(i, j - i);
}

std::int64_t toInt(std::string_view s)
{
    std::int64_t v = 0;
    bool neg = false;
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-') {
        neg = true;
        ++i;
    }
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i)
        v = v * 10 + (s[i] - '0');
    return neg ? -v : v;
}

bool writeAll(int fd, std::string_view data)
{
    while (!data.empty()) {
        const ssize_t n = write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

std::string isoNow()
{
    char buf[32];
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

bool isTimedKind(const std::string &kind)
{
    return kind == "proc.sleep";
}

} // namespace

// ---------------------------------------------------------------------------

std::optional<std::vector<ScheduleEntry>> readSchedule(const std::string &tracePath,
                                                       std::string &error)
{
    std::ifstream in(tracePath, std::ios::binary);
    if (!in) {
        error = tracePath + ": cannot open the trace: " + std::strerror(errno);
        return std::nullopt;
    }
    std::vector<ScheduleEntry> out;
    std::string line;
    int n = 0;
    bool sawHello = false;
    while (std::getline(in, line)) {
        ++n;
        if (line.empty())
            continue;
        std::string why;
        auto obj = protocol::parseJsonObject(line, why);
        if (!obj) {
            error = tracePath + ":" + std::to_string(n) + ": not a JSON object (" + why + ")";
            return std::nullopt;
        }
        auto get = [&](const char *k) {
            auto it = obj->find(k);
            return it == obj->end() ? std::string() : it->second.text;
        };
        if (obj->count("type") && get("type") == "hello") {
            sawHello = true;
            const auto it = obj->find("protocol");
            if (it == obj->end() || !it->second.isNumber() || it->second.number != 1) {
                error = tracePath + ":" + std::to_string(n) +
                        ": this trace uses another protocol version; this engine reads version 1";
                return std::nullopt;
            }
            continue;
        }
        const std::string kind = get("kind");
        if (kind == "gate.release") {
            out.push_back({"step", get("label"), {}, {}, {}});
        } else if (kind == "engine.user") {
            const std::string cmd = get("cmd");
            if (cmd == "signal")
                out.push_back({"signal", get("target_label"), get("signal"), {}, {}});
            else if (cmd == "fifo.write")
                out.push_back({"fifo.write", {}, {}, get("obj"), get("data")});
        }
    }
    if (!sawHello) {
        error = tracePath + ": not an ipcviz trace (no hello line)";
        return std::nullopt;
    }
    return out;
}

// ---------------------------------------------------------------------------

Supervisor::Supervisor(const scenario::Scenario &bound, const scenario::ParamValues &params,
                       RunOptions options)
    : m_scenario(bound), m_params(params), m_opt(std::move(options))
{}

Supervisor::~Supervisor()
{
    for (int fd :
         {m_eventRead, m_eventWrite, m_ctrlRead, m_ctrlWrite, m_signalFd, m_devNull, m_traceFd})
        if (fd >= 0)
            close(fd);
    for (const auto &[fd, ch] : m_outputs)
        close(fd);
    m_reader.reset();
    interpreter::destroyEventRings(m_rings);
    interpreter::destroyControlBlock(m_control);
}

std::int64_t Supervisor::now() const
{
    return monotonicNs() - m_startNs;
}

int Supervisor::run()
{
    std::string error;
    if (!setUp(error)) {
        std::fprintf(stderr, "ipcviz-engine: %s\n", error.c_str());
        // Whatever was made so far goes.
        removeRunDir(m_names.runDir);
        m_janitor.finish(1000);
        return 1;
    }
    protocol::Message rootError;
    if (!startRoots(rootError))
        endRun("failed", rootError);
    loop();
    finish();
    return m_status == "completed" ? 0 : 1;
}

namespace {
void collectExecs(const std::vector<scenario::Statement> &body, std::vector<std::string> &out)
{
    for (const auto &st : body) {
        if (st.op == "exec" && !st.args.empty() &&
            std::find(out.begin(), out.end(), st.args[0].text) == out.end())
            out.push_back(st.args[0].text);
        collectExecs(st.body, out);
    }
}
} // namespace

std::string Supervisor::execsJson() const
{
    // The programs this run may exec, for the record (and the app's consent).
    std::vector<std::string> programs;
    for (const auto &root : m_scenario.roots)
        collectExecs(root.body, programs);
    std::string out = ",\"execs\":[";
    for (std::size_t i = 0; i < programs.size(); ++i)
        out += (i ? "," : "") + quoted(programs[i]);
    return out + "]";
}

bool Supervisor::setUp(std::string &error)
{
    m_self = getpid();
    signal(SIGPIPE, SIG_IGN);
    // Die (cleanly: SIGTERM is handled) with whoever started us; re-check in
    // case it is already gone.
    const pid_t starter = getppid();
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (getppid() != starter)
        raise(SIGTERM);
    // Our own process group, unless a user runs us from a terminal: there we
    // must stay in the foreground job so that Ctrl-C still reaches us.
    if (!isatty(STDIN_FILENO))
        setpgid(0, 0);

    sweepStaleRuns();
    m_names = makeRunNames();
    if (m_names.runDir.empty()) {
        error = std::string("cannot create the run directory: ") + std::strerror(errno);
        return false;
    }
    if (!m_janitor.start(m_names)) {
        error = "cannot start the janitor process";
        return false;
    }
    // Only after the janitor is detached: orphans of the run come back to us.
    prctl(PR_SET_CHILD_SUBREAPER, 1);

    m_control = interpreter::createControlBlock();
    if (!m_control) {
        error = std::string("cannot map the control block: ") + std::strerror(errno);
        return false;
    }
    m_control->processCap = std::clamp(m_opt.processCap, 1, interpreter::kMaxSlots);
    m_control->objectCap = std::max(1, m_opt.objectCap);
    m_control->stepMode = m_opt.step ? 1 : 0;
    m_control->paceMs = m_opt.paceMs;
    m_control->enginePid = m_self;

    int ev[2];
    if (pipe2(ev, O_CLOEXEC) != 0) {
        error = std::string("pipe: ") + std::strerror(errno);
        return false;
    }
    m_eventRead = ev[0];
    m_eventWrite = ev[1];
    fcntl(m_eventRead, F_SETFL, O_NONBLOCK);
    m_rings = interpreter::createEventRings(m_control->processCap, m_self);
    if (!m_rings) {
        error = std::string("cannot map the event rings: ") + std::strerror(errno);
        return false;
    }
    m_reader.emplace(m_rings, m_control);
    int cs[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, cs) != 0) {
        error = std::string("socketpair: ") + std::strerror(errno);
        return false;
    }
    m_ctrlRead = cs[0];
    m_ctrlWrite = cs[1];
    fcntl(m_ctrlRead, F_SETFL, O_NONBLOCK);
    m_devNull = open("/dev/null", O_RDWR | O_CLOEXEC);

    sigset_t mask;
    sigemptyset(&mask);
    for (int s : {SIGCHLD, SIGTERM, SIGINT, SIGHUP})
        sigaddset(&mask, s);
    sigprocmask(SIG_BLOCK, &mask, nullptr);
    m_signalFd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);

    if (!m_opt.traceFile.empty()) {
        m_traceFd = open(m_opt.traceFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (m_traceFd < 0) {
            error = "cannot write the trace file " + m_opt.traceFile + ": " + std::strerror(errno);
            return false;
        }
    }
    if (!m_opt.scheduleFile.empty()) {
        auto entries = readSchedule(m_opt.scheduleFile, error);
        if (!entries)
            return false;
        m_pending.assign(entries->begin(), entries->end());
        m_replaying = true;
        m_opt.step = true;
        m_control->stepMode = 1;
    }

    m_startNs = monotonicNs();
    m_control->startNs = m_startNs;
    m_deadlineNs = static_cast<std::int64_t>(m_opt.timeoutSeconds) * 1000 * kMs;
    m_lastActivityNs = 0;

    std::string hello = "{\"type\":\"hello\",\"protocol\":1,\"engine\":" + quoted(IPCVIZ_VERSION) +
                        ",\"scenario\":" + quoted(m_scenario.id) +
                        ",\"title\":" + quoted(m_scenario.title) +
                        ",\"category\":" + quoted(m_scenario.category) +
                        ",\"source\":" + quoted(m_scenario.sourcePath) + ",\"params\":{";
    bool first = true;
    for (const auto &[k, v] : m_params) {
        hello += first ? "" : ",";
        first = false;
        hello += quoted(k) + ":";
        if (std::holds_alternative<std::int64_t>(v))
            hello += std::to_string(std::get<std::int64_t>(v));
        else
            hello += quoted(std::get<std::string>(v));
    }
    hello += "},\"mode\":" + quoted(m_opt.step ? "step" : "free");
    if (m_replaying)
        hello += ",\"schedule\":" + quoted(m_opt.scheduleFile);
    hello += ",\"roots\":[";
    for (std::size_t i = 0; i < m_scenario.roots.size(); ++i)
        hello += (i ? "," : "") + quoted(m_scenario.roots[i].label);
    hello += "],\"engine_pid\":" + std::to_string(m_self) +
             ",\"janitor_pid\":" + std::to_string(m_janitor.pid()) +
             ",\"run_dir\":" + quoted(m_names.runDir) + ",\"prefix\":" + quoted(m_names.prefix) +
             ",\"timeout_s\":" + std::to_string(m_opt.timeoutSeconds) +
             ",\"pace_ms\":" + std::to_string(m_opt.paceMs) +
             ",\"process_cap\":" + std::to_string(m_control->processCap) +
             ",\"object_cap\":" + std::to_string(m_control->objectCap) +
             ",\"max_events\":" + std::to_string(m_opt.maxEvents) + execsJson() +
             ",\"started\":" + quoted(isoNow()) + "}\n";
    publish(hello);
    flushOut();
    return true;
}

bool Supervisor::startRoots(protocol::Message &error)
{
    std::vector<int> slots;
    for (const auto &root : m_scenario.roots) {
        const int slot = interpreter::allocateSlot(*m_control, root.label);
        if (slot < 0) {
            error = EMSG("the scenario has more root processes than the process cap allows");
            return false;
        }
        const pid_t pid = fork();
        if (pid < 0) {
            error = EMSG("fork: %1", std::strerror(errno));
            return false;
        }
        if (pid == 0) {
            sigset_t none;
            sigemptyset(&none);
            sigprocmask(SIG_SETMASK, &none, nullptr);
            for (int s = 1; s < NSIG; ++s)
                if (s != SIGKILL && s != SIGSTOP)
                    signal(s, SIG_DFL);
            setpgid(0, m_pgid);
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (getppid() != m_self)
                _exit(1);
            dup2(m_devNull, 0);
            dup2(m_devNull, 1);
            dup2(m_devNull, 2);
            dup2(m_eventWrite, interpreter::kEventFd);
            dup2(m_ctrlWrite, interpreter::kCtrlFd);
            fcntl(interpreter::kEventFd, F_SETFD, FD_CLOEXEC);
            fcntl(interpreter::kCtrlFd, F_SETFD, FD_CLOEXEC);
            close_range(3, interpreter::kEventFd - 1, 0);
            close_range(interpreter::kCtrlFd + 1, ~0U, 0);
            if (chdir(m_names.runDir.c_str()) != 0)
                _exit(1);
            interpreter::RunContext ctx;
            ctx.control = m_control;
            ctx.rings = m_rings;
            ctx.eventFd = interpreter::kEventFd;
            ctx.ctrlFd = interpreter::kCtrlFd;
            ctx.runDir = m_names.runDir;
            ctx.prefix = m_names.prefix;
            ctx.enginePid = m_self;
            ctx.stepMode = m_opt.step;
            ctx.paceMs = m_opt.paceMs;
            interpreter::Interpreter interp(ctx, m_scenario);
            interp.runRoot(root, slot);
        }
        // Both sides set the group, so it holds whichever runs first.
        setpgid(pid, m_pgid);
        if (m_pgid == 0) {
            m_pgid = pid;
            m_janitor.setProcessGroup(m_pgid);
        }
        m_control->slots[slot].pid.store(pid);
        Proc p;
        p.pid = pid;
        p.label = root.label;
        p.slot = slot;
        p.root = true;
        p.lastPpid = m_self;
        m_procs[pid] = p;
        slots.push_back(slot);
    }
    close(m_eventWrite);
    m_eventWrite = -1;
    close(m_ctrlWrite);
    m_ctrlWrite = -1;

    // Start the roots one after the other, each once the previous one has
    // announced itself, so the stream begins the same way in every run.
    for (int slot : slots) {
        auto &s = m_control->slots[slot];
        s.born.store(1);
        interpreter::futexWake(s.born);
        const pid_t pid = s.pid.load();
        for (int waited = 0; s.born.load() != 2 && waited < 5000; waited += 20) {
            interpreter::futexWait(s.born, 1, 20);
            if (!readProcStat(pid).exists || readProcStat(pid).state == 'Z')
                break;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------
// The loop

void Supervisor::loop()
{
    while (!m_ended) {
        std::vector<pollfd> fds;
        fds.push_back({m_signalFd, POLLIN, 0});
        fds.push_back({m_ctrlRead, POLLIN, 0});
        fds.push_back({m_eventEof ? -1 : m_eventRead, POLLIN, 0});
        fds.push_back({m_stdinOpen ? STDIN_FILENO : -1, POLLIN, 0});
        // No events asked: poll still reports POLLERR when whoever read our
        // stdout has closed it, even in a quiet run that writes nothing.
        fds.push_back({m_stdoutBroken ? -1 : STDOUT_FILENO, 0, 0});
        for (const auto &[fd, ch] : m_outputs)
            fds.push_back({fd, POLLIN, 0});
        const bool busy = m_opt.step && (!m_pending.empty() || m_continue);
        int timeout = busy ? 2 : 20;
        // Writers ring the doorbell only while we say we are idle.
        if (m_reader && !m_reader->goIdle())
            timeout = m_eventsInFlight ? 1 : 0;
        const int r = poll(fds.data(), fds.size(), timeout);
        if (m_reader)
            m_reader->wakeUp();
        if (r < 0 && errno != EINTR)
            break;
        if (fds[0].revents & POLLIN) {
            signalfd_siginfo si[16];
            const ssize_t n = read(m_signalFd, si, sizeof si);
            for (ssize_t i = 0; i < n / static_cast<ssize_t>(sizeof si[0]); ++i) {
                const auto sig = static_cast<int>(si[i].ssi_signo);
                if (sig == SIGTERM || sig == SIGINT || sig == SIGHUP)
                    endRun("cancelled", EMSG("the engine received %1", protocol::signalName(sig)));
            }
            reapChildren();
        }
        if (fds[1].revents & POLLIN)
            readControl();
        if (fds[4].revents & (POLLERR | POLLHUP))
            m_stdoutBroken = true;
        for (std::size_t i = 5; i < fds.size(); ++i)
            if (fds[i].revents & (POLLIN | POLLHUP | POLLERR))
                readOutput(fds[i].fd, false);
        if (fds[2].revents & (POLLIN | POLLHUP | POLLERR))
            readDoorbell();
        const std::size_t eventBytes = readEvents(false);
        if (fds[3].revents & (POLLIN | POLLHUP | POLLERR))
            readCommands();

        if (now() - m_lastProcPollNs >= 20 * kMs)
            pollProc();
        if (m_eventEof && !m_noChildren)
            reapChildren();
        if (m_opt.step) {
            if (m_inStep && settledTwice(true))
                flushStep();
            schedule();
        }
        checkDeadlock();
        if (m_opt.timeoutSeconds > 0 && now() > m_deadlineNs)
            endRun("timeout",
                   EMSG("the run did not end within %1 s (--timeout)", m_opt.timeoutSeconds));
        if (m_eventEof && m_noChildren && !m_ended) {
            readEvents(true);
            for (auto it = m_outputs.begin(); it != m_outputs.end();)
                readOutput((it++)->first, true);
            endRun("completed", protocol::Message());
        }
        flushOut();
        if (m_stdoutBroken)
            endRun("cancelled", EMSG("nobody reads the engine's output any more"));
        // Free run with events flowing: let them gather in the rings for a
        // moment instead of taking them one by one. While we are not idle,
        // writers ring no doorbell, so the scenario's processes run on
        // undisturbed; a ring holds several milliseconds of the fastest
        // stream, and a full ring only makes its writer wait (backpressure,
        // no loss). Step mode keeps reacting at once: its gates wait on us.
        if (!m_opt.step && !m_ended && eventBytes > 0 && eventBytes < kBatchBytes) {
            const timespec nap{0, kBatchNapNs};
            nanosleep(&nap, nullptr);
        }
    }
}

void Supervisor::publish(std::string_view line)
{
    if (!m_eventCapHit && m_seq >= m_opt.maxEvents && line.rfind("{\"type\":", 0) != 0) {
        // Once: say why the run stops, then stop it (the end record still follows).
        m_eventCapHit = true;
        const protocol::Message message =
            EMSG("the run produced %1 events, its cap (--max-events); stopped", m_opt.maxEvents);
        std::string lim =
            "{\"t\":" + std::to_string(now()) + ",\"pid\":" + std::to_string(m_self) +
            ",\"label\":\"engine\",\"kind\":\"engine.limit\",\"limit\":\"events\",\"value\":" +
            std::to_string(m_opt.maxEvents) + ",\"message\":" + quoted(message.english()) +
            message.jsonFields() + "}\n";
        publish(lim);
        endRun("failed", message);
    }
    if (line.size() > 1 && line[0] == '{' && line.rfind("{\"type\":", 0) != 0) {
        char num[24];
        const auto [end, ec] = std::to_chars(num, num + sizeof num, m_seq++);
        m_out.append("{\"seq\":");
        m_out.append(num, end);
        m_out += ',';
        m_out.append(line.substr(1));
    } else {
        m_out.append(line);
    }
    if (m_out.size() > (256u << 10))
        flushOut();
}

void Supervisor::flushOut()
{
    if (m_out.empty())
        return;
    if (m_traceFd >= 0)
        writeAll(m_traceFd, m_out);
    if (!m_stdoutBroken && !writeAll(STDOUT_FILENO, m_out))
        m_stdoutBroken = true;
    m_out.clear();
}

void Supervisor::emitOwn(std::string_view kind, pid_t pid, const std::string &label,
                         const std::string &extraJson)
{
    std::string line = "{\"t\":" + std::to_string(now()) + ",\"pid\":" + std::to_string(pid);
    if (!label.empty())
        line += ",\"label\":" + quoted(label);
    line += ",\"kind\":" + quoted(kind);
    line += extraJson;
    line += "}\n";
    if (m_inStep && kind != "gate.release")
        m_engineBuf.push_back(std::move(line));
    else
        publish(line);
}

void Supervisor::engineError(const protocol::Message &message, std::int64_t line)
{
    std::string extra = ",\"message\":" + quoted(message.english());
    if (const std::string fields = message.jsonFields(); fields.size() < 2048)
        extra += fields;
    if (line > 0)
        extra += ",\"line\":" + std::to_string(line);
    emitOwn("engine.error", m_self, "engine", extra);
}

// ---------------------------------------------------------------------------
// Inputs

std::size_t Supervisor::readEvents(bool drainOnly)
{
    using Next = interpreter::EventReader::Next;
    if (!m_reader)
        return 0;
    // A free pass is bounded so that commands and reaping are not starved; a
    // drain goes on until every event published so far has been handed on.
    const std::size_t budget = drainOnly ? SIZE_MAX : 8 * kBatchBytes;
    std::size_t total = 0;
    int waits = 0;
    m_eventsInFlight = false;
    while (total < budget) {
        std::string_view line;
        const Next next = m_reader->next(line);
        if (next == Next::Record) {
            total += line.size();
            handleRecord(line, m_reader->head());
            m_reader->consume();
            continue;
        }
        if (next == Next::Empty)
            break;
        // A process holds the next ticket and is about to publish it (it was
        // preempted between taking it and writing the record), or was killed
        // in between and never will.
        // (Asking /proc costs a few microseconds: not on every yield.)
        if (waits % 64 == 0 && m_reader->skipLost([](pid_t pid) {
                const ProcStat st = readProcStat(pid);
                return st.exists && st.state != 'Z' && st.state != 'X';
            }))
            continue;
        if (!drainOnly || ++waits > kInFlightYields) {
            m_eventsInFlight = true;
            break;
        }
        sched_yield(); // on one CPU the writer needs it to finish
    }
    if (total > 0)
        m_lastActivityNs = now();
    return total;
}

void Supervisor::readDoorbell()
{
    char buf[256];
    for (;;) {
        const ssize_t n = read(m_eventRead, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0)
            m_eventEof = true; // every scenario process has exited or exec'd
        if (n <= 0 || static_cast<std::size_t>(n) < sizeof buf)
            return;
    }
}

void Supervisor::handleRecord(std::string_view line, const protocol::RecordHead &head)
{
    if (line.size() < 3 || line[0] != '{')
        return; // only our interpreter writes here; never forward garbage
    // What we need of the record came beside it (its writer noted it while
    // formatting), so the line itself is not parsed.
    auto pid = static_cast<pid_t>(head.pid);
    std::string_view kind = head.kind(line);
    std::string_view phase = head.phase == protocol::RecordHead::kBegin ? "begin"
                             : head.phase == protocol::RecordHead::kEnd ? "end"
                                                                        : "";
    if (kind.empty()) {
        // A record without one: read the line.
        pid = static_cast<pid_t>(toInt(field(line, "pid")));
        kind = field(line, "kind");
        phase = field(line, "phase");
    }

    if (kind == "proc.exit") {
        // Reaped by its parent's wait(): the program's last output first.
        drainOutputsOf(pid);
        if (Proc *p = procByPid(pid))
            p->state = ProcState::Gone;
        // Reported by the reaper: it belongs to the reaper's moves.
        const pid_t reaper = static_cast<pid_t>(toInt(field(line, "reaper")));
        if (m_inStep)
            m_stepBuf[reaper].emplace_back(line);
        else
            publish(line);
        return;
    }
    Proc *p = procByPid(pid);
    if (!p && kind == "proc.start") {
        Proc np;
        np.pid = pid;
        np.label = std::string(field(line, "label"));
        np.slot = interpreter::findSlotByPid(*m_control, pid);
        np.lastPpid = static_cast<pid_t>(toInt(field(line, "ppid")));
        m_procs[pid] = np;
        p = &m_procs[pid];
    }
    if (p) {
        if (kind == "proc.start") {
            p->state = ProcState::Running;
        } else if (kind == "gate.wait") {
            p->state = ProcState::AtGate;
            p->gateSince = now();
        } else if (kind == "proc.exec") {
            p->state = phase == "begin" ? ProcState::Exec : ProcState::Running;
        } else if (kind == "proc.exiting") {
            p->state = ProcState::Exiting;
        }
        if (phase == "begin" || phase == "end")
            p->sleepingSince = 0;
        // The open call's object and line are read from its record only when
        // a deadlock needs them: a copy costs less than parsing every begin.
        if (phase == "begin") {
            p->openKind.assign(kind);
            p->openBegin.assign(line);
        } else if (phase == "end") {
            p->openKind.clear();
            p->openBegin.clear();
        }
    }
    if (m_inStep)
        m_stepBuf[pid].emplace_back(line);
    else
        publish(line);
    if (kind == "engine.limit") {
        // The translatable form comes last in the record (interpreter.cpp).
        const std::size_t tmpl = line.find(",\"template\":");
        const std::size_t close = line.rfind('}');
        endRun("failed", std::string(field(line, "message")),
               tmpl < close ? std::string(line.substr(tmpl, close - tmpl)) : std::string());
    }
}

void Supervisor::readControl()
{
    for (;;) {
        struct {
            std::int32_t pid;
            char tags[2];
        } payload{};
        iovec iov{&payload, sizeof payload};
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * 2)];
        msghdr msg{};
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        const ssize_t n = recvmsg(m_ctrlRead, &msg, MSG_CMSG_CLOEXEC);
        if (n <= 0)
            return;
        for (cmsghdr *cm = CMSG_FIRSTHDR(&msg); cm; cm = CMSG_NXTHDR(&msg, cm)) {
            if (cm->cmsg_level != SOL_SOCKET || cm->cmsg_type != SCM_RIGHTS)
                continue;
            const std::size_t count = (cm->cmsg_len - CMSG_LEN(0)) / sizeof(int);
            int fds[2] = {-1, -1};
            std::memcpy(fds, CMSG_DATA(cm), sizeof(int) * std::min<std::size_t>(count, 2));
            for (std::size_t k = 0; k < count && k < 2; ++k) {
                fcntl(fds[k], F_SETFL, O_NONBLOCK);
                m_outputs[fds[k]] = {payload.pid, payload.tags[k] == 'e' ? "stderr" : "stdout"};
            }
        }
    }
}

void Supervisor::readOutput(int fd, bool drainAll)
{
    auto it = m_outputs.find(fd);
    if (it == m_outputs.end())
        return;
    const OutputChannel ch = it->second;
    char buf[4096];
    for (int round = 0; round < (drainAll ? 1024 : 16); ++round) {
        const ssize_t n = read(fd, buf, 600);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) {
                close(fd);
                m_outputs.erase(fd);
            }
            return;
        }
        m_lastActivityNs = now();
        const Proc *p = procByPid(ch.pid);
        protocol::Record r;
        r.field("t", now()).field("pid", ch.pid);
        if (p)
            r.field("label", p->label);
        r.field("kind", "proc.output")
            .field("stream", ch.stream)
            .field("bytes", static_cast<std::int64_t>(n))
            .preview("data", std::string_view(buf, static_cast<std::size_t>(n)), 600);
        if (m_inStep)
            m_engineBuf.emplace_back(r.finish());
        else
            publish(r.finish());
    }
}

void Supervisor::drainOutputsOf(pid_t pid)
{
    std::vector<int> fds;
    for (const auto &[fd, ch] : m_outputs)
        if (ch.pid == pid)
            fds.push_back(fd);
    for (int fd : fds)
        readOutput(fd, true);
}

void Supervisor::readCommands()
{
    char buf[4096];
    const ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        m_stdinOpen = false;
        // In step mode the controller is gone: nobody can step any more.
        if (m_opt.step && !m_replaying)
            endRun("cancelled", EMSG("the controller closed the engine's standard input"));
        return;
    }
    m_cmdBuf.append(buf, static_cast<std::size_t>(n));
    std::size_t start = 0;
    for (;;) {
        const auto nl = m_cmdBuf.find('\n', start);
        if (nl == std::string::npos)
            break;
        ++m_cmdLine;
        handleCommand(std::string_view(m_cmdBuf).substr(start, nl - start));
        start = nl + 1;
    }
    m_cmdBuf.erase(0, start);
    if (m_cmdBuf.size() > kMaxCommandLine) {
        ++m_cmdLine;
        engineError(EMSG("command line too long (over 64 KiB without a newline); discarded"),
                    m_cmdLine);
        m_cmdBuf.clear();
    }
}

void Supervisor::handleCommand(std::string_view line)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
        line.remove_suffix(1);
    if (line.empty())
        return;
    std::string why;
    auto obj = protocol::parseJsonObject(line, why);
    if (!obj) {
        engineError(EMSG("command is not a JSON object: %1", why), m_cmdLine);
        return;
    }
    auto text = [&](const char *k) -> std::optional<std::string> {
        auto it = obj->find(k);
        if (it == obj->end() || !it->second.isString())
            return std::nullopt;
        return it->second.text;
    };
    const auto cmd = text("cmd");
    if (!cmd) {
        engineError(EMSG("command without a \"cmd\" string"), m_cmdLine);
        return;
    }
    const bool stepOnly = *cmd == "step" || *cmd == "continue" || *cmd == "pause";
    if (stepOnly && !m_opt.step) {
        engineError(EMSG("'%1' needs a run started in step mode (--step)", *cmd), m_cmdLine);
        return;
    }
    if (*cmd == "step") {
        const auto label = text("label");
        if (obj->count("label") && !label) {
            engineError(EMSG("step: \"label\" must be a string"), m_cmdLine);
            return;
        }
        m_pending.push_back({"step", label.value_or(""), {}, {}, {}});
    } else if (*cmd == "continue") {
        m_continue = true;
        emitOwn("engine.user", m_self, "user", ",\"cmd\":\"continue\"");
    } else if (*cmd == "pause") {
        m_continue = false;
        emitOwn("engine.user", m_self, "user", ",\"cmd\":\"pause\"");
    } else if (*cmd == "stop") {
        emitOwn("engine.user", m_self, "user", ",\"cmd\":\"stop\"");
        endRun("cancelled", EMSG("stopped by the user"));
    } else if (*cmd == "signal") {
        const auto label = text("label");
        const auto sig = text("signal");
        if (!label || !sig) {
            engineError(EMSG("signal: needs \"label\" and \"signal\" strings"), m_cmdLine);
            return;
        }
        ScheduleEntry e{"signal", *label, *sig, {}, {}};
        if (m_opt.step)
            m_pending.push_back(e);
        else
            applyUserAction(e);
    } else if (*cmd == "fifo.write") {
        const auto o = text("obj");
        const auto data = text("data");
        if (!o || !data) {
            engineError(EMSG("fifo.write: needs \"obj\" and \"data\" strings"), m_cmdLine);
            return;
        }
        ScheduleEntry e{"fifo.write", {}, {}, *o, *data};
        if (m_opt.step)
            m_pending.push_back(e);
        else
            applyUserAction(e);
    } else {
        engineError(
            EMSG("unknown command '%1' (known: step, continue, pause, stop, signal, fifo.write)",
                 *cmd),
            m_cmdLine);
    }
}

void Supervisor::applyUserAction(const ScheduleEntry &e)
{
    if (e.cmd == "signal")
        userSignal(e.label, e.signal);
    else if (e.cmd == "fifo.write")
        userFifoWrite(e.obj, e.data);
}

void Supervisor::userSignal(const std::string &label, const std::string &signalName)
{
    Proc *p = procByLabel(label);
    if (!p || p->state == ProcState::Gone) {
        engineError(EMSG("signal: no live process of this run is labelled '%1'", label), m_cmdLine);
        return;
    }
    const int sig = protocol::signalNumber(signalName);
    if (sig <= 0) {
        engineError(EMSG("signal: unknown signal '%1'", signalName), m_cmdLine);
        return;
    }
    const std::string target = ",\"target\":" + std::to_string(p->pid) +
                               ",\"target_label\":" + quoted(p->label) +
                               ",\"signal\":" + quoted(protocol::signalName(sig));
    emitOwn("engine.user", m_self, "user", ",\"cmd\":\"signal\"" + target);
    emitOwn("signal.send", m_self, "user", ",\"phase\":\"begin\",\"by\":\"user\"" + target);
    const int r = kill(p->pid, sig);
    const int err = errno;
    std::string end =
        ",\"phase\":\"end\",\"by\":\"user\"" + target + ",\"ret\":" + std::to_string(r);
    if (r < 0)
        end += ",\"errno\":" + quoted(protocol::errnoName(err));
    emitOwn("signal.send", m_self, "user", end);
}

void Supervisor::userFifoWrite(const std::string &obj, const std::string &data)
{
    // Only FIFOs inside this run's private directory can be addressed.
    const std::string prefix = "fifo:";
    const std::string rel = obj.rfind(prefix, 0) == 0 ? obj.substr(prefix.size()) : std::string();
    if (rel.empty() || rel[0] == '/' || rel.find("..") != std::string::npos) {
        engineError(EMSG("fifo.write: \"obj\" must name a FIFO of this run, like \"fifo:myfifo\""),
                    m_cmdLine);
        return;
    }
    const std::string path = m_names.runDir + "/" + rel;
    struct stat st {};
    if (lstat(path.c_str(), &st) != 0 || !S_ISFIFO(st.st_mode)) {
        engineError(EMSG("fifo.write: this run has no FIFO %1", obj), m_cmdLine);
        return;
    }
    const std::string common =
        ",\"by\":\"user\",\"obj\":" + quoted(obj) + ",\"path\":" + quoted(path);
    const int fd = open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        engineError(errno == ENXIO
                        ? EMSG("fifo.write: nobody has %1 open for reading yet", obj)
                        : EMSG("fifo.write: cannot open %1: %2", obj, std::strerror(errno)),
                    m_cmdLine);
        return;
    }
    std::string cmd =
        ",\"cmd\":\"fifo.write\",\"obj\":" + quoted(obj) + ",\"data\":" + quoted(data);
    emitOwn("engine.user", m_self, "user", cmd);
    protocol::Record b;
    b.field("t", now()).field("pid", m_self).field("label", "user").field("kind", "fifo.write");
    b.field("phase", "begin").field("by", "user").field("obj", obj).field("path", path);
    b.field("fd", fd).field("bytes", static_cast<std::int64_t>(data.size())).preview("data", data);
    publish(b.finish());
    const ssize_t n = write(fd, data.data(), data.size());
    const int err = errno;
    std::string end = ",\"phase\":\"end\"" + common + ",\"fd\":" + std::to_string(fd) +
                      ",\"ret\":" + std::to_string(n);
    if (n < 0)
        end += ",\"errno\":" + quoted(protocol::errnoName(err));
    else
        end += ",\"bytes\":" + std::to_string(n);
    emitOwn("fifo.write", m_self, "user", end);
    close(fd);
}

void Supervisor::reapChildren()
{
    for (;;) {
        int status = 0;
        const pid_t r = waitpid(-1, &status, WNOHANG);
        if (r == 0)
            return;
        if (r < 0) {
            if (errno == EINTR)
                continue;
            m_noChildren = true;
            return;
        }
        // The process's own last events, and its program's output, first.
        readEvents(true);
        drainOutputsOf(r);
        Proc *p = procByPid(r);
        std::string extra;
        if (WIFEXITED(status))
            extra += ",\"code\":" + std::to_string(WEXITSTATUS(status));
        else if (WIFSIGNALED(status)) {
            extra += ",\"signal\":" + quoted(protocol::signalName(WTERMSIG(status)));
            if (WCOREDUMP(status))
                extra += ",\"core\":true";
        }
        extra += ",\"reaper\":" + std::to_string(m_self) + ",\"reaper_label\":\"engine\"";
        const std::string label = p ? p->label : std::string();
        emitOwn("proc.exit", r, label, extra);
        if (!p || !p->root) {
            std::string reap = ",\"reaped\":" + std::to_string(r);
            if (!label.empty())
                reap += ",\"reaped_label\":" + quoted(label);
            emitOwn("proc.reap", r, label, reap);
        }
        if (p)
            p->state = ProcState::Gone;
    }
}

void Supervisor::reportZombie(pid_t pid, Proc &p, const ProcStat &st)
{
    if (p.zombieReported)
        return;
    readEvents(true);
    p.zombieReported = true;
    emitOwn("proc.state", pid, p.label, ",\"state\":\"Z\",\"ppid\":" + std::to_string(st.ppid));
    p.lastPpid = st.ppid;
}

void Supervisor::pollProc()
{
    m_lastProcPollNs = now();
    for (auto &[pid, p] : m_procs) {
        if (p.state == ProcState::Gone)
            continue;
        const ProcStat st = readProcStat(pid);
        if (!st.exists)
            continue;
        p.procState = st.state;
        if (st.state == 'Z') {
            reportZombie(pid, p, st);
        } else if (st.state != 'Z' && p.lastPpid != 0 && st.ppid != p.lastPpid) {
            readEvents(true);
            emitOwn("proc.state", pid, p.label,
                    ",\"state\":" + quoted(std::string(1, st.state)) + ",\"ppid\":" +
                        std::to_string(st.ppid) + ",\"old_ppid\":" + std::to_string(p.lastPpid));
            p.lastPpid = st.ppid;
        }
    }
}

// ---------------------------------------------------------------------------
// Step mode

Supervisor::Proc *Supervisor::procByPid(pid_t pid)
{
    auto it = m_procs.find(pid);
    return it == m_procs.end() ? nullptr : &it->second;
}

Supervisor::Proc *Supervisor::procByLabel(const std::string &label)
{
    for (auto &[pid, p] : m_procs)
        if (p.label == label && p.state != ProcState::Gone)
            return &p;
    return nullptr;
}

bool Supervisor::sleptAWhile(Proc &p, const ProcStat &st)
{
    if (st.state != 'S') {
        p.sleepingSince = 0;
        return false;
    }
    // Sleeping now and when last seen is not enough: it may have been woken,
    // run (written its events, gone to its gate) and slept again in between.
    const long long runs = runCount(p.pid);
    if (p.sleepingSince == 0 || runs != p.sleepingRuns) {
        p.sleepingSince = now();
        p.sleepingRuns = runs;
        return false;
    }
    return now() - p.sleepingSince >= kBlockedSettleNs;
}

bool Supervisor::settledTwice(bool timedCountsAsBlocked)
{
    // Settled twice, with no event in between: a process looked at early in
    // one pass may have been woken by one looked at later (an exec'd program
    // that writes into a FIFO and exits wakes the reader looked at before).
    readEvents(true);
    return settled(timedCountsAsBlocked) && readEvents(true) == 0 && settled(timedCountsAsBlocked);
}

bool Supervisor::settled(bool timedCountsAsBlocked)
{
    for (auto &[pid, p] : m_procs) {
        switch (p.state) {
        case ProcState::Gone:
        case ProcState::AtGate:
            continue;
        case ProcState::Exiting: {
            // Said it exits, but its parent is woken only by the exit itself.
            const ProcStat st = readProcStat(pid);
            if (!st.exists)
                continue;
            if (st.state != 'Z')
                return false;
            // Its end belongs to this step, whatever the timing: our own
            // child's exit comes with the reaping (SIGCHLD is on its way),
            // another parent's zombie is reported now rather than by the
            // next /proc poll.
            if (st.ppid == m_self)
                return false;
            reportZombie(pid, p, st);
            continue;
        }
        case ProcState::Exec: {
            // An exec'd program runs on its own: settled once it has ended, or
            // has slept for a while (`sleep 10`, reading a terminal). A short
            // sleep (loading a library, a shell waiting for a moment) is not
            // the end of its step: what it does next, such as writing into a
            // FIFO and waking a reader, still belongs to it.
            const ProcStat st = readProcStat(pid);
            if (!st.exists || st.state == 'Z')
                continue;
            if (!sleptAWhile(p, st))
                return false;
            continue;
        }
        case ProcState::Starting:
            return false;
        case ProcState::Running: {
            if (p.openKind.empty() || (isTimedKind(p.openKind) && !timedCountsAsBlocked))
                return false;
            // Blocked inside the kernel: its open `begin` plus /proc saying
            // it has been sleeping for a while.
            const ProcStat st = readProcStat(pid);
            if (!st.exists || st.state == 'Z')
                continue;
            if (!sleptAWhile(p, st))
                return false;
            continue;
        }
        }
    }
    return true;
}

void Supervisor::release(Proc &p, const char *by)
{
    flushStep();
    m_lastReleasedSlot = p.slot;
    p.state = ProcState::Running;
    emitOwn("gate.release", p.pid, p.label, std::string(",\"by\":\"") + by + "\"");
    // The release is in the stream before anything the process does next.
    flushOut();
    m_inStep = true;
    m_mover = p.pid;
    interpreter::gateRelease(m_control->slots[p.slot]);
}

void Supervisor::flushStep()
{
    if (!m_inStep)
        return;
    m_inStep = false;
    auto take = [&](pid_t pid) {
        auto it = m_stepBuf.find(pid);
        if (it == m_stepBuf.end())
            return;
        for (const auto &line : it->second)
            publish(line);
        m_stepBuf.erase(it);
    };
    take(m_mover);
    std::vector<std::pair<int, pid_t>> rest;
    for (const auto &[pid, lines] : m_stepBuf) {
        const Proc *p = procByPid(pid);
        rest.emplace_back(p ? p->slot : interpreter::kMaxSlots + 1, pid);
    }
    std::sort(rest.begin(), rest.end());
    for (const auto &[slot, pid] : rest)
        take(pid);
    for (const auto &line : m_engineBuf)
        publish(line);
    m_engineBuf.clear();
}

void Supervisor::schedule()
{
    if (m_ended)
        return;
    if (m_pending.empty() && m_replaying)
        m_continue = true; // the recorded part is done: finish the run
    if (m_pending.empty() && !m_continue)
        return;
    // Drain first: a process may have reached its gate since the last read.
    if (!settledTwice(false))
        return;

    std::vector<Proc *> ready;
    for (auto &[pid, p] : m_procs)
        if (p.state == ProcState::AtGate)
            ready.push_back(&p);
    std::sort(ready.begin(), ready.end(), [](Proc *a, Proc *b) { return a->slot < b->slot; });
    auto defaultChoice = [&]() -> Proc * {
        for (Proc *p : ready)
            if (p->slot > m_lastReleasedSlot)
                return p;
        return ready.empty() ? nullptr : ready.front();
    };

    if (!m_pending.empty()) {
        const ScheduleEntry e = m_pending.front();
        m_pending.pop_front();
        if (e.cmd != "step") {
            applyUserAction(e);
            return;
        }
        Proc *target = nullptr;
        if (!e.label.empty()) {
            target = procByLabel(e.label);
            if (!target || target->state != ProcState::AtGate) {
                engineError(EMSG("step: '%1' is not waiting at a gate", e.label), m_cmdLine);
                return;
            }
        } else {
            target = defaultChoice();
            if (!target) {
                engineError(EMSG("step: no process is waiting at a gate"), m_cmdLine);
                return;
            }
        }
        release(*target, m_replaying ? "schedule" : "user");
        return;
    }
    if (Proc *p = defaultChoice())
        release(*p, "continue");
}

void Supervisor::checkDeadlock()
{
    if (m_ended)
        return;
    bool any = false;
    bool allBlocked = true;
    for (auto &[pid, p] : m_procs) {
        if (p.state == ProcState::Gone || p.state == ProcState::Exiting)
            continue;
        any = true;
        if (p.state != ProcState::Running || p.openKind.empty() || isTimedKind(p.openKind) ||
            p.procState != 'S') {
            allBlocked = false;
            break;
        }
    }
    // User actions still queued may unblock someone.
    if (!any || !allBlocked || !m_pending.empty()) {
        m_quietSinceNs = 0;
        return;
    }
    const std::int64_t t = now();
    if (m_quietSinceNs == 0 || m_lastActivityNs > m_quietSinceNs) {
        m_quietSinceNs = t;
        return;
    }
    if (t - m_quietSinceNs < kDeadlockQuietNs)
        return;
    // Confirm with fresh readings of /proc.
    for (auto &[pid, p] : m_procs) {
        if (p.state == ProcState::Gone || p.state == ProcState::Exiting)
            continue;
        const ProcStat st = readProcStat(pid);
        if (st.exists && st.state != 'S') {
            m_quietSinceNs = 0;
            return;
        }
    }
    std::string waits = "[";
    protocol::Message words;
    bool first = true;
    for (auto &[pid, p] : m_procs) {
        if (p.state == ProcState::Gone || p.state == ProcState::Exiting)
            continue;
        waits += first ? "" : ",";
        const bool firstWait = first;
        first = false;
        const std::string obj(field(p.openBegin, "obj"));
        waits += "{\"label\":" + quoted(p.label) + ",\"pid\":" + std::to_string(pid) +
                 ",\"op\":" + quoted(p.openKind) + ",\"obj\":" + quoted(obj) +
                 ",\"line\":" + std::to_string(toInt(field(p.openBegin, "line"))) + "}";
        protocol::Message wait = obj.empty()
                                     ? EMSG("%1 waits in %2", p.label, p.openKind)
                                     : EMSG("%1 waits in %2 on %3", p.label, p.openKind, obj);
        words = firstWait ? std::move(wait) : EMSG("%1; %2", std::move(words), std::move(wait));
    }
    waits += "]";
    m_waitsJson = waits;
    emitOwn("engine.deadlock", m_self, "engine", ",\"waits\":" + waits);
    endRun("deadlock", EMSG("every process is blocked and nothing can wake it: %1", words));
}

void Supervisor::endRun(const std::string &status, const protocol::Message &message)
{
    endRun(status, message.english(), message.jsonFields());
}

void Supervisor::endRun(const std::string &status, const std::string &message,
                        std::string messageJson)
{
    if (m_ended)
        return;
    m_ended = true;
    m_status = status;
    m_message = message;
    m_messageJson = std::move(messageJson);
}

// ---------------------------------------------------------------------------
// The end

void Supervisor::killEverything(std::vector<std::string> &cleanup)
{
    auto live = [&]() {
        std::vector<pid_t> out;
        for (auto &[pid, p] : m_procs)
            if (p.state != ProcState::Gone)
                out.push_back(pid);
        return out;
    };
    if (live().empty() && childrenOf(m_self).empty())
        return;
    for (pid_t pid : live()) {
        const Proc &p = m_procs[pid];
        const bool zombie = readProcStat(pid).state == 'Z';
        cleanup.push_back("{\"what\":" + quoted(zombie ? "zombie" : "process") + ",\"pid\":" +
                          std::to_string(pid) + ",\"label\":" + quoted(p.label) + ",\"why\":" +
                          quoted("still there when the run ended (" + m_status + ")") + "}");
    }
    // Escalate: SIGTERM to the run's group and to every child we have, then
    // SIGKILL for whatever ignored it.
    for (int sig : {SIGTERM, SIGKILL}) {
        if (m_pgid > 1)
            kill(-m_pgid, sig);
        for (pid_t pid : live())
            kill(pid, sig);
        for (pid_t pid : childrenOf(m_self))
            kill(pid, sig);
        const std::int64_t until = monotonicNs() + (sig == SIGTERM ? 300 : 3000) * kMs;
        while (monotonicNs() < until) {
            readEvents(true);
            reapChildren();
            if (m_noChildren)
                break;
            usleep(5000);
        }
        if (m_noChildren)
            break;
    }
    // A process can be reaped inside its parent's waitpid() and the parent
    // killed before it reported it: say that it ended all the same.
    for (auto &[pid, p] : m_procs) {
        if (p.state == ProcState::Gone || readProcStat(pid).exists)
            continue;
        emitOwn("proc.exit", pid, p.label,
                ",\"status_unknown\":true,\"reaper\":" + std::to_string(m_self) +
                    ",\"reaper_label\":\"engine\",\"by\":\"cleanup\"");
        p.state = ProcState::Gone;
    }
}

void Supervisor::finish()
{
    flushStep();
    std::vector<std::string> cleanup;
    m_noChildren = false;
    reapChildren();
    if (!m_noChildren || m_status != "completed")
        killEverything(cleanup);
    readEvents(true);
    for (auto it = m_outputs.begin(); it != m_outputs.end();)
        readOutput((it++)->first, true);

    for (const auto &l : removeRunDir(m_names.runDir))
        cleanup.push_back("{\"what\":" + quoted(l.what) + ",\"obj\":" + quoted(l.obj) +
                          ",\"path\":" + quoted(l.name) + ",\"why\":" +
                          quoted(l.what == "fifo" ? "never unlinked by the scenario"
                                                  : "left in the run directory") +
                          "}");
    for (const auto &l : removeIpcNames(m_names.shmStem))
        cleanup.push_back("{\"what\":" + quoted(l.what) + ",\"obj\":" + quoted(l.obj) +
                          ",\"name\":" + quoted(l.name) + ",\"why\":" +
                          quoted("never unlinked by the scenario: it would outlive the program") +
                          "}");
    m_janitor.finish(2000);

    std::vector<std::string> leaks;
    for (const auto &l : inventory(m_names))
        leaks.push_back("{\"what\":" + quoted(l.what) + ",\"obj\":" + quoted(l.obj) +
                        ",\"name\":" + quoted(l.name) + "}");
    m_noChildren = false;
    reapChildren();
    if (!m_noChildren)
        for (pid_t pid : childrenOf(m_self))
            leaks.push_back("{\"what\":\"process\",\"pid\":" + std::to_string(pid) + "}");
    if (m_pgid > 1 && kill(-m_pgid, 0) == 0)
        leaks.push_back("{\"what\":\"process\",\"pgid\":" + std::to_string(m_pgid) + "}");

    std::string end = "{\"type\":\"end\",\"status\":" + quoted(m_status) +
                      ",\"events\":" + std::to_string(m_seq) +
                      ",\"duration_ns\":" + std::to_string(now()) +
                      ",\"exit_code\":" + std::to_string(m_status == "completed" ? 0 : 1);
    if (!m_message.empty())
        end += ",\"message\":" + quoted(m_message.substr(0, 1000));
    if (!m_message.empty() && m_message.size() <= 1000 && m_messageJson.size() < 1200)
        end += m_messageJson; // the translatable form, when the line has room for it
    if (!m_waitsJson.empty() && m_waitsJson.size() < 1500)
        end += ",\"waits\":" + m_waitsJson;
    // The end record is one line of at most 4096 bytes too: long lists are
    // cut, and say how much was left out (each killed process also has its
    // own proc.exit event).
    auto list = [&](const char *key, const std::vector<std::string> &items, std::size_t budget) {
        std::string out = std::string(",\"") + key + "\":[";
        std::size_t shown = 0;
        for (const auto &item : items) {
            if (out.size() + item.size() + 1 > budget)
                break;
            out += (shown ? "," : "") + item;
            ++shown;
        }
        out += "]";
        if (shown < items.size())
            out += std::string(",\"") + key + "_omitted\":" + std::to_string(items.size() - shown);
        return out;
    };
    const std::size_t room = end.size() < 3200 ? 3900 - end.size() : 600;
    const std::string leakPart = list("leaks", leaks, room / 2);
    end += list("cleanup", cleanup, room - leakPart.size()) + leakPart + "}\n";
    publish(end);
    flushOut();
}

} // namespace ipcviz::supervisor
