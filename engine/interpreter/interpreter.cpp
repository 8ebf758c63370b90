#include "interpreter/interpreter.h"

#include "protocol/names.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ipcviz::interpreter {

using protocol::Record;
using scenario::Arg;
using scenario::Statement;

namespace {

// State the counting signal handler needs. It may only do async-signal-safe
// work: count, format into a stack buffer, put it on the handler ring.
volatile sig_atomic_t g_sigCount[NSIG];
int g_eventFd = -1; // the doorbell
EventRingSet *g_rings = nullptr;
int g_slot = -1;
pid_t g_pid = 0;
char g_label[kLabelSize];
std::int64_t g_startNs = 0;
const ControlBlock *g_control = nullptr;

// Puts a handler's record on this process's handler ring. Every signal is
// blocked meanwhile, so a second handler cannot interleave with this one (the
// ring has one writer at a time); the main flow has a ring of its own.
void putFromHandler(Record &r)
{
    const std::string_view line = r.finish();
    sigset_t all, old;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, &old);
    putEvent(*g_rings, handlerRing(g_slot), line, r.head(), g_eventFd);
    sigprocmask(SIG_SETMASK, &old, nullptr);
}

// Counts a delivery of `sig` and reports it as signal.deliver (with
// `action` when not empty). Async-signal-safe: a Record on the stack, a ring.
void reportDelivery(int sig, const char *action)
{
    if (sig > 0 && sig < NSIG)
        g_sigCount[sig] = g_sigCount[sig] + 1;
    Record r;
    r.field("t", monotonicNs() - g_startNs)
        .pid(g_pid)
        .field("label", static_cast<const char *>(g_label))
        .kind("signal.deliver")
        .field("signal", protocol::signalName(sig))
        .field("count", static_cast<std::int64_t>(g_sigCount[sig]));
    if (action[0] != '\0')
        r.field("action", action);
    putFromHandler(r);
}

void countingHandler(int sig)
{
    const int saved = errno;
    reportDelivery(sig, "");
    errno = saved;
}

// The SIGCHLD handler of `sigaction SIGCHLD reap`: it reaps every child that
// has ended with waitpid(-1, WNOHANG) in a loop (signals of several children
// may merge into one delivery) and reports each, async-signal-safe only: a
// Record on the stack, the control block's slots (atomics) and a ring.
void reapingHandler(int sig)
{
    const int saved = errno;
    reportDelivery(sig, "reap");
    for (;;) {
        int status = 0;
        const pid_t child = waitpid(-1, &status, WNOHANG);
        if (child < 0 && errno == EINTR)
            continue;
        if (child <= 0)
            break;
        Record x;
        x.field("t", monotonicNs() - g_startNs).pid(child);
        const int slot = g_control ? findSlotByPid(*g_control, child) : -1;
        if (slot >= 0)
            x.field("label", static_cast<const char *>(g_control->slots[slot].label));
        x.kind("proc.exit");
        if (WIFEXITED(status))
            x.field("code", WEXITSTATUS(status));
        else
            x.field("signal", protocol::signalName(WTERMSIG(status)));
        x.field("reaper", g_pid)
            .field("reaper_label", static_cast<const char *>(g_label))
            .field("by", "handler");
        putFromHandler(x);
    }
    errno = saved;
}

// The size of the stdout buffer of `printf`: full buffering, as when stdout
// is a pipe (glibc uses the pipe's st_blksize, 4096).
constexpr std::size_t kStdioBuffer = 4096;

// Chunk size for output events: 600 bytes escape to at most 3,600, which
// keeps a record under the 4,096-byte line limit.
constexpr std::size_t kOutputChunk = 600;

bool processGone(pid_t pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", pid);
    const int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return true;
    char buf[512];
    const ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return true;
    buf[n] = '\0';
    const char *close = std::strrchr(buf, ')');
    return !close || close[1] == '\0' || close[2] == 'Z' || close[2] == 'X';
}

std::string trim(std::string_view s)
{
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r");
    return std::string(s.substr(b, e - b + 1));
}

} // namespace

Interpreter::Interpreter(const RunContext &ctx, const scenario::Scenario &bound)
    : m_ctx(ctx), m_scenario(bound)
{
    std::string line;
    for (char c : bound.sourceText) {
        if (c == '\n') {
            m_sourceLines.push_back(line);
            line.clear();
        } else {
            line += c;
        }
    }
    m_sourceLines.push_back(line);

    // Object ordinals: the Nth `pipe` statement of the file makes pipe#N in
    // every run, whichever process runs it first.
    std::map<std::string, int> counters;
    auto walk = [&](auto &&self, const std::vector<Statement> &body) -> void {
        for (const auto &s : body) {
            if (s.op == "pipe" || s.op == "mmap")
                m_ordinal[s.index] = ++counters[s.op];
            self(self, s.body);
        }
    };
    for (const auto &p : bound.roots)
        walk(walk, p.body);
}

// ---------------------------------------------------------------------------
// Process life

void Interpreter::runRoot(const scenario::Process &root, int slot)
{
    m_label = root.label;
    m_slot = slot;
    m_pid = getpid();
    g_pid = m_pid;
    g_eventFd = m_ctx.eventFd;
    g_rings = m_ctx.rings;
    g_slot = slot;
    g_startNs = m_ctx.control->startNs;
    g_control = m_ctx.control;
    std::snprintf(g_label, sizeof g_label, "%s", m_label.c_str());
    m_ctx.control->slots[slot].pid.store(m_pid);

    // The supervisor starts roots one at a time, in file order, so their
    // first events come in the same order in every run.
    ProcSlot &me = m_ctx.control->slots[slot];
    while (me.born.load() == 0)
        futexWait(me.born, 0, 100);
    Record r = event("proc.start", nullptr);
    r.field("ppid", getppid()).flag("root", true);
    emit(r);
    runBlock(root.body);
    exitProcess(0);
}

void Interpreter::announceBorn()
{
    if (m_announced)
        return;
    m_announced = true;
    ProcSlot &slot = m_ctx.control->slots[m_slot];
    slot.born.store(2);
    futexWake(slot.born);
}

void Interpreter::exitProcess(int code)
{
    announceBorn();
    // exit() flushes stdio buffers; the buffer is emptied first, so a write
    // that fails here cannot bring us back.
    flushStdout(nullptr, "exit", false);
    Record r = event("proc.exiting", nullptr);
    r.field("code", code);
    emit(r);
    _exit(code);
}

void Interpreter::fail(const Statement &s, const char *call, int err, const std::string &detail)
{
    std::string msg = call;
    msg += ": ";
    msg += detail.empty() ? std::strerror(err) : detail;
    msg += '\n';
    if (m_fd2Original) {
        [[maybe_unused]] auto n = write(2, msg.data(), msg.size());
    }
    output("stderr", msg, &s);
    exitProcess(1);
}

void Interpreter::runBlock(const std::vector<Statement> &body)
{
    for (const auto &s : body) {
        if (s.op == "repeat") {
            const auto n = intArg(s, 0);
            for (std::int64_t i = 0; i < n; ++i)
                runBlock(s.body);
            continue;
        }
        gate(s);
        step(s);
    }
}

