#include "enginemessage.h"

#include "event.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

constexpr int kMaxDepth = 100; // deeper than anything the engine nests

// %1 to %9 replaced in one pass, as the engine does (protocol/message.cpp): an
// argument's own "%1" is never replaced again. Fails when a placeholder has no
// argument or an argument has no placeholder: the translation does not fit.
bool substitute(const QString &tmpl, const QStringList &args, QString &out)
{
    QList<bool> used(args.size(), false);
    out.clear();
    out.reserve(tmpl.size());
    for (qsizetype i = 0; i < tmpl.size(); ++i) {
        const QChar c = tmpl.at(i);
        if (c == QLatin1Char('%') && i + 1 < tmpl.size() && tmpl.at(i + 1) >= QLatin1Char('1') &&
            tmpl.at(i + 1) <= QLatin1Char('9')) {
            const int n = tmpl.at(i + 1).unicode() - '1';
            if (n >= args.size())
                return false;
            out += args.at(n);
            used[n] = true;
            ++i;
            continue;
        }
        out += c;
    }
    return !used.contains(false);
}

QString render(const QJsonValue &tmpl, const QJsonValue &args, int depth)
{
    if (!tmpl.isString() || tmpl.toString().isEmpty() || depth > kMaxDepth)
        return {};
    if (!args.isUndefined() && !args.isArray())
        return {};
    QStringList values;
    for (const QJsonValue &arg : args.toArray()) {
        if (arg.isString()) {
            values.append(arg.toString()); // user data: as written
            continue;
        }
        const QJsonObject nested = arg.toObject();
        const QString text = render(nested.value(QLatin1StringView("template")),
                                    nested.value(QLatin1StringView("args")), depth + 1);
        if (text.isNull())
            return {};
        values.append(text);
    }
    const QByteArray source = tmpl.toString().toUtf8();
    const QString translated = QCoreApplication::translate("EngineMessage", source.constData());
    QString out;
    if (substitute(translated, values, out))
        return out;
    // A translation that lost a placeholder: the English template still fits.
    if (translated != tmpl.toString() && substitute(tmpl.toString(), values, out))
        return out;
    return {};
}

} // namespace

QString translatedEngineTemplate(const QJsonValue &tmpl, const QJsonValue &args)
{
    return render(tmpl, args, 0);
}

QString translatedEngineMessage(const QJsonObject &record, QLatin1StringView messageKey)
{
    const QString text = render(record.value(QLatin1StringView("template")),
                                record.value(QLatin1StringView("args")), 0);
    return text.isNull() ? record.value(messageKey).toString() : text;
}

QString translatedEngineMessage(const Event &event)
{
    const QString text = render(event.value(QLatin1StringView("template")),
                                event.value(QLatin1StringView("args")), 0);
    return text.isNull() ? event.str(QLatin1StringView("message")) : text;
}
