#include "scenariocheck.h"

#include "core/enginemessage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>

Q_LOGGING_CATEGORY(lcScenarioCheck, "ipcviz.scenariocheck")

ScenarioCheck ScenarioCheck::run(const QString &enginePath, const QString &file, int timeoutMs)
{
    ScenarioCheck check;
    check.file = file;
    if (enginePath.isEmpty()) {
        check.failure = tr("The engine (ipcviz-engine) was not found, so the file cannot be "
                           "checked. Install it next to ipcviz or set IPCVIZ_ENGINE.");
        return check;
    }
    QProcess engine;
    engine.setProgram(enginePath);
    engine.setArguments({QStringLiteral("check"), file, QStringLiteral("--json")});
    engine.start(QIODevice::ReadOnly);
    if (!engine.waitForStarted(timeoutMs)) {
        check.failure =
            tr("The engine %1 could not be started: %2").arg(enginePath, engine.errorString());
        return check;
    }
    if (!engine.waitForFinished(timeoutMs)) {
        // A check never takes this long: the engine is stuck, do not wait for it.
        engine.kill();
        engine.waitForFinished(1000);
        check.failure = tr("The engine did not finish checking the file within %n second(s).",
                           nullptr, timeoutMs / 1000);
        return check;
    }
    const QByteArray out = engine.readAllStandardOutput();
    if (engine.exitStatus() != QProcess::NormalExit) {
        check.failure = tr("The engine crashed while checking the file.");
        return check;
    }
    check = parse(file, out);
    if (!check.failure.isEmpty()) {
        const QString err = QString::fromUtf8(engine.readAllStandardError()).trimmed();
        if (!err.isEmpty())
            check.failure += QLatin1Char(' ') + tr("The engine said: %1").arg(err);
    }
    qCDebug(lcScenarioCheck) << file << "ok" << check.ok << "errors" << check.errors.size()
                             << "execs" << check.execs;
    return check;
}

ScenarioCheck ScenarioCheck::parse(const QString &file, const QByteArray &json)
{
    ScenarioCheck check;
    check.file = file;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        check.failure = tr("The engine's answer about the file could not be read (it is not the "
                           "expected JSON); is the engine the same version as the app?");
        return check;
    }
    const QJsonObject o = doc.object();
    if (!o.value(QStringLiteral("ok")).isBool()) {
        check.failure = tr("The engine's answer about the file does not say whether it is valid.");
        return check;
    }
    for (const QJsonValue &e : o.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject eo = e.toObject();
        check.errors.append({eo.value(QStringLiteral("line")).toInt(),
                             eo.value(QStringLiteral("column")).toInt(),
                             translatedEngineMessage(eo), eo});
    }
    for (const QJsonValue &x : o.value(QStringLiteral("execs")).toArray())
        check.execs.append(x.toString());
    check.execs.removeDuplicates();
    check.id = o.value(QStringLiteral("id")).toString();
    check.title = o.value(QStringLiteral("title")).toString();
    // Valid only if the engine says so and lists no error: be strict with a file
    // that may run programs.
    check.ok = o.value(QStringLiteral("ok")).toBool() && check.errors.isEmpty();
    if (!o.value(QStringLiteral("ok")).toBool() && check.errors.isEmpty())
        check.failure = tr("The engine found the file invalid but gave no reason.");
    return check;
}

void ScenarioCheck::retranslate()
{
    for (Error &e : errors) {
        if (!e.record.isEmpty())
            e.message = translatedEngineMessage(e.record);
    }
}

QStringList ScenarioCheck::locatedErrors() const
{
    const QString name = QFileInfo(file).fileName();
    QStringList out;
    if (!failure.isEmpty())
        out.append(QStringLiteral("%1: %2").arg(name, failure));
    for (const Error &e : errors)
        out.append(
            QStringLiteral("%1:%2:%3: %4").arg(name).arg(e.line).arg(e.column).arg(e.message));
    return out;
}