void Interpreter::gate(const Statement &s)
{
    if (!m_ctx.stepMode) {
        if (m_ctx.paceMs > 0)
            usleep(static_cast<useconds_t>(m_ctx.paceMs) * 1000);
        announceBorn();
        return;
    }
    ProcSlot &slot = m_ctx.control->slots[m_slot];
    const std::uint32_t seen = slot.gate.load();
    Record r = event("gate.wait", &s);
    r.field("op", s.op);
    if (s.loc.line > 0 && static_cast<std::size_t>(s.loc.line) <= m_sourceLines.size())
        r.field("step", trim(m_sourceLines[static_cast<std::size_t>(s.loc.line) - 1]));
    // What the GUI needs to say what the step will do, resolved now.
    if (!s.args.empty() && s.args[0].kind == Arg::Kind::Word) {
        const std::string &w = s.args[0].text;
        const auto dot = w.find('.');
        const std::string base = dot == std::string::npos ? w : w.substr(0, dot);
        auto it = m_handles.find(base);
        if (it != m_handles.end()) {
            const Handle &h = it->second;
            r.field("obj", h.obj);
            if (h.kind == HandleKind::Pipe && dot != std::string::npos)
                r.field("fd", h.fds[w.substr(dot + 1) == "w" ? 1 : 0]);
            else if (h.fds[0] >= 0)
                r.field("fd", h.fds[0]);
        }
    }
    if (s.op == "read")
        r.field("max", intOption(s, "max", 1024));
    if (s.op == "write") {
        // The bytes as the write will send them (parameters substituted).
        if (hasOption(s, "fill")) {
            r.field("bytes", std::max<std::int64_t>(0, intOption(s, "fill", 0)));
        } else {
            const std::string data = textArg(s, 1);
            r.field("bytes", static_cast<std::int64_t>(data.size())).preview("data", data);
        }
    }
    emit(r);
    announceBorn();
    gateWait(slot, seen);
}

void Interpreter::step(const Statement &s)
{
    m_runs[s.index]++;
    // A view compares sizes first: most of these tests cost one integer compare.
    const std::string_view op = s.op;
    if (op == "print")
        doPrint(s, false);
    else if (op == "printf")
        doPrintf(s);
    else if (op == "fflush")
        flushStdout(&s, "fflush", true);
    else if (op == "fork_unchecked")
        doForkUnchecked(s);
    else if (op == "fork_tree")
        doForkTree(s, 0);
    else if (op == "mem_write_int")
        doMemWriteInt(s);
    else if (op == "eprint")
        doPrint(s, true);
    else if (op == "fork")
        doFork(s);
    else if (op == "wait")
        doWait(s);
    else if (op == "exit")
        exitProcess(s.args.empty() ? 0 : static_cast<int>(intArg(s, 0)));
    else if (op == "sleep")
        doSleep(s, intArg(s, 0) * 1000000000);
    else if (op == "msleep")
        doSleep(s, intArg(s, 0) * 1000000);
    else if (op == "usleep")
        doSleep(s, intArg(s, 0) * 1000);
    else if (op == "exec")
        doExec(s);
    else if (op == "sigaction")
        doSigaction(s);
    else if (op == "kill")
        doKill(s);
    else if (op == "pause")
        doPause(s);
    else if (op == "pipe")
        doPipe(s);
    else if (op == "close")
        doClose(s);
    else if (op == "dup2")
        doDup2(s);
    else if (op == "write")
        doWrite(s);
    else if (op == "read")
        doRead(s);
    else if (op == "mkfifo")
        doMkfifo(s);
    else if (op == "open")
        doOpen(s);
    else if (op == "unlink")
        doUnlink(s);
    else if (op == "shm_open")
        doShmOpen(s);
    else if (op == "ftruncate")
        doFtruncate(s);
    else if (op == "mmap")
        doMmap(s);
    else if (op == "munmap")
        doMunmap(s);
    else if (op == "mem_write")
        doMemWrite(s);
    else if (op == "mem_read")
        doMemRead(s);
    else if (op == "mem_incr")
        doMemIncr(s);
    else if (op == "shm_unlink")
        doShmUnlink(s);
    else if (op == "sem_open")
        doSemOpen(s);
    else if (op == "sem_wait")
        doSemWait(s);
    else if (op == "sem_post")
        doSemPost(s);
    else if (op == "sem_close")
        doSemClose(s);
    else if (op == "sem_unlink")
        doSemUnlink(s);
    else
        fail(s, s.op.c_str(), ENOSYS, "this engine does not know the statement '" + s.op + "'");
}

// ---------------------------------------------------------------------------
// Events

Record Interpreter::event(std::string_view kind, const Statement *s, std::string_view phase)
{
    Record r;
    r.field("t", monotonicNs() - m_ctx.control->startNs)
        .pid(m_pid)
        .field("label", m_label)
        .kind(kind);
    if (!phase.empty())
        r.phase(phase);
    if (s && s->loc.line > 0)
        r.field("line", s->loc.line);
    return r;
}

void Interpreter::emit(Record &r)
{
    const std::string_view line = r.finish();
    if (!putEvent(*m_ctx.rings, mainRing(m_slot), line, r.head(), m_ctx.eventFd))
        _exit(125); // the supervisor is gone: nobody can see this run any more
}

void Interpreter::writeStdio(int fd, const std::string &text, const Statement *s)
{
    const bool original = fd == 2 ? m_fd2Original : m_fd1Original;
    if (original) {
        [[maybe_unused]] auto n = write(fd, text.data(), text.size());
        output(fd == 2 ? "stderr" : "stdout", text, s);
        return;
    }
    // stdout was redirected (dup2): printf lands in whatever fd 1 now is.
    const std::string kind = fdKind(fd) + ".write";
    Record b = event(kind, s, "begin");
    b.field("obj", fdObj(fd))
        .field("fd", fd)
        .field("bytes", static_cast<std::int64_t>(text.size()));
    b.preview("data", text);
    emit(b);
    ssize_t n;
    do
        n = write(fd, text.data(), text.size());
    while (n < 0 && errno == EINTR);
    const int err = errno;
    Record e = event(kind, s, "end");
    e.field("obj", fdObj(fd)).field("fd", fd).field("ret", n);
    if (n < 0) {
        e.field("errno", protocol::errnoName(err));
        emit(e);
        if (s)
            fail(*s, "write", err);
        return;
    }
    e.field("bytes", n);
    emit(e);
}

void Interpreter::flushStdout(const Statement *s, std::string_view why, bool always)
{
    if (m_stdoutBuf.empty() && !always)
        return;
    std::string text;
    text.swap(m_stdoutBuf);
    Record r = event("stdio.flush", s);
    r.field("stream", "stdout")
        .field("bytes", static_cast<std::int64_t>(text.size()))
        .field("why", why);
    emit(r);
    if (!text.empty())
        writeStdio(1, text, s);
}

void Interpreter::output(std::string_view stream, std::string_view text, const Statement *s)
{
    do {
        const auto chunk = text.substr(0, kOutputChunk);
        text.remove_prefix(chunk.size());
        Record r = event("proc.output", s);
        r.field("stream", stream)
            .field("bytes", static_cast<std::int64_t>(chunk.size()))
            .preview("data", chunk, kOutputChunk);
        emit(r);
    } while (!text.empty());
}

// ---------------------------------------------------------------------------
// Arguments

std::int64_t Interpreter::intArg(const Statement &s, std::size_t i)
{
    if (i >= s.args.size())
        return 0;
    const Arg &a = s.args[i];
    if (a.kind == Arg::Kind::Int)
        return a.number;
    return std::strtoll(a.text.c_str(), nullptr, 0);
}

