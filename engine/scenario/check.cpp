#include "scenario/check.h"

#include "protocol/record.h"
#include "scenario/library.h"
#include "scenario/manpages.h"
#include "scenario/params.h"

#include <set>

namespace ipcviz::scenario {

namespace {

void count(const std::vector<Statement> &body, int &processes, int &statements)
{
    for (const Statement &st : body) {
        ++statements;
        if (st.op == "fork" || st.op == "fork_unchecked" || st.op == "fork_tree")
            ++processes;
        count(st.body, processes, statements);
    }
}

void execs(const std::vector<Statement> &body, std::set<std::string> &out)
{
    for (const Statement &st : body) {
        if (st.op == "exec" && !st.args.empty())
            out.insert(st.args[0].text);
        execs(st.body, out);
    }
}

std::string quoted(const std::string &s)
{
    std::string out = "\"";
    protocol::appendJsonEscaped(out, s);
    return out + "\"";
}

} // namespace

int runCheckJson(const std::string &path, std::ostream &out)
{
    const ParseResult r = loadScenario(path);
    std::string json =
        "{\"file\":" + quoted(r.scenario.sourcePath.empty() ? path : r.scenario.sourcePath) +
        ",\"ok\":" + (r.ok() ? "true" : "false") + ",\"errors\":[";
    for (std::size_t i = 0; i < r.errors.size(); ++i) {
        const Diagnostic &d = r.errors[i];
        json += (i ? "," : "");
        json += "{\"line\":" + std::to_string(d.loc.line) +
                ",\"column\":" + std::to_string(d.loc.column) +
                ",\"message\":" + quoted(d.message) + d.text.jsonFields() + "}";
    }
    json += "]";
    if (r.ok()) {
        const Scenario bound = bindParams(r.scenario, defaultParams(r.scenario));
        std::set<std::string> programs;
        for (const Process &root : bound.roots)
            execs(root.body, programs);
        json +=
            ",\"id\":" + quoted(bound.id) + ",\"title\":" + quoted(bound.title) + ",\"execs\":[";
        bool first = true;
        for (const auto &p : programs) {
            json += (first ? "" : ",") + quoted(p);
            first = false;
        }
        json += "],\"manpages\":[";
        const std::vector<std::string> pages = manPages(r.scenario);
        for (std::size_t i = 0; i < pages.size(); ++i)
            json += (i ? "," : "") + quoted(pages[i]);
        json += "]";
    }
    json += "}\n";
    out << json;
    out.flush();
    return r.ok() ? 0 : 1;
}

int runCheck(const std::string &path, std::ostream &out)
{
    const ParseResult r = loadScenario(path);
    if (!r.ok()) {
        for (const Diagnostic &d : r.errors)
            out << formatDiagnostic(d) << '\n';
        out.flush();
        return 1;
    }
    int processes = static_cast<int>(r.scenario.roots.size());
    int statements = 0;
    for (const Process &root : r.scenario.roots)
        count(root.body, processes, statements);
    out << r.scenario.sourcePath << ": ok (" << processes
        << (processes == 1 ? " process, " : " processes, ") << statements
        << (statements == 1 ? " statement)" : " statements)") << '\n';
    out.flush();
    return 0;
}

} // namespace ipcviz::scenario
