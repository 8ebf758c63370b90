#pragma once
// The small C functions a generated program may contain (die, take_text, ...).
// A program gets only those its statements call: an unused static function does
// not compile with -Wall -Werror.

#include <string>
#include <string_view>
#include <vector>

namespace ipcviz::cgen {

/// One helper function of the generated programs, with what it needs.
struct CHelper {
    std::string_view name;                  // "die"
    std::vector<std::string_view> includes; // headers it needs: "stdio.h"
    std::vector<std::string_view> calls;    // other helpers it calls
    std::string_view text;                  // the function, its comment first
};

/// Every helper, in the order a program lists them.
const std::vector<CHelper> &cHelpers();

/// The helper called `name`, or nullptr.
const CHelper *findCHelper(std::string_view name);

} // namespace ipcviz::cgen
