#pragma once

#include "decodeerror.h"
#include "event.h"
#include "recordparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

/// Incremental decoder of the NDJSON event stream (engine/PROTOCOL.md): feed it
/// bytes as they arrive, in chunks of any size, and take the decoded Events and
/// the DecodeErrors. Partial lines are kept until their newline arrives (or until
/// finish()). Never throws: every damaged line becomes a DecodeError with its line
/// number and the line is skipped, except seq gaps/reversals, which are reported
/// but the event is kept. A `hello` with a protocol newer than 1 is refused: one
/// error, and from then on everything fed is ignored (isRefused()).
/// Linear in the input: a million lines decode in well under a second.
class EventDecoder {
public:
    static constexpr int ProtocolVersion = 1;
    static constexpr qsizetype MaxLineBytes = 4096; // including the '\n'
    static constexpr qsizetype ExcerptBytes = 80;

    EventDecoder() = default;

    /// Appends bytes; decodes every complete line in them.
    void feed(QByteArrayView bytes);
    /// End of input: decodes a last line that has no newline. Further feed()s are
    /// decoded as a continuation (finish() may be called again).
    void finish();
    /// Back to the initial state (new stream).
    void reset();
    /// Room for this many events (a file's size says about how many lines come).
    void reserve(qsizetype events) { m_events.reserve(events); }

    /// A stream cut in two at a line boundary can be decoded by two decoders at
    /// once: this one (reset) decodes the second part, as if a hello had been seen
    /// and its first event followed the first part's last; the first part's decoder
    /// then append()s it.
    void continueStream();
    /// Takes over what @p rest decoded as the continuation of this stream, when that
    /// is exactly what decoding the whole stream here would have given: true. When
    /// not (an error in @p rest, a hello, a seq that does not follow on, this part
    /// not ending where @p rest began), changes nothing and returns false: decode
    /// the second part again with this decoder.
    bool append(EventDecoder &&rest);

    /// Events decoded so far and not yet taken, in stream order; hello and end
    /// records included (kind "hello"/"end").
    EventList takeEvents();
    DecodeErrorList takeErrors();
    bool hasEvents() const { return !m_events.isEmpty(); }
    bool hasErrors() const { return !m_errors.isEmpty(); }

    /// The stream's hello record once seen.
    const std::optional<Event> &hello() const { return m_hello; }
    bool hasSeenEnd() const { return m_seenEnd; }
    /// True after a `hello` with a protocol this decoder does not know.
    bool isRefused() const { return m_refused; }
    /// Physical lines consumed so far (empty ones included).
    qint64 lineCount() const { return m_lineNumber; }
    /// Errors found so far, including those taken and those left out of the list
    /// (at most 1000 are kept between two takeErrors()).
    qint64 errorCount() const { return m_errorCount; }

    /// Decodes one line (no trailing newline; a trailing '\r' is accepted) without
    /// any stream state (no seq checks, no protocol refusal). For tools and tests.
    static std::optional<Event> decodeLine(QByteArrayView line, QString *error);

private:
    void decodeCompleteLine(QByteArrayView line);
    void addError(const QString &message, QByteArrayView line, qint64 lineNumber = -1);

    QByteArray m_buffer;       // bytes of the current, incomplete line
    bool m_discarding = false; // inside a line longer than MaxLineBytes
    bool m_refused = false;
    bool m_seenEnd = false;
    bool m_reportedNoHello = false;
    qint64 m_errorCount = 0;
    qint64 m_storedErrors = 0;
    qint64 m_suppressedErrors = 0;
    qint64 m_lineNumber = 0;
    qint64 m_lastSeq = -1;
    // continueStream(): the second part of a stream cut in two.
    bool m_continuation = false;
    bool m_helloInContinuation = false;
    std::optional<qint64> m_assumedLastSeq;
    RecordParser m_parser;
    std::optional<Event> m_hello;
    EventList m_events;
    DecodeErrorList m_errors;
};
