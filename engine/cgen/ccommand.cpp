#include "cgen/ccommand.h"

#include "cgen/cgenerator.h"
#include "cgen/cgenerror.h"
#include "scenario/library.h"
#include "scenario/params.h"
#include "scenario/parser.h"

namespace ipcviz::cgen {

int runCGenerator(const std::string &idOrPath, const std::vector<std::string> &paramOverrides,
                  std::ostream &out, std::ostream &err)
{
    const scenario::ParseResult parsed = scenario::loadScenario(idOrPath);
    if (!parsed.ok()) {
        for (const scenario::Diagnostic &d : parsed.errors)
            err << scenario::formatDiagnostic(d) << '\n';
        return 1;
    }
    scenario::ParamValues values = scenario::defaultParams(parsed.scenario);
    for (const std::string &kv : paramOverrides) {
        if (const auto problem = scenario::applyParamOverride(parsed.scenario, values, kv)) {
            err << "ipcviz-engine c: --param " << kv << ": " << *problem << '\n';
            return 2;
        }
    }
    const scenario::Scenario bound = scenario::bindParams(parsed.scenario, values);
    try {
        const CProgram program = generateC(bound);
        out << program.text;
        out.flush();
        return out ? 0 : 1;
    } catch (const CGenError &e) {
        scenario::Diagnostic d;
        d.file = bound.sourcePath;
        d.loc = e.loc();
        d.message = e.what();
        err << scenario::formatDiagnostic(d) << '\n';
        return 1;
    }
}

} // namespace ipcviz::cgen
