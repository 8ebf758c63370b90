#pragma once
// The parsed form of a scenario file (see docs/scenario-format.md).
//
// The parser produces this tree and checks every statement against the
// vocabulary (vocabulary.h); the interpreter walks it inside each real
// process. Statements stay generic (an op name plus arguments) so that the
// grammar, the checker, the interpreter and the C generator share one
// vocabulary table instead of one struct per operation.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ipcviz::scenario {

struct SourceLoc {
    int line = 0;   // 1-based
    int column = 0; // 1-based
};

/// One argument as written in the file.
struct Arg {
    enum class Kind {
        Int,      // 42, 0666 (octal when it starts with 0), -1
        String,   // "text" with C escapes already decoded (\n \t \\ \" \0 \xHH)
        Word,     // identifier-like token: p.r  main.1  SIGUSR1  rdwr  ls  -l  /
        ParamRef, // $name  (text holds "name" without the dollar)
    };
    Kind kind = Kind::Word;
    std::string text;        // decoded string, word or parameter name
    std::int64_t number = 0; // for Int
    SourceLoc loc;
};

struct Statement {
    std::string op;        // "print", "fork", "read", ...
    std::vector<Arg> args; // positional arguments, in order
    std::map<std::string, Arg>
        options;                 // keyword options: `max 1024`, flags (`echo`) map to an empty Word
    std::vector<Statement> body; // block of `fork`, `repeat` and `fork_tree`
    SourceLoc loc;
    int index =
        0; // 1-based position of this statement among all statements of the file, in file order
};

struct Param {
    enum class Type { Int, String };
    std::string name;
    Type type = Type::Int;
    std::int64_t defaultInt = 0;
    std::string defaultString;
    std::string description;
    std::int64_t min = INT64_MIN; // ints only
    std::int64_t max = INT64_MAX;
    SourceLoc loc;
};

struct Process {
    std::string label; // root label, e.g. "main", "writer"
    std::vector<Statement> body;
    SourceLoc loc;
};

struct Scenario {
    std::string id; // from the `id` directive (built-ins) or the file's base name
    std::string title;
    std::string category; // processes, signals, pipes, fifos, shm, semaphores, classic, pitfalls
    std::string description;
    std::vector<std::string> watch; // "what to watch for" lines
    // How a run should end (`expect` directive): completed, deadlock, failed, timeout.
    std::string expect = "completed";
    std::vector<Param> params;
    std::vector<Process> roots; // one or more root processes, started in this order
    std::string sourcePath;     // file path, or "builtin:<id>"
    std::string sourceText;     // whole file text, for `ipcviz-engine c` and the app's code pane
};

} // namespace ipcviz::scenario
