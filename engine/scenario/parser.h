#pragma once
// Parses a scenario file (docs/scenario-format.md) into the tree of ast.h and
// checks it against the vocabulary (vocabulary.h), collecting every error it can.

#include "protocol/message.h"
#include "scenario/ast.h"

#include <string>
#include <string_view>
#include <vector>

namespace ipcviz::scenario {

/// One error, located in a file. Line and column are 1-based; 0 means "the whole file".
struct Diagnostic {
    std::string file;
    SourceLoc loc;
    std::string message;    // in English
    protocol::Message text; // the same, translatable: message == text.english()
};

/// "FILE:LINE:COL: error: MESSAGE" ("FILE: error: MESSAGE" when there is no line).
std::string formatDiagnostic(const Diagnostic &d);

struct ParseResult {
    Scenario scenario;
    std::vector<Diagnostic> errors; // sorted by line and column
    bool ok() const { return errors.empty(); }
};

/// Parses and checks the whole file against the vocabulary; collects ALL errors it
/// can (recovering at the next line), up to a limit. `defaultId` is the id when the
/// file has no `id` directive; `sourcePath` names the file in diagnostics.
ParseResult parseScenario(std::string_view text, const std::string &sourcePath,
                          const std::string &defaultId);

/// The most errors parseScenario reports before it gives up on a file.
inline constexpr std::size_t kMaxErrors = 100;
/// The deepest nesting of blocks a file may have.
inline constexpr int kMaxDepth = 32;

} // namespace ipcviz::scenario
