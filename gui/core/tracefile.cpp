#include "tracefile.h"

#include "eventdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <algorithm>
#include <future>

Q_LOGGING_CATEGORY(lcTrace, "ipcviz.tracefile")

namespace {

/// The context under which Qt Linguist collects this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TraceFile)
};

constexpr qint64 ReadChunkBytes = 4 << 20;

void appendRecord(QByteArray &out, const QJsonObject &fields)
{
    out += QJsonDocument(fields).toJson(QJsonDocument::Compact);
    out += '\n';
}

// Files at least this large are decoded in two halves at once.
constexpr qint64 ParallelBytes = 8 << 20;

/// Feeds bytes [from, to) of @p file to @p decoder, in pieces; false on a read error.
bool readInto(QFile &file, qint64 from, qint64 to, EventDecoder &decoder, bool *blank,
              QString *error);

/// Where the first line that starts at or after @p offset starts; -1 when none does.
qint64 lineStartAfter(QFile &file, qint64 offset)
{
    if (!file.seek(offset))
        return -1;
    const QByteArray bytes = file.read(64 * 1024);
    const qsizetype newline = bytes.indexOf('\n');
    file.seek(0);
    return newline < 0 || offset + newline + 1 >= file.size() ? -1 : offset + newline + 1;
}

/// The second half of a file decoded as the continuation of the first.
struct SecondHalf {
    EventDecoder decoder;
    bool blank = true;
    bool ok = false;
};

SecondHalf decodeSecondHalf(const QString &path, qint64 from)
{
    SecondHalf half;
    half.decoder.continueStream();
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly))
        return half;
    half.ok = readInto(file, from, file.size(), half.decoder, &half.blank, &error);
    half.decoder.finish();
    return half;
}

/// Only whitespace, as QByteArray::trimmed() sees it.
bool isBlank(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r')
            return false;
    }
    return true;
}

bool readInto(QFile &file, qint64 from, qint64 to, EventDecoder &decoder, bool *blank,
              QString *error)
{
    if (!file.seek(from)) {
        *error = file.errorString();
        return false;
    }
    QByteArray chunk(ReadChunkBytes, Qt::Uninitialized);
    for (qint64 at = from; at < to;) {
        const qint64 n = file.read(chunk.data(), std::min<qint64>(chunk.size(), to - at));
        if (n < 0) {
            *error = file.errorString();
            return false;
        }
        if (n == 0)
            break;
        const QByteArrayView piece(chunk.constData(), n);
        if (at == 0) {
            // The first piece gives the length of a line: room for all the events
            // at once, rather than a list that doubles (and copies) as it grows.
            const qsizetype lines = piece.count('\n');
            if (lines > 0)
                decoder.reserve(static_cast<qsizetype>(file.size() / (n / lines) * 11 / 10));
        }
        *blank = *blank && isBlank(piece);
        decoder.feed(piece);
        at += n;
    }
    return true;
}

} // namespace

