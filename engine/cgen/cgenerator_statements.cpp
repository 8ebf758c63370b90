#include "cgen/cgenerator_p.h"

#include "cgen/cgenerror.h"
#include "cgen/chelpers.h"
#include "cgen/ctext.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <functional>
#include <string_view>

namespace ipcviz::cgen::detail {

// ============================================================================
// statements
// ============================================================================

void CGenerator::block(const std::vector<Statement> &body)
{
    for (const Statement &s : body)
        statement(s);
}

void CGenerator::statement(const Statement &s)
{
    const std::string &op = s.op;
    if (op == "print" || op == "eprint") {
        doPrint(s, op == "eprint");
    } else if (op == "printf") {
        const auto [fmt, args] = format(s, textArg(s, 0));
        useInclude("stdio.h");
        comment("printf only: the text waits in stdio's buffer until a flush");
        line("printf(" + cStringLiteral(fmt) + args + ");", s.index);
    } else if (op == "fflush") {
        useInclude("stdio.h");
        useDie();
        comment("write out what stdio has buffered for stdout");
        line("if (fflush(stdout) == EOF)", s.index);
        line("    die(\"fflush\");");
    } else if (op == "fork") {
        doFork(s);
    } else if (op == "fork_unchecked") {
        doForkUnchecked(s);
    } else if (op == "fork_tree") {
        doForkTree(s);
    } else if (op == "mem_write_int") {
        doMemWriteInt(s);
    } else if (op == "wait") {
        doWait(s);
    } else if (op == "exit") {
        doExit(s);
    } else if (op == "sleep" || op == "msleep" || op == "usleep") {
        doSleep(s);
    } else if (op == "exec") {
        doExec(s);
    } else if (op == "repeat") {
        doRepeat(s);
    } else if (op == "sigaction") {
        doSigaction(s);
    } else if (op == "kill") {
        doKill(s);
    } else if (op == "pause") {
        comment("wait until a signal handler has run");
        useInclude("unistd.h");
        line("pause();", s.index);
    } else if (op == "pipe") {
        doPipe(s);
    } else if (op == "close") {
        doClose(s);
    } else if (op == "dup2") {
        doDup2(s);
    } else if (op == "write") {
        doWrite(s);
    } else if (op == "read") {
        doRead(s);
    } else if (op == "mkfifo") {
        doMkfifo(s);
    } else if (op == "open") {
        doOpen(s);
    } else if (op == "unlink") {
        doSimpleCall(s, "unlink(" + cStringLiteral(textArg(s, 0)) + ")",
                     "remove the name " + textArg(s, 0) + " from the directory");
    } else if (op == "shm_open") {
        doShmOpen(s);
    } else if (op == "ftruncate") {
        const Symbol &shm = lookup(s, wordArg(s, 0), Kind::Shm, "a shared memory object");
        doSimpleCall(s, "ftruncate(" + shm.c + ", " + std::to_string(intArg(s, 1)) + ")",
                     "give the shared memory object its size in bytes");
    } else if (op == "mmap") {
        doMmap(s);
    } else if (op == "munmap") {
        const Symbol &map = lookup(s, wordArg(s, 0), Kind::Map, "a mapping");
        useInclude("sys/mman.h");
        doSimpleCall(s, "munmap(" + map.c + ", " + std::to_string(map.mapSize) + ")",
                     "remove the mapping from this process's memory");
    } else if (op == "mem_write") {
        doMemWrite(s);
    } else if (op == "mem_read") {
        doMemRead(s);
    } else if (op == "mem_incr") {
        doMemIncr(s);
    } else if (op == "shm_unlink") {
        useInclude("sys/mman.h");
        doSimpleCall(s, "shm_unlink(" + cStringLiteral(textArg(s, 0)) + ")",
                     "remove the shared memory object's name (it goes when the last user "
                     "unmaps it)");
    } else if (op == "sem_open") {
        doSemOpen(s);
    } else if (op == "sem_wait" || op == "sem_post" || op == "sem_close") {
        const Symbol &sem = lookup(s, wordArg(s, 0), Kind::Sem, "a semaphore");
        const char *what = op == "sem_wait"   ? "take the semaphore: wait while its value is 0, "
                                                "then decrement it"
                           : op == "sem_post" ? "give the semaphore back: increment its value, "
                                                "waking one waiter"
                                              : "close the semaphore in this process";
        std::string call = op + "(" + sem.c + ")";
        if (op == "sem_wait" && m_handlers) {
            useHelper("retry_sem_wait");
            call = "retry_" + call;
        }
        doSimpleCall(s, call, what);
    } else if (op == "sem_unlink") {
        doSimpleCall(s, "sem_unlink(" + cStringLiteral(textArg(s, 0)) + ")",
                     "remove the semaphore's name");
    } else {
        fail(s, "this statement has no C translation");
    }
}

void CGenerator::doSimpleCall(const Statement &s, const std::string &call, const std::string &what)
{
    comment(what);
    if (s.op.rfind("sem_", 0) == 0)
        useInclude("semaphore.h");
    if (s.op == "unlink" || s.op == "ftruncate")
        useInclude("unistd.h");
    checked(call, s.op, s.index);
}

void CGenerator::doPrint(const Statement &s, bool toStderr)
{
    const auto [fmt, args] = format(s, textArg(s, 0));
    useInclude("stdio.h");
    if (toStderr) {
        comment("write a message on standard error");
        line("fprintf(stderr, " + cStringLiteral(fmt) + args + ");", s.index);
        return;
    }
    if (!m_explainedPrint) {
        comment("print, then flush at once so that the output of several processes keeps its "
                "order");
        m_explainedPrint = true;
    } else {
        comment("print and flush");
    }
    line("printf(" + cStringLiteral(fmt) + args + ");", s.index);
    line("fflush(stdout);");
}

void CGenerator::doFork(const Statement &s)
{
    useInclude("unistd.h");
    useInclude("stdlib.h");
    useDie();
    const bool inLoop = m_proc.loopDepth > 0;
    std::optional<std::string> childLabel;
    if (m_proc.label && !inLoop)
        childLabel = *m_proc.label + "." + std::to_string(m_proc.forks + 1);
    if (!childLabel)
        m_needs.runtimeLabels = true;
    const bool runtimeLabels = m_previous.runtimeLabels;

    const std::string name = s.args.empty() ? std::string() : wordArg(s, 0);
    std::string preferred;
    std::string key;
    if (!name.empty()) {
        preferred = cIdentifier(name);
        key = name;
    } else if (childLabel) {
        std::string flat = *childLabel;
        std::replace(flat.begin(), flat.end(), '.', '_');
        preferred = cIdentifier(flat);
        key = "@" + *childLabel;
    } else {
        preferred = "pid_child";
        key = "@child";
    }
    std::string who =
        childLabel
            ? *childLabel
            : std::string("the next child (" + (m_proc.label ? *m_proc.label : "label") + ".N)");
    if (!name.empty())
        who += " (" + name + ")";
    comment("fork " + who + ": a copy of this process that runs the block below");
    if (runtimeLabels)
        line("forks++;");
    const auto [var, declare] = define(key, Kind::Child, preferred);
    line((declare ? "pid_t " : "") + var + " = fork();", s.index);
    line("if (" + var + " == -1)");
    line("    die(\"fork\");");
    open("if (" + var + " == 0)");

    ProcState parent = m_proc;
    ProcState child;
    child.label = childLabel;
    child.parentLabel = m_proc.label;
    child.knownPids = m_proc.knownPids;
    m_proc = child;
    if (runtimeLabels) {
        useHelper("enter_child");
        line("enter_child();");
    }
    if (m_previous.lastChild)
        line("last_child = 0; /* this process has no child yet */");
    m_scopes.emplace_back();
    block(s.body);
    m_scopes.pop_back();
    if (s.body.empty() || s.body.back().op != "exit")
        line("exit(0);");
    close();
    m_proc = parent;

    if (!inLoop)
        ++m_proc.forks;
    if (childLabel)
        m_proc.knownPids[*childLabel] = var;
    m_proc.lastChild = var;
    m_proc.lastChildKnown = !inLoop;
    if (m_previous.lastChild)
        line("last_child = " + var + ";");
}

void CGenerator::doWait(const Statement &s)
{
    useInclude("sys/wait.h");
    useInclude("errno.h");
    useDie();
    m_needs.status = true;
    std::string call;
    const char *name = "wait";
    if (s.args.empty()) {
        comment("wait for any child to end (again if a signal handler interrupts the wait)");
        call = "wait(&status)";
    } else {
        const std::string child = wordArg(s, 0);
        const Symbol &sym = lookup(s, child, Kind::Child, "a child");
        comment("wait for " + child + " to end (again if a signal handler interrupts the wait)");
        call = "waitpid(" + sym.c + ", &status, 0)";
        name = "waitpid";
    }
    open("while (" + call + " == -1)", s.index);
    line("if (errno != EINTR)");
    line(std::string("    die(\"") + name + "\");");
    close();
}

void CGenerator::doExit(const Statement &s)
{
    useInclude("stdlib.h");
    const std::int64_t code = s.args.empty() ? 0 : intArg(s, 0);
    comment("end this process with status " + std::to_string(code));
    line("exit(" + std::to_string(code) + ");", s.index);
}

void CGenerator::doSleep(const Statement &s)
{
    useInclude("unistd.h");
    const std::int64_t v = intArg(s, 0);
    if (v < 0)
        fail(s, "a duration cannot be negative");
    const std::string value = std::to_string(v);
    const std::int64_t us = s.op == "sleep" ? v * 1000000 : s.op == "msleep" ? v * 1000 : v;
    const std::string what = s.op == "sleep"    ? value + " s"
                             : s.op == "msleep" ? value + " ms"
                                                : value + " microseconds";
    if (m_handlers) {
        // A handler may run meanwhile; the scenario's sleep lasts its whole time anyway.
        useHelper("full_usleep");
        comment("sleep " + what + ", even if signal handlers run meanwhile");
        const std::string amount = s.op == "sleep"    ? value + " * 1000000LL"
                                   : s.op == "msleep" ? value + " * 1000LL"
                                                      : value + "LL";
        line("full_usleep(" + amount + ");", s.index);
        return;
    }
    comment("sleep " + what);
    if (s.op == "sleep") {
        line("sleep(" + value + ");", s.index);
        return;
    }
    if (us > UINT_MAX)
        fail(s, "the duration is too long for usleep()");
    const std::string suffix = us > INT_MAX ? "u" : "";
    if (s.op == "msleep")
        line("usleep(" + value + suffix + " * 1000" + suffix + ");", s.index);
    else
        line("usleep(" + value + suffix + ");", s.index);
}

void CGenerator::doExec(const Statement &s)
{
    useInclude("unistd.h");
    if (s.args.empty())
        fail(s, "the program to run is missing");
    std::string list;
    for (std::size_t i = 0; i < s.args.size(); ++i)
        list += cStringLiteral(textArg(s, i)) + ", ";
    comment("run " + textArg(s, 0) +
            " in place of this program; execvp returns only if that fails");
    openBlock();
    line("char *const args[] = {" + list + "NULL};");
    line("execvp(args[0], args);", s.index);
    close();
}

void CGenerator::doRepeat(const Statement &s)
{
    const std::int64_t times = intArg(s, 0);
    const std::string i = loopVar();
    comment("repeat " + std::to_string(times) + " times");
    open("for (int " + i + " = 0; " + i + " < " + std::to_string(times) + "; " + i + "++)",
         s.index);
    ++m_loops;
    ++m_proc.loopDepth;
    const int forksBefore = m_proc.forks;
    const bool forks = countForks(s.body) > 0;
    if (forks)
        m_proc.lastChildKnown = false;
    m_scopes.emplace_back();
    block(s.body);
    m_scopes.pop_back();
    --m_proc.loopDepth;
    --m_loops;
    close();
    // The loop's children are numbered in order, so counting resumes after them.
    const long long total =
        static_cast<long long>(forksBefore) + std::max<std::int64_t>(0, times) * countForks(s.body);
    m_proc.forks = static_cast<int>(std::min<long long>(total, INT_MAX));
    if (forks) {
        m_proc.lastChild.clear(); // the loop's variables are gone after it
        m_proc.lastChildKnown = false;
    }
}

void CGenerator::doSigaction(const Statement &s)
{
    const std::string sig = signalArg(s, 0);
    const std::string action = wordArg(s, 1);
    useInclude("signal.h");
    useHelper("set_sigaction");
    if (action == "count") {
        const std::string counter = countVar(sig);
        m_handledSignals.insert(sig);
        comment("on " + sig + ", run " + handlerName(sig) + "(), which counts it in " + counter);
        line("set_sigaction(" + sig + ", " + handlerName(sig) + ", 0);", s.index);
    } else if (action == "reap") {
        if (sig != "SIGCHLD")
            fail(s, "`reap` is for SIGCHLD only");
        countVar(sig);
        useHelper("reap_children");
        comment("on SIGCHLD, run reap_children(); SA_NOCLDSTOP: not when a child only stops");
        line("set_sigaction(SIGCHLD, reap_children, SA_NOCLDSTOP);", s.index);
    } else if (action == "ignore") {
        comment("ignore " + sig + " from now on");
        line("set_sigaction(" + sig + ", SIG_IGN, 0);", s.index);
    } else if (action == "default") {
        comment("give " + sig + " its default action again");
        line("set_sigaction(" + sig + ", SIG_DFL, 0);", s.index);
    } else {
        fail(s, "the action must be count, reap, ignore or default");
    }
}

void CGenerator::doKill(const Statement &s)
{
    std::string described;
    const std::string pid = targetExpr(s, 0, described);
    const std::string sig = signalArg(s, 1);
    useInclude("signal.h");
    comment("send " + sig + " to " + described);
    checked("kill(" + pid + ", " + sig + ")", "kill", s.index);
}

void CGenerator::doPipe(const Statement &s)
{
    const std::string name = wordArg(s, 0);
    useInclude("unistd.h");
    const auto [c, declare] = define(name, Kind::Pipe, cIdentifier(name));
    comment("pipe " + name + ": " + c + "[0] is its read end, " + c + "[1] its write end");
    if (declare)
        line("int " + c + "[2];");
    checked("pipe(" + c + ")", "pipe", s.index);
}

void CGenerator::doClose(const Statement &s)
{
    const std::string fd = fdExpr(s, 0, true);
    useInclude("unistd.h");
    comment("close " + textArg(s, 0) + (fd == textArg(s, 0) ? "" : " (" + fd + ")") +
            " in this process");
    checked("close(" + fd + ")", "close", s.index);
}

void CGenerator::doDup2(const Statement &s)
{
    const std::string fd = fdExpr(s, 0, false);
    const std::int64_t target = intArg(s, 1);
    const char *names[] = {"STDIN_FILENO", "STDOUT_FILENO", "STDERR_FILENO"};
    const std::string newFd = target >= 0 && target <= 2 ? names[target] : std::to_string(target);
    useInclude("unistd.h");
    comment("make descriptor " + std::to_string(target) + " a copy of " + textArg(s, 0));
    checked("dup2(" + fd + ", " + newFd + ")", "dup2", s.index);
}

void CGenerator::doWrite(const Statement &s)
{
    const std::string fd = fdExpr(s, 0, false);
    useInclude("unistd.h");
    const std::string write = m_handlers ? "retry_write" : "write";
    if (m_handlers)
        useHelper("retry_write");
    if (const Arg *fill = option(s, "fill")) {
        if (fill->kind != Arg::Kind::Int || fill->number < 1)
            throw CGenError(whereIs(s, *fill), "`write`: `fill` needs a positive number of bytes");
        useInclude("string.h");
        const std::string bytes = std::to_string(fill->number);
        comment("write " + bytes + " bytes of 'x' to " + textArg(s, 0) + " in one call");
        openBlock();
        line("static char fill[" + bytes + "];");
        line("memset(fill, 'x', sizeof fill);");
        checked(write + "(" + fd + ", fill, sizeof fill)", "write", s.index);
        close();
        return;
    }
    const std::string text = textArg(s, 1);
    comment("write " + std::to_string(text.size()) + " bytes to " + textArg(s, 0) + " in one call");
    // Written text is bytes: `%` is not special there (docs/scenario-format.md).
    const std::string data = cStringLiteral(text);
    const std::string length = std::to_string(text.size());
    checked(write + "(" + fd + ", " + data + ", " + length + ")", "write", s.index);
}

std::pair<std::string, bool> CGenerator::textVariable(const std::string &name,
                                                      const std::string &preferred,
                                                      std::int64_t bytes, const std::string &why)
{
    auto [c, declare] = define(name, Kind::Var, preferred);
    // The first pass learns the largest size any statement needs in this function.
    auto &size = m_needs.varSize[c];
    size = std::max<std::int64_t>(size, bytes);
    if (declare) {
        const auto it = m_previous.varSize.find(c);
        const std::int64_t decl = it == m_previous.varSize.end() ? size : it->second;
        line("char " + c + "[" + std::to_string(decl) + "] = \"\"; /* " + commentText(why) + " */");
    }
    return {c, declare};
}

void CGenerator::doRead(const Statement &s)
{
    const std::string fd = fdExpr(s, 0, false);
    const std::int64_t max = intOption(s, "max", 1024);
    if (max < 1)
        fail(s, "`max` must be at least 1");
    const bool echo = option(s, "echo") != nullptr;
    const bool untilEof = option(s, "until-eof") != nullptr;
    const Arg *until = option(s, "until");
    const Arg *into = option(s, "into");
    if (until && until->text.empty())
        throw CGenError(whereIs(s, *until), "`read`: `until` needs a non-empty text");
    useInclude("unistd.h");
    useDie();
    m_needs.n = true;
    m_needs.bufSize = std::max(m_needs.bufSize, max);
    const std::string maxText = std::to_string(max);
    const std::string from = textArg(s, 0);
    std::string call = "read(" + fd + ", buf, " + maxText + ")";
    if (m_handlers) {
        useHelper("retry_read");
        call = "retry_" + call;
    }

    std::string marker;
    if (until) {
        comment("read from " + from + " until " + cStringLiteral(until->text) +
                " has arrived (or end of file)" + (echo ? "; echo what comes before it" : ""));
        marker = cStringLiteral(until->text);
    } else if (untilEof) {
        comment("read from " + from + " until end of file (read() returns 0 once no write end " +
                "is open)" + (echo ? "; echo it" : ""));
    } else {
        comment("read at most " + maxText + " bytes from " + from +
                " (waits while there are none)" + (echo ? "; echo them" : ""));
    }
    // `into` keeps the text of every call; an end marker may arrive in pieces.
    std::string kept;
    bool fresh = false;
    if (into) {
        std::tie(kept, fresh) = textVariable(into->text, cIdentifier(into->text), 4096,
                                             "the text `into " + into->text + "` keeps");
    } else if (until) {
        std::tie(kept, fresh) =
            textVariable("@seen", "seen", 4096, "what was read, to look for the end marker");
    }
    if (!kept.empty() && !fresh)
        line(kept + "[0] = '\\0';");
    auto take = [&](const std::string &markerArg) {
        useHelper("take_text");
        return "take_text(" + kept + ", sizeof " + kept + ", buf, (size_t)n, " + markerArg + ", " +
               (echo ? "1" : "0") + ")";
    };
    auto consume = [&]() {
        if (!kept.empty()) {
            line(take("NULL") + ";");
        } else if (echo) {
            useHelper("echo");
            line("echo(buf, (size_t)n);");
        }
    };
    if (until) {
        open("do");
        line("n = " + call + ";", s.index);
        line("if (n == -1)");
        line("    die(\"read\");");
        close("} while (!" + take(marker) + " && n > 0);");
        return;
    }
    if (untilEof) {
        open("while ((n = " + call + ") > 0)", s.index);
        consume();
        close();
        line("if (n == -1)");
        line("    die(\"read\");");
        return;
    }
    line("n = " + call + ";", s.index);
    line("if (n == -1)");
    line("    die(\"read\");");
    consume();
}

void CGenerator::doMkfifo(const Statement &s)
{
    const std::string path = textArg(s, 0);
    const std::int64_t mode = intOption(s, "mode", 0600);
    useInclude("sys/stat.h");
    comment("make the FIFO " + path + " in the current directory");
    checked("mkfifo(" + cStringLiteral(path) + ", " + octal(mode) + ")", "mkfifo", s.index);
}

void CGenerator::doOpen(const Statement &s)
{
    const std::string name = wordArg(s, 0);
    const std::string path = textArg(s, 1);
    const std::string how = wordArg(s, 2);
    std::string flags;
    if (how == "read")
        flags = "O_RDONLY";
    else if (how == "write")
        flags = "O_WRONLY";
    else if (how == "rdwr")
        flags = "O_RDWR";
    else
        fail(s, "the access mode must be read, write or rdwr");
    const bool create = option(s, "create") != nullptr;
    if (create)
        flags += " | O_CREAT";
    const std::string mode = octal(intOption(s, "mode", 0600));
    std::string call;
    if (m_handlers) {
        useHelper("retry_open");
        call = "retry_open(" + cStringLiteral(path) + ", " + flags + ", " + mode + ")";
    } else {
        call = "open(" + cStringLiteral(path) + ", " + flags + (create ? ", " + mode : "") + ")";
    }
    useInclude("fcntl.h");
    useDie();
    const auto [c, declare] = define(name, Kind::Fd, cIdentifier(name));
    const std::string purpose = how == "rdwr"   ? "reading and writing"
                                : how == "read" ? "reading"
                                                : "writing";
    if (m_fifoPaths.count(path))
        comment("open the FIFO " + path + " for " + purpose +
                (how == "rdwr" ? "" : " (waits until the other side opens it too)"));
    else
        comment(std::string(create ? "open (or create) " : "open ") + path + " for " + purpose);
    line((declare ? "int " : "") + c + " = " + call + ";", s.index);
    line("if (" + c + " == -1)");
    line("    die(\"open\");");
}

void CGenerator::doShmOpen(const Statement &s)
{
    const std::string name = wordArg(s, 0);
    const std::string object = textArg(s, 1);
    const std::string how = wordArg(s, 2);
    if (how != "rdonly" && how != "rdwr")
        fail(s, "the access mode must be rdonly or rdwr");
    const bool create = option(s, "create") != nullptr;
    std::string flags = how == "rdonly" ? "O_RDONLY" : "O_RDWR";
    if (create)
        flags = "O_CREAT | " + flags;
    const std::string mode = octal(intOption(s, "mode", 0600));
    useInclude("sys/mman.h");
    useInclude("fcntl.h");
    useDie();
    const auto [c, declare] = define(name, Kind::Shm, cIdentifier(name));
    comment(std::string(create ? "create (or open)" : "open") + " the shared memory object " +
            object);
    line((declare ? "int " : "") + c + " = shm_open(" + cStringLiteral(object) + ", " + flags +
             ", " + mode + ");",
         s.index);
    line("if (" + c + " == -1)");
    line("    die(\"shm_open\");");
}

void CGenerator::doMmap(const Statement &s)
{
    const std::string mapName = wordArg(s, 0);
    const std::string source = wordArg(s, 1);
    const std::int64_t size = intArg(s, 2);
    const std::string prot = wordArg(s, 3);
    if (size < 1)
        fail(s, "the size must be at least 1");
    const Symbol *src = find(source);
    if (!src || (src->kind != Kind::Shm && src->kind != Kind::Fd))
        fail(s, "`" + source + "` is not a shared memory object or an opened file");
    const std::string srcC = src->c;
    std::string protC;
    if (prot == "read")
        protC = "PROT_READ";
    else if (prot == "rdwr")
        protC = "PROT_READ | PROT_WRITE";
    else
        fail(s, "the protection must be read or rdwr");
    useInclude("sys/mman.h");
    useDie();
    const auto [c, declare] = define(mapName, Kind::Map, cIdentifier(mapName));
    m_scopes.back()[mapName].mapSize = size;
    comment("map " + std::to_string(size) + " bytes of " + source +
            " into memory, shared with every process that maps it");
    line((declare ? "char *" : "") + c + " = mmap(NULL, " + std::to_string(size) + ", " + protC +
             ", MAP_SHARED, " + srcC + ", 0);",
         s.index);
    line("if (" + c + " == MAP_FAILED)");
    line("    die(\"mmap\");");
}

bool CGenerator::outsideMapping(const Statement &s, const Symbol &map, std::int64_t offset,
                                std::int64_t bytes, const std::string &message)
{
    if (offset >= 0 && bytes >= 0 && offset + bytes <= map.mapSize)
        return false;
    // In C this access would be undefined behaviour; the engine stops the process with
    // a message instead, and so does this program.
    useInclude("stdio.h");
    useInclude("stdlib.h");
    comment("this access would go past the end of the mapping: stop here, as the engine does");
    line("fprintf(stderr, " + cStringLiteral(printfEscape(message) + "\n") + ");", s.index);
    line("exit(1);");
    return true;
}

void CGenerator::doMemWrite(const Statement &s)
{
    const Symbol &map = lookup(s, wordArg(s, 0), Kind::Map, "a mapping");
    const std::string mapC = map.c;
    const std::int64_t offset = intArg(s, 1);
    const std::string text = textArg(s, 2);
    if (outsideMapping(s, map, offset, static_cast<std::int64_t>(text.size()),
                       "memcpy: writing " + std::to_string(text.size()) + " bytes at offset " +
                           std::to_string(offset) + " would go past the " +
                           std::to_string(map.mapSize) + "-byte mapping"))
        return;
    useInclude("string.h");
    const std::string at = offset == 0 ? mapC : mapC + " + " + std::to_string(offset);
    comment("copy the text into the mapping at offset " + std::to_string(offset) +
            " (no NUL after it)");
    // Written text is bytes: `%` is not special there (docs/scenario-format.md).
    const std::string data = cStringLiteral(text);
    const std::string length = std::to_string(text.size());
    line("memcpy(" + at + ", " + data + ", " + length + ");", s.index);
}

void CGenerator::doMemRead(const Statement &s)
{
    const Symbol &map = lookup(s, wordArg(s, 0), Kind::Map, "a mapping");
    const std::string mapC = map.c;
    const std::int64_t offset = intArg(s, 1);
    const std::int64_t length = intArg(s, 2);
    if (length < 1)
        fail(s, "the length must be at least 1");
    const bool echo = option(s, "echo") != nullptr;
    const Arg *as = option(s, "as");
    const Arg *into = option(s, "into");
    const std::string at = offset == 0 ? mapC : mapC + " + " + std::to_string(offset);
    useInclude("string.h");
    if (as && as->text != "int32")
        throw CGenError(whereIs(s, *as), "`mem_read`: `as` must be int32");
    if (as && length < 4)
        fail(s, "`as int32` needs at least 4 bytes");
    if (outsideMapping(s, map, offset, length,
                       "memcpy: reading " + std::to_string(length) + " bytes at offset " +
                           std::to_string(offset) + " would go past the " +
                           std::to_string(map.mapSize) + "-byte mapping"))
        return;
    const std::string len = std::to_string(length);
    if (as)
        comment("read the int at offset " + std::to_string(offset) + " of the mapping");
    else
        comment("read " + len + " bytes at offset " + std::to_string(offset) +
                " of the mapping, as text (up to the first NUL)");
    std::string var;
    if (into)
        var = textVariable(into->text, cIdentifier(into->text), as ? 16 : length + 1,
                           "the text `into " + into->text + "` keeps")
                  .first;
    if (as) {
        m_needs.value = true;
        line("memcpy(&value, " + at + ", sizeof value);", s.index);
        if (!var.empty()) {
            useInclude("stdio.h");
            line("snprintf(" + var + ", sizeof " + var + ", \"%d\", value);");
        }
        if (echo) {
            useHelper("echo");
            useInclude("stdio.h");
            m_needs.msg = true;
            line("snprintf(msg, sizeof msg, \"%d\\n\", value);");
            line("echo(msg, strlen(msg));");
        }
        return;
    }
    std::string target = var;
    if (target.empty()) {
        target = "buf";
        m_needs.bufSize = std::max(m_needs.bufSize, length + 1);
    }
    line("memcpy(" + target + ", " + at + ", " + len + ");", s.index);
    line(target + "[" + len + "] = '\\0';");
    if (echo) {
        useHelper("echo");
        line("echo(" + target + ", strlen(" + target + "));");
    }
}

void CGenerator::doMemIncr(const Statement &s)
{
    const Symbol &map = lookup(s, wordArg(s, 0), Kind::Map, "a mapping");
    const std::int64_t offset = intArg(s, 1);
    if (outsideMapping(s, map, offset, 4,
                       "increment: the integer at offset " + std::to_string(offset) +
                           " is outside the mapping"))
        return;
    const std::string at = offset == 0 ? map.c : "(" + map.c + " + " + std::to_string(offset) + ")";
    comment("add 1 to the int at offset " + std::to_string(offset) +
            ": a read, then a write, that another process can interleave");
    line("(*(int *)" + at + ")++;", s.index);
}

void CGenerator::doSemOpen(const Statement &s)
{
    const std::string name = wordArg(s, 0);
    const std::string object = textArg(s, 1);
    const bool create = option(s, "create") != nullptr;
    useInclude("semaphore.h");
    useInclude("fcntl.h");
    useDie();
    const auto [c, declare] = define(name, Kind::Sem, cIdentifier(name));
    std::string call = "sem_open(" + cStringLiteral(object);
    if (create) {
        const std::int64_t value = intOption(s, "value", 1);
        call += ", O_CREAT, " + octal(intOption(s, "mode", 0600)) + ", " + std::to_string(value);
        comment("create (or open) the semaphore " + object + ", starting at " +
                std::to_string(value));
    } else {
        call += ", 0";
        comment("open the existing semaphore " + object);
    }
    call += ")";
    line((declare ? "sem_t *" : "") + c + " = " + call + ";", s.index);
    line("if (" + c + " == SEM_FAILED)");
    line("    die(\"sem_open\");");
}

void CGenerator::doForkUnchecked(const Statement &s)
{
    useInclude("unistd.h");
    useDie();
    comment("fork without looking at the result: parent and child both go on from here");
    const bool bookkeeping = m_previous.runtimeLabels || m_previous.lastChild;
    if (!bookkeeping) {
        checked("fork()", "fork", s.index);
    } else {
        if (m_previous.runtimeLabels)
            line("forks++;");
        const auto [var, declare] = define("@forked", Kind::Child, "forked");
        line((declare ? "pid_t " : "") + var + " = fork();", s.index);
        line("if (" + var + " == -1)");
        line("    die(\"fork\");");
        if (m_previous.runtimeLabels)
            line("if (" + var + " == 0)");
        if (m_previous.runtimeLabels)
            line("    enter_child(); /* keeps %label right, nothing else */");
        if (m_previous.lastChild)
            line("last_child = " + var + "; /* 0 in the child */");
        if (m_previous.runtimeLabels)
            useHelper("enter_child");
    }
    // Which process runs the next lines is only known at run time.
    m_proc.label.reset();
    m_proc.parentLabel.reset();
    m_proc.lastChild.clear();
    m_proc.lastChildKnown = false;
}

void CGenerator::doForkTree(const Statement &s)
{
    const std::int64_t depth = intArg(s, 0);
    const std::int64_t width = intArg(s, 1);
    if (depth < 1 || width < 1)
        fail(s, "the depth and the width must be at least 1");
    useInclude("unistd.h");
    useInclude("stdlib.h");
    useInclude("sys/wait.h");
    useInclude("errno.h");
    useDie();
    m_needs.status = true;
    m_needs.runtimeLabels = true; // the children's labels depend on their place in the tree
    const bool runtimeLabels = m_previous.runtimeLabels;
    const std::string d = std::to_string(depth);
    const std::string w = std::to_string(width);
    comment("fork_tree " + d + " " + w + ": a tree " + d + " levels deep, " + w +
            " children per process; each child runs the block, then forks its own children one "
            "level down; every process waits for its children");
    openBlock();
    line("pid_t kids[" + w + "];");
    line("int level = 0;");
    open("for (;;)");
    line("int k;");
    open("for (k = 0; k < " + w + "; k++)");
    if (runtimeLabels)
        line("forks++;");
    line("kids[k] = fork();", s.index);
    line("if (kids[k] == -1)");
    line("    die(\"fork\");");
    line("if (kids[k] == 0)");
    line("    break; /* the child leaves the loop */");
    if (m_previous.lastChild)
        line("last_child = kids[k];");
    close();
    open("if (k < " + w + ")");
    line("/* a child: the block, then its own children one level down, if any */");

    ProcState parent = m_proc;
    ProcState child;
    child.parentLabel.reset();
    child.knownPids = m_proc.knownPids;
    m_proc = child;
    if (runtimeLabels) {
        useHelper("enter_child");
        line("enter_child();");
    }
    if (m_previous.lastChild)
        line("last_child = 0;");
    m_scopes.emplace_back();
    block(s.body);
    m_scopes.pop_back();
    m_proc = parent;
    line("if (++level < " + d + ")");
    line("    continue;");
    line("exit(0);");
    close();
    open("for (k = 0; k < " + w + "; k++)");
    open("while (waitpid(kids[k], &status, 0) == -1)");
    line("if (errno != EINTR)");
    line("    die(\"waitpid\");");
    close();
    close();
    line("if (level == 0)");
    line("    break; /* the whole tree has ended: go on */");
    line("exit(0);");
    close();
    close();

    if (m_proc.loopDepth == 0) {
        const long long total = static_cast<long long>(m_proc.forks) + width;
        m_proc.forks = static_cast<int>(std::min<long long>(total, INT_MAX));
    }
    m_proc.lastChild.clear();
    m_proc.lastChildKnown = false;
}

void CGenerator::doMemWriteInt(const Statement &s)
{
    const Symbol &map = lookup(s, wordArg(s, 0), Kind::Map, "a mapping");
    const std::string mapC = map.c;
    const std::int64_t offset = intArg(s, 1);
    const std::string name = wordArg(s, 2);
    const std::int64_t add = intOption(s, "add", 0);
    const Symbol &var = lookup(s, name, Kind::Var, "a variable");
    if (outsideMapping(s, map, offset, 4,
                       "mem_write_int: the integer at offset " + std::to_string(offset) +
                           " is outside the " + std::to_string(map.mapSize) + "-byte mapping"))
        return;
    useHelper("int_of");
    const std::string at = offset == 0 ? mapC : "(" + mapC + " + " + std::to_string(offset) + ")";
    comment("store " + name +
            (add ? (add > 0 ? " + " : " - ") + std::to_string(add < 0 ? -add : add) : "") +
            " as the int at offset " + std::to_string(offset) +
            ": a plain store, whatever another process stored meanwhile");
    line("*(int *)" + at + " = int_of(" + cStringLiteral(name) + ", " + var.c + ", " +
             std::to_string(add) + ");",
         s.index);
}

} // namespace ipcviz::cgen::detail
