#include "scenario/lexer.h"

#include <limits>

namespace ipcviz::scenario {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

bool isIdentStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isIdentChar(char c)
{
    return isIdentStart(c) || isDigit(c);
}

// Characters that end a word (besides blanks).
bool isDelimiter(char c)
{
    return isBlank(c) || c == '"' || c == '{' || c == '}' || c == '#';
}

bool isControl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t') || u == 0x7f;
}

/// Walks a line byte by byte while keeping the character column.
class Cursor {
public:
    explicit Cursor(std::string_view line) : m_line(line) {}

    bool atEnd() const { return m_pos >= m_line.size(); }
    char peek(std::size_t ahead = 0) const
    {
        return m_pos + ahead < m_line.size() ? m_line[m_pos + ahead] : '\0';
    }
    std::size_t pos() const { return m_pos; }
    int column() const { return m_column; }
    void advance()
    {
        ++m_pos;
        // A UTF-8 continuation byte does not start a new character.
        while (m_pos < m_line.size() && (static_cast<unsigned char>(m_line[m_pos]) & 0xC0) == 0x80)
            ++m_pos;
        ++m_column;
    }
    std::string_view slice(std::size_t from) const { return m_line.substr(from, m_pos - from); }

private:
    std::string_view m_line;
    std::size_t m_pos = 0;
    int m_column = 1;
};

// Parses `-?(0x[0-9a-fA-F]+|[0-9]+)`; a leading 0 means octal. Returns false with a
// message when the text looks like an integer but is not a valid one.
std::optional<bool> parseInteger(std::string_view text, std::int64_t &value,
                                 protocol::Message &error)
{
    std::string_view digits = text;
    const bool negative = !digits.empty() && digits.front() == '-';
    if (negative)
        digits.remove_prefix(1);
    if (digits.empty() || !isDigit(digits.front()))
        return std::nullopt; // not an integer at all: a word
    int base = 10;
    if (digits.size() > 1 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X')) {
        base = 16;
        digits.remove_prefix(2);
        if (digits.empty())
            return std::nullopt;
        for (char c : digits) {
            if (!isHexDigit(c))
                return std::nullopt;
        }
    } else {
        for (char c : digits) {
            if (!isDigit(c))
                return std::nullopt;
        }
        if (digits.size() > 1 && digits[0] == '0') {
            base = 8;
            for (char c : digits) {
                if (c > '7') {
                    error = EMSG("'%1' is not an octal integer (a leading 0 means octal)", text);
                    return false;
                }
            }
        }
    }
    // Accumulate as a negative number so that INT64_MIN fits.
    std::int64_t acc = 0;
    const std::int64_t limit = std::numeric_limits<std::int64_t>::min();
    for (char c : digits) {
        const int d = hexValue(c);
        if (acc < (limit + d) / base) {
            error = EMSG("integer '%1' is out of range", text);
            return false;
        }
        acc = acc * base - d;
    }
    if (!negative) {
        if (acc == limit) {
            error = EMSG("integer '%1' is out of range", text);
            return false;
        }
        acc = -acc;
    }
    value = acc;
    return true;
}

} // namespace

bool isValidUtf8(std::string_view text, std::size_t *badOffset)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1Fu;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0Fu;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07u;
        } else {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        if (i + extra >= text.size()) {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + k]);
            if ((cc & 0xC0) != 0x80) {
                if (badOffset)
                    *badOffset = i;
                return false;
            }
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        // Overlong forms, surrogates and code points beyond U+10FFFF are not UTF-8.
        const bool overlong =
            (extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
        if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        i += extra + 1;
    }
    return true;
}

bool isIdentifier(std::string_view text)
{
    if (text.empty() || !isIdentStart(text.front()))
        return false;
    for (char c : text) {
        if (!isIdentChar(c))
            return false;
    }
    return true;
}

