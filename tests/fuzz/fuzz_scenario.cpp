// Fuzz target: the scenario parser, parameter binding and the C generator
// take any bytes without crashing, hanging or reading out of bounds.

#include "cgen/cgenerator.h"
#include "scenario/params.h"
#include "scenario/parser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ipcviz;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto parsed = scenario::parseScenario(text, "fuzz.ipcv", "fuzz");
    for (const auto &d : parsed.errors)
        (void)scenario::formatDiagnostic(d);
    if (!parsed.ok())
        return 0;
    auto values = scenario::defaultParams(parsed.scenario);
    (void)scenario::applyParamOverride(parsed.scenario, values, "count=7");
    const auto bound = scenario::bindParams(parsed.scenario, values);
    (void)cgen::generateC(bound);
    return 0;
}
