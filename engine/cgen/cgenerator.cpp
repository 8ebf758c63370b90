#include "cgen/cgenerator.h"

#include "cgen/cgenerror.h"
#include "cgen/ctext.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <functional>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

namespace ipcviz::cgen {

namespace {

const std::vector<std::pair<std::string, std::vector<std::string>>> &helperTexts();

using scenario::Arg;
using scenario::Statement;

/// Walks a bound scenario and writes it as C. Each root process becomes one
/// function; forks are written inline, so a child's code sits where the parent
/// forked it and sees the parent's variables, exactly as after a real fork().
/// Every function is written twice: the first pass only learns what the function
/// needs (a run-time label, the last child's PID, buffers), the second writes it.
class CGenerator {
public:
    explicit CGenerator(const scenario::Scenario &s) : m_scenario(s) {}

    CProgram generate();

private:
    struct Line {
        std::string text;
        int statement = 0; // Statement::index whose call is on this line, or 0
    };

    enum class Kind { Pipe, Fd, Shm, Map, Sem, Child, Var };

    struct Symbol {
        Kind kind = Kind::Pipe;
        std::string c;           // C identifier
        std::int64_t mapSize = 0; // Map: the size given to mmap, for munmap
    };

    // What one process knows at one point of its code.
    struct ProcState {
        std::optional<std::string> label; // empty when only known at run time
        std::optional<std::string> parentLabel;
        int forks = 0;             // children forked so far, when known statically
        int loopDepth = 0;         // repeat bodies entered by this process
        std::map<std::string, std::string> knownPids; // label -> C expression of its PID
        std::string lastChild;     // C expression of the last fork's child, or empty
        bool lastChildKnown = true; // false once forks ran in a loop
    };

    // What a function needs besides its statements, learned in the first pass.
    struct FunctionNeeds {
        bool runtimeLabels = false;
        bool lastChild = false;
        bool rootPid = false;
        bool status = false;
        bool n = false;
        bool value = false;
        bool msg = false;
        std::int64_t bufSize = 0;
        std::map<std::string, std::int64_t> varSize; // C name of a text variable -> bytes
    };

    // --- program pieces -------------------------------------------------------
    void writeHeader(std::vector<Line> &out) const;
    void writeGlobals(std::vector<Line> &out) const;
    void writeHelpers(std::vector<Line> &out) const;
    void writeMain(std::vector<Line> &out);
    std::vector<Line> writeFunction(const scenario::Process &root);

    // --- statements -------------------------------------------------------------
    void block(const std::vector<Statement> &body);
    void statement(const Statement &s);
    void doPrint(const Statement &s, bool toStderr);
    void doFork(const Statement &s);
    void doWait(const Statement &s);
    void doExit(const Statement &s);
    void doSleep(const Statement &s);
    void doExec(const Statement &s);
    void doRepeat(const Statement &s);
    void doSigaction(const Statement &s);
    void doKill(const Statement &s);
    void doPipe(const Statement &s);
    void doClose(const Statement &s);
    void doDup2(const Statement &s);
    void doWrite(const Statement &s);
    void doRead(const Statement &s);
    void doMkfifo(const Statement &s);
    void doOpen(const Statement &s);
    void doShmOpen(const Statement &s);
    void doMmap(const Statement &s);
    void doMemWrite(const Statement &s);
    void doMemRead(const Statement &s);
    void doMemIncr(const Statement &s);
    void doSemOpen(const Statement &s);
    void doSimpleCall(const Statement &s, const std::string &call, const std::string &what);

    // --- output -------------------------------------------------------------------
    void line(const std::string &text, int statement = 0);
    void comment(const std::string &text);
    void open(const std::string &head, int statement = 0);
    void close(const std::string &tail = "}");
    void openBlock(); // a bare { } block, for names that only one statement needs
    // `if (CALL == -1) die(NAME);` with the call's line marked as the statement's.
    void checked(const std::string &call, const std::string &name, int statement);

    // --- arguments and names ------------------------------------------------------
    [[noreturn]] static void fail(const Statement &s, const std::string &message);
    // Where an argument is, or its statement when the tree has no column for it.
    static scenario::SourceLoc whereIs(const Statement &s, const Arg &a)
    {
        return a.loc.line > 0 ? a.loc : s.loc;
    }
    static const Arg &arg(const Statement &s, std::size_t i);
    static std::int64_t intArg(const Statement &s, std::size_t i);
    static std::string textArg(const Statement &s, std::size_t i);
    static std::string wordArg(const Statement &s, std::size_t i);
    static const Arg *option(const Statement &s, const char *name);
    static std::int64_t intOption(const Statement &s, const char *name, std::int64_t fallback);
    static std::string signalArg(const Statement &s, std::size_t i);
    static std::string octal(std::int64_t mode);