std::string Interpreter::textArg(const Statement &s, std::size_t i)
{
    if (i >= s.args.size())
        return {};
    const Arg &a = s.args[i];
    // An integer keeps its spelling in `text` ("010" stays "010" for exec).
    if (a.kind == Arg::Kind::Int && a.text.empty())
        return std::to_string(a.number);
    return a.text;
}

bool Interpreter::hasOption(const Statement &s, const char *name)
{
    return s.options.count(name) != 0;
}

std::int64_t Interpreter::intOption(const Statement &s, const char *name, std::int64_t def)
{
    auto it = s.options.find(name);
    if (it == s.options.end())
        return def;
    if (it->second.kind == Arg::Kind::Int)
        return it->second.number;
    return std::strtoll(it->second.text.c_str(), nullptr, 0);
}

std::string Interpreter::textOption(const Statement &s, const char *name, const std::string &def)
{
    auto it = s.options.find(name);
    if (it == s.options.end())
        return def;
    return it->second.kind == Arg::Kind::Int ? std::to_string(it->second.number) : it->second.text;
}

Interpreter::Handle &Interpreter::handle(const Statement &s, std::size_t i)
{
    const std::string name = textArg(s, i);
    auto it = m_handles.find(name);
    if (it == m_handles.end())
        fail(s, s.op.c_str(), EBADF, "'" + name + "' is not defined in this process");
    return it->second;
}

int Interpreter::resolveFd(const Statement &s, std::size_t i)
{
    if (i < s.args.size() && s.args[i].kind == Arg::Kind::Int)
        return static_cast<int>(s.args[i].number);
    const std::string w = textArg(s, i);
    const auto dot = w.find('.');
    const std::string base = dot == std::string::npos ? w : w.substr(0, dot);
    auto it = m_handles.find(base);
    if (it == m_handles.end())
        fail(s, s.op.c_str(), EBADF, "'" + w + "' is not a descriptor of this process");
    const Handle &h = it->second;
    if (h.kind == HandleKind::Pipe) {
        const std::string end = dot == std::string::npos ? "" : w.substr(dot + 1);
        if (end == "r")
            return h.fds[0];
        if (end == "w")
            return h.fds[1];
        fail(s, s.op.c_str(), EBADF, "a pipe end is " + base + ".r or " + base + ".w");
    }
    return h.fds[0];
}

pid_t Interpreter::resolveTarget(const Statement &s, std::size_t i, std::string &label)
{
    const std::string w = textArg(s, i);
    if (w == "self") {
        label = m_label;
        return m_pid;
    }
    if (w == "parent") {
        const pid_t pp = getppid();
        const int slot = findSlotByPid(*m_ctx.control, pp);
        label = slot >= 0 ? m_ctx.control->slots[slot].label : "";
        return pp;
    }
    auto it = m_handles.find(w);
    if (it != m_handles.end() && it->second.kind == HandleKind::Child) {
        label = it->second.childLabel;
        return it->second.pid;
    }
    const int slot = findSlot(*m_ctx.control, w);
    if (slot < 0 || m_ctx.control->slots[slot].pid.load() == 0)
        fail(s, "kill", ESRCH, "no process labelled '" + w + "' has started");
    label = w;
    return m_ctx.control->slots[slot].pid.load();
}

std::string Interpreter::objectId(const Statement &s, const char *family)
{
    std::string id = family;
    id += '#';
    id += std::to_string(m_ordinal[s.index]);
    const int runs = m_runs[s.index];
    if (runs > 1)
        id += "." + std::to_string(runs);
    return id;
}

std::string Interpreter::fdObj(int fd) const
{
    auto it = m_fds.find(fd);
    return it == m_fds.end() ? std::string() : it->second.obj;
}

std::string Interpreter::fdKind(int fd) const
{
    auto it = m_fds.find(fd);
    return it == m_fds.end() ? std::string("fd") : it->second.kind;
}

std::string Interpreter::substitute(const std::string &text) const
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        const std::string_view rest = std::string_view(text).substr(i + 1);
        auto take = [&](std::string_view word) {
            if (rest.substr(0, word.size()) != word)
                return false;
            i += word.size();
            return true;
        };
        auto argument = [&](std::string &value) {
            // "(NAME)" right after the keyword.
            if (i + 1 >= text.size() || text[i + 1] != '(')
                return false;
            const auto close = text.find(')', i + 2);
            if (close == std::string::npos)
                return false;
            value = text.substr(i + 2, close - i - 2);
            i = close;
            return true;
        };
        std::string name;
        if (take("%"))
            out += '%';
        else if (take("ppid"))
            out += std::to_string(getppid());
        else if (take("pid"))
            out += std::to_string(m_pid);
        else if (take("label"))
            out += m_label;
        else if (take("child"))
            out += std::to_string(m_lastChild);
        else if (take("status"))
            out += std::to_string(m_lastStatus);
        else if (take("count") && argument(name)) {
            const int sig = protocol::signalNumber(name);
            out += std::to_string(sig > 0 && sig < NSIG ? g_sigCount[sig] : 0);
        } else if (take("var") && argument(name)) {
            auto it = m_vars.find(name);
            if (it != m_vars.end())
                out += it->second;
        } else
            out += '%';
    }
    return out;
}

std::string Interpreter::safePath(const Statement &s, const std::string &rel)
{
    // The parser refuses these too; this is the guard for the run itself.
    const bool bad = rel.empty() || rel[0] == '/' || rel == ".." || rel.rfind("../", 0) == 0 ||
                     rel.find("/../") != std::string::npos ||
                     (rel.size() >= 3 && rel.compare(rel.size() - 3, 3, "/..") == 0);
    if (bad)
        fail(s, s.op.c_str(), EACCES,
             "path '" + rel + "' is outside the run directory (use a relative name)");
    return m_ctx.runDir + "/" + rel;
}

std::string Interpreter::realIpcName(const std::string &logical) const
{
    // "/AOS" -> "/ipcviz.<pid>.<random>.AOS"
    return m_ctx.prefix + (logical.empty() || logical[0] != '/' ? logical : logical.substr(1));
}

// ---------------------------------------------------------------------------
// Processes

void Interpreter::doPrint(const Statement &s, bool toStderr)
{
    std::string text = substitute(textArg(s, 0));
    if (!toStderr && !m_stdoutBuf.empty()) {
        // printf + fflush: what earlier printf calls buffered goes out first.
        text.insert(0, m_stdoutBuf);
        m_stdoutBuf.clear();
    }
    writeStdio(toStderr ? 2 : 1, text, &s);
}

void Interpreter::doPrintf(const Statement &s)
{
    const std::string text = substitute(textArg(s, 0));
    m_stdoutBuf += text;
    Record r = event("stdio.buffer", &s);
    r.field("stream", "stdout")
        .field("bytes", static_cast<std::int64_t>(text.size()))
        .field("buffered", static_cast<std::int64_t>(m_stdoutBuf.size()))
        .preview("data", text);
    emit(r);
    // A full buffer is written out, as stdio does, and printf goes on.
    while (m_stdoutBuf.size() >= kStdioBuffer) {
        const std::string chunk = m_stdoutBuf.substr(0, kStdioBuffer);
        m_stdoutBuf.erase(0, kStdioBuffer);
        Record f = event("stdio.flush", &s);
        f.field("stream", "stdout")
            .field("bytes", static_cast<std::int64_t>(chunk.size()))
            .field("why", "full");
        emit(f);
        writeStdio(1, chunk, &s);
    }
}

