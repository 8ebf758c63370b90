#include "scenario/manpages.h"

#include "scenario/vocabulary.h"

#include <algorithm>
#include <string_view>

namespace ipcviz::scenario {

namespace {

// The same rule as the C generator's: a counting or reaping handler anywhere makes
// every sleep a nanosleep() that resumes after the handler.
bool installsHandlers(const std::vector<Statement> &body)
{
    return std::any_of(body.begin(), body.end(), [](const Statement &st) {
        if (st.op == "sigaction" && st.args.size() > 1 &&
            (st.args[1].text == "count" || st.args[1].text == "reap"))
            return true;
        return installsHandlers(st.body);
    });
}

class Collector {
public:
    explicit Collector(bool handlers) : m_handlers(handlers) {}

    void block(const std::vector<Statement> &body)
    {
        for (const Statement &st : body)
            statement(st);
    }

    std::vector<std::string> pages() && { return std::move(m_pages); }

    void add(std::string_view page)
    {
        if (page.empty() || std::find(m_pages.begin(), m_pages.end(), page) != m_pages.end())
            return;
        m_pages.emplace_back(page);
    }

private:
    void statement(const Statement &st)
    {
        const OpSpec *op = findOp(st.op);
        if (!op) {
            block(st.body);
            return;
        }
        bool first = true;
        for (const ManPageSpec &m : op->manpages) {
            if (m.when == ManPageSpec::When::AfterBody || !applies(m, st))
                continue;
            add(m.page);
            // The substitutions are the main call's arguments: printf("%d", getpid()).
            if (first && op->substitutions)
                substitutions(st);
            first = false;
        }
        block(st.body);
        for (const ManPageSpec &m : op->manpages) {
            if (m.when == ManPageSpec::When::AfterBody)
                add(m.page);
        }
    }

    bool applies(const ManPageSpec &m, const Statement &st) const
    {
        switch (m.when) {
        case ManPageSpec::When::Always:
        case ManPageSpec::When::AfterBody:
            return true;
        case ManPageSpec::When::WithoutArgs:
            return st.args.empty();
        case ManPageSpec::When::WithArgs:
            return !st.args.empty();
        case ManPageSpec::When::WithWord:
            return st.options.count(std::string(m.word)) > 0 ||
                   std::any_of(st.args.begin(), st.args.end(), [&m](const Arg &a) {
                       return a.kind == Arg::Kind::Word && a.text == m.word;
                   });
        case ManPageSpec::When::Handlers:
            return m_handlers;
        case ManPageSpec::When::NoHandlers:
            return !m_handlers;
        }
        return false;
    }

    // %pid and %ppid in the text as written; a value of a parameter is printed as it is.
    void substitutions(const Statement &st)
    {
        for (const Arg &a : st.args) {
            if (a.kind != Arg::Kind::String)
                continue;
            const std::string &text = a.text;
            for (std::size_t i = 0; i + 1 < text.size(); ++i) {
                if (text[i] != '%')
                    continue;
                if (text[i + 1] == '%') { // %% is a plain %
                    ++i;
                    continue;
                }
                const std::string_view rest = std::string_view(text).substr(i + 1);
                for (std::string_view name : {"ppid", "pid"}) {
                    if (rest.starts_with(name)) {
                        add(substitutionManPage(name));
                        break;
                    }
                }
            }
        }
    }

    bool m_handlers;
    std::vector<std::string> m_pages;
};

} // namespace

std::vector<std::string> manPages(const Scenario &scenario)
{
    bool handlers = false;
    for (const Process &root : scenario.roots)
        handlers = handlers || installsHandlers(root.body);
    Collector collector(handlers);
    // With several roots, the C program's main() forks one child per root first,
    // and ends each with exit(0) and waits for them all at the end (writeMain()).
    const bool severalRoots = scenario.roots.size() > 1;
    if (severalRoots)
        collector.add("fork(2)");
    for (const Process &root : scenario.roots)
        collector.block(root.body);
    if (severalRoots) {
        collector.add("exit(3)");
        collector.add("wait(2)");
    }
    return std::move(collector).pages();
}

} // namespace ipcviz::scenario
