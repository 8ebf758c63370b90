#include "protocol/record.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

namespace ipcviz::protocol {

// Everything here is async-signal-safe: no allocation, no locale, no state;
// memcpy is async-signal-safe (POSIX.1-2016) and std::to_chars uses neither
// locale nor allocation.
namespace {
// Room kept for closing brackets, so a record that ran out of space still ends
// as valid JSON.
constexpr std::size_t kCloseReserve = 8;

// Printable ASCII that stands for itself inside a JSON string.
constexpr bool isPlain(unsigned char c)
{
    return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
}

constexpr bool isUtf8Continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// Whether `second` may follow the lead byte `lead` (RFC 3629): no overlong
// forms (E0 80-9F, F0 80-8F), no surrogates (ED A0-BF), nothing above
// U+10FFFF (F4 90-BF); otherwise any continuation byte.
constexpr bool secondByteFits(unsigned char lead, unsigned char second)
{
    switch (lead) {
    case 0xE0:
        return second >= 0xA0 && second <= 0xBF;
    case 0xED:
        return second >= 0x80 && second <= 0x9F;
    case 0xF0:
        return second >= 0x90 && second <= 0xBF;
    case 0xF4:
        return second >= 0x80 && second <= 0x8F;
    default:
        return isUtf8Continuation(second);
    }
}

// Whether `s` is `word`: a compare of known length, inlined (the head is noted
// on every field, so no call to memcmp for it).
template <std::size_t N> bool is(std::string_view s, const char (&word)[N])
{
    return s.size() == N - 1 && std::memcmp(s.data(), word, N - 1) == 0;
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
    if (i + n > s.size() || !secondByteFits(c, static_cast<unsigned char>(s[i + 1])))
        return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (!isUtf8Continuation(static_cast<unsigned char>(s[i + k])))
            return 0;
    return n;
}

// What a byte is inside a JSON string: itself, a two-character escape, \u00XX,
// or the lead byte of a UTF-8 sequence of 2, 3 or 4 bytes (a lead byte whose
// sequence is incomplete or cut by the limit is \u00XX too).
enum ByteClass : unsigned char { kPlain, kShort, kHex, kLead2, kLead3, kLead4 };

constexpr std::array<ByteClass, 256> kClass = [] {
    std::array<ByteClass, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const auto u = static_cast<unsigned char>(c);
        if (isPlain(u))
            t[u] = kPlain;
        else if (u == '"' || u == '\\' || u == '\n' || u == '\t' || u == '\r')
            t[u] = kShort;
        else if (u >= 0xC2 && u <= 0xDF)
            t[u] = kLead2;
        else if (u >= 0xE0 && u <= 0xEF)
            t[u] = kLead3;
        else if (u >= 0xF0 && u <= 0xF4)
            t[u] = kLead4;
        else
            t[u] = kHex;
    }
    return t;
}();

// The second character of a two-character escape.
constexpr std::array<char, 256> kShortEscape = [] {
    std::array<char, 256> t{};
    t['"'] = '"';
    t['\\'] = '\\';
    t['\n'] = 'n';
    t['\t'] = 't';
    t['\r'] = 'r';
    return t;
}();

// At most 6 bytes out for every byte in (\u00XX).
constexpr std::size_t kMaxEscaped = 6;
constexpr std::string_view kTruncated = ",\"truncated\":true";

// True when none of the bytes in `w` (4 or 8 of them) needs escaping: none is
// below 0x20, above 0x7E, '"' or '\\'. (Exact for "any byte": the borrows
// these tricks leak only reach bytes above one that already matched.)
template <typename Word> constexpr bool allPlain(Word w)
{
    constexpr Word ones = static_cast<Word>(0x0101010101010101ull);
    constexpr Word high = static_cast<Word>(0x8080808080808080ull);
    const Word below20 = (w - ones * 0x20) & ~w;
    const Word above7e = (w + ones) | w;
    const Word quote = w ^ (ones * '"');
    const Word backslash = w ^ (ones * '\\');
    const Word isQuote = (quote - ones) & ~quote;
    const Word isBackslash = (backslash - ones) & ~backslash;
    return ((below20 | above7e | isQuote | isBackslash) & high) == 0;
}

template <typename Word> Word load(const unsigned char *p)
{
    Word w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

// Copies a piece; a short one (a key, a label) without a call to memcpy.
[[gnu::always_inline]] inline char *copy(char *out, std::string_view s)
{
    const char *p = s.data();
    const std::size_t n = s.size();
    if (n >= 8 && n <= 16) {
        std::uint64_t a, b;
        std::memcpy(&a, p, 8);
        std::memcpy(&b, p + n - 8, 8);
        std::memcpy(out, &a, 8);
        std::memcpy(out + n - 8, &b, 8);
    } else if (n >= 4 && n < 8) {
        std::uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        std::memcpy(out, &a, 4);
        std::memcpy(out + n - 4, &b, 4);
    } else if (n > 16) {
        std::memcpy(out, p, n);
    } else {
        for (std::size_t i = 0; i < n; ++i)
            out[i] = p[i];
    }
    return out + n;
}

// Writes `value` in decimal at `out`, using at most `room` bytes; nullptr when
// they are too few. (std::to_chars: no locale, no allocation.)
char *putNumber(char *out, std::size_t room, std::int64_t value)
{
    constexpr std::size_t kMaxDigits = 20; // -9223372036854775808
    const auto [end, ec] = std::to_chars(out, out + std::min(room, kMaxDigits), value);
    return ec == std::errc() ? end : nullptr;
}

// Writes the inside of a JSON string for s[0, n) at `out` and returns where it
// ended; a UTF-8 sequence must end within n to pass as it is. With `Checked`,
// returns nullptr as soon as the next piece would go past `end`; without, the
// caller has made sure that kMaxEscaped * n bytes fit.
template <bool Checked>
char *escape(char *out, const char *end, const unsigned char *s, std::size_t n)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::size_t i = 0;
    // Short texts (labels, kinds, object names) that need no escaping: two
    // overlapping words cover them.
    if (n >= 4 && n < 8 && allPlain(load<std::uint32_t>(s)) &&
        allPlain(load<std::uint32_t>(s + n - 4))) {
        if (Checked && static_cast<std::size_t>(end - out) < n)
            return nullptr;
        return copy(out, std::string_view(reinterpret_cast<const char *>(s), n));
    }
    for (;;) {
        // Runs of bytes that need no escaping: 8 at a time, then one by one
        // up to the next byte that does.
        for (std::uint64_t w; i + 8 <= n; i += 8) {
            w = load<std::uint64_t>(s + i);
            if (!allPlain(w))
                break;
            if (Checked && end - out < 8)
                return nullptr;
            std::memcpy(out, &w, 8);
            out += 8;
        }
        if (i + 8 > n && n >= 8 && i < n) {
            // Fewer than 8 left: when the last 8 bytes need no escaping, the
            // ones of them already written went out as they are, so the last
            // 8 go in as one word over them.
            const auto w = load<std::uint64_t>(s + n - 8);
            if (allPlain(w)) {
                if (Checked && static_cast<std::size_t>(end - out) < n - i)
                    return nullptr;
                out += n - i;
                std::memcpy(out - 8, &w, 8);
                return out;
            }
        }
        for (; i < n && kClass[s[i]] == kPlain; ++i) {
            if (Checked && out == end)
                return nullptr;
            *out++ = static_cast<char>(s[i]);
        }
        if (i == n)
            return out;
        const unsigned char c = s[i];
        const ByteClass k = kClass[c];
        if (k == kShort) {
            if (Checked && end - out < 2)
                return nullptr;
            out[0] = '\\';
            out[1] = kShortEscape[c];
            out += 2;
            ++i;
            continue;
        }
        if (k != kHex) {
            const std::size_t len = k == kLead2 ? 2 : k == kLead3 ? 3 : 4;
            bool whole = i + len <= n && secondByteFits(c, s[i + 1]);
            for (std::size_t j = 2; whole && j < len; ++j)
                whole = isUtf8Continuation(s[i + j]);
            if (whole) {
                if (Checked && static_cast<std::size_t>(end - out) < len)
                    return nullptr;
                for (std::size_t j = 0; j < len; ++j)
                    out[j] = static_cast<char>(s[i + j]);
                out += len;
                i += len;
                continue;
            }
        }
        // Control characters and bytes that are not valid UTF-8: \u00XX keeps
        // the line valid JSON and shows the byte value.
        if (Checked && end - out < 6)
            return nullptr;
        std::memcpy(out, "\\u00", 4);
        out[4] = hex[c >> 4];
        out[5] = hex[c & 0xF];
        out += 6;
        ++i;
    }
}

// Escapes s[0, n) at `out`, checking against `end` only when the worst case
// might not fit; nullptr when it does not fit.
char *escapeWithin(char *out, const char *end, std::string_view s, std::size_t n)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(s.data());
    if (static_cast<std::size_t>(end - out) / kMaxEscaped >= n)
        return escape<false>(out, end, bytes, n);
    if (static_cast<std::size_t>(end - out) < n)
        return nullptr; // even unescaped it would not fit
    return escape<true>(out, end, bytes, n);
}
} // namespace