TraceLoadResult TraceFile::load(const QString &path)
{
    TraceLoadResult result;
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        result.fatalError = Tr::tr("%1: no such file").arg(path);
        return result;
    }
    if (info.isDir()) {
        result.fatalError = Tr::tr("%1 is a folder, not a trace file").arg(path);
        return result;
    }
    if (info.size() > MaxFileBytes) {
        result.fatalError = Tr::tr("%1 is too large for a trace (%2 MiB; the limit is %3 MiB)")
                                .arg(path)
                                .arg(info.size() >> 20)
                                .arg(MaxFileBytes >> 20);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.fatalError = Tr::tr("cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    // In pieces, so that the file is never in memory next to its events; a large
    // file in two halves at once, the second by another thread.
    EventDecoder decoder;
    bool blank = true;
    const qint64 size = info.size();
    const qint64 half = size >= ParallelBytes ? lineStartAfter(file, size / 2) : -1;
    std::future<SecondHalf> second;
    if (half > 0)
        second = std::async(std::launch::async, decodeSecondHalf, path, half);
    QString error;
    const qint64 firstEnd = half > 0 ? half : size;
    if (!readInto(file, 0, firstEnd, decoder, &blank, &error)) {
        if (second.valid())
            second.wait();
        result.fatalError = Tr::tr("cannot read %1: %2").arg(path, error);
        return result;
    }
    if (half > 0) {
        SecondHalf rest = second.get();
        blank = blank && rest.blank;
        // Almost always it simply follows on; else (a damaged trace) the second half
        // is decoded again here, as one stream, so every message is the same.
        if (!rest.ok || !decoder.append(std::move(rest.decoder))) {
            if (!readInto(file, half, size, decoder, &blank, &error)) {
                result.fatalError = Tr::tr("cannot read %1: %2").arg(path, error);
                return result;
            }
        }
    }
    decoder.finish();
    return finishLoad(decoder, blank, path);
}

TraceLoadResult TraceFile::loadFromData(const QByteArray &data, const QString &sourceName)
{
    EventDecoder decoder;
    decoder.feed(data);
    decoder.finish();
    return finishLoad(decoder, isBlank(data), sourceName);
}

TraceLoadResult TraceFile::finishLoad(EventDecoder &decoder, bool blank, const QString &sourceName)
{
    TraceLoadResult result;
    const QString source = sourceName.isEmpty() ? Tr::tr("the trace") : sourceName;
    EventList records = decoder.takeEvents();
    result.errors = decoder.takeErrors();

    if (decoder.isRefused()) {
        // The refusal is the last error: nothing is decoded after it.
        result.fatalError =
            Tr::tr("%1 cannot be opened: %2")
                .arg(source, result.errors.isEmpty() ? QString() : result.errors.back().message);
        return result;
    }
    if (records.isEmpty()) {
        result.fatalError =
            blank
                ? Tr::tr("%1 is empty").arg(source)
                : Tr::tr("%1 is not an ipcviz trace: no line is a valid event record").arg(source);
        return result;
    }

    // The events stay in the decoder's list (a million of them are not copied):
    // hello and end are taken out of it.
    bool sorted = true;
    qsizetype kept = 0;
    for (Event &record : records) {
        if (record.isHello()) {
            result.hello = std::move(record);
        } else if (record.isEndRecord()) {
            result.end = std::move(record);
        } else {
            if (kept > 0 && record.seq < records.at(kept - 1).seq)
                sorted = false;
            if (&records[kept] != &record)
                records[kept] = std::move(record);
            ++kept;
        }
    }
    records.resize(kept);
    result.events = std::move(records);
    if (!result.hello.isHello()) {
        result.errors.append(DecodeError{
            0, Tr::tr("no hello record: the scenario and its parameters are unknown"), {}});
    }
    // seq is the stream order by definition, so a shuffled file is put back in order;
    // a repeated seq is kept once.
    if (!sorted) {
        std::stable_sort(result.events.begin(), result.events.end(),
                         [](const Event &a, const Event &b) { return a.seq < b.seq; });
        result.errors.append(DecodeError{0, Tr::tr("events were out of order; sorted by seq"), {}});
    }
    const auto duplicates =
        std::unique(result.events.begin(), result.events.end(),
                    [](const Event &a, const Event &b) { return a.seq == b.seq; });
    const auto removed = std::distance(duplicates, result.events.end());
    if (removed > 0) {
        result.events.erase(duplicates, result.events.end());
        result.errors.append(DecodeError{0,
                                         Tr::tr("%n event(s) with a repeated seq were dropped",
                                                nullptr, static_cast<int>(removed)),
                                         {}});
    }
    if (!result.end) {
        result.errors.append(
            DecodeError{decoder.lineCount(),
                        Tr::tr("no end record: the trace was cut short or the run was interrupted"),
                        {}});
    }
    qCDebug(lcTrace) << source << result.events.size() << "events," << result.errors.size()
                     << "errors";
    return result;
}

QByteArray TraceFile::serialize(const Event &hello, const EventList &events,
                                const std::optional<Event> &end)
{
    QByteArray out;
    out.reserve((events.size() + 2) * 160);
    if (!hello.fields().isEmpty())
        appendRecord(out, hello.toJson());
    for (const Event &event : events)
        appendRecord(out, event.toJson());
    if (end)
        appendRecord(out, end->toJson());
    return out;
}

bool TraceFile::save(const QString &path, const Event &hello, const EventList &events,
                     const std::optional<Event> &end, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = serialize(hello, events, end);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
