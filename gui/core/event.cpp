#include "event.h"

#include <QJsonValue>

Event Event::fromJson(const QJsonObject &object)
{
    Event event;
    event.fields = object;
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
    const QJsonValue args = fields.value(QLatin1String("args"));
    if (args.isObject())
        return args.toObject();
    QJsonObject result = fields;
    for (const char *common : {"seq", "t", "pid", "label", "kind", "phase", "line", "op", "step"})
        result.remove(QLatin1String(common));
    return result;
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
