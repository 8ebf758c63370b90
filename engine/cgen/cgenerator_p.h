#pragma once
// The C generator's internals, shared by its three source files:
// cgenerator.cpp (functions and the program around them), cgenerator_names.cpp
// (arguments, names and output) and cgenerator_statements.cpp (one method per
// statement). Not part of the engine's API: use generateC() (cgenerator.h).

#include "cgen/cgenerator.h"
#include "scenario/ast.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace ipcviz::cgen::detail {

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
        std::string c;            // C identifier
        std::int64_t mapSize = 0; // Map: the size given to mmap, for munmap
    };

    // What one process knows at one point of its code.
    struct ProcState {
        std::optional<std::string> label; // empty when only known at run time
        std::optional<std::string> parentLabel;
        int forks = 0;     // children forked so far, when known statically
        int loopDepth = 0; // repeat bodies entered by this process
        std::map<std::string, std::string> knownPids; // label -> C expression of its PID
        std::string lastChild;      // C expression of the last fork's child, or empty
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
    void doForkUnchecked(const Statement &s);
    void doForkTree(const Statement &s);
    void doMemWriteInt(const Statement &s);
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
    // Writes the engine's stop for an access beyond `map`, if it is one; true then.
    bool outsideMapping(const Statement &s, const Symbol &map, std::int64_t offset,
                        std::int64_t bytes, const std::string &message);
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
    std::string labelExpr();
    std::string lastChildExpr();
    std::string countVar(const std::string &sig);
    // "sigusr1" for SIGUSR1: the end of the names count_sigusr1 and on_sigusr1.
    static std::string signalPart(const std::string &sig);
    static std::string countName(const std::string &sig) { return "count_" + signalPart(sig); }
    static std::string handlerName(const std::string &sig) { return "on_" + signalPart(sig); }
    // printf format and arguments for printed text with its run-time substitutions.
    std::pair<std::string, std::string> format(const Statement &s, const std::string &text);
    std::string loopVar() const;
    // Defines (and declares when new) a text buffer of at least `bytes` bytes.
    std::pair<std::string, bool> textVariable(const std::string &name, const std::string &preferred,
                                              std::int64_t bytes, const std::string &why);
    static int countForks(const std::vector<Statement> &body);
    void useInclude(const std::string &header) { m_includes.insert(header); }
    void useHelper(const std::string &name);
    void useDie() { useHelper("die"); }

    const scenario::Scenario &m_scenario;

    // Program-wide needs (filled by the second pass of every function).
    std::set<std::string> m_includes;
    std::set<std::string> m_countedSignals; // "SIGUSR1"
    std::set<std::string> m_handledSignals; // signals given the counting handler
    std::set<std::string> m_helpers;        // helper functions used (chelpers.h)
    bool m_useRuntimeLabels = false;
    bool m_explainedPrint = false;
    bool m_handlers = false;           // the scenario installs a counting handler somewhere
    bool m_buffered = false;           // the scenario uses `printf`: stdout fully buffered
    std::set<std::string> m_fifoPaths; // paths some `mkfifo` makes

    // State of the function being written.
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

} // namespace ipcviz::cgen::detail
