#include "scenario/check.h"

#include "scenario/library.h"

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

} // namespace

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
