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
// output
// ============================================================================

void CGenerator::line(const std::string &text, int statement)
{
    m_lines.push_back({std::string(static_cast<std::size_t>(m_indent) * 4, ' ') + text, statement});
}

void CGenerator::comment(const std::string &text)
{
    // Wrapped so that the code stays within 100 columns.
    const std::size_t width =
        94 - std::min<std::size_t>(static_cast<std::size_t>(m_indent) * 4, 60);
    const std::vector<std::string> lines = wrapWords(commentText(text), width);
    if (lines.size() <= 1) {
        line("/* " + commentText(text) + " */");
        return;
    }
    for (std::size_t i = 0; i < lines.size(); ++i)
        line((i == 0 ? "/* " : " * ") + lines[i] + (i + 1 == lines.size() ? " */" : ""));
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
        throw CGenError(whereIs(s, a),
                        "`" + s.op + "`: parameter $" + a.text + " is not bound to a value");
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
        throw CGenError(whereIs(s, a),
                        "`" + s.op + "`: argument " + std::to_string(i + 1) + " must be a name");
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
        "SIGHUP",    "SIGINT",  "SIGQUIT",  "SIGILL",  "SIGTRAP", "SIGABRT", "SIGBUS",  "SIGFPE",
        "SIGKILL",   "SIGUSR1", "SIGSEGV",  "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGCHLD",
        "SIGCONT",   "SIGSTOP", "SIGTSTP",  "SIGTTIN", "SIGTTOU", "SIGURG",  "SIGXCPU", "SIGXFSZ",
        "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO",   "SIGPWR",  "SIGSYS"};
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

const CGenerator::Symbol &CGenerator::lookup(const Statement &s, const std::string &name, Kind kind,
                                             const char *what) const
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
    throw CGenError(whereIs(s, a),
                    "`" + s.op + "`: `" + word + "` is not a descriptor known at this point");
}

std::string CGenerator::labelExpr()
{
    if (!m_proc.label)
        m_needs.runtimeLabels = true;
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
    throw CGenError(whereIs(s, arg(s, i)), "`" + s.op +
                                               "`: the C program has no way to know the PID of `" +
                                               target + "` at this point");
}

std::string CGenerator::countVar(const std::string &sig)
{
    m_countedSignals.insert(sig);
    useInclude("signal.h");
    return countName(sig);
}

std::string CGenerator::signalPart(const std::string &sig)
{
    std::string lower = cIdentifierPart(sig);
    for (char &c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
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

} // namespace ipcviz::cgen::detail
