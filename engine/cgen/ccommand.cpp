#include "cgen/ccommand.h"

#include "cgen/cgenerator.h"
#include "cgen/cgenerror.h"
#include "protocol/record.h"
#include "scenario/library.h"
#include "scenario/params.h"
#include "scenario/parser.h"

namespace ipcviz::cgen {

namespace {

void lineOfIndex(const std::vector<scenario::Statement> &body, std::map<int, int> &out)
{
    for (const auto &s : body) {
        out[s.index] = s.loc.line;
        lineOfIndex(s.body, out);
    }
}

int generate(const std::string &idOrPath, const std::vector<std::string> &paramOverrides,
             std::ostream &out, std::ostream &err, bool json)
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
        if (json) {
            std::map<int, int> scenarioLine;
            for (const auto &root : bound.roots)
                lineOfIndex(root.body, scenarioLine);
            std::string text = "{\"text\":\"";
            protocol::appendJsonEscaped(text, program.text);
            text += "\",\"lines\":[";
            bool first = true;
            for (const auto &[index, cLine] : program.lineOfStatement) {
                text += first ? "" : ",";
                first = false;
                text += "{\"line\":" + std::to_string(scenarioLine[index]) +
                        ",\"c_line\":" + std::to_string(cLine) + "}";
            }
            text += "]}\n";
            out << text;
        } else {
            out << program.text;
        }
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

} // namespace

int runCGenerator(const std::string &idOrPath, const std::vector<std::string> &paramOverrides,
                  std::ostream &out, std::ostream &err)
{
    return generate(idOrPath, paramOverrides, out, err, false);
}

int runCGeneratorJson(const std::string &idOrPath, const std::vector<std::string> &paramOverrides,
                      std::ostream &out, std::ostream &err)
{
    return generate(idOrPath, paramOverrides, out, err, true);
}

} // namespace ipcviz::cgen