Record::Record()
{
    m_buf[m_len++] = '{';
}

// What a field may still take: up to the limit less the close reserve.
std::size_t Record::room() const
{
    return m_limit >= m_len + kCloseReserve ? m_limit - kCloseReserve - m_len : 0;
}

std::size_t Record::keySize(std::string_view k) const
{
    return (m_first ? 0 : 1) + k.size() + 3; // [,]"key":
}

[[gnu::always_inline]] inline char *Record::putKey(char *out, std::string_view k) const
{
    if (!m_first)
        *out++ = ',';
    *out++ = '"';
    out = copy(out, k);
    *out++ = '"';
    *out++ = ':';
    return out;
}

// A field that fits is written whole, up to `end`.
Record &Record::commit(char *end)
{
    m_len = static_cast<std::size_t>(end - m_buf);
    m_first = false;
    return *this;
}

// A field that does not fit is left out whole, and so is every later one: once
// set, m_overflow stays (beginArray aside), so the record says less, never
// something out of order.
Record &Record::overflow()
{
    m_overflow = true;
    return *this;
}

Record &Record::number(std::string_view k, std::int64_t value)
{
    if (m_overflow)
        return *this;
    const std::size_t room = this->room();
    const std::size_t key = keySize(k);
    if (key > room)
        return overflow();
    char *out = putNumber(putKey(m_buf + m_len, k), room - key, value);
    if (!out)
        return overflow();
    return commit(out);
}

