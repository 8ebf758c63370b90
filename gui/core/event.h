#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

/// One line of the event stream (engine/PROTOCOL.md), decoded: the common fields
/// as members for fast access, every field (common ones included) in `fields`.
/// `hello` and `end` records are Events too, with kind "hello"/"end" and seq -1.
struct Event {
    qint64 seq = -1;
    qint64 t = 0; // ns since run start
    qint64 pid = 0;
    int line = 0;
    QString kind;  // "proc.fork", ... ; "hello" / "end" for the framing records
    QString label; // "main.1"
    QString phase; // "begin", "end" or empty
    QString obj;   // "pipe#1", "shm:/AOS", ...
    QJsonObject fields;

    bool isBegin() const { return phase == QLatin1String("begin"); }
    bool isEnd() const { return phase == QLatin1String("end"); }
    QString str(const QString &key) const { return fields.value(key).toString(); }
    qint64 num(const QString &key, qint64 fallback = 0) const
    {
        const auto v = fields.value(key);
        return v.isDouble() ? static_cast<qint64>(v.toDouble()) : fallback;
    }
    bool has(const QString &key) const { return fields.contains(key); }

    /// True for the `hello` framing record (first line of a stream).
    bool isHello() const { return kind == QLatin1String("hello"); }
    /// True for the `end` framing record (last line). Not to be confused with
    /// isEnd(), which is about the `phase` of an operation.
    bool isEndRecord() const { return kind == QLatin1String("end"); }

    /// The `data` preview as raw bytes. The engine escapes bytes that are not
    /// printable UTF-8 as \u00XX; code points below U+0080 and the C1 controls
    /// U+0080..U+009F map back to one byte each, everything else is UTF-8.
    QByteArray dataBytes() const { return previewToBytes(str(QStringLiteral("data"))); }

    /// For a `gate.wait`: the resolved arguments of the next step (obj, fd, max,
    /// ...), from `args` when present, else from the event's own fields (the
    /// engine writes them at the top level), without the common fields.
    QJsonObject gateArguments() const;

    /// Builds an Event from one decoded JSON record. `type` hello/end become the
    /// kinds "hello"/"end" (seq -1); otherwise the common fields are copied from
    /// their keys. No validation here: EventDecoder validates.
    static Event fromJson(const QJsonObject &object);
    /// The record as it goes back on the wire (`fields`; hello/end keep `type`).
    QJsonObject toJson() const { return fields; }
    /// See dataBytes().
    static QByteArray previewToBytes(const QString &preview);
};

using EventList = QVector<Event>;
