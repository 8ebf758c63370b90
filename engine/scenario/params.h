#pragma once
// Scenario parameters: defaults, `--param KEY=VALUE` overrides, and binding the
// values into a scenario before it runs.

#include "scenario/ast.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace ipcviz::scenario {

using ParamValue = std::variant<std::int64_t, std::string>;
using ParamValues = std::map<std::string, ParamValue>;

/// Every parameter of `s` with its default value.
ParamValues defaultParams(const Scenario &s);

/// Applies one "KEY=VALUE" override to `values`. Returns an error message (missing
/// '=', unknown key with the known ones listed, not an integer, out of range) or
/// nullopt on success. The range of an integer parameter is its own [min, max]
/// narrowed by every statement that uses it (`sleep $s` allows 0 to 3600).
std::optional<std::string> applyParamOverride(const Scenario &s, ParamValues &values,
                                              std::string_view keyValue);

/// The range an integer parameter's value must lie in (see applyParamOverride).
std::pair<std::int64_t, std::int64_t> paramRange(const Scenario &s, const Param &p);

/// A copy of the scenario with every ParamRef argument replaced by an Int/String
/// literal Arg (Int where the statement wants an integer or a descriptor, String
/// elsewhere, exec arguments included) and every ${name} inside strings expanded.
/// In printed text (print, eprint) a '%' that comes from a value becomes "%%", so
/// values are never read as run-time substitutions. Missing values take the default.
Scenario bindParams(const Scenario &s, const ParamValues &values);

/// The value as text: decimal for an integer.
std::string paramValueText(const ParamValue &v);

} // namespace ipcviz::scenario