    const Symbol *find(const std::string &name) const;
    const Symbol &lookup(const Statement &s, const std::string &name, Kind kind,
                         const char *what) const;
    // Defines `name` in the innermost C block; returns the C identifier and whether
    // it needs a declaration there (false when that block already has it).
    std::pair<std::string, bool> define(const std::string &name, Kind kind,
                                        const std::string &preferred);
    std::string fdExpr(const Statement &s, std::size_t i, bool closable);
    std::string targetExpr(const Statement &s, std::size_t i, std::string &described);
    std::string labelExpr() const;
    std::string lastChildExpr();
    std::string countVar(const std::string &sig);
    std::string handlerName(const std::string &sig) const;
    // printf format and arguments for printed text with its run-time substitutions.
    std::pair<std::string, std::string> format(const Statement &s, const std::string &text);
    std::string loopVar() const;
    // Defines (and declares when new) a text buffer of at least `bytes` bytes.
    std::pair<std::string, bool> textVariable(const std::string &name,
                                              const std::string &preferred, std::int64_t bytes,
                                              const std::string &why);
    // A C expression for text with run-time substitutions (a string literal when it
    // has none, else `msg` filled by an snprintf() written first) and its length.
    std::pair<std::string, std::string> textExpr(const Statement &s, const std::string &text);
    static int countForks(const std::vector<Statement> &body);
    void useInclude(const std::string &header) { m_includes.insert(header); }
    void useHelper(const std::string &name);
    void useDie() { useHelper("die"); }

    const scenario::Scenario &m_scenario;

    // Program-wide needs (filled by the second pass of every function).
    std::set<std::string> m_includes;
    std::set<std::string> m_countedSignals; // "SIGUSR1"
    std::set<std::string> m_handledSignals; // signals given the counting handler
    std::set<std::string> m_helpers; // helper functions used (see helperTexts())
    bool m_useRuntimeLabels = false;
    bool m_explainedPrint = false;
    bool m_handlers = false; // the scenario installs a counting handler somewhere
    std::set<std::string> m_fifoPaths; // paths some `mkfifo` makes

    // State of the function being written.
    bool m_firstPass = false;
    bool m_multiRoot = false;
    std::string m_rootLabel;
    FunctionNeeds m_needs;    // what this pass learns
    FunctionNeeds m_previous; // what the first pass learned (second pass only)
    std::vector<Line> m_lines;
    int m_indent = 0;
    int m_loops = 0; // nesting of for loops in the C function (names i, j, k)
    std::vector<std::map<std::string, Symbol>> m_scopes;
    ProcState m_proc;
};

// ============================================================================
// output
// ============================================================================

void CGenerator::line(const std::string &text, int statement)
{
    m_lines.push_back({std::string(static_cast<std::size_t>(m_indent) * 4, ' ') + text, statement});
}

void CGenerator::comment(const std::string &text)
{
    line("/* " + commentText(text) + " */");
}

void CGenerator::open(const std::string &head, int statement)
{
    line(head + " {", statement);
    ++m_indent;
}

void CGenerator::openBlock()
{
    line("{");
    ++m_indent;
}

void CGenerator::close(const std::string &tail)
{
    --m_indent;
    line(tail);
}

void CGenerator::checked(const std::string &call, const std::string &name, int statement)
{
    useDie();
    line("if (" + call + " == -1)", statement);
    line("    die(\"" + name + "\");");
}

// ============================================================================
// arguments and names
// ============================================================================

void CGenerator::fail(const Statement &s, const std::string &message)
{
    throw CGenError(s.loc, "`" + s.op + "`: " + message);
}

const Arg &CGenerator::arg(const Statement &s, std::size_t i)
{
    if (i >= s.args.size())
        fail(s, "argument " + std::to_string(i + 1) + " is missing");
    const Arg &a = s.args[i];
    if (a.kind == Arg::Kind::ParamRef) {
        throw CGenError(whereIs(s, a), "`" + s.op + "`: parameter $" + a.text +
                                   " is not bound to a value");
    }
    return a;
}

std::int64_t CGenerator::intArg(const Statement &s, std::size_t i)
{
    const Arg &a = arg(s, i);
    if (a.kind != Arg::Kind::Int)
        throw CGenError(whereIs(s, a), "`" + s.op + "`: argument " + std::to_string(i + 1) +
                                   " must be an integer");
    return a.number;
}

std::string CGenerator::textArg(const Statement &s, std::size_t i)
{
    const Arg &a = arg(s, i);
    if (a.kind == Arg::Kind::Int)
        return std::to_string(a.number);
    return a.text;
}

std::string CGenerator::wordArg(const Statement &s, std::size_t i)
{
    const Arg &a = arg(s, i);
    // A bound `$param` arrives as a String where the file would have had a word.
    if (a.kind != Arg::Kind::Word && a.kind != Arg::Kind::String)
        throw CGenError(whereIs(s, a), "`" + s.op + "`: argument " + std::to_string(i + 1) +
                                   " must be a name");
    return a.text;
}

const Arg *CGenerator::option(const Statement &s, const char *name)
{
    const auto it = s.options.find(name);
    if (it == s.options.end())
        return nullptr;
    if (it->second.kind == Arg::Kind::ParamRef) {
        throw CGenError(whereIs(s, it->second), "`" + s.op + "`: parameter $" + it->second.text +
                                            " is not bound to a value");
    }
    return &it->second;
}

std::int64_t CGenerator::intOption(const Statement &s, const char *name, std::int64_t fallback)
{
    const Arg *a = option(s, name);
    if (!a)
        return fallback;
    if (a->kind != Arg::Kind::Int)
        throw CGenError(whereIs(s, *a), "`" + s.op + "`: option `" + name + "` needs an integer");
    return a->number;
}

std::string CGenerator::signalArg(const Statement &s, std::size_t i)
{
    static const std::set<std::string> known = {
        "SIGHUP",  "SIGINT",  "SIGQUIT", "SIGILL",    "SIGTRAP", "SIGABRT",  "SIGBUS",  "SIGFPE",
        "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2",   "SIGPIPE", "SIGALRM",  "SIGTERM", "SIGCHLD",
        "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN",   "SIGTTOU", "SIGURG",   "SIGXCPU", "SIGXFSZ",
        "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR",  "SIGSYS"};
    std::string name = textArg(s, i);
    if (name.rfind("SIG", 0) != 0)
        name = "SIG" + name;
    if (!known.count(name))
        throw CGenError(whereIs(s, arg(s, i)), "`" + s.op + "`: unknown signal " + textArg(s, i));
    return name;
}

std::string CGenerator::octal(std::int64_t mode)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "0%llo", static_cast<unsigned long long>(mode));
    return buf;
}

