#include "core/scenariotexts.h"

#include <QCoreApplication>

QString translatedScenarioText(const QString &english)
{
    if (english.isEmpty())
        return english;
    return QCoreApplication::translate("Scenario", english.toUtf8().constData());
}

QJsonObject translatedScenario(const QJsonObject &english)
{
    QJsonObject s = english;
    for (const char *key : {"title", "description"}) {
        const QString k = QString::fromLatin1(key);
        if (s.value(k).isString())
            s.insert(k, translatedScenarioText(s.value(k).toString()));
    }
    QJsonArray watch;
    for (const QJsonValue &w : english.value(QStringLiteral("watch")).toArray())
        watch.append(translatedScenarioText(w.toString()));
    if (english.contains(QStringLiteral("watch")))
        s.insert(QStringLiteral("watch"), watch);
    QJsonArray params;
    for (const QJsonValue &v : english.value(QStringLiteral("params")).toArray()) {
        QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("description")).isString())
            p.insert(QStringLiteral("description"),
                     translatedScenarioText(p.value(QStringLiteral("description")).toString()));
        params.append(p);
    }
    if (english.contains(QStringLiteral("params")))
        s.insert(QStringLiteral("params"), params);
    return s;
}

QJsonArray translatedScenarios(const QJsonArray &english)
{
    QJsonArray out;
    for (const QJsonValue &v : english)
        out.append(translatedScenario(v.toObject()));
    return out;
}
