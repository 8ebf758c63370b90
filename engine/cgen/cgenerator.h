#pragma once
// The C generator: writes a bound scenario as one standalone, readable C program
// that makes the same system calls, in the same processes, in the same order, as
// the interpreter does (`ipcviz-engine c SCENARIO`, the app's code pane).

#include "scenario/ast.h"

#include <map>
#include <string>

namespace ipcviz::cgen {

/// The generated program and where each statement of the scenario landed in it.
struct CProgram {
    std::string text;                   // the whole program
    std::map<int, int> lineOfStatement; // Statement::index -> 1-based line in `text` of its call
};

/// Writes `boundScenario` (parameters already bound: literals only) as C.
/// Throws CGenError (cgenerror.h) for a statement that cannot be written as C.
CProgram generateC(const scenario::Scenario &boundScenario);

} // namespace ipcviz::cgen
