#pragma once
// `ipcviz-engine check FILE`: validates a scenario and reports every error.

#include <ostream>
#include <string>

namespace ipcviz::scenario {

/// Loads `path` (a file, or a built-in id) and prints every diagnostic, one per
/// line ("FILE:LINE:COL: error: MESSAGE"), or "FILE: ok (N processes, M statements)"
/// where N counts the process blocks and fork statements. Returns 0 when the
/// scenario is valid, 1 otherwise.
int runCheck(const std::string &path, std::ostream &out);

/// The same as one JSON object, for the app:
/// {"file":F,"ok":B,"errors":[{"line":L,"column":C,"message":M,"template":T,"args":A}],
///  "id":I,"title":T,
///  "execs":["ls",...]} where `execs` lists the programs the scenario may exec
/// (with default parameters), so the app can ask before running a file. `template` and
/// `args` are M as a translatable template (protocol/message.h).
int runCheckJson(const std::string &path, std::ostream &out);

} // namespace ipcviz::scenario
