#pragma once

#include "eventtext.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QVector>

/// One line of the event stream (engine/PROTOCOL.md), decoded: the common fields
/// as members for fast access, and every field (common ones included) on demand:
/// value(), str(), num() and has() read one field without decoding the others,
/// fields() decodes them all. `hello` and `end` records are Events too, with kind
/// "hello"/"end" and seq -1.
///
/// Events are small, so that a run of a million fits in memory: the common fields
/// live only in the members (EventDecoder interns the strings, so the kind of a
/// million events is one string), the other fields as compact JSON text in blocks
/// shared with neighbouring events (EventText). Copies share everything.
struct Event {
    qint64 seq = -1;
    qint64 t = 0; // ns since run start
    qint64 pid = 0;
    int line = 0;
    QString kind;  // "proc.fork", ... ; "hello" / "end" for the framing records
    QString label; // "main.1"
    QString phase; // "begin", "end" or empty
    QString obj;   // "pipe#1", "shm:/AOS", ...

    /// The common fields a decoder may keep in the members only (EventText::keptFields).
    enum CommonField : quint8 {
        SeqField = 1,
        TField = 2,
        PidField = 4,
        LineField = 8,
        KindField = 16,
        LabelField = 32,
        PhaseField = 64,
        ObjField = 128,
    };

    bool isBegin() const { return phase == QLatin1String("begin"); }
    bool isEnd() const { return phase == QLatin1String("end"); }

    /// One field as the record had it (Undefined when absent).
    QJsonValue value(QLatin1StringView key) const;
    QJsonValue value(QStringView key) const;
    /// A string field ("" when absent or not a string).
    QString str(QLatin1StringView key) const;
    QString str(QStringView key) const;
    /// A number field (truncated to an integer), else fallback.
    qint64 num(QLatin1StringView key, qint64 fallback = 0) const;
    qint64 num(QStringView key, qint64 fallback = 0) const;
    bool has(QLatin1StringView key) const;
    bool has(QStringView key) const;

    /// Every field of the record, decoded (common ones included).
    QJsonObject fields() const;
    /// Replaces every field; the members stay as they are.
    void setFields(const QJsonObject &fields);
    /// Adds or replaces one field; the members stay as they are.
    void setField(const QString &key, const QJsonValue &value);

    /// True for the `hello` framing record (first line of a stream).
    bool isHello() const { return kind == QLatin1String("hello"); }
    /// True for the `end` framing record (last line). Not to be confused with
    /// isEnd(), which is about the `phase` of an operation.
    bool isEndRecord() const { return kind == QLatin1String("end"); }

    /// The `data` preview as raw bytes. The engine escapes bytes that are not
    /// printable UTF-8 as \u00XX; code points below U+0080 and the C1 controls
    /// U+0080..U+009F map back to one byte each, everything else is UTF-8.
    QByteArray dataBytes() const;

    /// For a `gate.wait`: the resolved arguments of the next step (obj, fd, max,
    /// ...), from `args` when present, else from the event's own fields (the
    /// engine writes them at the top level), without the common fields.
    QJsonObject gateArguments() const;

    /// Builds an Event from one decoded JSON record. `type` hello/end become the
    /// kinds "hello"/"end" (seq -1); otherwise the common fields are copied from
    /// their keys. No validation here: EventDecoder validates.
    static Event fromJson(const QJsonObject &object);
    /// The record as it goes back on the wire (fields(); hello/end keep `type`).
    QJsonObject toJson() const { return fields(); }
    /// See dataBytes().
    static QByteArray previewToBytes(const QString &preview);

    /// The fields as stored (for decoders; see EventText).
    const EventText &text() const { return m_text; }
    void setText(const EventText &text) { m_text = text; }

private:
    template <typename Key> QJsonValue valueOf(Key key) const;
    template <typename Key> QString strOf(Key key) const;
    template <typename Key> bool hasOf(Key key) const;
    template <typename Key> qint64 numOf(Key key, qint64 fallback) const;
    QJsonValue memberValue(CommonField field) const;

    EventText m_text;
};

Q_DECLARE_TYPEINFO(Event, Q_RELOCATABLE_TYPE);

using EventList = QVector<Event>;
