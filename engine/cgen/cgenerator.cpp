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
// functions and program
// ============================================================================

std::vector<CGenerator::Line> CGenerator::writeFunction(const scenario::Process &root)
{
    FunctionNeeds learned;
    std::vector<Line> body;
    const bool explainedPrint = m_explainedPrint;
    for (int pass = 0; pass < 2; ++pass) {
        m_explainedPrint = explainedPrint;
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
        out.push_back(
            {"    char buf[" + std::to_string(n.bufSize) + "]; /* bytes just read */", 0});
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
        out.push_back({"static volatile sig_atomic_t " + countName(sig) + "; /* " +
                           commentText(sig) + " deliveries so far */",
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

void CGenerator::useHelper(const std::string &name)
{
    const CHelper *helper = findCHelper(name);
    if (!helper || !m_helpers.insert(name).second)
        return;
    for (std::string_view h : helper->includes)
        useInclude(std::string(h));
    for (std::string_view other : helper->calls)
        useHelper(std::string(other));
}

void CGenerator::writeHelpers(std::vector<Line> &out) const
{
    // Signal handlers first: set_sigaction's callers name them.
    for (const std::string &sig : m_handledSignals) {
        out.push_back(
            {"/* Runs when " + sig + " arrives; only async-signal-safe work here. */", 0});
        out.push_back({"static void " + handlerName(sig) + "(int sig)", 0});
        out.push_back({"{", 0});
        out.push_back({"    (void)sig;", 0});
        out.push_back({"    " + countName(sig) + "++;", 0});
        out.push_back({"}", 0});
        out.push_back({"", 0});
    }
    for (const CHelper &helper : cHelpers()) {
        if (!m_helpers.count(std::string(helper.name)))
            continue;
        std::string_view text = helper.text;
        for (std::size_t end; (end = text.find('\n')) != std::string_view::npos;
             text.remove_prefix(end + 1))
            out.push_back({std::string(text.substr(0, end)), 0});
        out.push_back({std::string(text), 0});
        out.push_back({"", 0});
    }
}

void CGenerator::writeMain(std::vector<Line> &out)
{
    out.push_back({"int main(void)", 0});
    out.push_back({"{", 0});
    if (m_buffered) {
        out.push_back(
            {"    /* stdout fully buffered, 4096 bytes, as when it is a pipe: the text of printf",
             0});
        out.push_back({"     * stays in the buffer until a flush, whatever the terminal. */", 0});
        out.push_back({"    setvbuf(stdout, NULL, _IOFBF, 4096);", 0});
    }
    if (!m_multiRoot) {
        out.push_back(
            {"    process_" + cIdentifierPart(m_scenario.roots.front().label) + "();", 0});
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
    out.push_back(
        {"    /* Wait until all of them have ended, however they ended (as the engine, which", 0});
    out.push_back({"     * sees a run complete once every root has ended). */", 0});
    out.push_back({"    while (wait(NULL) != -1 || errno == EINTR)", 0});
    out.push_back({"        continue;", 0});
    out.push_back({"    return 0;", 0});
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
            if (st.op == "sigaction" && st.args.size() > 1 &&
                (st.args[1].text == "count" || st.args[1].text == "reap"))
                m_handlers = true;
            if (st.op == "printf")
                m_buffered = true;
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
    static const char *order[] = {
        "errno.h",  "fcntl.h",    "limits.h",   "semaphore.h", "signal.h",   "stdio.h", "stdlib.h",
        "string.h", "sys/mman.h", "sys/stat.h", "sys/types.h", "sys/wait.h", "time.h",  "unistd.h"};
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

} // namespace ipcviz::cgen::detail

namespace ipcviz::cgen {

CProgram generateC(const scenario::Scenario &boundScenario)
{
    return detail::CGenerator(boundScenario).generate();
}

} // namespace ipcviz::cgen
