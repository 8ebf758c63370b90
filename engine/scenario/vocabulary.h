#pragma once
// The statements a scenario may use: one table shared by the checker (parser.cpp),
// the parameter binder (params.cpp), the interpreter and the C generator, so that
// adding a statement means adding one row here (and its meaning in the engine).

#include "protocol/message.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipcviz::scenario {

/// What a positional argument (or an option's value) must be.
enum class Slot {
    Int,       // integer or $param (integer parameter), within [min, max]
    Text,      // string or $param; ${name} expanded inside
    Path,      // string: a relative path inside the run directory, no ".."
    IpcName,   // string: "/name" of a shm object or a semaphore
    NewName,   // identifier naming a new handle (pipe p, open f, ...); see `defines`
    Fd,        // NAME.r, NAME.w, an opened NAME, or an integer descriptor
    Closable,  // an Fd, or the NAME of a shm_open
    Target,    // a process: label (main, main.1), fork NAME, parent, self
    Child,     // the NAME of a fork
    Signal,    // SIGUSR1, SIGTERM, ...
    Choice,    // one word of `choices`
    Shm,       // NAME of a shm_open
    MapSource, // NAME of a shm_open or of an opened file
    Map,       // MAP of an mmap
    Sem,       // NAME of a sem_open
    Argv,      // the rest of the line: one or more words, strings, integers or $params
    Var,       // NAME of a variable set before (read ... into, mem_read ... into)
};

/// Kinds of names a scope can hold.
enum class HandleKind { None, Pipe, File, Shm, Map, Sem, Child, Var };

struct ArgSpec {
    Slot slot = Slot::Int;
    std::string_view what; // what the argument means, for messages: "the text to print"
    bool optional = false;
    std::int64_t min = INT64_MIN; // Slot::Int only
    std::int64_t max = INT64_MAX;
    std::vector<std::string_view> choices; // Slot::Choice only
    HandleKind defines = HandleKind::None; // Slot::NewName only
};

struct OptionSpec {
    std::string_view name;        // "max", "echo", "until-eof"
    std::optional<ArgSpec> value; // empty for a flag
    std::string_view needs;       // another option this one requires ("create"), or empty
    std::string_view excludes;    // an option it cannot be combined with, or empty
};

/// A manual page of a call that a statement's C code makes, and when it makes it
/// (`ipcviz-engine list --json` gives each scenario the pages of its calls).
struct ManPageSpec {
    enum class When {
        Always,
        WithoutArgs, // the statement has no positional argument (`wait`)
        WithArgs,    // it has one (`wait NAME`)
        WithWord,    // `word` is one of its arguments or options (`reap`, `self`, `fill`)
        Handlers,    // the scenario installs a counting or reaping handler somewhere
        NoHandlers,  // it installs none
        AfterBody,   // after the statement's block (a child's exit(0) at its end)
    };
    std::string_view page; // "waitpid(2)": name and section
    When when = When::Always;
    std::string_view word = {}; // When::WithWord only
};

/// One statement of the language.
struct OpSpec {
    std::string_view name = {};     // "read"
    std::string_view synopsis = {}; // "read FD [max INT] [until-eof | until STRING] [echo] ..."
    std::string_view c = {};        // the C call it stands for: "read"
    // The pages of the calls its C code makes, main call first; error paths (perror,
    // exit) and the helpers' EINTR retries are left out.
    std::vector<ManPageSpec> manpages = {};
    std::vector<ArgSpec> args = {}; // positional, in order (an Argv slot takes the rest)
    std::vector<OptionSpec> options = {};
    bool block = false;         // takes a `{ ... }` body (fork, repeat, fork_tree)
    bool mayBlock = false;      // can block in the kernel: emits begin/end events
    bool substitutions = false; // printed text: %pid, %child, ... are expanded at run time

    const OptionSpec *option(std::string_view optionName) const;
};

/// Every statement, in the order of docs/scenario-format.md.
const std::vector<OpSpec> &vocabulary();
/// The statement called `name`, or nullptr.
const OpSpec *findOp(std::string_view name);

/// The manual page of the call a run-time substitution of printed text makes
/// (`%pid` -> "getpid(2)"), or empty.
std::string_view substitutionManPage(std::string_view substitution);

/// The file-level directives (id, title, ...), for suggestions.
const std::vector<std::string_view> &directiveNames();
/// The scenario categories, in display order.
const std::vector<std::string_view> &categories();
/// The `end` statuses a scenario may declare with `expect`.
const std::vector<std::string_view> &expectedStatuses();

/// Signal number of "SIGUSR1" (0 when unknown).
int signalNumber(std::string_view name);
/// "SIGUSR1" for a signal number (empty when unknown).
std::string_view signalName(int number);
/// All supported signal names.
std::vector<std::string_view> signalNames();

/// Noun phrase for a slot in messages: "a string", "an integer", ...
protocol::Message slotNoun(const ArgSpec &spec);

/// The candidate closest to `word` (edit distance), or empty when none is close.
std::string closestName(std::string_view word, const std::vector<std::string_view> &candidates);

} // namespace ipcviz::scenario
