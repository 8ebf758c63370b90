#pragma once
// Building one line of the event stream (engine/PROTOCOL.md).
//
// A Record formats a JSON object into a fixed buffer of at most 4096 bytes (the
// protocol's line limit), which a scenario process puts into its event ring
// (interpreter/eventring.h) in one piece. The signal handler uses it too: it
// never allocates, and its number and string formatting is async-signal-safe.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace ipcviz::protocol {

inline constexpr std::size_t kMaxLine = 4096; // including the '\n'
inline constexpr std::size_t kPreviewBytes = 200;
// The supervisor prepends `"seq":N,` to what a process writes; keep room for it.
inline constexpr std::size_t kSeqReserve = 32;

/// What the supervisor needs of every record, handed to it beside the line
/// so that it does not have to parse the JSON: the top-level `pid`, where the
/// `kind` value stands in the line, and the `phase`.
struct RecordHead {
    std::int32_t pid = 0;
    std::uint16_t kindAt = 0; // offset of the kind's text in the line; 0: no kind
    std::uint8_t kindSize = 0;
    std::uint8_t phase = 0; // kNoPhase, kBegin or kEnd
    static constexpr std::uint8_t kNoPhase = 0, kBegin = 1, kEnd = 2;

    std::string_view kind(std::string_view line) const
    {
        return kindAt ? line.substr(kindAt, kindSize) : std::string_view();
    }
};

class Record {
public:
    /// Starts `{` and, when `t`/`pid` are given, the common fields.
    Record();

    Record &number(std::string_view key, std::int64_t value);
    template <typename T>
    requires(std::is_integral_v<T> && !std::is_same_v<T, bool>) Record &field(std::string_view key,
                                                                              T value)
    {
        return number(key, static_cast<std::int64_t>(value));
    }
    Record &field(std::string_view key, std::string_view text);
    Record &field(std::string_view key, const char *text)
    {
        return field(key, std::string_view(text));
    }
    Record &flag(std::string_view key, bool value);
    /// Text preview of `bytes`: at most `limit` bytes, escaped; adds
    /// `"truncated":true` when cut.
    Record &preview(std::string_view key, std::string_view bytes,
                    std::size_t limit = kPreviewBytes);
    /// A value that is already JSON (an array or object built by the caller).
    Record &raw(std::string_view key, std::string_view json);
    /// Opens `"key":[` / closes `]`; items appended with item().
    Record &beginArray(std::string_view key);
    Record &item(std::int64_t value);
    Record &item(std::string_view text);
    Record &endArray();

    /// Closes the object and appends '\n'. Returns the whole line.
    std::string_view finish();
    /// The limit this record must stay under (kMaxLine minus what the writer
    /// adds later).
    void setLimit(std::size_t limit) { m_limit = limit < kMaxLine ? limit : kMaxLine; }
    bool overflowed() const { return m_overflow; }
    /// The fields the supervisor reads without parsing the line: written with
    /// these, they are noted in head() as they go in.
    Record &pid(std::int32_t value);
    Record &kind(std::string_view value); // a plain name, never escaped
    Record &phase(std::string_view value);
    const RecordHead &head() const { return m_head; }

private:
    // Each call checks once whether its whole field fits and then writes it
    // without further checks; only a field that might not fit is written
    // piece by piece against the limit (see record.cpp).
    std::size_t room() const;
    std::size_t keySize(std::string_view k) const;
    char *putKey(char *out, std::string_view k) const;
    Record &commit(char *end);
    Record &overflow();
    Record &quoted(std::string_view k, std::string_view s, std::size_t limit, bool preview);

    char m_buf[kMaxLine];
    std::size_t m_len = 0;
    std::size_t m_limit = kMaxLine - kSeqReserve;
    bool m_first = true;
    bool m_inArray = false;
    bool m_arrayDropped = false;
    bool m_firstItem = true;
    bool m_overflow = false;
    RecordHead m_head;
};

/// Escapes `s` as the inside of a JSON string (no quotes), for code outside the
/// hot path (the supervisor's own records, `end`, `hello`).
void appendJsonEscaped(std::string &out, std::string_view s);

} // namespace ipcviz::protocol
