#pragma once
// `ipcviz-engine c SCENARIO [--param KEY=VALUE]...`: prints the scenario as C.

#include <ostream>
#include <string>
#include <vector>

namespace ipcviz::cgen {

/// Loads `idOrPath` (a built-in id or a scenario file), binds its parameters (the
/// defaults, then each "KEY=VALUE" of `paramOverrides` in order) and writes the C
/// program to `out`. Every problem goes to `err` as a located message
/// ("FILE:LINE:COL: error: ..."). Returns the process exit status: 0 when the
/// program was written, 1 for a scenario that cannot be loaded or written as C,
/// 2 for a bad `--param`.
int runCGenerator(const std::string &idOrPath, const std::vector<std::string> &paramOverrides,
                  std::ostream &out, std::ostream &err);

/// The same, as JSON for the app's code pane:
/// {"text":"<program>","lines":[{"line":SCENARIO_LINE,"c_line":C_LINE},...]}, so
/// an event's `line` (a scenario line) finds its line of C.
int runCGeneratorJson(const std::string &idOrPath, const std::vector<std::string> &paramOverrides,
                      std::ostream &out, std::ostream &err);

} // namespace ipcviz::cgen
