#include "event.h"

#include <QJsonValue>

namespace {

/// Which common field `key` names (0: none).
template <typename Key> Event::CommonField commonField(Key key)
{
    const auto is = [&key](const char *name) { return key == QLatin1StringView(name); };
    switch (key.size()) {
    case 1:
        return is("t") ? Event::TField : Event::CommonField(0);
    case 3:
        return is("seq")   ? Event::SeqField
               : is("pid") ? Event::PidField
               : is("obj") ? Event::ObjField
                           : Event::CommonField(0);
    case 4:
        return is("line")   ? Event::LineField
               : is("kind") ? Event::KindField
                            : Event::CommonField(0);
    case 5:
        return is("label")   ? Event::LabelField
               : is("phase") ? Event::PhaseField
                             : Event::CommonField(0);
    default:
        return Event::CommonField(0);
    }
}

qint64 toNumber(const QJsonValue &value, qint64 fallback)
{
    return value.isDouble() ? static_cast<qint64>(value.toDouble()) : fallback;
}

} // namespace

QJsonValue Event::memberValue(CommonField field) const
{
    switch (field) {
    case SeqField:
        return seq;
    case TField:
        return t;
    case PidField:
        return pid;
    case LineField:
        return line;
    case KindField:
        return kind;
    case LabelField:
        return label;
    case PhaseField:
        return phase;
    case ObjField:
        return obj;
    }
    return {};
}

template <typename Key> QJsonValue Event::valueOf(Key key) const
{
    const CommonField field = commonField(key);
    if (field && (m_text.keptFields() & field))
        return memberValue(field);
    return EventText::decodeValue(m_text.find(key));
}

template <typename Key> QString Event::strOf(Key key) const
{
    const CommonField field = commonField(key);
    if (field && (m_text.keptFields() & field)) {
        switch (field) {
        case KindField:
            return kind;
        case LabelField:
            return label;
        case PhaseField:
            return phase;
        case ObjField:
            return obj;
        default:
            return {}; // a number
        }
    }
    const QByteArrayView json = m_text.find(key);
    return !json.isEmpty() && json[0] == '"' ? EventText::decodeString(json) : QString();
}

template <typename Key> bool Event::hasOf(Key key) const
{
    const CommonField field = commonField(key);
    return (field && (m_text.keptFields() & field)) || !m_text.find(key).isNull();
}

QJsonValue Event::value(QLatin1StringView key) const
{
    return valueOf(key);
}

QJsonValue Event::value(QStringView key) const
{
    return valueOf(key);
}

QString Event::str(QLatin1StringView key) const
{
    return strOf(key);
}

QString Event::str(QStringView key) const
{
    return strOf(key);
}

template <typename Key> qint64 Event::numOf(Key key, qint64 fallback) const
{
    const CommonField field = commonField(key);
    if (!(field && (m_text.keptFields() & field))) {
        // The usual case, a plain integer in the text: no QJsonValue needed.
        qint64 value = 0;
        if (EventText::parsePlainInteger(m_text.find(key), &value))
            return static_cast<qint64>(static_cast<double>(value)); // as QJsonValue::toDouble()
    }
    return toNumber(valueOf(key), fallback);
}

qint64 Event::num(QLatin1StringView key, qint64 fallback) const
{
    return numOf(key, fallback);
}

qint64 Event::num(QStringView key, qint64 fallback) const
{
    return numOf(key, fallback);
}

bool Event::has(QLatin1StringView key) const
{
    return hasOf(key);
}

bool Event::has(QStringView key) const
{
    return hasOf(key);
}

QJsonObject Event::fields() const
{
    QJsonObject object = m_text.toObject();
    const quint8 kept = m_text.keptFields();
    for (const CommonField field :
         {SeqField, TField, PidField, LineField, KindField, LabelField, PhaseField, ObjField}) {
        if (!(kept & field))
            continue;
        static const QString names[] = {
            QStringLiteral("seq"),   QStringLiteral("t"),    QStringLiteral("pid"),
            QStringLiteral("line"),  QStringLiteral("kind"), QStringLiteral("label"),
            QStringLiteral("phase"), QStringLiteral("obj"),
        };
        object.insert(names[qCountTrailingZeroBits(quint32(field))], memberValue(field));
    }
    return object;
}

void Event::setFields(const QJsonObject &fields)
{
    m_text = EventText::fromObject(fields);
}

void Event::setField(const QString &key, const QJsonValue &value)
{
    QJsonObject object = fields();
    object.insert(key, value);
    setFields(object);
}

Event Event::fromJson(const QJsonObject &object)
{
    Event event;
    event.setFields(object);
    const QString type = object.value(QLatin1String("type")).toString();
    if (type == QLatin1String("hello") || type == QLatin1String("end")) {
        event.kind = type;
        return event;
    }
    event.seq = object.value(QLatin1String("seq")).toInteger(-1);
    event.t = object.value(QLatin1String("t")).toInteger(0);
    event.pid = object.value(QLatin1String("pid")).toInteger(0);
    event.line = static_cast<int>(object.value(QLatin1String("line")).toInteger(0));
    event.kind = object.value(QLatin1String("kind")).toString();
    event.label = object.value(QLatin1String("label")).toString();
    event.phase = object.value(QLatin1String("phase")).toString();
    event.obj = object.value(QLatin1String("obj")).toString();
    return event;
}

QJsonObject Event::gateArguments() const
{
    const QJsonValue args = value(QLatin1String("args"));
    if (args.isObject())
        return args.toObject();
    QJsonObject result = fields();
    for (const char *common : {"seq", "t", "pid", "label", "kind", "phase", "line", "op", "step"})
        result.remove(QLatin1String(common));
    return result;
}

QByteArray Event::dataBytes() const
{
    // The common case, plain ASCII without escapes: the JSON text is the bytes.
    const QByteArrayView json = m_text.find(QLatin1StringView("data"));
    if (json.size() >= 2 && json[0] == '"') {
        const QByteArrayView content = json.sliced(1, json.size() - 2);
        bool plain = true;
        for (const char c : content) {
            if (c == '\\' || static_cast<uchar>(c) >= 0x80) {
                plain = false;
                break;
            }
        }
        if (plain)
            return content.toByteArray();
    }
    return previewToBytes(str(QLatin1StringView("data")));
}

QByteArray Event::previewToBytes(const QString &preview)
{
    QByteArray bytes;
    bytes.reserve(preview.size());
    bool plainAscii = true;
    for (const QChar c : preview) {
        if (c.unicode() >= 0x80) {
            plainAscii = false;
            break;
        }
    }
    if (plainAscii)
        return preview.toLatin1();
    // Escaped raw bytes come back as U+0080..U+009F (never printable); anything
    // else above ASCII was printable UTF-8 text in the first place.
    const qsizetype n = preview.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = preview.at(i).unicode();
        if (u < 0xA0) {
            bytes.append(static_cast<char>(u));
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && preview.at(i + 1).isLowSurrogate()) {
            bytes.append(preview.mid(i, 2).toUtf8());
            ++i;
        } else {
            bytes.append(QString(QChar(u)).toUtf8());
        }
    }
    return bytes;
}