void Interpreter::doFork(const Statement &s)
{
    std::string childLabel;
    const pid_t pid = forkProcess(s, childLabel);
    if (pid == 0) {
        runBlock(s.body);
        exitProcess(0);
    }
    if (!s.args.empty()) {
        Handle h;
        h.kind = HandleKind::Child;
        h.pid = pid;
        h.childLabel = childLabel;
        m_handles[textArg(s, 0)] = h;
    }
}

void Interpreter::doForkUnchecked(const Statement &s)
{
    // fork() whose result nobody looks at: the child simply returns from it
    // and carries on with the next statement, exactly like its parent.
    std::string childLabel;
    forkProcess(s, childLabel);
}

void Interpreter::doForkTree(const Statement &s, int level)
{
    const std::int64_t depth = intArg(s, 0);
    const std::int64_t width = intArg(s, 1);
    std::vector<std::pair<pid_t, std::string>> children;
    for (std::int64_t i = 0; i < width; ++i) {
        // The statement's first fork passed its gate in runBlock; every
        // further fork (and each wait below) is a step of its own.
        if (i > 0 || level > 0)
            gate(s);
        std::string childLabel;
        const pid_t pid = forkProcess(s, childLabel);
        if (pid == 0) {
            runBlock(s.body);
            if (level + 1 < depth)
                doForkTree(s, level + 1);
            exitProcess(0);
        }
        children.emplace_back(pid, childLabel);
    }
    for (const auto &[pid, label] : children) {
        gate(s);
        waitFor(s, pid, label);
    }
}

pid_t Interpreter::forkProcess(const Statement &s, std::string &childLabel)
{
    childLabel = m_label + "." + std::to_string(m_children + 1);
    const int slot = allocateSlot(*m_ctx.control, childLabel);
    if (slot < 0) {
        const protocol::Message message = EMSG(
            "the run reached its cap of %1 processes; fork refused", m_ctx.control->processCap);
        Record lim = event("engine.limit", &s);
        lim.field("limit", "processes")
            .field("value", m_ctx.control->processCap)
            .field("message", message.english())
            .field("template", message.templateText())
            .raw("args", message.argsJson()); // last: the supervisor copies them to `end`
        emit(lim);
        Record r = event("proc.fork", &s);
        r.field("ret", -1).field("errno", "EAGAIN");
        emit(r);
        fail(s, "fork", EAGAIN,
             "Resource temporarily unavailable (ipcviz allows " +
                 std::to_string(m_ctx.control->processCap) + " processes per run)");
    }
    ProcSlot &cs = m_ctx.control->slots[slot];
    const pid_t parent = m_pid;
    // No signal handler may run in the child before it has its own rings.
    sigset_t all, old;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, &old);
    const pid_t pid = fork();
    if (pid != 0)
        sigprocmask(SIG_SETMASK, &old, nullptr);
    if (pid == -1) {
        const int err = errno;
        Record r = event("proc.fork", &s);
        r.field("ret", -1).field("errno", protocol::errnoName(err));
        emit(r);
        fail(s, "fork", err);
    }
    if (pid == 0) {
        // No PR_SET_PDEATHSIG here (only roots have it): a child must outlive
        // its parent and be re-parented, as in C. If the engine is killed, the
        // roots die with it and the janitor kills the run's process group.
        m_pid = getpid();
        g_pid = m_pid;
        m_label = childLabel;
        std::snprintf(g_label, sizeof g_label, "%s", m_label.c_str());
        m_slot = slot;
        g_slot = slot;
        sigprocmask(SIG_SETMASK, &old, nullptr);
        m_children = 0;
        m_announced = false;
        m_lastChild = 0;
        cs.pid.store(m_pid);
        // Wait until the parent has reported the fork.
        while (cs.born.load() == 0)
            futexWait(cs.born, 0, 100);
        Record r = event("proc.start", &s);
        r.field("ppid", parent).field("parent_label", m_label.substr(0, m_label.rfind('.')));
        emit(r);
        return 0;
    }
    ++m_children;
    cs.pid.store(pid);
    m_lastChild = pid;
    Record r = event("proc.fork", &s);
    r.field("ret", pid).field("child", pid).field("child_label", childLabel);
    emit(r);
    // Let the child announce itself before this process goes on, so the
    // stream reads fork, start, (child's gate), then the parent's next step.
    cs.born.store(1);
    futexWake(cs.born);
    while (cs.born.load() != 2) {
        futexWait(cs.born, 1, 50);
        if (cs.born.load() != 2 && processGone(pid))
            break;
    }
    return pid;
}

void Interpreter::doWait(const Statement &s)
{
    pid_t target = -1;
    std::string targetLabel;
    if (!s.args.empty()) {
        Handle &h = handle(s, 0);
        if (h.kind != HandleKind::Child)
            fail(s, "waitpid", EINVAL, "'" + textArg(s, 0) + "' is not a forked child");
        target = h.pid;
        targetLabel = h.childLabel;
    }
    waitFor(s, target, targetLabel);
}

void Interpreter::waitFor(const Statement &s, pid_t target, const std::string &targetLabel)
{
    Record b = event("proc.wait", &s, "begin");
    b.field("target", target);
    if (!targetLabel.empty())
        b.field("target_label", targetLabel);
    emit(b);
    int status = 0;
    pid_t r;
    do
        r = waitpid(target, &status, 0);
    while (r < 0 && errno == EINTR);
    if (r < 0) {
        const int err = errno;
        Record e = event("proc.wait", &s, "end");
        e.field("ret", -1).field("errno", protocol::errnoName(err));
        emit(e);
        fail(s, target == -1 ? "wait" : "waitpid", err);
    }
    m_lastStatus = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    const int slot = findSlotByPid(*m_ctx.control, r);
    const std::string reapedLabel = slot >= 0 ? m_ctx.control->slots[slot].label : "";

    // The child's end, seen by its reaper, then the wait's own end.
    Record x;
    x.field("t", monotonicNs() - m_ctx.control->startNs).pid(r);
    if (!reapedLabel.empty())
        x.field("label", reapedLabel);
    x.kind("proc.exit");
    if (WIFEXITED(status))
        x.field("code", WEXITSTATUS(status));
    else {
        x.field("signal", protocol::signalName(WTERMSIG(status)));
        if (WCOREDUMP(status))
            x.flag("core", true);
    }
    x.field("reaper", m_pid).field("reaper_label", m_label);
    emit(x);

    Record e = event("proc.wait", &s, "end");
    e.field("ret", r).field("reaped", r);
    if (!reapedLabel.empty())
        e.field("reaped_label", reapedLabel);
    e.field("status", status);
    if (WIFEXITED(status))
        e.field("code", WEXITSTATUS(status));
    else
        e.field("signal", protocol::signalName(WTERMSIG(status)));
    emit(e);
}

void Interpreter::doSleep(const Statement &s, std::int64_t ns)
{
    Record b = event("proc.sleep", &s, "begin");
    b.field("ns", ns);
    emit(b);
    timespec req{static_cast<time_t>(ns / 1000000000), static_cast<long>(ns % 1000000000)};
    timespec rem{};
    while (nanosleep(&req, &rem) == -1 && errno == EINTR)
        req = rem;
    Record e = event("proc.sleep", &s, "end");
    e.field("ret", 0);
    emit(e);
}

