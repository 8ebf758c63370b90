#pragma once
// The manual pages of the calls a scenario makes, for `ipcviz-engine list --json`
// and `check --json` (the app links them from the scenario's description).

#include "scenario/ast.h"

#include <string>
#include <vector>

namespace ipcviz::scenario {

/// The distinct manual pages ("fork(2)", "sem_open(3)") of the C calls the
/// scenario's statements make, in the order the C program (`ipcviz-engine c`)
/// first makes them: statements in file order, a statement's main call first,
/// then the calls of its printed text's substitutions (`%pid`: getpid(2)), then
/// its other calls; a block's closing calls (a child's exit(0)) after the block.
/// A scenario of several root processes starts with fork(2) and ends with exit(3)
/// and wait(2), as the C program's main() starts and waits for the roots.
/// Read from the vocabulary's table (OpSpec::manpages); unknown statements add
/// nothing.
std::vector<std::string> manPages(const Scenario &scenario);

} // namespace ipcviz::scenario