const CGenerator::Symbol *CGenerator::find(const std::string &name) const
{
    for (auto it = m_scopes.rbegin(); it != m_scopes.rend(); ++it) {
        const auto found = it->find(name);
        if (found != it->end())
            return &found->second;
    }
    return nullptr;
}

const CGenerator::Symbol &CGenerator::lookup(const Statement &s, const std::string &name,
                                             Kind kind, const char *what) const
{
    const Symbol *sym = find(name);
    if (!sym || sym->kind != kind)
        fail(s, "`" + name + "` is not " + what + " known at this point");
    return *sym;
}

std::pair<std::string, bool> CGenerator::define(const std::string &name, Kind kind,
                                                const std::string &preferred)
{
    auto &inner = m_scopes.back();
    const auto same = inner.find(name);
    if (same != inner.end() && same->second.kind == kind)
        return {same->second.c, false};

    // A C name must not hide another visible scenario name, nor be taken twice.
    std::string c = preferred;
    auto taken = [&](const std::string &candidate) {
        for (const auto &scope : m_scopes) {
            for (const auto &[otherName, sym] : scope) {
                if (sym.c == candidate && !(otherName == name && sym.kind == kind))
                    return true;
            }
        }
        return false;
    };
    for (int n = 2; taken(c); ++n)
        c = preferred + "_" + std::to_string(n);

    // Forgetting what a shadowed C name meant keeps `kill`/`wait` from using it.
    for (auto it = m_proc.knownPids.begin(); it != m_proc.knownPids.end();) {
        if (it->second == c)
            it = m_proc.knownPids.erase(it);
        else
            ++it;
    }
    if (m_proc.lastChild == c)
        m_proc.lastChild.clear();

    Symbol sym;
    sym.kind = kind;
    sym.c = c;
    inner[name] = sym;
    return {c, true};
}

std::string CGenerator::fdExpr(const Statement &s, std::size_t i, bool closable)
{
    const Arg &a = arg(s, i);
    if (a.kind == Arg::Kind::Int) {
        switch (a.number) {
        case 0:
            return "STDIN_FILENO";
        case 1:
            return "STDOUT_FILENO";
        case 2:
            return "STDERR_FILENO";
        default:
            return std::to_string(a.number);
        }
    }
    const std::string word = a.text;
    const std::size_t dot = word.rfind('.');
    if (dot != std::string::npos && (word.substr(dot) == ".r" || word.substr(dot) == ".w")) {
        const Symbol &pipe = lookup(s, word.substr(0, dot), Kind::Pipe, "a pipe");
        return pipe.c + (word.substr(dot) == ".r" ? "[0]" : "[1]");
    }
    const Symbol *sym = find(word);
    if (sym && (sym->kind == Kind::Fd || (closable && sym->kind == Kind::Shm)))
        return sym->c;
    throw CGenError(whereIs(s, a), "`" + s.op + "`: `" + word + "` is not a descriptor known at this point");
}