void Interpreter::doExec(const Statement &s)
{
    // Everything exec needs is built before touching descriptors.
    std::vector<std::string> args;
    for (std::size_t i = 0; i < s.args.size(); ++i)
        args.push_back(textArg(s, i));
    std::vector<char *> argv;
    for (auto &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    Record b = event("proc.exec", &s, "begin");
    b.field("path", args.empty() ? std::string() : args[0]).beginArray("argv");
    for (const auto &a : args)
        b.item(a);
    b.endArray();
    // A successful exec throws away what printf buffered and nobody flushed.
    if (!m_stdoutBuf.empty())
        b.field("unflushed", static_cast<std::int64_t>(m_stdoutBuf.size()));
    emit(b);

    // The program's stdout/stderr become sockets whose other ends go to the
    // supervisor (SCM_RIGHTS), so its output arrives as proc.output with this
    // PID. A descriptor the scenario redirected (dup2 onto 1) stays as it is.
    int streams[2] = {-1, -1};
    int saved[2] = {-1, -1};
    const bool original[2] = {m_fd1Original, m_fd2Original};
    int sendFds[2];
    char tags[2];
    int nsend = 0;
    for (int k = 0; k < 2; ++k) {
        if (!original[k])
            continue;
        int sv[2];
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
            continue;
        streams[k] = sv[1];
        sendFds[nsend] = sv[0];
        tags[nsend] = k == 0 ? 'o' : 'e';
        ++nsend;
    }
    if (nsend > 0) {
        struct {
            std::int32_t pid;
            char tags[2];
        } payload{m_pid, {tags[0], nsend > 1 ? tags[1] : '\0'}};
        iovec iov{&payload, sizeof payload};
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * 2)];
        msghdr msg{};
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = CMSG_SPACE(sizeof(int) * static_cast<unsigned>(nsend));
        cmsghdr *cm = CMSG_FIRSTHDR(&msg);
        cm->cmsg_level = SOL_SOCKET;
        cm->cmsg_type = SCM_RIGHTS;
        cm->cmsg_len = CMSG_LEN(sizeof(int) * static_cast<unsigned>(nsend));
        std::memcpy(CMSG_DATA(cm), sendFds, sizeof(int) * static_cast<unsigned>(nsend));
        while (sendmsg(m_ctx.ctrlFd, &msg, MSG_NOSIGNAL) < 0 && errno == EINTR) {
        }
        for (int k = 0; k < nsend; ++k)
            close(sendFds[k]);
    }
    for (int k = 0; k < 2; ++k) {
        if (streams[k] < 0)
            continue;
        saved[k] = fcntl(k + 1, F_DUPFD_CLOEXEC, 900);
        dup2(streams[k], k + 1);
        close(streams[k]);
    }

    execvp(argv[0], argv.data());
    const int err = errno;

    // exec returned: it failed. Put stdout/stderr back, report, go on.
    for (int k = 0; k < 2; ++k) {
        if (saved[k] < 0)
            continue;
        dup2(saved[k], k + 1);
        close(saved[k]);
    }
    Record e = event("proc.exec", &s, "end");
    e.field("path", args.empty() ? std::string() : args[0])
        .field("ret", -1)
        .field("errno", protocol::errnoName(err));
    emit(e);
}

// ---------------------------------------------------------------------------
// Signals

void Interpreter::doSigaction(const Statement &s)
{
    const std::string name = textArg(s, 0);
    const int sig = protocol::signalNumber(name);
    const std::string action = textArg(s, 1);
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    // As the course's example does: no SA_RESTART, so a handler interrupts
    // blocking calls (the interpreter retries them, as robust C code does).
    if (action == "count")
        sa.sa_handler = countingHandler;
    else if (action == "reap") {
        sa.sa_handler = reapingHandler;
        sa.sa_flags = SA_NOCLDSTOP; // only ended children, not stopped ones
    } else if (action == "ignore")
        sa.sa_handler = SIG_IGN;
    else
        sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    const int r = sig > 0 ? sigaction(sig, &sa, nullptr) : -1;
    const int err = sig > 0 ? errno : EINVAL;
    Record ev = event("signal.action", &s);
    ev.field("signal", protocol::signalName(sig)).field("action", action).field("ret", r);
    if (r < 0)
        ev.field("errno", protocol::errnoName(err));
    emit(ev);
    if (r < 0)
        fail(s, "sigaction", err);
}

void Interpreter::doKill(const Statement &s)
{
    std::string label;
    const pid_t target = resolveTarget(s, 0, label);
    const int sig = protocol::signalNumber(textArg(s, 1));
    // send begin goes out before kill(2), so the receiver's signal.deliver
    // can never precede it in the stream.
    Record b = event("signal.send", &s, "begin");
    b.field("target", target)
        .field("target_label", label)
        .field("signal", protocol::signalName(sig));
    emit(b);
    const int r = kill(target, sig);
    const int err = errno;
    Record e = event("signal.send", &s, "end");
    e.field("target", target).field("signal", protocol::signalName(sig)).field("ret", r);
    if (r < 0) {
        e.field("errno", protocol::errnoName(err));
        emit(e);
        fail(s, "kill", err);
    }
    emit(e);
}

void Interpreter::doPause(const Statement &s)
{
    Record b = event("signal.pause", &s, "begin");
    emit(b);
    const int r = pause();
    const int err = errno;
    Record e = event("signal.pause", &s, "end");
    e.field("ret", r).field("errno", protocol::errnoName(err));
    emit(e);
}

// ---------------------------------------------------------------------------
// Pipes, descriptors, FIFOs, files

void Interpreter::takeObject(const Statement &s, const char *call)
{
    const int cap = m_ctx.control->objectCap;
    if (m_ctx.control->objects.fetch_add(1) < cap)
        return;
    const protocol::Message limit =
        EMSG("the run reached its cap of %1 IPC objects (pipes, FIFOs, files, shared memory, "
             "semaphores); %2 refused",
             cap, call);
    const std::string message = limit.english();
    Record lim = event("engine.limit", &s);
    lim.field("limit", "objects").field("value", cap).field("message", message);
    lim.field("template", limit.templateText()).raw("args", limit.argsJson()); // last, as above
    emit(lim);
    fail(s, call, EMFILE, message);
}

void Interpreter::doPipe(const Statement &s)
{
    takeObject(s, "pipe");
    int fds[2];
    // No O_CLOEXEC: the scenario's descriptors are inherited by its children
    // and exec'd programs, exactly as in C.
    if (pipe(fds) != 0) {
        const int err = errno;
        Record r = event("pipe.create", &s);
        r.field("ret", -1).field("errno", protocol::errnoName(err));
        emit(r);
        fail(s, "pipe", err);
    }
    Handle h;
    h.kind = HandleKind::Pipe;
    h.fds[0] = fds[0];
    h.fds[1] = fds[1];
    h.obj = objectId(s, "pipe");
    m_handles[textArg(s, 0)] = h;
    m_fds[fds[0]] = {h.obj, "pipe"};
    m_fds[fds[1]] = {h.obj, "pipe"};
    Record r = event("pipe.create", &s);
    r.field("obj", h.obj).field("ret", 0).beginArray("fds").item(fds[0]).item(fds[1]).endArray();
    emit(r);
}