Record &Record::field(std::string_view k, std::string_view text)
{
    return quoted(k, text, text.size(), false);
}

Record &Record::flag(std::string_view k, bool value)
{
    if (m_overflow)
        return *this;
    const std::string_view word = value ? "true" : "false";
    if (keySize(k) + word.size() > room())
        return overflow();
    return commit(copy(putKey(m_buf + m_len, k), word));
}

Record &Record::preview(std::string_view k, std::string_view bytes, std::size_t limit)
{
    return quoted(k, bytes, limit, true);
}

// `"key":"escaped"` of at most `limit` bytes of `s`, and for a preview that cut
// them, `,"truncated":true`.
Record &Record::quoted(std::string_view k, std::string_view s, std::size_t limit, bool preview)
{
    if (m_overflow)
        return *this;
    const std::size_t n = std::min(s.size(), limit);
    const std::string_view suffix = preview && n < s.size() ? kTruncated : std::string_view();
    const std::size_t fixed = keySize(k) + 2 + suffix.size();
    const std::size_t room = this->room();
    if (fixed > room)
        return overflow();
    char *out = putKey(m_buf + m_len, k);
    *out++ = '"';
    // Leave room for what comes after the text.
    const char *end = m_buf + m_len + room - 1 - suffix.size();
    out = escapeWithin(out, end, s, n);
    if (!out)
        return overflow();
    *out++ = '"';
    return commit(copy(out, suffix));
}

Record &Record::pid(std::int32_t value)
{
    number("pid", value);
    if (!m_overflow)
        m_head.pid = value;
    return *this;
}

Record &Record::kind(std::string_view value)
{
    const std::size_t at = m_len + keySize("kind") + 1; // after the opening quote
    field("kind", value);
    const std::size_t textEnd = m_len - 1; // the closing quote
    if (!m_overflow && at <= 0xffff && textEnd - at <= 0xff) {
        m_head.kindAt = static_cast<std::uint16_t>(at);
        m_head.kindSize = static_cast<std::uint8_t>(textEnd - at);
    }
    return *this;
}

Record &Record::phase(std::string_view value)
{
    field("phase", value);
    if (!m_overflow)
        m_head.phase = is(value, "begin") ? RecordHead::kBegin
                       : is(value, "end") ? RecordHead::kEnd
                                          : RecordHead::kNoPhase;
    return *this;
}

Record &Record::raw(std::string_view k, std::string_view json)
{
    if (m_overflow)
        return *this;
    if (keySize(k) + json.size() > room())
        return overflow();
    char *out = putKey(m_buf + m_len, k);
    std::memcpy(out, json.data(), json.size());
    return commit(out + json.size());
}

Record &Record::beginArray(std::string_view k)
{
    if (keySize(k) + 1 > room()) {
        // No room even for the key: leave the whole array out, so the line
        // stays valid JSON (a cut key would not be).
        m_arrayDropped = true;
        return overflow();
    }
    // An array opened after an overflow keeps its brackets, but no item goes
    // in (m_overflow stays).
    char *out = putKey(m_buf + m_len, k);
    *out++ = '[';
    m_inArray = true;
    m_firstItem = true;
    return commit(out);
}

Record &Record::item(std::int64_t value)
{
    if (m_arrayDropped || m_overflow)
        return *this;
    const std::size_t room = this->room();
    const std::size_t comma = m_firstItem ? 0 : 1;
    if (comma > room)
        return overflow();
    char *out = m_buf + m_len;
    if (!m_firstItem)
        *out++ = ',';
    out = putNumber(out, room - comma, value);
    if (!out)
        return overflow();
    m_len = static_cast<std::size_t>(out - m_buf);
    m_firstItem = false;
    return *this;
}

Record &Record::item(std::string_view text)
{
    if (m_arrayDropped || m_overflow)
        return *this;
    const std::size_t room = this->room();
    const std::size_t fixed = (m_firstItem ? 0 : 1) + 2;
    if (fixed > room)
        return overflow();
    char *out = m_buf + m_len;
    if (!m_firstItem)
        *out++ = ',';
    *out++ = '"';
    out = escapeWithin(out, m_buf + m_len + room - 1, text, std::min(text.size(), kPreviewBytes));
    if (!out)
        return overflow();
    *out++ = '"';
    m_len = static_cast<std::size_t>(out - m_buf);
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
