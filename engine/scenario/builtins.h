#pragma once
// The built-in scenarios, embedded at build time from resources/scenarios/*.ipcv
// (see cmake/embed_scenarios.cmake).

#include <string_view>
#include <vector>

namespace ipcviz::scenario {

struct BuiltinSource {
    std::string_view id;   // file base name, e.g. "pipe-messages"
    std::string_view text; // the whole file
};

const std::vector<BuiltinSource> &builtinSources();

} // namespace ipcviz::scenario