void Interpreter::doClose(const Statement &s)
{
    const int fd = resolveFd(s, 0);
    const std::string obj = fdObj(fd);
    const int r = close(fd);
    const int err = errno;
    Record ev = event("fd.close", &s);
    ev.field("fd", fd);
    if (!obj.empty())
        ev.field("obj", obj);
    ev.field("ret", r);
    if (r < 0) {
        ev.field("errno", protocol::errnoName(err));
        emit(ev);
        fail(s, "close", err);
    }
    emit(ev);
    m_fds.erase(fd);
    if (fd == 1)
        m_fd1Original = false;
    if (fd == 2)
        m_fd2Original = false;
}

void Interpreter::doDup2(const Statement &s)
{
    const int fd = resolveFd(s, 0);
    const int newfd = static_cast<int>(intArg(s, 1));
    const int r = dup2(fd, newfd);
    const int err = errno;
    Record ev = event("fd.dup", &s);
    ev.field("fd", fd).field("newfd", newfd);
    if (!fdObj(fd).empty())
        ev.field("obj", fdObj(fd));
    ev.field("ret", r);
    if (r < 0) {
        ev.field("errno", protocol::errnoName(err));
        emit(ev);
        fail(s, "dup2", err);
    }
    emit(ev);
    if (newfd != fd) {
        auto it = m_fds.find(fd);
        if (it != m_fds.end())
            m_fds[newfd] = it->second;
        else
            m_fds.erase(newfd);
        if (newfd == 1)
            m_fd1Original = false;
        if (newfd == 2)
            m_fd2Original = false;
    }
}

void Interpreter::doWrite(const Statement &s)
{
    const int fd = resolveFd(s, 0);
    std::string data;
    if (hasOption(s, "fill"))
        data.assign(static_cast<std::size_t>(std::max<std::int64_t>(0, intOption(s, "fill", 0))),
                    'x');
    else
        data = textArg(s, 1); // raw bytes: % is not special outside print
    const std::string kind = fdKind(fd) + ".write";
    const std::string obj = fdObj(fd);
    Record b = event(kind, &s, "begin");
    if (!obj.empty())
        b.field("obj", obj);
    b.field("fd", fd).field("bytes", static_cast<std::int64_t>(data.size())).preview("data", data);
    emit(b);
    ssize_t n;
    do
        n = write(fd, data.data(), data.size());
    while (n < 0 && errno == EINTR);
    const int err = errno;
    Record e = event(kind, &s, "end");
    if (!obj.empty())
        e.field("obj", obj);
    e.field("fd", fd).field("ret", n);
    if (n < 0) {
        e.field("errno", protocol::errnoName(err));
        emit(e);
        fail(s, "write", err);
    }
    e.field("bytes", n);
    emit(e);
}

void Interpreter::doRead(const Statement &s)
{
    const int fd = resolveFd(s, 0);
    const std::string kind = fdKind(fd) + ".read";
    const std::string obj = fdObj(fd);
    const auto max =
        static_cast<std::size_t>(std::clamp<std::int64_t>(intOption(s, "max", 1024), 1, 1 << 20));
    const bool untilEof = hasOption(s, "until-eof");
    const bool untilText = hasOption(s, "until");
    const std::string terminator = untilText ? textOption(s, "until", "") : "";
    const bool echo = hasOption(s, "echo");
    const std::string into = textOption(s, "into", "");

    std::string all;
    std::size_t echoed = 0;
    bool first = true;
    std::string buf;
    for (;;) {
        if (!first)
            gate(s);
        first = false;
        Record b = event(kind, &s, "begin");
        if (!obj.empty())
            b.field("obj", obj);
        b.field("fd", fd).field("max", static_cast<std::int64_t>(max));
        emit(b);
        buf.resize(max);
        ssize_t n;
        do
            n = read(fd, buf.data(), max);
        while (n < 0 && errno == EINTR);
        const int err = errno;
        Record e = event(kind, &s, "end");
        if (!obj.empty())
            e.field("obj", obj);
        e.field("fd", fd).field("ret", n);
        if (n < 0) {
            e.field("errno", protocol::errnoName(err));
            emit(e);
            fail(s, "read", err);
        }
        buf.resize(static_cast<std::size_t>(n));
        e.field("bytes", n).preview("data", buf);
        emit(e);
        all += buf;

        bool done = !untilEof && !untilText;
        std::size_t visibleEnd = all.size();
        if (untilText && !terminator.empty()) {
            const auto at = all.find(terminator);
            if (at != std::string::npos) {
                visibleEnd = at;
                done = true;
            }
        }
        if (n == 0)
            done = true;
        if (echo && visibleEnd > echoed) {
            const std::string text = all.substr(echoed, visibleEnd - echoed);
            echoed = visibleEnd;
            // Like the C program's echo: to fd 1, whatever it now is.
            writeStdio(1, text, &s);
        }
        if (done)
            break;
    }
    if (!into.empty())
        m_vars[into] = all;
}

void Interpreter::doMkfifo(const Statement &s)
{
    takeObject(s, "mkfifo");
    const std::string rel = textArg(s, 0);
    const std::string path = safePath(s, rel);
    const auto mode = static_cast<mode_t>(intOption(s, "mode", 0600));
    const int r = mkfifo(path.c_str(), mode);
    const int err = errno;
    Record ev = event("fifo.create", &s);
    ev.field("obj", "fifo:" + rel).field("path", path).field("mode", mode).field("ret", r);
    if (r < 0) {
        ev.field("errno", protocol::errnoName(err));
        emit(ev);
        fail(s, "mkfifo", err);
    }
    emit(ev);
}

void Interpreter::doOpen(const Statement &s)
{
    const std::string name = textArg(s, 0);
    const std::string rel = textArg(s, 1);
    const std::string path = safePath(s, rel);
    const std::string mode = textArg(s, 2);
    int flags = mode == "read" ? O_RDONLY : mode == "write" ? O_WRONLY : O_RDWR;
    struct stat st {};
    const bool isFifo = stat(path.c_str(), &st) == 0 && S_ISFIFO(st.st_mode);
    Handle h;
    if (isFifo) {
        h.kind = HandleKind::Fifo;
        h.obj = "fifo:" + rel;
        Record b = event("fifo.open", &s, "begin");
        b.field("obj", h.obj).field("path", path).field("mode", mode);
        emit(b);
        int fd;
        do
            fd = open(path.c_str(), flags);
        while (fd < 0 && errno == EINTR);
        const int err = errno;
        Record e = event("fifo.open", &s, "end");
        e.field("obj", h.obj).field("path", path).field("mode", mode).field("ret", fd);
        if (fd < 0) {
            e.field("errno", protocol::errnoName(err));
            emit(e);
            fail(s, "open", err);
        }
        e.field("fd", fd);
        emit(e);
        h.fds[0] = fd;
        m_fds[fd] = {h.obj, "fifo"};
    } else {
        h.kind = HandleKind::File;
        h.obj = "file:" + rel;
        const bool create = hasOption(s, "create");
        if (create) {
            takeObject(s, "open");
            flags |= O_CREAT;
        }
        // Never follow a symlink planted in the run directory.
        flags |= O_NOFOLLOW;
        const bool existed = stat(path.c_str(), &st) == 0;
        const int fd = open(path.c_str(), flags, static_cast<mode_t>(intOption(s, "mode", 0600)));
        const int err = errno;
        Record ev = event("file.open", &s);
        ev.field("obj", h.obj).field("path", path).field("mode", mode).field("ret", fd);
        if (fd < 0) {
            ev.field("errno", protocol::errnoName(err));
            emit(ev);
            fail(s, "open", err);
        }
        ev.field("fd", fd).flag("created", create && !existed);
        emit(ev);
        h.fds[0] = fd;
        m_fds[fd] = {h.obj, "file"};
    }
    h.path = path;
    m_handles[name] = h;
}

