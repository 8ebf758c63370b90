#include "csvexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace {

const QStringList &commonColumns()
{
    static const QStringList columns{QStringLiteral("seq"),  QStringLiteral("t"),
                                     QStringLiteral("pid"),  QStringLiteral("label"),
                                     QStringLiteral("kind"), QStringLiteral("phase"),
                                     QStringLiteral("obj"),  QStringLiteral("line")};
    return columns;
}

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // JSON numbers are doubles; integers (PIDs, ns times) must not come out
        // as 1.23e+09.
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

QStringList CsvExporter::columns(const EventList &events)
{
    QSet<QString> others;
    for (const Event &e : events) {
        if (e.kind == QLatin1String("hello") || e.kind == QLatin1String("end"))
            continue;
        const QJsonObject fields = e.fields();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (!commonColumns().contains(it.key()))
                others.insert(it.key());
        }
    }
    QStringList sorted(others.cbegin(), others.cend());
    sorted.sort();
    return commonColumns() + sorted;
}

QString CsvExporter::quote(const QString &cell)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : cell) {
        if (special.contains(c)) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvExporter::toCsv(const EventList &events)
{
    const QStringList header = columns(events);
    const QLatin1String crlf("\r\n");
    QString text;
    QStringList cells;
    cells.reserve(header.size());
    for (const QString &column : header)
        cells.append(quote(column));
    text += cells.join(QLatin1Char(',')) + crlf;
    for (const Event &e : events) {
        if (e.kind == QLatin1String("hello") || e.kind == QLatin1String("end"))
            continue;
        cells.clear();
        for (const QString &column : header)
            cells.append(quote(cellText(e.value(column))));
        text += cells.join(QLatin1Char(',')) + crlf;
    }
    return text.toUtf8();
}

bool CsvExporter::write(const Event &, const EventList &events, const std::optional<Event> &,
                        QIODevice &out)
{
    clearError();
    return writeAll(out, toCsv(events));
}
