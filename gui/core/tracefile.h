#pragma once

#include "decodeerror.h"
#include "event.h"

#include <QString>
#include <optional>

class EventDecoder;

/// What TraceFile::load() could make of a trace file. `fatalError` is set when
/// nothing usable was found (no file, not a trace, refused protocol); otherwise
/// the valid records are kept and `errors` lists every damaged line.
struct TraceLoadResult {
    Event hello;      // kind "hello"; default Event when missing
    EventList events; // between hello and end, sorted by seq
    std::optional<Event> end;
    DecodeErrorList errors;
    QString fatalError; // translated; empty when the trace is usable

    bool ok() const { return fatalError.isEmpty(); }
};

/// Reads and writes trace files: exactly the event stream of a run, one JSON
/// object per line (engine/PROTOCOL.md). Loading is tolerant of damage
/// (truncation, garbage lines, records out of order, missing end): what is valid
/// is kept and what was wrong is reported with its line number.
class TraceFile {
public:
    /// Files larger than this are refused.
    static constexpr qint64 MaxFileBytes = qint64(1) << 30;

    /// Reads the file in pieces (never whole in memory beside its events); a large
    /// one in two halves at once, which gives exactly what one pass would.
    static TraceLoadResult load(const QString &path);
    /// Same as load() for bytes already in memory (`sourceName` for messages).
    static TraceLoadResult loadFromData(const QByteArray &data, const QString &sourceName = {});

    /// Writes hello, events and end (when given) as canonical NDJSON: each record
    /// re-serialised from its `fields`, compact, one per line. Atomic (QSaveFile).
    /// On failure returns false and sets *error (translated) when error != nullptr.
    static bool save(const QString &path, const Event &hello, const EventList &events,
                     const std::optional<Event> &end, QString *error);
    /// The bytes save() would write.
    static QByteArray serialize(const Event &hello, const EventList &events,
                                const std::optional<Event> &end);

private:
    static TraceLoadResult finishLoad(EventDecoder &decoder, bool blank, const QString &sourceName);
};