void Interpreter::doUnlink(const Statement &s)
{
    const std::string rel = textArg(s, 0);
    const std::string path = safePath(s, rel);
    struct stat st {};
    const bool isFifo = lstat(path.c_str(), &st) == 0 && S_ISFIFO(st.st_mode);
    const int r = unlink(path.c_str());
    const int err = errno;
    Record ev = event(isFifo ? "fifo.unlink" : "file.unlink", &s);
    ev.field("obj", (isFifo ? "fifo:" : "file:") + rel).field("path", path).field("ret", r);
    if (r < 0) {
        ev.field("errno", protocol::errnoName(err));
        emit(ev);
        fail(s, "unlink", err);
    }
    emit(ev);
}

// ---------------------------------------------------------------------------
// Shared memory and mappings

void Interpreter::doShmOpen(const Statement &s)
{
    if (hasOption(s, "create"))
        takeObject(s, "shm_open");
    const std::string name = textArg(s, 0);
    const std::string logical = textArg(s, 1);
    const std::string mode = textArg(s, 2);
    const bool create = hasOption(s, "create");
    int flags = mode == "rdonly" ? O_RDONLY : O_RDWR;
    if (create)
        flags |= O_CREAT;
    Handle h;
    h.kind = HandleKind::Shm;
    h.obj = "shm:" + logical;
    h.realName = realIpcName(logical);
    const int fd =
        shm_open(h.realName.c_str(), flags, static_cast<mode_t>(intOption(s, "mode", 0600)));
    const int err = errno;
    Record ev = event("shm.open", &s);
    ev.field("obj", h.obj).field("name", h.realName).field("mode", mode).flag("created", create);
    ev.field("ret", fd);
    if (fd < 0) {
        ev.field("errno", protocol::errnoName(err));
        emit(ev);
        fail(s, "shm_open", err);
    }
    ev.field("fd", fd);
    emit(ev);
    h.fds[0] = fd;
    m_fds[fd] = {h.obj, "shm"};
    m_handles[name] = h;
}

void Interpreter::doFtruncate(const Statement &s)
{
    Handle &h = handle(s, 0);
    const auto size = intArg(s, 1);
    const int r = ftruncate(h.fds[0], static_cast<off_t>(size));
    const int err = errno;
    Record ev = event(h.kind == HandleKind::File ? "file.truncate" : "shm.truncate", &s);
    ev.field("obj", h.obj).field("fd", h.fds[0]).field("size", size).field("ret", r);
    if (r < 0) {
        ev.field("errno", protocol::errnoName(err));
        emit(ev);
        fail(s, "ftruncate", err);
    }
    emit(ev);
}

void Interpreter::doMmap(const Statement &s)
{
    const std::string mapName = textArg(s, 0);
    Handle &src = handle(s, 1);
    const auto size = static_cast<std::size_t>(std::max<std::int64_t>(0, intArg(s, 2)));
    const std::string prot = textArg(s, 3);
    const int protFlags = prot == "read" ? PROT_READ : PROT_READ | PROT_WRITE;
    const bool isFile = src.kind == HandleKind::File;
    void *addr = mmap(nullptr, size, protFlags, MAP_SHARED, src.fds[0], 0);
    const int err = errno;
    Handle h;
    h.kind = HandleKind::Map;
    h.obj = src.obj;
    h.mapId = objectId(s, "map");
    h.mapOfFile = isFile;
    h.size = size;
    Record ev = event(isFile ? "file.map" : "shm.map", &s);
    ev.field("obj", h.obj).field("map", h.mapId).field("size", static_cast<std::int64_t>(size));
    ev.field("prot", prot);
    if (addr == MAP_FAILED) {
        ev.field("ret", -1).field("errno", protocol::errnoName(err));
        emit(ev);
        fail(s, "mmap", err);
    }
    char hex[32];
    std::snprintf(hex, sizeof hex, "%p", addr);
    ev.field("addr", hex);
    emit(ev);
    h.addr = addr;
    m_handles[mapName] = h;
}

void Interpreter::doMunmap(const Statement &s)
{
    Handle &h = handle(s, 0);
    const int r = munmap(h.addr, h.size);
    const int err = errno;
    Record ev = event(h.mapOfFile ? "file.unmap" : "shm.unmap", &s);
    ev.field("obj", h.obj).field("map", h.mapId).field("ret", r);
    if (r < 0) {
        ev.field("errno", protocol::errnoName(err));
        emit(ev);
        fail(s, "munmap", err);
    }
    emit(ev);
    h.addr = nullptr;
}

void Interpreter::doMemWrite(const Statement &s)
{
    Handle &h = handle(s, 0);
    const auto offset = static_cast<std::size_t>(std::max<std::int64_t>(0, intArg(s, 1)));
    const std::string data = textArg(s, 2);
    if (!h.addr || offset + data.size() > h.size)
        fail(s, "memcpy", EFAULT,
             "writing " + std::to_string(data.size()) + " bytes at offset " +
                 std::to_string(offset) + " would go past the " + std::to_string(h.size) +
                 "-byte mapping");
    std::memcpy(static_cast<char *>(h.addr) + offset, data.data(), data.size());
    Record ev = event(h.mapOfFile ? "file.write" : "shm.write", &s);
    ev.field("obj", h.obj)
        .field("map", h.mapId)
        .field("offset", static_cast<std::int64_t>(offset))
        .field("bytes", static_cast<std::int64_t>(data.size()))
        .preview("data", data);
    emit(ev);
}

void Interpreter::doMemRead(const Statement &s)
{
    Handle &h = handle(s, 0);
    const auto offset = static_cast<std::size_t>(std::max<std::int64_t>(0, intArg(s, 1)));
    const auto len = static_cast<std::size_t>(std::max<std::int64_t>(0, intArg(s, 2)));
    if (!h.addr || offset + len > h.size)
        fail(s, "memcpy", EFAULT,
             "reading " + std::to_string(len) + " bytes at offset " + std::to_string(offset) +
                 " would go past the " + std::to_string(h.size) + "-byte mapping");
    std::string bytes(static_cast<const char *>(h.addr) + offset, len);
    const std::string as = textOption(s, "as", "text");
    std::string text;
    if (as == "int32" && len >= 4) {
        std::int32_t v;
        std::memcpy(&v, bytes.data(), 4);
        text = std::to_string(v);
    } else {
        text = bytes.substr(0, bytes.find('\0'));
    }
    Record ev = event(h.mapOfFile ? "file.read" : "shm.read", &s);
    ev.field("obj", h.obj)
        .field("map", h.mapId)
        .field("offset", static_cast<std::int64_t>(offset))
        .field("bytes", static_cast<std::int64_t>(len))
        .preview("data", bytes);
    if (as == "int32")
        ev.field("value", std::strtoll(text.c_str(), nullptr, 10));
    emit(ev);
    const std::string into = textOption(s, "into", "");
    if (!into.empty())
        m_vars[into] = text;
    if (hasOption(s, "echo")) {
        std::string shown = text;
        if (as == "int32")
            shown += '\n';
        writeStdio(1, shown, &s);
    }
}

