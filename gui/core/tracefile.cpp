#include "tracefile.h"

#include "eventdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <algorithm>

Q_LOGGING_CATEGORY(lcTrace, "ipcviz.tracefile")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TraceFile", text);
}

void appendRecord(QByteArray &out, const QJsonObject &fields)
{
    out += QJsonDocument(fields).toJson(QJsonDocument::Compact);
    out += '\n';
}

} // namespace

TraceLoadResult TraceFile::load(const QString &path)
{
    TraceLoadResult result;
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        result.fatalError = tr("%1: no such file").arg(path);
        return result;
    }
    if (info.isDir()) {
        result.fatalError = tr("%1 is a folder, not a trace file").arg(path);
        return result;
    }
    if (info.size() > MaxFileBytes) {
        result.fatalError = tr("%1 is too large for a trace (%2 MiB; the limit is %3 MiB)")
                                .arg(path)
                                .arg(info.size() >> 20)
                                .arg(MaxFileBytes >> 20);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.fatalError = tr("cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.fatalError = tr("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return loadFromData(data, path);
}

TraceLoadResult TraceFile::loadFromData(const QByteArray &data, const QString &sourceName)
{
    TraceLoadResult result;
    const QString source = sourceName.isEmpty() ? tr("the trace") : sourceName;
    EventDecoder decoder;
    decoder.feed(data);
    decoder.finish();
    EventList records = decoder.takeEvents();
    result.errors = decoder.takeErrors();

    if (decoder.isRefused()) {
        // The refusal is the last error: nothing is decoded after it.
        result.fatalError =
            tr("%1 cannot be opened: %2")
                .arg(source, result.errors.isEmpty() ? QString() : result.errors.back().message);
        return result;
    }
    if (records.isEmpty()) {
        result.fatalError =
            data.trimmed().isEmpty()
                ? tr("%1 is empty").arg(source)
                : tr("%1 is not an ipcviz trace: no line is a valid event record").arg(source);
        return result;
    }

    bool sorted = true;
    result.events.reserve(records.size());
    for (Event &record : records) {
        if (record.isHello()) {
            result.hello = std::move(record);
        } else if (record.isEndRecord()) {
            result.end = std::move(record);
        } else {
            if (!result.events.isEmpty() && record.seq < result.events.back().seq)
                sorted = false;
            result.events.append(std::move(record));
        }
    }
    if (!result.hello.isHello()) {
        result.errors.append(
            DecodeError{0, tr("no hello record: the scenario and its parameters are unknown"), {}});
    }
    // seq is the stream order by definition, so a shuffled file is put back in order;
    // a repeated seq is kept once.
    if (!sorted) {
        std::stable_sort(result.events.begin(), result.events.end(),
                         [](const Event &a, const Event &b) { return a.seq < b.seq; });
        result.errors.append(DecodeError{0, tr("events were out of order; sorted by seq"), {}});
    }
    const auto duplicates =
        std::unique(result.events.begin(), result.events.end(),
                    [](const Event &a, const Event &b) { return a.seq == b.seq; });
    const auto removed = std::distance(duplicates, result.events.end());
    if (removed > 0) {
        result.events.erase(duplicates, result.events.end());
        result.errors.append(
            DecodeError{0, tr("%1 event(s) with a repeated seq were dropped").arg(removed), {}});
    }
    if (!result.end) {
        result.errors.append(
            DecodeError{decoder.lineCount(),
                        tr("no end record: the trace was cut short or the run was interrupted"),
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
    if (!hello.fields.isEmpty())
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
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = serialize(hello, events, end);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
