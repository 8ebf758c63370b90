#pragma once
// The names a process can use at one point of a scenario: handles (pipes,
// descriptors, shared memory, mappings, semaphores, children) and variables.

#include "scenario/ast.h"
#include "scenario/vocabulary.h"

#include <string>
#include <string_view>
#include <vector>

namespace ipcviz::scenario {

/// Lexical scopes of one process block: each `fork` and `repeat` body opens a
/// scope that sees the names of the enclosing ones (a child inherits what its
/// parent had before the fork), and its own names vanish when it closes.
class ScopeStack {
public:
    struct Entry {
        std::string name;
        HandleKind kind = HandleKind::None;
        SourceLoc loc;
    };

    void clear() { m_scopes.clear(); }
    void push() { m_scopes.emplace_back(); }
    void pop()
    {
        if (!m_scopes.empty())
            m_scopes.pop_back();
    }
    bool empty() const { return m_scopes.empty(); }

    /// The visible entry called `name` (innermost first), or nullptr.
    const Entry *find(std::string_view name) const;
    /// The entry called `name` in the innermost scope only, or nullptr.
    const Entry *findInnermost(std::string_view name) const;
    /// Adds `name` to the innermost scope.
    void define(std::string name, HandleKind kind, SourceLoc loc);
    /// Every visible name of `kind`, for suggestions.
    std::vector<std::string> visibleNames(HandleKind kind) const;

private:
    std::vector<std::vector<Entry>> m_scopes;
};

/// "pipe", "shared memory", ... for messages.
protocol::Message handleKindNoun(HandleKind kind);

} // namespace ipcviz::scenario
