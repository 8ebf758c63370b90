#include "scenario/parser.h"

#include "scenario/lexer.h"
#include "scenario/scopestack.h"
#include "scenario/vocabulary.h"

#include <algorithm>
#include <csignal>
#include <map>
#include <optional>
#include <set>

namespace ipcviz::scenario {

namespace {

bool isRootLabel(std::string_view s)
{
    if (s.empty() || s.front() < 'a' || s.front() > 'z')
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

bool isScenarioId(std::string_view s)
{
    if (s.empty())
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

// "main", "main.1", "writer.2.1": returns the root part, or empty when malformed.
std::string_view labelRoot(std::string_view label)
{
    const std::size_t dot = label.find('.');
    const std::string_view root = label.substr(0, dot);
    if (!isRootLabel(root))
        return {};
    std::string_view rest = dot == std::string_view::npos ? std::string_view() : label.substr(dot);
    while (!rest.empty()) {
        rest.remove_prefix(1); // the dot
        const std::size_t next = rest.find('.');
        const std::string_view n = rest.substr(0, next);
        if (n.empty() || n.front() == '0' ||
            !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return {};
        rest = next == std::string_view::npos ? std::string_view() : rest.substr(next);
    }
    return root;
}

std::string describe(const Token &t)
{
    switch (t.kind) {
    case Token::Kind::Word:
        return "'" + t.text + "'";
    case Token::Kind::Int:
        return "the integer " + t.text;
    case Token::Kind::String:
        return "a string";
    case Token::Kind::ParamRef:
        return "'$" + t.text + "'";
    case Token::Kind::LBrace:
        return "'{'";
    case Token::Kind::RBrace:
        return "'}'";
    }
    return "something else";
}

std::string withSuggestion(std::string message, const std::string &suggestion)
{
    if (!suggestion.empty())
        message += " (did you mean '" + suggestion + "'?)";
    return message;
}

std::string joined(const std::vector<std::string_view> &names)
{
    std::string s;
    for (std::string_view n : names) {
        if (!s.empty())
            s += ", ";
        s += n;
    }
    return s;
}

std::string rangeText(std::int64_t min, std::int64_t max)
{
    return std::to_string(min) + " to " + std::to_string(max);
}

const std::vector<std::string_view> &substitutionNames()
{
    static const std::vector<std::string_view> names = {"pid",    "ppid",  "label", "child",
                                                        "status", "count", "var"};
    return names;
}

/// The parser of one file: one pass, line by line, with a stack of open blocks.
class Parser {
public:
    Parser(std::string_view text, const std::string &sourcePath, const std::string &defaultId)
        : m_text(text), m_path(sourcePath)
    {
        m_result.scenario.id = defaultId;
        m_result.scenario.sourcePath = sourcePath;
        m_result.scenario.sourceText = std::string(text);
    }

    ParseResult run();

private:
    enum class FrameKind { Process, Fork, Repeat, Invalid };
    struct Frame {
        FrameKind kind = FrameKind::Invalid;
        Statement statement;  // Fork, Repeat
        Process process;      // Process
        SourceLoc openedAt;   // the '{' (or the statement when the '{' is missing)
        std::string opener;   // "fork", "process", ...
        int indent = 1;       // column of the first token of the opening line
        bool assumed = false; // opened although its '{' is missing (already reported)
    };
    struct PendingBrace {
        SourceLoc loc; // where the '{' should have been
        std::string opener;
        int line = 0;
    };
    struct LabelUse {
        std::string root;
        std::string label;
        SourceLoc loc;
    };

    bool error(SourceLoc loc, std::string message);
    bool error(const Token &t, std::string message) { return error(at(t), std::move(message)); }
    SourceLoc at(const Token &t) const { return SourceLoc{m_line, t.column}; }
    SourceLoc at(int column) const { return SourceLoc{m_line, column}; }
    bool tooManyErrors() const { return m_result.errors.size() >= kMaxErrors; }

    void parseLine(std::string_view line);
    void openFrame(Frame frame, const Token *brace);
    void closeFrame(const Token &brace);
    void closeTop();
    bool bracesMissing() const;
    void parseDirective(const std::vector<Token> &toks, int endColumn);
    void parseParam(const std::vector<Token> &toks, int endColumn);
    void parseProcess(const std::vector<Token> &toks, int endColumn, const Token *brace);
    void parseStatement(const OpSpec &op, const std::vector<Token> &toks, int endColumn,
                        const Token *brace);
    bool checkArg(const OpSpec &op, const ArgSpec &spec, const Token &tok, Arg &out);
    bool checkText(const OpSpec &op, const Token &tok);
    bool checkParamRef(const ArgSpec &spec, const Token &tok);
    bool checkHandle(const ArgSpec &spec, const Token &tok, std::vector<HandleKind> kinds);
    bool checkFd(const ArgSpec &spec, const Token &tok, bool allowShm);
    void finish();

    const Param *findParam(std::string_view name) const;
    std::string paramSuggestion(std::string_view name) const;

    std::string_view m_text;
    std::string m_path;
    ParseResult m_result;
    int m_line = 0;
    int m_index = 0; // statements so far
    bool m_sawProcess = false;
    bool m_stopped = false;
    bool m_bracesMissing = false; // the file has more '{' than '}'
    int m_lineIndent = 1;
    std::vector<Frame> m_frames;
    ScopeStack m_scopes;
    std::optional<PendingBrace> m_pendingBrace;
    std::map<std::string, int> m_directiveLines; // directive -> line of its first use
    std::map<std::string, int> m_rootLines;      // root label -> line
    std::vector<LabelUse> m_labelUses;           // checked at the end: roots may come later
};

bool Parser::error(SourceLoc loc, std::string message)
{
    if (m_stopped)
        return false;
    if (tooManyErrors()) {
        m_result.errors.push_back(
            {m_path, loc, "too many errors (" + std::to_string(kMaxErrors) + "); stopping here"});
        m_stopped = true;
        return false;
    }
    m_result.errors.push_back({m_path, loc, std::move(message)});
    return false;
}

const Param *Parser::findParam(std::string_view name) const
{
    for (const Param &p : m_result.scenario.params) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

std::string Parser::paramSuggestion(std::string_view name) const
{
    std::vector<std::string_view> names;
    for (const Param &p : m_result.scenario.params)
        names.push_back(p.name);
    if (names.empty())
        return " (this scenario declares no parameters)";
    const std::string close = closestName(name, names);
    if (!close.empty())
        return " (did you mean '" + close + "'?)";
    return " (parameters: " + joined(names) + ")";
}

ParseResult Parser::run()
{
    m_bracesMissing = bracesMissing();
    std::size_t pos = 0;
    while (pos < m_text.size() && !m_stopped) {
        const std::size_t nl = m_text.find('\n', pos);
        std::string_view line =
            m_text.substr(pos, nl == std::string_view::npos ? m_text.npos : nl - pos);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        ++m_line;
        parseLine(line);
        if (nl == std::string_view::npos)
            break;
        pos = nl + 1;
    }
    finish();
    return std::move(m_result);
}

// Counts the blocks a file opens (with or without their '{') against its '}'. Only
// when some '}' are missing does closeFrame use indentation to tell which block
// lacks its '}', so a file with balanced braces is never judged by its layout.
bool Parser::bracesMissing() const
{
    long balance = 0;
    bool previousWantsBrace = false;
    std::size_t pos = 0;
    while (pos < m_text.size()) {
        const std::size_t nl = m_text.find('\n', pos);
        const std::string_view line =
            m_text.substr(pos, nl == std::string_view::npos ? m_text.npos : nl - pos);
        pos = nl == std::string_view::npos ? m_text.size() : nl + 1;
        const LexedLine lexed = lexLine(line);
        if (lexed.error || lexed.tokens.empty())
            continue;
        const std::vector<Token> &toks = lexed.tokens;
        const bool loneBrace = toks.size() == 1 && toks[0].kind == Token::Kind::LBrace;
        for (const Token &t : toks) {
            if (t.kind == Token::Kind::LBrace && !(loneBrace && previousWantsBrace))
                ++balance;
            else if (t.kind == Token::Kind::RBrace)
                --balance;
        }
        const bool opener = toks[0].kind == Token::Kind::Word &&
                            (toks[0].text == "process" || toks[0].text == "fork" ||
                             toks[0].text == "repeat" || toks[0].text == "fork_tree");
        previousWantsBrace = opener && toks.back().kind != Token::Kind::LBrace;
        if (previousWantsBrace)
            ++balance;
    }
    return balance > 0;
}

void Parser::parseLine(std::string_view line)
{
    const LexedLine lexed = lexLine(line);
    if (!lexed.tokens.empty())
        m_lineIndent = lexed.tokens.front().column;
    if (lexed.error) {
        error(at(lexed.error->column), lexed.error->message);
        // Keep the braces balanced: a broken line that ends with '{' still opens a block.
        std::string_view trimmed = line.substr(0, line.find('#'));
        while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t'))
            trimmed.remove_suffix(1);
        if (!trimmed.empty() && trimmed.back() == '{') {
            Frame f;
            f.opener = "block";
            f.openedAt = at(1);
            openFrame(std::move(f), nullptr);
        }
        return;
    }
    std::vector<Token> toks = lexed.tokens;
    if (toks.empty())
        return;

    if (m_pendingBrace) {
        const PendingBrace pending = *m_pendingBrace;
        m_pendingBrace.reset();
        if (toks.size() == 1 && toks[0].kind == Token::Kind::LBrace) {
            // The block was already opened for the statement above: just say where '{' goes.
            error(toks[0], "'{' must be at the end of line " + std::to_string(pending.line) +
                               " ('" + pending.opener + "'), not on a line of its own");
            return;
        }
        error(pending.loc, "'" + pending.opener + "' needs a block: end the line with '{'");
    }

    const Token &first = toks.front();
    if (first.kind == Token::Kind::RBrace) {
        if (toks.size() > 1)
            error(toks[1], "'}' must be alone on its line");
        closeFrame(first);
        if (toks.size() > 1 && toks.back().kind == Token::Kind::LBrace) {
            // `} else {`: keep the braces balanced for the lines that follow.
            Frame f;
            f.opener = "block";
            openFrame(std::move(f), &toks.back());
        }
        return;
    }
    if (first.kind == Token::Kind::LBrace) {
        error(first, "'{' must end the line of the statement that opens the block");
        Frame f;
        f.opener = "block";
        f.openedAt = at(first);
        openFrame(std::move(f), nullptr);
        return;
    }

    // A trailing '{' opens a block; braces anywhere else are misplaced.
    const Token *brace = nullptr;
    if (toks.back().kind == Token::Kind::LBrace) {
        brace = &toks.back();
    }
    const std::size_t argEnd = brace ? toks.size() - 1 : toks.size();
    for (std::size_t i = 1; i < argEnd; ++i) {
        if (toks[i].kind == Token::Kind::LBrace) {
            error(toks[i + 1],
                  "nothing may follow '{' on its line: the block starts on the next line");
            // `fork { print "x" }` opens and closes on one line: nothing stays open.
            const bool closedHere =
                std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(i), toks.end(),
                            [](const Token &t) { return t.kind == Token::Kind::RBrace; });
            if (!closedHere) {
                Frame f;
                f.opener = "block";
                f.openedAt = at(toks[i]);
                openFrame(std::move(f), nullptr);
            }
            return;
        }
        if (toks[i].kind == Token::Kind::RBrace) {
            error(toks[i], "'}' must be alone on its line");
            if (brace) {
                Frame f;
                f.opener = "block";
                f.openedAt = at(*brace);
                openFrame(std::move(f), brace);
            }
            return;
        }
    }
    std::vector<Token> stmt(toks.begin(), toks.begin() + static_cast<std::ptrdiff_t>(argEnd));
    const int endColumn = brace ? brace->column : lexed.endColumn;

    auto invalidBlock = [&]() {
        if (brace) {
            Frame f;
            f.opener = first.kind == Token::Kind::Word ? first.text : std::string("block");
            f.openedAt = at(*brace);
            openFrame(std::move(f), brace);
        }
    };

    if (first.kind != Token::Kind::Word) {
        error(first, "expected a statement, found " + describe(first));
        invalidBlock();
        return;
    }
    const std::string &name = first.text;
    const bool isDirective = std::find(directiveNames().begin(), directiveNames().end(), name) !=
                                 directiveNames().end() &&
                             name != "process";
    const OpSpec *op = findOp(name);

    if (name == "process") {
        if (!m_frames.empty()) {
            error(first, "'process' blocks cannot be nested (use 'fork' to start a child)");
            invalidBlock();
            return;
        }
        parseProcess(stmt, endColumn, brace);
        return;
    }
    if (m_frames.empty()) {
        if (isDirective) {
            if (m_sawProcess)
                error(first, "directive '" + name + "' must come before the first 'process' block");
            else
                parseDirective(stmt, endColumn);
            invalidBlock();
            if (brace && !m_sawProcess)
                error(*brace, "'" + name + "' does not take a block");
        } else if (op) {
            error(first, "'" + name + "' must be inside a 'process' block");
            invalidBlock();
        } else {
            error(first, withSuggestion("unknown directive '" + name + "'",
                                        closestName(name, directiveNames())));
            invalidBlock();
        }
        return;
    }
    if (isDirective) {
        error(first, "'" + name + "' is a directive: put it before the first 'process' block");
        invalidBlock();
        return;
    }
    if (!op) {
        std::vector<std::string_view> names;
        for (const OpSpec &o : vocabulary())
            names.push_back(o.name);
        error(first, withSuggestion("unknown statement '" + name + "'", closestName(name, names)));
        invalidBlock();
        return;
    }
    parseStatement(*op, stmt, endColumn, brace);
}

void Parser::openFrame(Frame frame, const Token *brace)
{
    if (brace)
        frame.openedAt = at(*brace);
    if (static_cast<int>(m_frames.size()) >= kMaxDepth) {
        error(frame.openedAt,
              "blocks are nested too deeply (at most " + std::to_string(kMaxDepth) + " levels)");
        frame.kind = FrameKind::Invalid;
    }
    frame.indent = m_lineIndent;
    if (frame.kind == FrameKind::Process)
        m_scopes.clear();
    m_scopes.push();
    m_frames.push_back(std::move(frame));
}

void Parser::closeFrame(const Token &brace)
{
    if (m_frames.empty()) {
        error(brace, "'}' without an open block");
        return;
    }
    if (m_bracesMissing && brace.column != m_frames.back().indent) {
        // A '}' lined up with an outer block: the inner blocks lack their '}'.
        for (std::size_t k = m_frames.size() - 1; k-- > 0;) {
            if (m_frames[k].indent != brace.column)
                continue;
            while (m_frames.size() > k + 1) {
                if (!m_frames.back().assumed)
                    error(m_frames.back().openedAt, "the block of '" + m_frames.back().opener +
                                                        "' opened here is never closed "
                                                        "(missing '}')");
                closeTop();
            }
            break;
        }
    }
    closeTop();
}

void Parser::closeTop()
{
    Frame frame = std::move(m_frames.back());
    m_frames.pop_back();
    m_scopes.pop();
    Frame *parent = m_frames.empty() ? nullptr : &m_frames.back();
    std::vector<Statement> *parentBody = nullptr;
    if (parent && parent->kind == FrameKind::Process)
        parentBody = &parent->process.body;
    else if (parent && (parent->kind == FrameKind::Fork || parent->kind == FrameKind::Repeat))
        parentBody = &parent->statement.body;

    switch (frame.kind) {
    case FrameKind::Process:
        m_result.scenario.roots.push_back(std::move(frame.process));
        break;
    case FrameKind::Fork:
        // The child's name exists in the parent once fork() has returned.
        if (!frame.statement.args.empty())
            m_scopes.define(frame.statement.args[0].text, HandleKind::Child,
                            frame.statement.args[0].loc);
        [[fallthrough]];
    case FrameKind::Repeat:
        if (parentBody)
            parentBody->push_back(std::move(frame.statement));
        break;
    case FrameKind::Invalid:
        break;
    }
}

void Parser::parseDirective(const std::vector<Token> &toks, int endColumn)
{
    const std::string &name = toks[0].text;
    if (name == "param") {
        parseParam(toks, endColumn);
        return;
    }
    if (name != "watch") {
        const auto seen = m_directiveLines.find(name);
        if (seen != m_directiveLines.end()) {
            error(toks[0], "duplicate '" + name + "' (already given at line " +
                               std::to_string(seen->second) + ")");
            return;
        }
        m_directiveLines[name] = m_line;
    }
    const bool wantsString = name == "title" || name == "description" || name == "watch";
    const std::string usage = name + (wantsString ? " STRING" : " WORD");
    if (toks.size() < 2) {
        error(at(endColumn), "'" + name + "' needs " + (wantsString ? "a string" : "a word") +
                                 " (usage: " + usage + ")");
        return;
    }
    if (toks.size() > 2) {
        error(toks[2], "too many arguments (usage: " + usage + ")");
        return;
    }
    const Token &value = toks[1];
    Scenario &s = m_result.scenario;
    if (wantsString) {
        if (value.kind != Token::Kind::String) {
            error(value, "expected a string in double quotes, found " + describe(value));
            return;
        }
        if (value.text.empty()) {
            error(value, "the " + name + " is empty");
            return;
        }
        if (name == "title")
            s.title = value.text;
        else if (name == "description")
            s.description = value.text;
        else
            s.watch.push_back(value.text);
        return;
    }
    if (name == "id") {
        if ((value.kind != Token::Kind::Word && value.kind != Token::Kind::Int) ||
            !isScenarioId(value.text)) {
            error(value,
                  "the id must be lower-case letters, digits and '-', found " + describe(value));
            return;
        }
        s.id = value.text;
        return;
    }
    if (name == "expect") {
        if (value.kind != Token::Kind::Word ||
            std::find(expectedStatuses().begin(), expectedStatuses().end(), value.text) ==
                expectedStatuses().end()) {
            error(value, withSuggestion("unknown end status " + describe(value) +
                                            " (one of: " + joined(expectedStatuses()) + ")",
                                        value.kind == Token::Kind::Word
                                            ? closestName(value.text, expectedStatuses())
                                            : std::string()));
            return;
        }
        s.expect = value.text;
        return;
    }
    // category
    if (value.kind != Token::Kind::Word ||
        std::find(categories().begin(), categories().end(), value.text) == categories().end()) {
        std::string message = "unknown category " + describe(value);
        const std::string close =
            value.kind == Token::Kind::Word ? closestName(value.text, categories()) : "";
        if (!close.empty())
            message += " (did you mean '" + close + "'?)";
        else
            message += " (one of: " + joined(categories()) + ")";
        error(value, message);
        return;
    }
    s.category = value.text;
}

void Parser::parseParam(const std::vector<Token> &toks, int endColumn)
{
    const std::string usage = " (usage: param NAME DEFAULT STRING [min INT] [max INT])";
    if (toks.size() < 2 || toks[1].kind != Token::Kind::Word || !isIdentifier(toks[1].text)) {
        if (toks.size() < 2)
            error(at(endColumn), "'param' needs a name" + usage);
        else
            error(toks[1],
                  "expected a parameter name (letters, digits, '_'), found " + describe(toks[1]));
        return;
    }
    Param p;
    p.name = toks[1].text;
    p.loc = at(toks[0]);
    if (const Param *dup = findParam(p.name)) {
        error(toks[1], "duplicate parameter '" + p.name + "' (first declared at line " +
                           std::to_string(dup->loc.line) + ")");
        return;
    }
    if (toks.size() < 3) {
        error(at(endColumn), "parameter '" + p.name + "' needs a default value" + usage);
        return;
    }
    const Token &def = toks[2];
    if (def.kind == Token::Kind::Int) {
        p.type = Param::Type::Int;
        p.defaultInt = def.number;
    } else if (def.kind == Token::Kind::String) {
        p.type = Param::Type::String;
        p.defaultString = def.text;
    } else {
        error(def, "expected the default value (an integer or a string), found " + describe(def));
        return;
    }
    if (toks.size() < 4 || toks[3].kind != Token::Kind::String) {
        if (toks.size() < 4)
            error(at(endColumn), "parameter '" + p.name + "' needs a description" + usage);
        else
            error(toks[3], "expected the description (a string), found " + describe(toks[3]));
        return;
    }
    p.description = toks[3].text;
    std::set<std::string> seen;
    for (std::size_t i = 4; i < toks.size(); i += 2) {
        const Token &key = toks[i];
        if (key.kind != Token::Kind::Word || (key.text != "min" && key.text != "max")) {
            error(key, "unknown option " + describe(key) + " for 'param' (options: min, max)");
            return;
        }
        if (p.type != Param::Type::Int) {
            error(key, "'" + key.text + "' applies to integer parameters only");
            return;
        }
        if (!seen.insert(key.text).second) {
            error(key, "option '" + key.text + "' given twice");
            return;
        }
        if (i + 1 >= toks.size() || toks[i + 1].kind != Token::Kind::Int) {
            if (i + 1 >= toks.size())
                error(at(endColumn), "option '" + key.text + "' needs an integer");
            else
                error(toks[i + 1],
                      "option '" + key.text + "' needs an integer, found " + describe(toks[i + 1]));
            return;
        }
        (key.text == "min" ? p.min : p.max) = toks[i + 1].number;
    }
    if (p.min > p.max) {
        error(toks[1], "parameter '" + p.name + "': min " + std::to_string(p.min) +
                           " is greater than max " + std::to_string(p.max));
        return;
    }
    if (p.type == Param::Type::Int && (p.defaultInt < p.min || p.defaultInt > p.max)) {
        error(def, "the default " + std::to_string(p.defaultInt) + " of parameter '" + p.name +
                       "' is outside its range (" + rangeText(p.min, p.max) + ")");
        return;
    }
    m_result.scenario.params.push_back(std::move(p));
}

void Parser::parseProcess(const std::vector<Token> &toks, int endColumn, const Token *brace)
{
    m_sawProcess = true;
    Frame frame;
    frame.opener = "process";
    frame.openedAt = brace ? at(*brace) : at(toks[0]);
    frame.process.loc = at(toks[0]);
    bool ok = true;
    if (toks.size() < 2) {
        ok = error(at(endColumn), "'process' needs a label (usage: process LABEL {)");
    } else if (toks[1].kind != Token::Kind::Word || !isRootLabel(toks[1].text)) {
        ok = error(toks[1], "expected a process label (lower-case letters, digits, '_' and '-', "
                            "starting with a letter), found " +
                                describe(toks[1]));
    } else if (toks[1].text == "parent" || toks[1].text == "self") {
        ok = error(toks[1], "'" + toks[1].text + "' is reserved: choose another label");
    } else if (const auto seen = m_rootLines.find(toks[1].text); seen != m_rootLines.end()) {
        ok = error(toks[1], "duplicate process label '" + toks[1].text + "' (first used at line " +
                                std::to_string(seen->second) + ")");
    } else if (toks.size() > 2) {
        ok = error(toks[2], "too many arguments (usage: process LABEL {)");
    }
    if (ok) {
        frame.process.label = toks[1].text;
        m_rootLines[toks[1].text] = m_line;
        frame.kind = FrameKind::Process;
    }
    if (!brace) {
        m_pendingBrace = PendingBrace{at(endColumn), "process", m_line};
        frame.assumed = true;
    }
    openFrame(std::move(frame), brace);
}

void Parser::parseStatement(const OpSpec &op, const std::vector<Token> &toks, int endColumn,
                            const Token *brace)
{
    Statement st;
    st.op = std::string(op.name);
    st.loc = at(toks[0]);
    st.index = ++m_index;
    bool ok = true;
    const std::string usage = "; usage: " + std::string(op.synopsis);

    std::size_t i = 1;
    for (const ArgSpec &spec : op.args) {
        if (spec.slot == Slot::Argv) {
            if (i >= toks.size()) {
                ok = error(at(endColumn), "'" + st.op + "' needs " + slotNoun(spec) + " (" +
                                              std::string(spec.what) + ")");
            }
            for (; i < toks.size(); ++i) {
                const Token &t = toks[i];
                Arg a;
                a.loc = at(t);
                a.text = t.text;
                a.number = t.number;
                if (t.kind == Token::Kind::String) {
                    a.kind = Arg::Kind::String;
                    ok = checkText(op, t) && ok;
                } else if (t.kind == Token::Kind::ParamRef) {
                    a.kind = Arg::Kind::ParamRef;
                    ok = checkParamRef(spec, t) && ok;
                } else {
                    a.kind = t.kind == Token::Kind::Int ? Arg::Kind::Int : Arg::Kind::Word;
                }
                st.args.push_back(std::move(a));
            }
            break;
        }
        if (i >= toks.size()) {
            if (!spec.optional)
                ok = error(at(endColumn), "'" + st.op + "' needs " + slotNoun(spec) + " (" +
                                              std::string(spec.what) + ")" + usage);
            break;
        }
        const Token &t = toks[i];
        if (spec.optional && t.kind == Token::Kind::Word && op.option(t.text))
            break; // the optional argument is absent; options follow
        Arg a;
        if (checkArg(op, spec, t, a))
            st.args.push_back(std::move(a));
        else
            ok = false;
        ++i;
    }

    std::vector<std::string_view> optionNames;
    for (const OptionSpec &o : op.options)
        optionNames.push_back(o.name);
    while (i < toks.size()) {
        const Token &t = toks[i];
        const OptionSpec *opt = t.kind == Token::Kind::Word ? op.option(t.text) : nullptr;
        if (!opt) {
            if (t.kind == Token::Kind::Word && !op.options.empty()) {
                std::string message = "unknown option '" + t.text + "' for '" + st.op + "'";
                const std::string close = closestName(t.text, optionNames);
                if (!close.empty())
                    message += " (did you mean '" + close + "'?)";
                else
                    message += " (options: " + joined(optionNames) + ")";
                ok = error(t, message);
                ++i;
                continue;
            }
            ok = error(t, "too many arguments, from " + describe(t) + " on" + usage);
            break;
        }
        if (st.options.count(t.text)) {
            ok = error(t, "option '" + t.text + "' given twice");
            i += opt->value ? 2 : 1;
            continue;
        }
        Arg a;
        a.loc = at(t);
        if (!opt->value) {
            a.kind = Arg::Kind::Word;
            st.options.emplace(t.text, a);
            ++i;
            continue;
        }
        if (i + 1 >= toks.size()) {
            ok = error(t, "option '" + t.text + "' needs a value: " + slotNoun(*opt->value) + " (" +
                              std::string(opt->value->what) + ")");
            break;
        }
        if (checkArg(op, *opt->value, toks[i + 1], a))
            st.options.emplace(t.text, a);
        else
            ok = false;
        i += 2;
    }

    for (const OptionSpec &o : op.options) {
        const auto given = st.options.find(std::string(o.name));
        if (given == st.options.end())
            continue;
        if (!o.needs.empty() && !st.options.count(std::string(o.needs)))
            ok = error(given->second.loc,
                       "option '" + std::string(o.name) + "' needs '" + std::string(o.needs) + "'");
        if (!o.excludes.empty() && st.options.count(std::string(o.excludes)))
            ok = error(given->second.loc, "options '" + std::string(o.name) + "' and '" +
                                              std::string(o.excludes) + "' exclude each other");
    }

    // Rules that involve more than one argument.
    if (ok && st.op == "write") {
        const bool hasText = st.args.size() > 1;
        const bool hasFill = st.options.count("fill") > 0;
        if (!hasText && !hasFill)
            ok = error(at(endColumn), "'write' needs a string (the text to write) or 'fill INT'");
        else if (hasText && hasFill)
            ok = error(st.options.at("fill").loc, "'write' takes a string or 'fill INT', not both");
    }
    if (ok && st.op == "mem_read" && st.options.count("as") && st.args.size() > 2 &&
        st.args[2].kind == Arg::Kind::Int && st.args[2].number != 4)
        ok = error(st.args[2].loc, "'as int32' reads 4 bytes, not " + st.args[2].text);
    if (ok && st.op == "sigaction") {
        const int sig = signalNumber(st.args[0].text);
        if (sig == SIGKILL || sig == SIGSTOP)
            ok = error(st.args[0].loc, st.args[0].text + " cannot be caught, ignored or reset");
        else if (st.args.size() > 1 && st.args[1].text == "reap" && sig != SIGCHLD)
            ok = error(st.args[1].loc,
                       "'reap' is a handler for SIGCHLD only, not " + st.args[0].text);
    }

    // New names exist after the statement (a fork's name after its block).
    if (ok && st.op != "fork") {
        auto defineName = [this, &ok](const Arg &a, HandleKind kind) {
            const ScopeStack::Entry *seen = m_scopes.find(a.text);
            if (kind == HandleKind::Var && seen && seen->kind == HandleKind::Var)
                return; // a variable can be set again
            if (const ScopeStack::Entry *here = m_scopes.findInnermost(a.text)) {
                ok = error(a.loc, "'" + a.text + "' is already defined at line " +
                                      std::to_string(here->loc.line));
                return;
            }
            m_scopes.define(a.text, kind, a.loc);
        };
        for (std::size_t k = 0; k < op.args.size() && k < st.args.size(); ++k) {
            if (op.args[k].slot == Slot::NewName)
                defineName(st.args[k], op.args[k].defines);
        }
        if (const auto into = st.options.find("into"); into != st.options.end())
            defineName(into->second, HandleKind::Var);
    }
    if (ok && st.op == "fork" && !st.args.empty()) {
        if (const ScopeStack::Entry *here = m_scopes.findInnermost(st.args[0].text))
            ok = error(st.args[0].loc, "'" + st.args[0].text + "' is already defined at line " +
                                           std::to_string(here->loc.line));
    }

    std::vector<Statement> *body = nullptr;
    Frame &current = m_frames.back();
    if (current.kind == FrameKind::Process)
        body = &current.process.body;
    else if (current.kind == FrameKind::Fork || current.kind == FrameKind::Repeat)
        body = &current.statement.body;

    if (op.block) {
        Frame frame;
        frame.opener = st.op;
        frame.openedAt = brace ? at(*brace) : st.loc;
        if (ok)
            frame.kind = st.op == "fork" ? FrameKind::Fork : FrameKind::Repeat;
        frame.statement = std::move(st);
        if (!brace) {
            m_pendingBrace = PendingBrace{at(endColumn), frame.opener, m_line};
            frame.assumed = true;
        }
        openFrame(std::move(frame), brace);
        return;
    }
    if (brace) {
        error(*brace, "'" + st.op + "' does not take a block");
        Frame frame;
        frame.opener = st.op;
        openFrame(std::move(frame), brace);
        return;
    }
    if (ok && body)
        body->push_back(std::move(st));
}

bool Parser::checkParamRef(const ArgSpec &spec, const Token &tok)
{
    const Param *p = findParam(tok.text);
    if (!p)
        return error(tok, "unknown parameter '$" + tok.text + "'" + paramSuggestion(tok.text));
    if (spec.slot == Slot::Int || spec.slot == Slot::Fd || spec.slot == Slot::Closable) {
        if (p->type != Param::Type::Int)
            return error(tok, "'$" + tok.text + "' is a string parameter; expected an integer (" +
                                  std::string(spec.what) + ")");
        if (spec.slot == Slot::Int && (p->defaultInt < spec.min || p->defaultInt > spec.max))
            return error(tok, "the default of '$" + tok.text + "' (" +
                                  std::to_string(p->defaultInt) + ") is out of range for " +
                                  std::string(spec.what) + " (" + rangeText(spec.min, spec.max) +
                                  ")");
    }
    return true;
}

bool Parser::checkText(const OpSpec &op, const Token &tok)
{
    const std::string &s = tok.text;
    auto columnOf = [&tok](std::size_t offset) {
        return offset < tok.columns.size() ? tok.columns[offset] : tok.column;
    };
    bool ok = true;
    for (std::size_t p = s.find("${"); p != std::string::npos; p = s.find("${", p + 2)) {
        const std::size_t close = s.find('}', p + 2);
        if (close == std::string::npos) {
            ok = error(at(columnOf(p)), "unterminated '${' (write ${name} inside a string)");
            break;
        }
        const std::string name = s.substr(p + 2, close - p - 2);
        if (!isIdentifier(name))
            ok = error(at(columnOf(p)), "'${" + name + "}' is not a parameter name");
        else if (!findParam(name))
            ok = error(at(columnOf(p)),
                       "unknown parameter '${" + name + "}'" + paramSuggestion(name));
    }
    if (!op.substitutions)
        return ok;
    for (std::size_t p = s.find('%'); p != std::string::npos; p = s.find('%', p + 1)) {
        if (p + 1 < s.size() && s[p + 1] == '%') {
            ++p;
            continue;
        }
        std::size_t e = p + 1;
        while (e < s.size() && s[e] >= 'a' && s[e] <= 'z')
            ++e;
        const std::string name = s.substr(p + 1, e - p - 1);
        const auto known = std::find(substitutionNames().begin(), substitutionNames().end(), name);
        if (name.empty()) {
            ok = error(at(columnOf(p)), "'%' starts a run-time substitution; write %% for a "
                                        "'%' (substitutions: %pid, %ppid, %label, %child, "
                                        "%status, %count(SIG), %var(NAME))");
            continue;
        }
        if (known == substitutionNames().end()) {
            ok = error(at(columnOf(p)),
                       "unknown substitution '%" + name +
                           "' (substitutions: %pid, %ppid, %label, %child, %status, "
                           "%count(SIG), %var(NAME), or %% for a '%')");
            continue;
        }
        if (name != "count" && name != "var")
            continue;
        const std::size_t close = s.find(')', e);
        if (e >= s.size() || s[e] != '(' || close == std::string::npos) {
            ok = error(at(columnOf(p)), "'%" + name + "' needs a name in parentheses: %" + name +
                                            (name == "count" ? "(SIGUSR1)" : "(NAME)"));
            continue;
        }
        const std::string inner = s.substr(e + 1, close - e - 1);
        if (name == "count") {
            if (!signalNumber(inner))
                ok = error(at(columnOf(e + 1)),
                           withSuggestion("unknown signal '" + inner + "' in %count(...)",
                                          closestName(inner, signalNames())));
        } else {
            const ScopeStack::Entry *v = m_scopes.find(inner);
            if (!v || v->kind != HandleKind::Var)
                ok = error(at(columnOf(e + 1)),
                           "unknown variable '" + inner +
                               "' in %var(...): set it first with 'read ... into " + inner +
                               "' or 'mem_read ... into " + inner + "'");
        }
        p = close;
    }
    return ok;
}

bool Parser::checkHandle(const ArgSpec &spec, const Token &tok, std::vector<HandleKind> kinds)
{
    if (tok.kind != Token::Kind::Word)
        return error(tok, "expected " + slotNoun(spec) + " (" + std::string(spec.what) +
                              "), found " + describe(tok));
    const ScopeStack::Entry *e = m_scopes.find(tok.text);
    if (e && std::find(kinds.begin(), kinds.end(), e->kind) != kinds.end())
        return true;
    if (e)
        return error(tok, "'" + tok.text + "' is " + std::string(handleKindNoun(e->kind)) +
                              ", not " + slotNoun(spec));
    std::vector<std::string> names;
    for (HandleKind k : kinds) {
        for (std::string &n : m_scopes.visibleNames(k))
            names.push_back(std::move(n));
    }
    std::vector<std::string_view> views(names.begin(), names.end());
    return error(tok, withSuggestion("'" + tok.text +
                                         "' is not defined before this line in this process "
                                         "(expected " +
                                         slotNoun(spec) + ")",
                                     closestName(tok.text, views)));
}

bool Parser::checkFd(const ArgSpec &spec, const Token &tok, bool allowShm)
{
    if (tok.kind == Token::Kind::Int) {
        if (tok.number < 0 || tok.number > 1023)
            return error(tok, "descriptor " + tok.text + " is out of range (0 to 1023)");
        return true;
    }
    if (tok.kind == Token::Kind::ParamRef)
        return checkParamRef(spec, tok);
    if (tok.kind != Token::Kind::Word)
        return error(tok, "expected " + slotNoun(spec) + " (" + std::string(spec.what) +
                              "), found " + describe(tok));
    const std::string &w = tok.text;
    if (w.size() > 2 && (w.ends_with(".r") || w.ends_with(".w"))) {
        const std::string base = w.substr(0, w.size() - 2);
        const ScopeStack::Entry *e = m_scopes.find(base);
        if (!e) {
            std::vector<std::string> names = m_scopes.visibleNames(HandleKind::Pipe);
            std::vector<std::string_view> views(names.begin(), names.end());
            return error(tok, withSuggestion("no pipe '" + base +
                                                 "' is defined before this line in this process",
                                             closestName(base, views)));
        }
        if (e->kind != HandleKind::Pipe)
            return error(tok, "'" + base + "' is " + std::string(handleKindNoun(e->kind)) +
                                  ", not a pipe: '.r' and '.w' are the ends of a pipe");
        return true;
    }
    const ScopeStack::Entry *e = m_scopes.find(w);
    if (e && e->kind == HandleKind::Pipe)
        return error(tok, "'" + w + "' is a pipe: use " + w + ".r or " + w + ".w");
    if (allowShm)
        return checkHandle(spec, tok, {HandleKind::File, HandleKind::Shm});
    return checkHandle(spec, tok, {HandleKind::File});
}

bool Parser::checkArg(const OpSpec &op, const ArgSpec &spec, const Token &tok, Arg &out)
{
    out.loc = at(tok);
    out.text = tok.text;
    out.number = tok.number;
    switch (tok.kind) {
    case Token::Kind::Int:
        out.kind = Arg::Kind::Int;
        break;
    case Token::Kind::String:
        out.kind = Arg::Kind::String;
        break;
    case Token::Kind::ParamRef:
        out.kind = Arg::Kind::ParamRef;
        break;
    default:
        out.kind = Arg::Kind::Word;
        break;
    }
    const std::string expected =
        "expected " + slotNoun(spec) + " (" + std::string(spec.what) + "), found " + describe(tok);

    switch (spec.slot) {
    case Slot::Int:
        if (tok.kind == Token::Kind::ParamRef)
            return checkParamRef(spec, tok);
        if (tok.kind != Token::Kind::Int)
            return error(tok, expected);
        if (tok.number < spec.min || tok.number > spec.max)
            return error(tok, "out of range: " + std::string(spec.what) + " must be " +
                                  std::to_string(spec.min) + " to " + std::to_string(spec.max) +
                                  ", not " + tok.text);
        return true;
    case Slot::Text:
        if (tok.kind == Token::Kind::ParamRef)
            return checkParamRef(spec, tok);
        if (tok.kind != Token::Kind::String)
            return error(tok,
                         expected +
                             (tok.kind == Token::Kind::Word ? " (put text in double quotes)" : ""));
        return checkText(op, tok);
    case Slot::Path: {
        if (tok.kind == Token::Kind::ParamRef)
            return error(tok, "a path cannot come from a parameter; write it as a string");
        if (tok.kind != Token::Kind::String)
            return error(tok, expected);
        const std::string &p = tok.text;
        if (p.find("${") != std::string::npos)
            return error(tok, "a path cannot use parameters");
        if (p.empty())
            return error(tok, "the path is empty");
        if (p.size() > 200)
            return error(tok, "the path is longer than 200 bytes");
        if (p.find('\0') != std::string::npos)
            return error(tok, "a path cannot contain \\0");
        if (p.front() == '/')
            return error(tok, "absolute paths are refused: use a path relative to the run "
                              "directory, such as \"myfifo\"");
        std::size_t from = 0;
        while (from <= p.size()) {
            const std::size_t slash = p.find('/', from);
            const std::string part =
                p.substr(from, slash == std::string::npos ? p.npos : slash - from);
            if (part == "..")
                return error(tok, "'..' is refused in paths: stay inside the run directory");
            if (slash == std::string::npos)
                break;
            from = slash + 1;
        }
        return true;
    }
    case Slot::IpcName: {
        if (tok.kind == Token::Kind::ParamRef)
            return error(tok, "a name cannot come from a parameter; write it as a string");
        if (tok.kind != Token::Kind::String)
            return error(tok, expected);
        const std::string &n = tok.text;
        if (n.find("${") != std::string::npos)
            return error(tok, "a shm or semaphore name cannot use parameters");
        if (n.empty() || n.front() != '/')
            return error(tok, "a shm or semaphore name must start with '/', as in \"/AOS\"");
        if (n.size() == 1)
            return error(tok, "the name needs at least one character after '/'");
        if (n.find('/', 1) != std::string::npos)
            return error(tok, "a shm or semaphore name cannot contain another '/'");
        if (n.size() > 200)
            return error(tok, "the name is longer than 200 bytes");
        if (n.find('\0') != std::string::npos)
            return error(tok, "a name cannot contain \\0");
        return true;
    }
    case Slot::NewName:
        if (tok.kind != Token::Kind::Word)
            return error(tok, expected);
        if (!isIdentifier(tok.text))
            return error(tok, "'" + tok.text +
                                  "' is not a valid name (letters, digits and '_', not starting "
                                  "with a digit)");
        if (tok.text == "parent" || tok.text == "self")
            return error(tok, "'" + tok.text + "' is reserved: choose another name");
        return true;
    case Slot::Fd:
        return checkFd(spec, tok, false);
    case Slot::Closable:
        return checkFd(spec, tok, true);
    case Slot::Target: {
        if (tok.kind != Token::Kind::Word)
            return error(tok, expected);
        if (tok.text == "parent" || tok.text == "self")
            return true;
        if (const ScopeStack::Entry *e = m_scopes.find(tok.text)) {
            if (e->kind == HandleKind::Child)
                return true;
            return error(tok, "'" + tok.text + "' is " + std::string(handleKindNoun(e->kind)) +
                                  ", not a process");
        }
        const std::string_view root = labelRoot(tok.text);
        if (root.empty())
            return error(tok, expected);
        m_labelUses.push_back({std::string(root), tok.text, at(tok)});
        return true;
    }
    case Slot::Child:
        return checkHandle(spec, tok, {HandleKind::Child});
    case Slot::Signal:
        if (tok.kind != Token::Kind::Word)
            return error(tok, expected);
        if (!signalNumber(tok.text)) {
            if (signalNumber("SIG" + tok.text))
                return error(tok,
                             "unknown signal '" + tok.text + "' (write 'SIG" + tok.text + "')");
            return error(tok, withSuggestion("unknown signal '" + tok.text + "'",
                                             closestName(tok.text, signalNames())));
        }
        return true;
    case Slot::Choice:
        if (tok.kind != Token::Kind::Word ||
            std::find(spec.choices.begin(), spec.choices.end(), tok.text) == spec.choices.end())
            return error(tok, expected);
        return true;
    case Slot::Shm:
        return checkHandle(spec, tok, {HandleKind::Shm});
    case Slot::MapSource:
        return checkHandle(spec, tok, {HandleKind::Shm, HandleKind::File});
    case Slot::Map:
        return checkHandle(spec, tok, {HandleKind::Map});
    case Slot::Sem:
        return checkHandle(spec, tok, {HandleKind::Sem});
    case Slot::Var: {
        if (tok.kind != Token::Kind::Word)
            return error(tok, expected);
        const ScopeStack::Entry *e = m_scopes.find(tok.text);
        if (e && e->kind == HandleKind::Var)
            return true;
        if (e)
            return error(tok, "'" + tok.text + "' is " + std::string(handleKindNoun(e->kind)) +
                                  ", not a variable");
        return error(tok, "unknown variable '" + tok.text + "': set it first with 'mem_read ... " +
                              "into " + tok.text + "' or 'read ... into " + tok.text + "'");
    }
    case Slot::Argv:
        break;
    }
    return true;
}

void Parser::finish()
{
    if (m_stopped)
        return;
    if (m_pendingBrace) {
        error(m_pendingBrace->loc,
              "'" + m_pendingBrace->opener + "' needs a block: end the line with '{'");
        m_pendingBrace.reset();
    }
    for (auto f = m_frames.rbegin(); f != m_frames.rend(); ++f) {
        error(f->openedAt,
              "the block of '" + f->opener + "' opened here is never closed " + "(missing '}')");
    }
    for (const LabelUse &use : m_labelUses) {
        if (m_rootLines.count(use.root))
            continue;
        std::vector<std::string_view> roots;
        for (const auto &[label, line] : m_rootLines)
            roots.push_back(label);
        error(use.loc, withSuggestion("unknown process '" + use.label +
                                          "': not a fork NAME defined earlier in this process, "
                                          "nor a process label",
                                      closestName(use.root, roots)));
    }
    if (!m_sawProcess)
        error(SourceLoc{std::max(1, m_line), 1},
              "no 'process' block: a scenario needs at least one process");
    std::stable_sort(m_result.errors.begin(), m_result.errors.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return a.loc.line != b.loc.line ? a.loc.line < b.loc.line
                                                         : a.loc.column < b.loc.column;
                     });
}

} // namespace

std::string formatDiagnostic(const Diagnostic &d)
{
    if (d.loc.line <= 0)
        return d.file + ": error: " + d.message;
    return d.file + ":" + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) +
           ": error: " + d.message;
}

ParseResult parseScenario(std::string_view text, const std::string &sourcePath,
                          const std::string &defaultId)
{
    return Parser(text, sourcePath, defaultId).run();
}

} // namespace ipcviz::scenario