std::string CGenerator::labelExpr() const
{
    return m_previous.runtimeLabels || !m_proc.label ? "label" : "";
}

std::string CGenerator::lastChildExpr()
{
    // Known at this point of the code, unless forks ran in a loop.
    if (m_previous.lastChild || !m_proc.lastChildKnown) {
        m_needs.lastChild = true;
        return "last_child";
    }
    return m_proc.lastChild.empty() ? "0" : m_proc.lastChild;
}

std::string CGenerator::targetExpr(const Statement &s, std::size_t i, std::string &described)
{
    const std::string target = wordArg(s, i);
    described = target;
    if (target == "self")
        return "getpid()";
    if (target == "parent")
        return "getppid()";
    if (const Symbol *sym = find(target); sym && sym->kind == Kind::Child)
        return sym->c;
    if (m_proc.label && target == *m_proc.label)
        return "getpid()";
    if (const auto it = m_proc.knownPids.find(target); it != m_proc.knownPids.end())
        return it->second;
    if (target == m_rootLabel) {
        m_needs.rootPid = true;
        return cIdentifierPart(m_rootLabel) + "_pid";
    }
    if (m_proc.parentLabel && target == *m_proc.parentLabel)
        return "getppid()";
    // Another root started before this one: main() kept its PID in a global.
    for (const auto &root : m_scenario.roots) {
        if (root.label == m_rootLabel)
            break;
        if (root.label == target && m_multiRoot)
            return "pid_" + cIdentifierPart(root.label);
    }
    throw CGenError(whereIs(s, arg(s, i)), "`" + s.op + "`: the C program has no way to know the PID of `" +
                                       target + "` at this point");
}

