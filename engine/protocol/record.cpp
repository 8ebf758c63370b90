#include "protocol/record.h"

#include <algorithm>
#include <cstring>

namespace ipcviz::protocol {

namespace {
// Room kept for closing brackets, so a record that ran out of space still ends
// as valid JSON.
constexpr std::size_t kCloseReserve = 8;

// Printable ASCII that stands for itself inside a JSON string.
bool isPlain(unsigned char c)
{
    return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
}

bool isUtf8Continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// Length of the valid UTF-8 sequence starting at s[i], or 0 if invalid.
std::size_t utf8Length(std::string_view s, std::size_t i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4;
    else
        return 0;
    if (i + n > s.size())
        return 0;
    for (std::size_t k = 1; k < n; ++k)
        if (!isUtf8Continuation(static_cast<unsigned char>(s[i + k])))
            return 0;
    return n;
}
} // namespace

Record::Record()
{
    put('{');
}

void Record::put(char c)
{
    if (m_len + 1 + kCloseReserve > m_limit) {
        m_overflow = true;
        return;
    }
    m_buf[m_len++] = c;
}

void Record::put(std::string_view s)
{
    if (m_len + s.size() + kCloseReserve <= m_limit) {
        // memcpy is async-signal-safe (POSIX.1-2016), so the handler may use this.
        std::memcpy(m_buf + m_len, s.data(), s.size());
        m_len += s.size();
        return;
    }
    // Does not fit: as much as fits, then the overflow mark, as char by char.
    for (char c : s)
        put(c);
}

void Record::putNumber(std::int64_t v)
{
    char tmp[24];
    int n = 0;
    // Work in unsigned to handle INT64_MIN.
    std::uint64_t u = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    do {
        tmp[n++] = static_cast<char>('0' + u % 10);
        u /= 10;
    } while (u != 0);
    if (v < 0)
        tmp[n++] = '-';
    std::reverse(tmp, tmp + n);
    put(std::string_view(tmp, static_cast<std::size_t>(n)));
}

void Record::putEscaped(std::string_view s, std::size_t limit, bool *cut)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::size_t i = 0;
    const std::size_t stop = std::min(s.size(), limit);
    for (; i < stop; ++i) {
        // A run of bytes that need no escaping goes in with one copy.
        std::size_t j = i;
        while (j < stop && isPlain(static_cast<unsigned char>(s[j])))
            ++j;
        if (j > i) {
            put(s.substr(i, j - i));
            i = j - 1;
            continue;
        }
        const auto c = static_cast<unsigned char>(s[i]);
        switch (c) {
        case '"':
            put("\\\"");
            continue;
        case '\\':
            put("\\\\");
            continue;
        case '\n':
            put("\\n");
            continue;
        case '\t':
            put("\\t");
            continue;
        case '\r':
            put("\\r");
            continue;
        default:
            break;
        }
        if (c >= 0x20 && c < 0x7F) {
            put(static_cast<char>(c));
            continue;
        }
        if (c >= 0x80) {
            const std::size_t n = utf8Length(s, i);
            if (n != 0 && i + n <= limit) {
                put(s.substr(i, n));
                i += n - 1;
                continue;
            }
        }
        // Control characters and bytes that are not valid UTF-8: \u00XX keeps
        // the line valid JSON and shows the byte value.
        put("\\u00");
        put(hex[c >> 4]);
        put(hex[c & 0xF]);
    }
    if (cut)
        *cut = i < s.size();
}

void Record::key(std::string_view k)
{
    if (!m_first)
        put(',');
    m_first = false;
    put('"');
    put(k);
    put("\":");
}

Record &Record::number(std::string_view k, std::int64_t value)
{
    const auto mark = m_len;
    const bool first = m_first;
    key(k);
    putNumber(value);
    if (m_overflow) {
        m_len = mark;
        m_first = first;
    }
    return *this;
}

Record &Record::field(std::string_view k, std::string_view text)
{
    const auto mark = m_len;
    const bool first = m_first;
    key(k);
    put('"');
    putEscaped(text, text.size(), nullptr);
    put('"');
    if (m_overflow) {
        m_len = mark;
        m_first = first;
    }
    return *this;
}

Record &Record::flag(std::string_view k, bool value)
{
    const auto mark = m_len;
    const bool first = m_first;
    key(k);
    put(value ? "true" : "false");
    if (m_overflow) {
        m_len = mark;
        m_first = first;
    }
    return *this;
}

Record &Record::preview(std::string_view k, std::string_view bytes, std::size_t limit)
{
    const auto mark = m_len;
    const bool first = m_first;
    bool cut = false;
    key(k);
    put('"');
    putEscaped(bytes, limit, &cut);
    put('"');
    if (cut)
        put(",\"truncated\":true");
    if (m_overflow) {
        m_len = mark;
        m_first = first;
    }
    return *this;
}

Record &Record::raw(std::string_view k, std::string_view json)
{
    const auto mark = m_len;
    const bool first = m_first;
    key(k);
    put(json);
    if (m_overflow) {
        m_len = mark;
        m_first = first;
    }
    return *this;
}

Record &Record::beginArray(std::string_view k)
{
    const auto mark = m_len;
    const bool first = m_first;
    const bool overflowBefore = m_overflow;
    m_overflow = false;
    key(k);
    put('[');
    if (m_overflow) {
        // No room even for the key: leave the whole array out, so the line
        // stays valid JSON (a cut key would not be).
        m_len = mark;
        m_first = first;
        m_arrayDropped = true;
    } else {
        m_inArray = true;
        m_firstItem = true;
    }
    m_overflow = m_overflow || overflowBefore;
    return *this;
}

Record &Record::item(std::int64_t value)
{
    if (m_arrayDropped)
        return *this;
    const auto mark = m_len;
    if (!m_firstItem)
        put(',');
    putNumber(value);
    if (m_overflow)
        m_len = mark;
    else
        m_firstItem = false;
    return *this;
}

Record &Record::item(std::string_view text)
{
    if (m_arrayDropped)
        return *this;
    const auto mark = m_len;
    if (!m_firstItem)
        put(',');
    put('"');
    putEscaped(text, kPreviewBytes, nullptr);
    put('"');
    if (m_overflow)
        m_len = mark;
    else
        m_firstItem = false;
    return *this;
}

Record &Record::endArray()
{
    if (m_arrayDropped) {
        m_arrayDropped = false;
        return *this;
    }
    // The close reserve guarantees room for ']'.
    m_buf[m_len++] = ']';
    m_inArray = false;
    return *this;
}

std::string_view Record::finish()
{
    if (m_inArray)
        endArray();
    m_buf[m_len++] = '}';
    m_buf[m_len++] = '\n';
    return {m_buf, m_len};
}

void appendJsonEscaped(std::string &out, std::string_view s)
{
    static constexpr char hex[] = "0123456789abcdef";
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '"')
            out += "\\\"";
        else if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\r')
            out += "\\r";
        else if (c >= 0x20 && c < 0x7F)
            out += static_cast<char>(c);
        else if (c >= 0x80 && utf8Length(s, i) != 0) {
            const auto n = utf8Length(s, i);
            out.append(s.substr(i, n));
            i += n - 1;
        } else {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
}

} // namespace ipcviz::protocol
