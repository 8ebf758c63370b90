#include "protocol/jsonreader.h"

#include <cstdlib>

namespace ipcviz::protocol {

namespace {

constexpr int kMaxDepth = 32;

class Reader {
public:
    explicit Reader(std::string_view s) : m_s(s) {}

    std::optional<JsonObject> object(std::string &error)
    {
        JsonObject out;
        skipSpace();
        if (!eat('{'))
            return fail(error, "expected '{'");
        skipSpace();
        if (eat('}'))
            return finishTop(out, error);
        for (;;) {
            skipSpace();
            std::string key;
            if (!string(key))
                return fail(error, m_why.empty() ? "expected a string key" : m_why);
            skipSpace();
            if (!eat(':'))
                return fail(error, "expected ':'");
            skipSpace();
            JsonValue v;
            if (!value(v, 1))
                return fail(error, m_why.empty() ? "expected a value" : m_why);
            out[key] = std::move(v);
            skipSpace();
            if (eat(','))
                continue;
            if (eat('}'))
                break;
            return fail(error, "expected ',' or '}'");
        }
        return finishTop(out, error);
    }

private:
    std::optional<JsonObject> finishTop(JsonObject &out, std::string &error)
    {
        skipSpace();
        if (m_i != m_s.size())
            return fail(error, "unexpected text after the object");
        return std::move(out);
    }

    std::nullopt_t fail(std::string &error, const std::string &what)
    {
        error = "column " + std::to_string(m_i + 1) + ": " + what;
        return std::nullopt;
    }

    void skipSpace()
    {
        while (m_i < m_s.size() &&
               (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\r' || m_s[m_i] == '\n'))
            ++m_i;
    }
    bool eat(char c)
    {
        if (m_i < m_s.size() && m_s[m_i] == c) {
            ++m_i;
            return true;
        }
        return false;
    }
    bool literal(std::string_view word)
    {
        if (m_s.substr(m_i, word.size()) == word) {
            m_i += word.size();
            return true;
        }
        return false;
    }

    static void appendUtf8(std::string &out, unsigned cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    bool hex4(unsigned &cp)
    {
        if (m_i + 4 > m_s.size())
            return false;
        cp = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = m_s[m_i++];
            cp <<= 4;
            if (c >= '0' && c <= '9')
                cp |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                cp |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                cp |= static_cast<unsigned>(c - 'A' + 10);
            else
                return false;
        }
        return true;
    }

    bool string(std::string &out)
    {
        if (!eat('"'))
            return false;
        while (m_i < m_s.size()) {
            const char c = m_s[m_i++];
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20) {
                m_why = "control character inside a string";
                return false;
            }
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_i >= m_s.size())
                break;
            const char e = m_s[m_i++];
            switch (e) {
            case '"':
            case '\\':
            case '/':
                out += e;
                break;
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'r':
                out += '\r';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(cp)) {
                    m_why = "bad \\u escape";
                    return false;
                }
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned lo = 0;
                    if (!(eat('\\') && eat('u') && hex4(lo) && lo >= 0xDC00 && lo <= 0xDFFF)) {
                        m_why = "bad surrogate pair";
                        return false;
                    }
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                m_why = "bad escape in a string";
                return false;
            }
        }
        m_why = "unterminated string";
        return false;
    }

    bool number(double &out)
    {
        const std::size_t start = m_i;
        eat('-');
        if (m_i >= m_s.size() || !(m_s[m_i] >= '0' && m_s[m_i] <= '9'))
            return false;
        while (m_i < m_s.size() &&
               ((m_s[m_i] >= '0' && m_s[m_i] <= '9') || m_s[m_i] == '.' || m_s[m_i] == 'e' ||
                m_s[m_i] == 'E' || m_s[m_i] == '+' || m_s[m_i] == '-'))
            ++m_i;
        const std::string text(m_s.substr(start, m_i - start));
        char *end = nullptr;
        out = std::strtod(text.c_str(), &end);
        return end == text.c_str() + text.size();
    }

    bool value(JsonValue &v, int depth)
    {
        if (depth > kMaxDepth) {
            m_why = "nested too deeply";
            return false;
        }
        if (m_i >= m_s.size())
            return false;
        const char c = m_s[m_i];
        if (c == '"') {
            v.type = JsonValue::Type::String;
            return string(v.text);
        }
        if (c == '{' || c == '[') {
            const std::size_t start = m_i;
            if (!nested(depth))
                return false;
            v.type = JsonValue::Type::Nested;
            v.text = std::string(m_s.substr(start, m_i - start));
            return true;
        }
        if (literal("true")) {
            v.type = JsonValue::Type::Bool;
            v.boolean = true;
            return true;
        }
        if (literal("false")) {
            v.type = JsonValue::Type::Bool;
            return true;
        }
        if (literal("null"))
            return true;
        v.type = JsonValue::Type::Number;
        return number(v.number);
    }

    bool nested(int depth)
    {
        const char open = m_s[m_i++];
        const char close = open == '{' ? '}' : ']';
        skipSpace();
        if (eat(close))
            return true;
        for (;;) {
            skipSpace();
            if (open == '{') {
                std::string key;
                if (!string(key))
                    return false;
                skipSpace();
                if (!eat(':'))
                    return false;
                skipSpace();
            }
            JsonValue ignored;
            if (!value(ignored, depth + 1))
                return false;
            skipSpace();
            if (eat(','))
                continue;
            return eat(close);
        }
    }

    std::string_view m_s;
    std::size_t m_i = 0;
    std::string m_why;
};

} // namespace

std::optional<JsonObject> parseJsonObject(std::string_view text, std::string &error)
{
    Reader r(text);
    return r.object(error);
}

} // namespace ipcviz::protocol