void Interpreter::doMemIncr(const Statement &s)
{
    Handle &h = handle(s, 0);
    const auto offset = static_cast<std::size_t>(std::max<std::int64_t>(0, intArg(s, 1)));
    if (!h.addr || offset + 4 > h.size)
        fail(s, "increment", EFAULT,
             "the integer at offset " + std::to_string(offset) + " is outside the mapping");
    // A plain, non-atomic read-modify-write, as `(*p)++` in C.
    auto *p = reinterpret_cast<volatile std::int32_t *>(static_cast<char *>(h.addr) + offset);
    const std::int32_t before = *p;
    *p = before + 1;
    Record ev = event(h.mapOfFile ? "file.write" : "shm.write", &s);
    ev.field("obj", h.obj)
        .field("map", h.mapId)
        .field("offset", static_cast<std::int64_t>(offset))
        .field("bytes", 4)
        .field("before", before)
        .field("after", before + 1);
    std::string raw(4, '\0');
    const std::int32_t after = before + 1;
    std::memcpy(raw.data(), &after, 4);
    ev.preview("data", raw);
    emit(ev);
}

void Interpreter::doMemWriteInt(const Statement &s)
{
    Handle &h = handle(s, 0);
    const auto offset = static_cast<std::size_t>(std::max<std::int64_t>(0, intArg(s, 1)));
    const std::string var = textArg(s, 2);
    const auto it = m_vars.find(var);
    // A number read from a pipe ("42\n") counts as well as one from mem_read.
    std::string text = it == m_vars.end() ? std::string() : trim(it->second);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == '\t'))
        text.pop_back();
    char *end = nullptr;
    errno = 0;
    const long long held = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno == ERANGE)
        fail(s, "mem_write_int", EINVAL,
             "the variable '" + var + "' holds \"" + text.substr(0, 40) +
                 "\", not an integer (set it with 'mem_read ... as int32 into " + var + "')");
    const std::int64_t value = held + intOption(s, "add", 0);
    if (value < INT32_MIN || value > INT32_MAX)
        fail(s, "mem_write_int", ERANGE,
             std::to_string(value) + " does not fit in an int (" + std::to_string(INT32_MIN) +
                 " to " + std::to_string(INT32_MAX) + ")");
    if (!h.addr || offset + 4 > h.size)
        fail(s, "mem_write_int", EFAULT,
             "the integer at offset " + std::to_string(offset) + " is outside the " +
                 std::to_string(h.size) + "-byte mapping");
    // A plain store, as `*p = x + 1` in C: whatever another process stored
    // since our load is overwritten (`before` shows it).
    auto *p = reinterpret_cast<volatile std::int32_t *>(static_cast<char *>(h.addr) + offset);
    const std::int32_t before = *p;
    const auto after = static_cast<std::int32_t>(value);
    *p = after;
    Record ev = event(h.mapOfFile ? "file.write" : "shm.write", &s);
    ev.field("obj", h.obj)
        .field("map", h.mapId)
        .field("offset", static_cast<std::int64_t>(offset))
        .field("bytes", 4)
        .field("before", before)
        .field("after", after)
        .field("value", after);
    std::string raw(4, '\0');
    std::memcpy(raw.data(), &after, 4);
    ev.preview("data", raw);
    emit(ev);
}

void Interpreter::doShmUnlink(const Statement &s)
{
    const std::string logical = textArg(s, 0);
    const std::string real = realIpcName(logical);
    const int r = shm_unlink(real.c_str());
    const int err = errno;
    Record ev = event("shm.unlink", &s);
    ev.field("obj", "shm:" + logical).field("name", real).field("ret", r);
    if (r < 0) {
        ev.field("errno", protocol::errnoName(err));
        emit(ev);
        fail(s, "shm_unlink", err);
    }
    emit(ev);
}

// ---------------------------------------------------------------------------
// Named semaphores

void Interpreter::doSemOpen(const Statement &s)
{
    if (hasOption(s, "create"))
        takeObject(s, "sem_open");
    const std::string name = textArg(s, 0);
    const std::string logical = textArg(s, 1);
    const bool create = hasOption(s, "create");
    Handle h;
    h.kind = HandleKind::Sem;
    h.obj = "sem:" + logical;
    h.realName = realIpcName(logical);
    const auto initial = static_cast<unsigned>(std::max<std::int64_t>(0, intOption(s, "value", 1)));
    sem_t *sem = create ? sem_open(h.realName.c_str(), O_CREAT,
                                   static_cast<mode_t>(intOption(s, "mode", 0600)), initial)
                        : sem_open(h.realName.c_str(), 0);
    const int err = errno;
    Record ev = event("sem.open", &s);
    ev.field("obj", h.obj).field("name", h.realName).flag("created", create);
    if (sem == SEM_FAILED) {
        ev.field("ret", -1).field("errno", protocol::errnoName(err));
        emit(ev);
        fail(s, "sem_open", err);
    }
    int value = 0;
    sem_getvalue(sem, &value);
    ev.field("ret", 0).field("value", value);
    emit(ev);
    h.sem = sem;
    m_handles[name] = h;
}

void Interpreter::doSemWait(const Statement &s)
{
    Handle &h = handle(s, 0);
    int value = 0;
    sem_getvalue(h.sem, &value);
    Record b = event("sem.wait", &s, "begin");
    b.field("obj", h.obj).field("value", value);
    emit(b);
    int r;
    do
        r = sem_wait(h.sem);
    while (r < 0 && errno == EINTR);
    const int err = errno;
    sem_getvalue(h.sem, &value);
    Record e = event("sem.wait", &s, "end");
    e.field("obj", h.obj).field("ret", r).field("value", value);
    if (r < 0) {
        e.field("errno", protocol::errnoName(err));
        emit(e);
        fail(s, "sem_wait", err);
    }
    emit(e);
}

void Interpreter::doSemPost(const Statement &s)
{
    Handle &h = handle(s, 0);
    // Report before posting: once posted, a waiter may report its wait's end,
    // which must not come before the post that allowed it.
    int value = 0;
    sem_getvalue(h.sem, &value);
    Record ev = event("sem.post", &s);
    ev.field("obj", h.obj).field("value", value + 1).field("ret", 0);
    emit(ev);
    if (sem_post(h.sem) < 0)
        fail(s, "sem_post", errno);
}

void Interpreter::doSemClose(const Statement &s)
{
    Handle &h = handle(s, 0);
    const int r = sem_close(h.sem);
    const int err = errno;
    Record ev = event("sem.close", &s);
    ev.field("obj", h.obj).field("ret", r);
    if (r < 0) {
        ev.field("errno", protocol::errnoName(err));
        emit(ev);
        fail(s, "sem_close", err);
    }
    emit(ev);
    h.sem = nullptr;
}

void Interpreter::doSemUnlink(const Statement &s)
{
    const std::string logical = textArg(s, 0);
    const std::string real = realIpcName(logical);
    const int r = sem_unlink(real.c_str());
    const int err = errno;
    Record ev = event("sem.unlink", &s);
    ev.field("obj", "sem:" + logical).field("name", real).field("ret", r);
    if (r < 0) {
        ev.field("errno", protocol::errnoName(err));
        emit(ev);
        fail(s, "sem_unlink", err);
    }
    emit(ev);
}

} // namespace ipcviz::interpreter