std::string CGenerator::countVar(const std::string &sig)
{
    m_countedSignals.insert(sig);
    useInclude("signal.h");
    std::string lower = sig;
    for (char &c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return "count_" + lower;
}

std::string CGenerator::handlerName(const std::string &sig) const
{
    std::string lower = sig;
    for (char &c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return "on_" + lower;
}

std::pair<std::string, std::string> CGenerator::format(const Statement &s, const std::string &text)
{
    std::string fmt;
    std::string args;
    auto add = [&](const std::string &spec, const std::string &expr) {
        fmt += spec;
        args += ", " + expr;
    };
    std::size_t i = 0;
    auto word = [&](std::string_view w) {
        if (text.compare(i, w.size(), w) != 0)
            return false;
        i += w.size();
        return true;
    };
    auto parenthesised = [&](const char *what) {
        const std::size_t close = text.find(')', i);
        if (i >= text.size() || text[i] != '(' || close == std::string::npos)
            fail(s, std::string("`%") + what + "` needs a name in parentheses");
        std::string inside = text.substr(i + 1, close - i - 1);
        i = close + 1;
        return inside;
    };
    while (i < text.size()) {
        if (text[i] != '%') {
            fmt += text[i++];
            continue;
        }
        ++i;
        if (word("%")) {
            fmt += "%%";
        } else if (word("ppid")) {
            add("%d", "(int)getppid()");
        } else if (word("pid")) {
            add("%d", "(int)getpid()");
        } else if (word("label")) {
            const std::string expr = labelExpr();
            if (expr.empty())
                fmt += printfEscape(*m_proc.label);
            else
                add("%s", expr);
        } else if (word("child")) {
            add("%d", "(int)" + lastChildExpr());
        } else if (word("status")) {
            m_needs.status = true;
            useHelper("exit_code");
            add("%d", "exit_code(status)");
        } else if (word("count")) {
            std::string sig = parenthesised("count");
            if (sig.rfind("SIG", 0) != 0)
                sig = "SIG" + sig;
            add("%d", "(int)" + countVar(sig));
        } else if (word("var")) {
            // A variable no `read ... into` has filled yet prints as nothing.
            const std::string name = parenthesised("var");
            if (const Symbol *var = find(name); var && var->kind == Kind::Var)
                add("%s", var->c);
        } else {
            fmt += "%%"; // a lone % is printed as it is
        }
    }
    return {fmt, args};
}

std::string CGenerator::loopVar() const
{
    static const char *names[] = {"i", "j", "k"};
    if (m_loops < 3)
        return names[m_loops];
    return "i_" + std::to_string(m_loops + 1);
}

int CGenerator::countForks(const std::vector<Statement> &body)
{
    long long n = 0;
    for (const Statement &s : body) {
        if (s.op == "fork")
            ++n;
        else if (s.op == "repeat" && !s.args.empty() && s.args[0].kind == Arg::Kind::Int)
            n += std::max<std::int64_t>(0, s.args[0].number) * countForks(s.body);
        n = std::min<long long>(n, INT_MAX);
    }
    return static_cast<int>(n);
}

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
    } else if (op == "fork") {
        doFork(s);
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
    std::string who = childLabel ? *childLabel : std::string("the next child (" +
                                                             (m_proc.label ? *m_proc.label : "label") +
                                                             ".N)");
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
    comment("run " + textArg(s, 0) + " in place of this program; execvp returns only if that fails");
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
    const long long total = static_cast<long long>(forksBefore) +
                            std::max<std::int64_t>(0, times) * countForks(s.body);
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
    useInclude("string.h");
    useDie();
    if (action == "count") {
        const std::string counter = countVar(sig);
        m_handledSignals.insert(sig);
        comment("on " + sig + ", run " + handlerName(sig) + "(), which counts it in " + counter);
        line("set_sigaction(" + sig + ", " + handlerName(sig) + ");", s.index);
    } else if (action == "ignore") {
        comment("ignore " + sig + " from now on");
        line("set_sigaction(" + sig + ", SIG_IGN);", s.index);
    } else if (action == "default") {
        comment("give " + sig + " its default action again");
        line("set_sigaction(" + sig + ", SIG_DFL);", s.index);
    } else {
        fail(s, "the action must be count, ignore or default");
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
    comment("write to " + textArg(s, 0) + " in one call");
    const auto [data, length] = textExpr(s, text);
    checked(write + "(" + fd + ", " + data + ", " + length + ")", "write", s.index);
}

std::pair<std::string, std::string> CGenerator::textExpr(const Statement &s,
                                                        const std::string &text)
{
    const auto [fmt, args] = format(s, text);
    if (args.empty()) {
        std::string literal; // the format without its run-time parts: "%%" is "%" again
        for (std::size_t i = 0; i < fmt.size(); ++i) {
            literal += fmt[i];
            if (fmt[i] == '%' && i + 1 < fmt.size() && fmt[i + 1] == '%')
                ++i;
        }
        return {cStringLiteral(literal), std::to_string(literal.size())};
    }
    m_needs.msg = true;
    useInclude("stdio.h");
    useInclude("string.h");
    line("snprintf(msg, sizeof msg, " + cStringLiteral(fmt) + args + ");");
    return {"msg", "strlen(msg)"};
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
        marker = textExpr(s, until->text).first;
    } else if (untilEof) {
        comment("read from " + from + " until end of file (read() returns 0 once no write end " +
                "is open)" + (echo ? "; echo it" : ""));
    } else {
        comment("read at most " + maxText + " bytes from " + from + " (waits while there are none)" +
                (echo ? "; echo them" : ""));
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
        return "take_text(" + kept + ", sizeof " + kept + ", buf, (size_t)n, " + markerArg +
               ", " + (echo ? "1" : "0") + ")";
    };
    auto consume = [&]() {
        if (!kept.empty()) {
            line(take("NULL") + ";");
        } else if (echo) {
            useInclude("stdio.h");
            line("fwrite(buf, 1, (size_t)n, stdout);");
            line("fflush(stdout);");
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

void CGenerator::doMemWrite(const Statement &s)
{
    const Symbol &map = lookup(s, wordArg(s, 0), Kind::Map, "a mapping");
    const std::string mapC = map.c;
    const std::int64_t offset = intArg(s, 1);
    const std::string text = textArg(s, 2);
    useInclude("string.h");
    const std::string at = offset == 0 ? mapC : mapC + " + " + std::to_string(offset);
    comment("copy the text into the mapping at offset " + std::to_string(offset) +
            " (no NUL after it)");
    const auto [data, length] = textExpr(s, text);
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
            useInclude("stdio.h");
            line("printf(\"%d\\n\", value);");
            line("fflush(stdout);");
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
        useInclude("stdio.h");
        line("printf(\"%s\", " + target + ");");
        line("fflush(stdout);");
    }
}

void CGenerator::doMemIncr(const Statement &s)
{
    const Symbol &map = lookup(s, wordArg(s, 0), Kind::Map, "a mapping");
    const std::int64_t offset = intArg(s, 1);
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

// ============================================================================
// functions and program
// ============================================================================

std::vector<CGenerator::Line> CGenerator::writeFunction(const scenario::Process &root)
{
    FunctionNeeds learned;
    std::vector<Line> body;
    const bool explainedPrint = m_explainedPrint;
    for (int pass = 0; pass < 2; ++pass) {
        m_explainedPrint = explainedPrint;
        m_firstPass = pass == 0;
        m_previous = learned;
        m_needs = FunctionNeeds{};
        m_lines.clear();
        m_indent = 1;
        m_loops = 0;
        m_scopes.assign(1, {});
        m_rootLabel = root.label;
        m_proc = ProcState{};
        m_proc.label = root.label;
        m_proc.knownPids.clear();
        block(root.body);
        learned = m_needs;
        if (m_needs.runtimeLabels)
            m_useRuntimeLabels = true;
        body = std::move(m_lines);
    }

    std::vector<Line> out;
    const std::string fn = "process_" + cIdentifierPart(root.label);
    out.push_back({"/* The process labelled " + commentText(root.label) + ". */", 0});
    out.push_back({"static void " + fn + "(void)", 0});
    out.push_back({"{", 0});
    const FunctionNeeds &n = learned;
    if (n.rootPid)
        out.push_back({"    const pid_t " + cIdentifierPart(root.label) +
                           "_pid = getpid(); /* kept for the children, which signal it */",
                       0});
    if (n.status)
        out.push_back({"    int status = 0; /* filled by wait() */", 0});
    if (n.lastChild)
        out.push_back({"    pid_t last_child = 0; /* PID of the last child forked */", 0});
    if (n.bufSize > 0)
        out.push_back({"    char buf[" + std::to_string(n.bufSize) + "]; /* bytes just read */", 0});
    if (n.n)
        out.push_back({"    ssize_t n; /* what read() returned */", 0});
    if (n.value)
        out.push_back({"    int value; /* an int read from shared memory */", 0});
    if (n.msg)
        out.push_back({"    char msg[4096]; /* text with its run-time parts filled in */", 0});
    if (n.runtimeLabels) {
        useInclude("string.h");
        out.push_back({"    strcpy(label, " + cStringLiteral(root.label) + ");", 0});
    }
    if (out.size() > 3)
        out.push_back({"", 0});
    out.insert(out.end(), body.begin(), body.end());
    out.push_back({"}", 0});
    return out;
}

void CGenerator::writeHeader(std::vector<Line> &out) const
{
    const scenario::Scenario &s = m_scenario;
    auto add = [&](const std::string &text) {
        out.push_back({text.empty() ? " *" : " * " + commentText(text), 0});
    };
    out.push_back({"/*", 0});
    add(s.id + (s.title.empty() ? std::string() : " - " + s.title));
    if (!s.description.empty()) {
        add("");
        for (const std::string &l : wrapWords(s.description, 76))
            add(l);
    }
    if (!s.watch.empty()) {
        add("");
        add("What to watch for:");
        for (const std::string &w : s.watch) {
            bool first = true;
            for (const std::string &l : wrapWords(w, 72)) {
                add((first ? "  - " : "    ") + l);
                first = false;
            }
        }
    }
    add("");
    add("Written by ipcviz-engine from " + (s.sourcePath.empty() ? s.id : s.sourcePath) +
        ": the same system calls,");
    add("in the same processes and the same order, as the scenario.");
    add("");
    add("Build: gcc -std=gnu11 -Wall -Wextra -Werror -pthread prog.c -o prog -lrt");
    add("Run it in a directory of its own: FIFOs and files are made in the current one.");
    out.push_back({" */", 0});
}

void CGenerator::writeGlobals(std::vector<Line> &out) const
{
    bool any = false;
    for (const std::string &sig : m_countedSignals) {
        std::string lower = sig;
        for (char &c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out.push_back({"static volatile sig_atomic_t count_" + lower + "; /* " + sig +
                           " deliveries so far */",
                       0});
        any = true;
    }
    if (m_useRuntimeLabels) {
        out.push_back({"static char label[256]; /* this process's label: main, main.1, ... */", 0});
        out.push_back({"static int forks;       /* children this process has forked so far */", 0});
        any = true;
    }
    if (m_multiRoot) {
        for (const auto &root : m_scenario.roots) {
            out.push_back({"static pid_t pid_" + cIdentifierPart(root.label) + "; /* PID of " +
                               commentText(root.label) + ", set by main() */",
                           0});
        }
        any = true;
    }
    if (any)
        out.push_back({"", 0});
}

// The helper functions a program may need, in the order they are written; each is
// written only when a statement uses it (an unused static function does not compile
// with -Wall -Werror).
const std::vector<std::pair<std::string, std::vector<std::string>>> &helperTexts()
{
    static const std::vector<std::pair<std::string, std::vector<std::string>>> all = {
        {"die",
         {"/* Reports which call failed and why (\"call: reason\"), then ends the process. */",
          "static void die(const char *call)", "{", "    perror(call);", "    exit(1);", "}"}},
        {"exit_code",
         {"/* A child's status as a shell shows it in $?: its exit code, or 128 plus the",
          " * number of the signal that ended it. */",
          "static int exit_code(int status)", "{",
          "    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);", "}"}},
        {"take_text",
         {"/* Adds the n bytes just read to text (which keeps at most size - 1 of them) and,",
          " * when echo is set, prints them, but nothing from the first `marker` on.",
          " * Returns 1 once text holds the marker (never when marker is NULL). */",
          "static int take_text(char *text, size_t size, const char *data, size_t n,",
          "                     const char *marker, int echo)",
          "{",
          "    size_t had = strlen(text);",
          "    size_t keep = n < size - 1 - had ? n : size - 1 - had;",
          "    memcpy(text + had, data, keep);",
          "    text[had + keep] = '\\0';",
          "    const char *end = marker ? strstr(text, marker) : NULL;",
          "    if (echo) {",
          "        size_t show = n;",
          "        if (end)",
          "            show = (size_t)(end - text) > had ? (size_t)(end - text) - had : 0;",
          "        fwrite(data, 1, show, stdout);",
          "        fflush(stdout);",
          "    }",
          "    return end != NULL;",
          "}"}},
        {"full_usleep",
         {"/* Sleeps for us microseconds in all: when a signal handler interrupts",
          " * nanosleep(), it is called again for the time left. */",
          "static void full_usleep(long long us)", "{",
          "    struct timespec t = {(time_t)(us / 1000000), (long)(us % 1000000) * 1000};",
          "    while (nanosleep(&t, &t) == -1 && errno == EINTR)", "        continue;", "}"}},
        {"retry_read",
         {"/* read(), called again when a signal handler interrupted it. */",
          "static ssize_t retry_read(int fd, void *buf, size_t max)", "{", "    ssize_t n;",
          "    do", "        n = read(fd, buf, max);", "    while (n == -1 && errno == EINTR);",
          "    return n;", "}"}},
        {"retry_write",
         {"/* write(), called again when a signal handler interrupted it. */",
          "static ssize_t retry_write(int fd, const void *data, size_t n)", "{", "    ssize_t w;",
          "    do", "        w = write(fd, data, n);", "    while (w == -1 && errno == EINTR);",
          "    return w;", "}"}},
        {"retry_open",
         {"/* open(), called again when a signal handler interrupted it (a FIFO's open",
          " * waits for the other side). */",
          "static int retry_open(const char *path, int flags, mode_t mode)", "{", "    int fd;",
          "    do", "        fd = open(path, flags, mode);",
          "    while (fd == -1 && errno == EINTR);", "    return fd;", "}"}},
        {"retry_sem_wait",
         {"/* sem_wait(), called again when a signal handler interrupted it. */",
          "static int retry_sem_wait(sem_t *sem)", "{", "    int r;", "    do",
          "        r = sem_wait(sem);", "    while (r == -1 && errno == EINTR);", "    return r;",
          "}"}},
        {"set_sigaction",
         {"/* Installs handler (a function, SIG_IGN or SIG_DFL) for sig. Without SA_RESTART,",
          " * a blocking call interrupted by a handled signal fails with EINTR. */",
          "static void set_sigaction(int sig, void (*handler)(int))", "{",
          "    struct sigaction sa;", "    memset(&sa, 0, sizeof sa);",
          "    sa.sa_handler = handler;", "    sigemptyset(&sa.sa_mask);",
          "    if (sigaction(sig, &sa, NULL) == -1)", "        die(\"sigaction\");", "}"}},
        {"enter_child",
         {"/* Called first thing in a new child: its label is its parent's plus \".N\",",
          " * N counting the parent's forks; it has forked nothing yet. */",
          "static void enter_child(void)", "{", "    size_t len = strlen(label);",
          "    snprintf(label + len, sizeof label - len, \".%d\", forks);", "    forks = 0;",
          "}"}},
    };
    return all;
}

void CGenerator::useHelper(const std::string &name)
{
    m_helpers.insert(name);
    static const std::map<std::string, std::vector<std::string>> includes = {
        {"die", {"stdio.h", "stdlib.h"}},
        {"exit_code", {"sys/wait.h"}},
        {"take_text", {"stdio.h", "string.h"}},
        {"full_usleep", {"errno.h", "time.h"}},
        {"retry_read", {"errno.h", "unistd.h"}},
        {"retry_write", {"errno.h", "unistd.h"}},
        {"retry_open", {"errno.h", "fcntl.h"}},
        {"retry_sem_wait", {"errno.h", "semaphore.h"}},
        {"set_sigaction", {"signal.h", "string.h"}},
        {"enter_child", {"stdio.h", "string.h"}},
    };
    if (const auto it = includes.find(name); it != includes.end()) {
        for (const std::string &h : it->second)
            useInclude(h);
    }
    if (name == "set_sigaction")
        useHelper("die");
}

void CGenerator::writeHelpers(std::vector<Line> &out) const
{
    // Signal handlers first: set_sigaction's callers name them.
    for (const std::string &sig : m_handledSignals) {
        std::string lower = sig;
        for (char &c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out.push_back({"/* Runs when " + sig + " arrives; only async-signal-safe work here. */", 0});
        out.push_back({"static void on_" + lower + "(int sig)", 0});
        out.push_back({"{", 0});
        out.push_back({"    (void)sig;", 0});
        out.push_back({"    count_" + lower + "++;", 0});
        out.push_back({"}", 0});
        out.push_back({"", 0});
    }
    for (const auto &[name, lines] : helperTexts()) {
        if (!m_helpers.count(name))
            continue;
        for (const std::string &l : lines)
            out.push_back({l, 0});
        out.push_back({"", 0});
    }
}

void CGenerator::writeMain(std::vector<Line> &out)
{
    out.push_back({"int main(void)", 0});
    out.push_back({"{", 0});
    if (!m_multiRoot) {
        out.push_back({"    process_" + cIdentifierPart(m_scenario.roots.front().label) + "();", 0});
        out.push_back({"    return 0;", 0});
        out.push_back({"}", 0});
        return;
    }
    useDie();
    useInclude("sys/wait.h");
    useInclude("errno.h");
    out.push_back({"    /* Each root process is a child of this one, started in order. */", 0});
    for (const auto &root : m_scenario.roots) {
        const std::string pid = "pid_" + cIdentifierPart(root.label);
        out.push_back({"    " + pid + " = fork();", 0});
        out.push_back({"    if (" + pid + " == -1)", 0});
        out.push_back({"        die(\"fork\");", 0});
        out.push_back({"    if (" + pid + " == 0) {", 0});
        out.push_back({"        process_" + cIdentifierPart(root.label) + "();", 0});
        out.push_back({"        exit(0);", 0});
        out.push_back({"    }", 0});
    }
    out.push_back({"", 0});
    out.push_back({"    /* Wait for all of them; fail if one of them failed. */", 0});
    out.push_back({"    int failed = 0;", 0});
    out.push_back({"    int status;", 0});
    out.push_back({"    pid_t pid;", 0});
    out.push_back({"    while ((pid = wait(&status)) != -1 || errno == EINTR) {", 0});
    out.push_back({"        if (pid != -1 && !(WIFEXITED(status) && WEXITSTATUS(status) == 0))", 0});
    out.push_back({"            failed = 1;", 0});
    out.push_back({"    }", 0});
    out.push_back({"    return failed;", 0});
    out.push_back({"}", 0});
}

CProgram CGenerator::generate()
{
    if (m_scenario.roots.empty())
        throw CGenError({}, "the scenario has no process");
    m_multiRoot = m_scenario.roots.size() > 1;
    // What the whole scenario does decides how some statements read: with a counting
    // handler anywhere, blocking calls are retried after EINTR as the interpreter does.
    std::function<void(const std::vector<Statement> &)> scan = [&](const auto &body) {
        for (const Statement &st : body) {
            if (st.op == "sigaction" && st.args.size() > 1 && st.args[1].text == "count")
                m_handlers = true;
            if (st.op == "mkfifo" && !st.args.empty())
                m_fifoPaths.insert(st.args[0].text);
            scan(st.body);
        }
    };
    for (const auto &root : m_scenario.roots)
        scan(root.body);
    useInclude("stdio.h");
    useInclude("stdlib.h");
    useInclude("unistd.h");
    useInclude("sys/types.h");

    std::vector<std::vector<Line>> functions;
    for (std::size_t i = 0; i < m_scenario.roots.size(); ++i)
        functions.push_back(writeFunction(m_scenario.roots[i]));
    std::vector<Line> mainFn;
    writeMain(mainFn);

    std::vector<Line> all;
    writeHeader(all);
    all.push_back({"", 0});
    // Headers in a fixed, conventional order.
    static const char *order[] = {"errno.h",    "fcntl.h",     "semaphore.h", "signal.h",
                                  "stdio.h",    "stdlib.h",    "string.h",    "sys/mman.h",
                                  "sys/stat.h", "sys/types.h", "sys/wait.h",  "time.h",  "unistd.h"};
    for (const char *h : order) {
        if (m_includes.count(h))
            all.push_back({std::string("#include <") + h + ">", 0});
    }
    all.push_back({"", 0});
    writeGlobals(all);
    writeHelpers(all);
    for (auto &f : functions) {
        all.insert(all.end(), f.begin(), f.end());
        all.push_back({"", 0});
    }
    all.insert(all.end(), mainFn.begin(), mainFn.end());

    CProgram program;
    for (std::size_t i = 0; i < all.size(); ++i) {
        program.text += all[i].text;
        program.text += '\n';
        if (all[i].statement > 0)
            program.lineOfStatement[all[i].statement] = static_cast<int>(i + 1);
    }
    return program;
}

} // namespace

CProgram generateC(const scenario::Scenario &boundScenario)
{
    return CGenerator(boundScenario).generate();
}

} // namespace ipcviz::cgen
