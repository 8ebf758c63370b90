#pragma once

#include "scenario/ast.h"

#include <stdexcept>
#include <string>

namespace ipcviz::cgen {

/// A statement the C generator cannot write as C (an unbound `$param`, a process
/// whose PID the C program has no way to know, ...), with where it is in the file.
/// The parser rejects most such input first; this keeps the generator safe on any tree.
class CGenError : public std::runtime_error {
public:
    CGenError(scenario::SourceLoc loc, const std::string &message)
        : std::runtime_error(message), m_loc(loc)
    {}

    scenario::SourceLoc loc() const { return m_loc; }

private:
    scenario::SourceLoc m_loc;
};

} // namespace ipcviz::cgen