LexedLine lexLine(std::string_view line)
{
    LexedLine out;
    auto fail = [&out](int column, protocol::Message message) {
        out.error = LexError{column, std::move(message)};
        return out;
    };

    std::size_t bad = 0;
    if (!isValidUtf8(line, &bad)) {
        int column = 1;
        for (std::size_t i = 0; i < bad; ++i) {
            if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80)
                ++column;
        }
        return fail(column, EMSG("invalid UTF-8"));
    }

    Cursor cur(line);
    while (true) {
        while (!cur.atEnd() && isBlank(cur.peek()))
            cur.advance();
        if (cur.atEnd() || cur.peek() == '#')
            break;
        const char c = cur.peek();
        const int column = cur.column();
        Token tok;
        tok.column = column;
        if (isControl(c))
            return fail(column, EMSG("unexpected control character"));
        if (c == '{' || c == '}') {
            tok.kind = c == '{' ? Token::Kind::LBrace : Token::Kind::RBrace;
            tok.text = std::string(1, c);
            cur.advance();
        } else if (c == '"') {
            tok.kind = Token::Kind::String;
            cur.advance();
            bool closed = false;
            while (!cur.atEnd()) {
                const char s = cur.peek();
                const int sColumn = cur.column();
                if (s == '"') {
                    cur.advance();
                    closed = true;
                    break;
                }
                if (isControl(s))
                    return fail(sColumn,
                                EMSG("control character in a string (write it as an escape)"));
                if (s != '\\') {
                    const std::size_t from = cur.pos();
                    cur.advance();
                    for (char b : cur.slice(from)) {
                        tok.text += b;
                        tok.columns.push_back(sColumn);
                    }
                    continue;
                }
                cur.advance();
                const char e = cur.peek();
                char decoded = 0;
                switch (e) {
                case 'n':
                    decoded = '\n';
                    break;
                case 't':
                    decoded = '\t';
                    break;
                case 'r':
                    decoded = '\r';
                    break;
                case '\\':
                    decoded = '\\';
                    break;
                case '"':
                    decoded = '"';
                    break;
                case '0':
                    decoded = '\0';
                    break;
                case 'x':
                    if (!isHexDigit(cur.peek(1)) || !isHexDigit(cur.peek(2)))
                        return fail(sColumn,
                                    EMSG("'\\x' needs two hexadecimal digits (\\x00 to \\xFF)"));
                    decoded = static_cast<char>(hexValue(cur.peek(1)) * 16 + hexValue(cur.peek(2)));
                    cur.advance();
                    cur.advance();
                    break;
                default:
                    if (cur.atEnd())
                        return fail(column, EMSG("unterminated string (missing closing '\"')"));
                    return fail(
                        sColumn,
                        EMSG("unknown escape '\\%1' (use \\n \\t \\r \\\\ \\\" \\0 or \\xHH)",
                             std::string(1, e)));
                }
                cur.advance();
                tok.text += decoded;
                tok.columns.push_back(sColumn);
            }
            if (!closed)
                return fail(column, EMSG("unterminated string (missing closing '\"')"));
            if (!cur.atEnd() && !isDelimiter(cur.peek()))
                return fail(cur.column(), EMSG("missing blank after a string"));
        } else if (c == '$') {
            cur.advance();
            const std::size_t from = cur.pos();
            if (cur.peek() == '{')
                return fail(column, EMSG("'${name}' is for use inside strings; write $name"));
            while (!cur.atEnd() && !isDelimiter(cur.peek()))
                cur.advance();
            const std::string_view name = cur.slice(from);
            if (!isIdentifier(name))
                return fail(column, EMSG("'$' must be followed by a parameter name"));
            tok.kind = Token::Kind::ParamRef;
            tok.text = std::string(name);
        } else {
            const std::size_t from = cur.pos();
            while (!cur.atEnd() && !isDelimiter(cur.peek())) {
                if (isControl(cur.peek()))
                    return fail(cur.column(), EMSG("unexpected control character"));
                cur.advance();
            }
            tok.text = std::string(cur.slice(from));
            protocol::Message error;
            const std::optional<bool> isInt = parseInteger(tok.text, tok.number, error);
            if (isInt && !*isInt)
                return fail(column, error);
            tok.kind = isInt ? Token::Kind::Int : Token::Kind::Word;
            if (!cur.atEnd() && cur.peek() == '"')
                return fail(cur.column(), EMSG("missing blank before a string"));
        }
        out.tokens.push_back(std::move(tok));
        out.endColumn = cur.column();
    }
    return out;
}

} // namespace ipcviz::scenario
