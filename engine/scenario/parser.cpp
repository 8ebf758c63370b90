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

using protocol::Message;

Message describe(const Token &t)
{
    switch (t.kind) {
    case Token::Kind::Word:
        return Message::data("'" + t.text + "'");
    case Token::Kind::Int:
        return EMSG("the integer %1", t.text);
    case Token::Kind::String:
        return EMSG("a string");
    case Token::Kind::ParamRef:
        return Message::data("'$" + t.text + "'");
    case Token::Kind::LBrace:
        return Message::data("'{'");
    case Token::Kind::RBrace:
        return Message::data("'}'");
    }
    return EMSG("something else");
}

Message withSuggestion(Message message, const std::string &suggestion)
{
    if (suggestion.empty())
        return message;
    return EMSG("%1 (did you mean '%2'?)", std::move(message), suggestion);
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

Message rangeText(std::int64_t min, std::int64_t max)
{
    return EMSG("%1 to %2", min, max);
}

// "expected an integer (seconds), found 'x'"
Message expectedFound(const ArgSpec &spec, const Token &tok)
{
    return EMSG("expected %1 (%2), found %3", slotNoun(spec), Message::fragment(spec.what),
                describe(tok));
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

    bool error(SourceLoc loc, Message message);
    bool error(const Token &t, Message message) { return error(at(t), std::move(message)); }
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
    Message withParamSuggestion(Message message, std::string_view name) const;

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

bool Parser::error(SourceLoc loc, Message message)
{
    if (m_stopped)
        return false;
    if (tooManyErrors()) {
        const Message tooMany = EMSG("too many errors (%1); stopping here", kMaxErrors);
        m_result.errors.push_back({m_path, loc, tooMany.english(), tooMany});
        m_stopped = true;
        return false;
    }
    std::string english = message.english();
    m_result.errors.push_back({m_path, loc, std::move(english), std::move(message)});
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

Message Parser::withParamSuggestion(Message message, std::string_view name) const
{
    std::vector<std::string_view> names;
    for (const Param &p : m_result.scenario.params)
        names.push_back(p.name);
    if (names.empty())
        return EMSG("%1 (this scenario declares no parameters)", std::move(message));
    const std::string close = closestName(name, names);
    if (!close.empty())
        return withSuggestion(std::move(message), close);
    return EMSG("%1 (parameters: %2)", std::move(message), joined(names));
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
            error(toks[0],
                  EMSG("'{' must be at the end of line %1 ('%2'), not on a line of its own",
                       pending.line, pending.opener));
            return;
        }
        error(pending.loc, EMSG("'%1' needs a block: end the line with '{'", pending.opener));
    }

    const Token &first = toks.front();
    if (first.kind == Token::Kind::RBrace) {
        if (toks.size() > 1)
            error(toks[1], EMSG("'}' must be alone on its line"));
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
        error(first, EMSG("'{' must end the line of the statement that opens the block"));
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
                  EMSG("nothing may follow '{' on its line: the block starts on the next line"));
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
            error(toks[i], EMSG("'}' must be alone on its line"));
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
        error(first, EMSG("expected a statement, found %1", describe(first)));
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
            error(first, EMSG("'process' blocks cannot be nested (use 'fork' to start a child)"));
            invalidBlock();
            return;
        }
        parseProcess(stmt, endColumn, brace);
        return;
    }
    if (m_frames.empty()) {
        if (isDirective) {
            if (m_sawProcess)
                error(first,
                      EMSG("directive '%1' must come before the first 'process' block", name));
            else
                parseDirective(stmt, endColumn);
            invalidBlock();
            if (brace && !m_sawProcess)
                error(*brace, EMSG("'%1' does not take a block", name));
        } else if (op) {
            error(first, EMSG("'%1' must be inside a 'process' block", name));
            invalidBlock();
        } else {
            error(first, withSuggestion(EMSG("unknown directive '%1'", name),
                                        closestName(name, directiveNames())));
            invalidBlock();
        }
        return;
    }
    if (isDirective) {
        error(first, EMSG("'%1' is a directive: put it before the first 'process' block", name));
        invalidBlock();
        return;
    }
    if (!op) {
        std::vector<std::string_view> names;
        for (const OpSpec &o : vocabulary())
            names.push_back(o.name);
        error(first,
              withSuggestion(EMSG("unknown statement '%1'", name), closestName(name, names)));
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
        error(frame.openedAt, EMSG("blocks are nested too deeply (at most %1 levels)", kMaxDepth));
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
        error(brace, EMSG("'}' without an open block"));
        return;
    }
    if (m_bracesMissing && brace.column != m_frames.back().indent) {
        // A '}' lined up with an outer block: the inner blocks lack their '}'.
        for (std::size_t k = m_frames.size() - 1; k-- > 0;) {
            if (m_frames[k].indent != brace.column)
                continue;
            while (m_frames.size() > k + 1) {
                if (!m_frames.back().assumed)
                    error(m_frames.back().openedAt,
                          EMSG("the block of '%1' opened here is never closed (missing '}')",
                               m_frames.back().opener));
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
            error(toks[0], EMSG("duplicate '%1' (already given at line %2)", name, seen->second));
            return;
        }
        m_directiveLines[name] = m_line;
    }
    const bool wantsString = name == "title" || name == "description" || name == "watch";
    const std::string usage = name + (wantsString ? " STRING" : " WORD");
    if (toks.size() < 2) {
        error(at(endColumn), EMSG("'%1' needs %2 (usage: %3)", name,
                                  wantsString ? EMSG("a string") : EMSG("a word"), usage));
        return;
    }
    if (toks.size() > 2) {
        error(toks[2], EMSG("too many arguments (usage: %1)", usage));
        return;
    }
    const Token &value = toks[1];
    Scenario &s = m_result.scenario;
    if (wantsString) {
        if (value.kind != Token::Kind::String) {
            error(value, EMSG("expected a string in double quotes, found %1", describe(value)));
            return;
        }
        if (value.text.empty()) {
            error(value, EMSG("the %1 is empty", name));
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
            error(value, EMSG("the id must be lower-case letters, digits and '-', found %1",
                              describe(value)));
            return;
        }
        s.id = value.text;
        return;
    }
    if (name == "expect") {
        if (value.kind != Token::Kind::Word ||
            std::find(expectedStatuses().begin(), expectedStatuses().end(), value.text) ==
                expectedStatuses().end()) {
            error(value, withSuggestion(EMSG("unknown end status %1 (one of: %2)", describe(value),
                                             joined(expectedStatuses())),
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
        const std::string close =
            value.kind == Token::Kind::Word ? closestName(value.text, categories()) : "";
        if (!close.empty())
            error(value, withSuggestion(EMSG("unknown category %1", describe(value)), close));
        else
            error(value,
                  EMSG("unknown category %1 (one of: %2)", describe(value), joined(categories())));
        return;
    }
    s.category = value.text;
}

void Parser::parseParam(const std::vector<Token> &toks, int endColumn)
{
    const std::string usage = "param NAME DEFAULT STRING [min INT] [max INT]";
    if (toks.size() < 2 || toks[1].kind != Token::Kind::Word || !isIdentifier(toks[1].text)) {
        if (toks.size() < 2)
            error(at(endColumn), EMSG("'param' needs a name (usage: %1)", usage));
        else
            error(toks[1], EMSG("expected a parameter name (letters, digits, '_'), found %1",
                                describe(toks[1])));
        return;
    }
    Param p;
    p.name = toks[1].text;
    p.loc = at(toks[0]);
    if (const Param *dup = findParam(p.name)) {
        error(toks[1],
              EMSG("duplicate parameter '%1' (first declared at line %2)", p.name, dup->loc.line));
        return;
    }
    if (toks.size() < 3) {
        error(at(endColumn),
              EMSG("parameter '%1' needs a default value (usage: %2)", p.name, usage));
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
        error(def,
              EMSG("expected the default value (an integer or a string), found %1", describe(def)));
        return;
    }
    if (toks.size() < 4 || toks[3].kind != Token::Kind::String) {
        if (toks.size() < 4)
            error(at(endColumn),
                  EMSG("parameter '%1' needs a description (usage: %2)", p.name, usage));
        else
            error(toks[3],
                  EMSG("expected the description (a string), found %1", describe(toks[3])));
        return;
    }
    p.description = toks[3].text;
    std::set<std::string> seen;
    for (std::size_t i = 4; i < toks.size(); i += 2) {
        const Token &key = toks[i];
        if (key.kind != Token::Kind::Word || (key.text != "min" && key.text != "max")) {
            error(key, EMSG("unknown option %1 for 'param' (options: min, max)", describe(key)));
            return;
        }
        if (p.type != Param::Type::Int) {
            error(key, EMSG("'%1' applies to integer parameters only", key.text));
            return;
        }
        if (!seen.insert(key.text).second) {
            error(key, EMSG("option '%1' given twice", key.text));
            return;
        }
        if (i + 1 >= toks.size() || toks[i + 1].kind != Token::Kind::Int) {
            if (i + 1 >= toks.size())
                error(at(endColumn), EMSG("option '%1' needs an integer", key.text));
            else
                error(toks[i + 1], EMSG("option '%1' needs an integer, found %2", key.text,
                                        describe(toks[i + 1])));
            return;
        }
        (key.text == "min" ? p.min : p.max) = toks[i + 1].number;
    }
    if (p.min > p.max) {
        error(toks[1], EMSG("parameter '%1': min %2 is greater than max %3", p.name, p.min, p.max));
        return;
    }
    if (p.type == Param::Type::Int && (p.defaultInt < p.min || p.defaultInt > p.max)) {
        error(def, EMSG("the default %1 of parameter '%2' is outside its range (%3)", p.defaultInt,
                        p.name, rangeText(p.min, p.max)));
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
        ok = error(at(endColumn), EMSG("'process' needs a label (usage: process LABEL {)"));
    } else if (toks[1].kind != Token::Kind::Word || !isRootLabel(toks[1].text)) {
        ok = error(toks[1], EMSG("expected a process label (lower-case letters, digits, '_' and "
                                 "'-', starting with a letter), found %1",
                                 describe(toks[1])));
    } else if (toks[1].text == "parent" || toks[1].text == "self") {
        ok = error(toks[1], EMSG("'%1' is reserved: choose another label", toks[1].text));
    } else if (const auto seen = m_rootLines.find(toks[1].text); seen != m_rootLines.end()) {
        ok = error(toks[1], EMSG("duplicate process label '%1' (first used at line %2)",
                                 toks[1].text, seen->second));
    } else if (toks.size() > 2) {
        ok = error(toks[2], EMSG("too many arguments (usage: %1)", "process LABEL {"));
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
    const std::string usage(op.synopsis);

    std::size_t i = 1;
    for (const ArgSpec &spec : op.args) {
        if (spec.slot == Slot::Argv) {
            if (i >= toks.size()) {
                ok = error(at(endColumn), EMSG("'%1' needs %2 (%3)", st.op, slotNoun(spec),
                                               Message::fragment(spec.what)));
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
                ok =
                    error(at(endColumn), EMSG("'%1' needs %2 (%3); usage: %4", st.op,
                                              slotNoun(spec), Message::fragment(spec.what), usage));
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
                const std::string close = closestName(t.text, optionNames);
                const Message unknown = EMSG("unknown option '%1' for '%2'", t.text, st.op);
                ok = error(t, close.empty() ? EMSG("%1 (options: %2)", unknown, joined(optionNames))
                                            : withSuggestion(unknown, close));
                ++i;
                continue;
            }
            ok = error(t, EMSG("too many arguments, from %1 on; usage: %2", describe(t), usage));
            break;
        }
        if (st.options.count(t.text)) {
            ok = error(t, EMSG("option '%1' given twice", t.text));
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
            ok = error(t, EMSG("option '%1' needs a value: %2 (%3)", t.text, slotNoun(*opt->value),
                               Message::fragment(opt->value->what)));
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
            ok = error(given->second.loc, EMSG("option '%1' needs '%2'", o.name, o.needs));
        if (!o.excludes.empty() && st.options.count(std::string(o.excludes)))
            ok = error(given->second.loc,
                       EMSG("options '%1' and '%2' exclude each other", o.name, o.excludes));
    }

    // Rules that involve more than one argument.
    if (ok && st.op == "write") {
        const bool hasText = st.args.size() > 1;
        const bool hasFill = st.options.count("fill") > 0;
        if (!hasText && !hasFill)
            ok = error(at(endColumn),
                       EMSG("'write' needs a string (the text to write) or 'fill INT'"));
        else if (hasText && hasFill)
            ok = error(st.options.at("fill").loc,
                       EMSG("'write' takes a string or 'fill INT', not both"));
    }
    if (ok && st.op == "mem_read" && st.options.count("as") && st.args.size() > 2 &&
        st.args[2].kind == Arg::Kind::Int && st.args[2].number != 4)
        ok = error(st.args[2].loc, EMSG("'as int32' reads 4 bytes, not %1", st.args[2].text));
    if (ok && st.op == "sigaction") {
        const int sig = signalNumber(st.args[0].text);
        if (sig == SIGKILL || sig == SIGSTOP)
            ok = error(st.args[0].loc,
                       EMSG("%1 cannot be caught, ignored or reset", st.args[0].text));
        else if (st.args.size() > 1 && st.args[1].text == "reap" && sig != SIGCHLD)
            ok = error(st.args[1].loc,
                       EMSG("'reap' is a handler for SIGCHLD only, not %1", st.args[0].text));
    }

    // New names exist after the statement (a fork's name after its block).
    if (ok && st.op != "fork") {
        auto defineName = [this, &ok](const Arg &a, HandleKind kind) {
            const ScopeStack::Entry *seen = m_scopes.find(a.text);
            if (kind == HandleKind::Var && seen && seen->kind == HandleKind::Var)
                return; // a variable can be set again
            if (const ScopeStack::Entry *here = m_scopes.findInnermost(a.text)) {
                ok = error(a.loc,
                           EMSG("'%1' is already defined at line %2", a.text, here->loc.line));
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
            ok = error(st.args[0].loc,
                       EMSG("'%1' is already defined at line %2", st.args[0].text, here->loc.line));
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
        error(*brace, EMSG("'%1' does not take a block", st.op));
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
        return error(tok, withParamSuggestion(EMSG("unknown parameter '$%1'", tok.text), tok.text));
    if (spec.slot == Slot::Int || spec.slot == Slot::Fd || spec.slot == Slot::Closable) {
        if (p->type != Param::Type::Int)
            return error(tok, EMSG("'$%1' is a string parameter; expected an integer (%2)",
                                   tok.text, Message::fragment(spec.what)));
        if (spec.slot == Slot::Int && (p->defaultInt < spec.min || p->defaultInt > spec.max))
            return error(tok, EMSG("the default of '$%1' (%2) is out of range for %3 (%4)",
                                   tok.text, p->defaultInt, Message::fragment(spec.what),
                                   rangeText(spec.min, spec.max)));
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
            ok = error(at(columnOf(p)), EMSG("unterminated '${' (write ${name} inside a string)"));
            break;
        }
        const std::string name = s.substr(p + 2, close - p - 2);
        if (!isIdentifier(name))
            ok = error(at(columnOf(p)), EMSG("'${%1}' is not a parameter name", name));
        else if (!findParam(name))
            ok = error(at(columnOf(p)),
                       withParamSuggestion(EMSG("unknown parameter '${%1}'", name), name));
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
            ok = error(at(columnOf(p)), EMSG("'%' starts a run-time substitution; write %% for a "
                                             "'%' (substitutions: %pid, %ppid, %label, %child, "
                                             "%status, %count(SIG), %var(NAME))"));
            continue;
        }
        if (known == substitutionNames().end()) {
            ok = error(at(columnOf(p)),
                       EMSG("unknown substitution '%%1' (substitutions: %pid, %ppid, %label, "
                            "%child, %status, %count(SIG), %var(NAME), or %% for a '%')",
                            name));
            continue;
        }
        if (name != "count" && name != "var")
            continue;
        const std::size_t close = s.find(')', e);
        if (e >= s.size() || s[e] != '(' || close == std::string::npos) {
            ok = error(at(columnOf(p)), EMSG("'%%1' needs a name in parentheses: %%2", name,
                                             name + (name == "count" ? "(SIGUSR1)" : "(NAME)")));
            continue;
        }
        const std::string inner = s.substr(e + 1, close - e - 1);
        if (name == "count") {
            if (!signalNumber(inner))
                ok = error(at(columnOf(e + 1)),
                           withSuggestion(EMSG("unknown signal '%1' in %count(...)", inner),
                                          closestName(inner, signalNames())));
        } else {
            const ScopeStack::Entry *v = m_scopes.find(inner);
            if (!v || v->kind != HandleKind::Var)
                ok = error(at(columnOf(e + 1)),
                           EMSG("unknown variable '%1' in %var(...): set it first with "
                                "'read ... into %1' or 'mem_read ... into %1'",
                                inner));
        }
        p = close;
    }
    return ok;
}

bool Parser::checkHandle(const ArgSpec &spec, const Token &tok, std::vector<HandleKind> kinds)
{
    if (tok.kind != Token::Kind::Word)
        return error(tok, expectedFound(spec, tok));
    const ScopeStack::Entry *e = m_scopes.find(tok.text);
    if (e && std::find(kinds.begin(), kinds.end(), e->kind) != kinds.end())
        return true;
    if (e)
        return error(tok,
                     EMSG("'%1' is %2, not %3", tok.text, handleKindNoun(e->kind), slotNoun(spec)));
    std::vector<std::string> names;
    for (HandleKind k : kinds) {
        for (std::string &n : m_scopes.visibleNames(k))
            names.push_back(std::move(n));
    }
    std::vector<std::string_view> views(names.begin(), names.end());
    return error(tok, withSuggestion(EMSG("'%1' is not defined before this line in this process "
                                          "(expected %2)",
                                          tok.text, slotNoun(spec)),
                                     closestName(tok.text, views)));
}

bool Parser::checkFd(const ArgSpec &spec, const Token &tok, bool allowShm)
{
    if (tok.kind == Token::Kind::Int) {
        if (tok.number < 0 || tok.number > 1023)
            return error(tok, EMSG("descriptor %1 is out of range (0 to 1023)", tok.text));
        return true;
    }
    if (tok.kind == Token::Kind::ParamRef)
        return checkParamRef(spec, tok);
    if (tok.kind != Token::Kind::Word)
        return error(tok, expectedFound(spec, tok));
    const std::string &w = tok.text;
    if (w.size() > 2 && (w.ends_with(".r") || w.ends_with(".w"))) {
        const std::string base = w.substr(0, w.size() - 2);
        const ScopeStack::Entry *e = m_scopes.find(base);
        if (!e) {
            std::vector<std::string> names = m_scopes.visibleNames(HandleKind::Pipe);
            std::vector<std::string_view> views(names.begin(), names.end());
            return error(tok,
                         withSuggestion(
                             EMSG("no pipe '%1' is defined before this line in this process", base),
                             closestName(base, views)));
        }
        if (e->kind != HandleKind::Pipe)
            return error(tok, EMSG("'%1' is %2, not a pipe: '.r' and '.w' are the ends of a pipe",
                                   base, handleKindNoun(e->kind)));
        return true;
    }
    const ScopeStack::Entry *e = m_scopes.find(w);
    if (e && e->kind == HandleKind::Pipe)
        return error(tok, EMSG("'%1' is a pipe: use %1.r or %1.w", w));
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
    const Message expected = expectedFound(spec, tok);

    switch (spec.slot) {
    case Slot::Int:
        if (tok.kind == Token::Kind::ParamRef)
            return checkParamRef(spec, tok);
        if (tok.kind != Token::Kind::Int)
            return error(tok, expected);
        if (tok.number < spec.min || tok.number > spec.max)
            return error(tok,
                         EMSG("out of range: %1 must be %2, not %3", Message::fragment(spec.what),
                              rangeText(spec.min, spec.max), tok.text));
        return true;
    case Slot::Text:
        if (tok.kind == Token::Kind::ParamRef)
            return checkParamRef(spec, tok);
        if (tok.kind != Token::Kind::String)
            return error(tok, tok.kind == Token::Kind::Word
                                  ? EMSG("%1 (put text in double quotes)", expected)
                                  : expected);
        return checkText(op, tok);
    case Slot::Path: {
        if (tok.kind == Token::Kind::ParamRef)
            return error(tok, EMSG("a path cannot come from a parameter; write it as a string"));
        if (tok.kind != Token::Kind::String)
            return error(tok, expected);
        const std::string &p = tok.text;
        if (p.find("${") != std::string::npos)
            return error(tok, EMSG("a path cannot use parameters"));
        if (p.empty())
            return error(tok, EMSG("the path is empty"));
        if (p.size() > 200)
            return error(tok, EMSG("the path is longer than 200 bytes"));
        if (p.find('\0') != std::string::npos)
            return error(tok, EMSG("a path cannot contain \\0"));
        if (p.front() == '/')
            return error(tok, EMSG("absolute paths are refused: use a path relative to the run "
                                   "directory, such as \"myfifo\""));
        std::size_t from = 0;
        while (from <= p.size()) {
            const std::size_t slash = p.find('/', from);
            const std::string part =
                p.substr(from, slash == std::string::npos ? p.npos : slash - from);
            if (part == "..")
                return error(tok, EMSG("'..' is refused in paths: stay inside the run directory"));
            if (slash == std::string::npos)
                break;
            from = slash + 1;
        }
        return true;
    }
    case Slot::IpcName: {
        if (tok.kind == Token::Kind::ParamRef)
            return error(tok, EMSG("a name cannot come from a parameter; write it as a string"));
        if (tok.kind != Token::Kind::String)
            return error(tok, expected);
        const std::string &n = tok.text;
        if (n.find("${") != std::string::npos)
            return error(tok, EMSG("a shm or semaphore name cannot use parameters"));
        if (n.empty() || n.front() != '/')
            return error(tok, EMSG("a shm or semaphore name must start with '/', as in \"/AOS\""));
        if (n.size() == 1)
            return error(tok, EMSG("the name needs at least one character after '/'"));
        if (n.find('/', 1) != std::string::npos)
            return error(tok, EMSG("a shm or semaphore name cannot contain another '/'"));
        if (n.size() > 200)
            return error(tok, EMSG("the name is longer than 200 bytes"));
        if (n.find('\0') != std::string::npos)
            return error(tok, EMSG("a name cannot contain \\0"));
        return true;
    }
    case Slot::NewName:
        if (tok.kind != Token::Kind::Word)
            return error(tok, expected);
        if (!isIdentifier(tok.text))
            return error(tok, EMSG("'%1' is not a valid name (letters, digits and '_', not "
                                   "starting with a digit)",
                                   tok.text));
        if (tok.text == "parent" || tok.text == "self")
            return error(tok, EMSG("'%1' is reserved: choose another name", tok.text));
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
            return error(tok, EMSG("'%1' is %2, not a process", tok.text, handleKindNoun(e->kind)));
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
                return error(tok, EMSG("unknown signal '%1' (write 'SIG%1')", tok.text));
            return error(tok, withSuggestion(EMSG("unknown signal '%1'", tok.text),
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
            return error(tok,
                         EMSG("'%1' is %2, not a variable", tok.text, handleKindNoun(e->kind)));
        return error(tok, EMSG("unknown variable '%1': set it first with 'mem_read ... into %1' or "
                               "'read ... into %1'",
                               tok.text));
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
              EMSG("'%1' needs a block: end the line with '{'", m_pendingBrace->opener));
        m_pendingBrace.reset();
    }
    for (auto f = m_frames.rbegin(); f != m_frames.rend(); ++f) {
        error(f->openedAt,
              EMSG("the block of '%1' opened here is never closed (missing '}')", f->opener));
    }
    for (const LabelUse &use : m_labelUses) {
        if (m_rootLines.count(use.root))
            continue;
        std::vector<std::string_view> roots;
        for (const auto &[label, line] : m_rootLines)
            roots.push_back(label);
        error(use.loc, withSuggestion(EMSG("unknown process '%1': not a fork NAME defined earlier "
                                           "in this process, nor a process label",
                                           use.label),
                                      closestName(use.root, roots)));
    }
    if (!m_sawProcess)
        error(SourceLoc{std::max(1, m_line), 1},
              EMSG("no 'process' block: a scenario needs at least one process"));
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
