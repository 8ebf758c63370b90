#include "scenario/scopestack.h"

namespace ipcviz::scenario {

const ScopeStack::Entry *ScopeStack::find(std::string_view name) const
{
    for (auto scope = m_scopes.rbegin(); scope != m_scopes.rend(); ++scope) {
        for (const Entry &e : *scope) {
            if (e.name == name)
                return &e;
        }
    }
    return nullptr;
}

const ScopeStack::Entry *ScopeStack::findInnermost(std::string_view name) const
{
    if (m_scopes.empty())
        return nullptr;
    for (const Entry &e : m_scopes.back()) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

void ScopeStack::define(std::string name, HandleKind kind, SourceLoc loc)
{
    if (m_scopes.empty())
        m_scopes.emplace_back();
    m_scopes.back().push_back(Entry{std::move(name), kind, loc});
}

std::vector<std::string> ScopeStack::visibleNames(HandleKind kind) const
{
    std::vector<std::string> names;
    for (const auto &scope : m_scopes) {
        for (const Entry &e : scope) {
            if (e.kind == kind)
                names.push_back(e.name);
        }
    }
    return names;
}

protocol::Message handleKindNoun(HandleKind kind)
{
    switch (kind) {
    case HandleKind::Pipe:
        return EMSG("a pipe");
    case HandleKind::File:
        return EMSG("an opened FIFO or file");
    case HandleKind::Shm:
        return EMSG("a shared memory object");
    case HandleKind::Map:
        return EMSG("a mapping");
    case HandleKind::Sem:
        return EMSG("a semaphore");
    case HandleKind::Child:
        return EMSG("a child process");
    case HandleKind::Var:
        return EMSG("a variable");
    case HandleKind::None:
        break;
    }
    return EMSG("a name");
}

} // namespace ipcviz::scenario
