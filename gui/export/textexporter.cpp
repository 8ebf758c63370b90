#include "textexporter.h"

#include "core/enginemessage.h"
#include "models/eventdescriber.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace {
/// The context under which Qt Linguist collects this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TextExporter)
};
} // namespace

QString TextExporter::toText(const Event &hello, const EventList &events,
                             const std::optional<Event> &end)
{
    QString text;
    text += Tr::tr("Scenario %1: %2")
                .arg(hello.str(QStringLiteral("scenario")), hello.str(QStringLiteral("title"))) +
            QLatin1Char('\n');
    const QJsonObject params = hello.value(QStringLiteral("params")).toObject();
    if (!params.isEmpty()) {
        QStringList pairs;
        for (auto it = params.begin(); it != params.end(); ++it)
            pairs << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
        text += Tr::tr("Parameters: %1").arg(pairs.join(QStringLiteral(", "))) + QLatin1Char('\n');
    }
    text += QLatin1Char('\n');

    QString output;
    for (const Event &e : events) {
        text += QStringLiteral("[%1 ms] ").arg(double(e.t) / 1e6, 10, 'f', 3) +
                EventDescriber::describe(e) + QLatin1Char('\n');
        if (e.kind == QLatin1String("proc.output"))
            output += e.str(QStringLiteral("data"));
    }

    text += QLatin1Char('\n');
    if (end) {
        text += Tr::tr("The run ended: %1 (%2 events).")
                    .arg(end->str(QStringLiteral("status")))
                    .arg(end->num(QStringLiteral("events"))) +
                QLatin1Char('\n');
        if (end->has(QStringLiteral("message")))
            text += translatedEngineMessage(*end) + QLatin1Char('\n');
    } else {
        text += Tr::tr("The trace has no end record: the run was cut short.") + QLatin1Char('\n');
    }
    if (!output.isEmpty()) {
        text +=
            QLatin1Char('\n') + Tr::tr("What the processes printed:") + QLatin1Char('\n') + output;
        if (!output.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
    }
    return text;
}

bool TextExporter::write(const Event &hello, const EventList &events,
                         const std::optional<Event> &end, QIODevice &out)
{
    return writeAll(out, toText(hello, events, end).toUtf8());
}
