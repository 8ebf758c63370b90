#pragma once
// The scenario library: the built-in scenarios (resources/scenarios/*.ipcv,
// embedded in the engine) and loading a scenario by id or from a file.

#include "scenario/ast.h"
#include "scenario/parser.h"

#include <string>
#include <vector>

namespace ipcviz::scenario {

/// What `ipcviz-engine list` shows about one built-in scenario.
struct BuiltinInfo {
    std::string id, title, category, description;
    std::vector<std::string> watch;
    std::vector<Param> params;
    std::string expect = "completed";  // the `end` status a run of it should have
    std::vector<std::string> manpages; // manPages(): "fork(2)", "waitpid(2)", ...
};

/// Every built-in, ordered by category (processes, signals, pipes, fifos, shm,
/// semaphores, classic, pitfalls) then by id.
std::vector<BuiltinInfo> listBuiltins();

/// Loads a built-in by id (sourcePath "builtin:<id>"), else the file at `idOrPath`.
/// An unknown id, a missing or unreadable file, a file that is not UTF-8 or is
/// larger than 1 MiB each give one clear Diagnostic.
ParseResult loadScenario(const std::string &idOrPath);

/// The largest scenario file loadScenario reads.
inline constexpr std::size_t kMaxScenarioFileSize = 1024 * 1024;

} // namespace ipcviz::scenario
