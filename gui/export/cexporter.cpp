#include "cexporter.h"

#include "engineclient/engineclient.h"

#include <QFileInfo>
#include <QIODevice>
#include <QJsonObject>
#include <QProcess>

CExporter::CExporter(const QString &enginePath) : m_enginePath(enginePath) {}

QString CExporter::scenarioArgument(const Event &hello)
{
    const QString source = hello.str(QStringLiteral("source"));
    const QLatin1String builtin("builtin:");
    if (source.startsWith(builtin))
        return source.mid(builtin.size());
    if (!source.isEmpty())
        return source;
    return hello.str(QStringLiteral("scenario"));
}

QString CExporter::enginePath() const
{
    // Found the way the app finds it for its runs.
    return m_enginePath.isEmpty() ? EngineClient::locateEngine() : m_enginePath;
}

bool CExporter::write(const Event &hello, const EventList &, const std::optional<Event> &,
                      QIODevice &out)
{
    clearError();
    const QString scenario = scenarioArgument(hello);
    if (scenario.isEmpty())
        return fail(tr("The trace does not say which scenario it ran (no source in its hello)."));
    if (scenario.startsWith(QLatin1Char('-')))
        return fail(tr("The trace names an invalid scenario: %1").arg(scenario));

    const QString engine = enginePath();
    if (engine.isEmpty()) {
        return fail(tr("The engine (ipcviz-engine) was not found: not next to the application, "
                       "not in the build tree, and IPCVIZ_ENGINE is not set."));
    }
    const QFileInfo info(engine);
    if (info.isAbsolute() && !info.exists())
        return fail(tr("The engine was not found at %1.").arg(engine));

    // The program of this run: the parameters it ran with, not the defaults.
    QStringList args{QStringLiteral("c"), scenario};
    const QJsonObject params = hello.value(QStringLiteral("params")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QString value = it.value().isDouble()
                                  ? QString::number(static_cast<qint64>(it.value().toDouble()))
                                  : it.value().toString();
        args << QStringLiteral("--param") << it.key() + QLatin1Char('=') + value;
    }
    QProcess process;
    process.start(engine, args);
    if (!process.waitForStarted())
        return fail(tr("Could not start the engine (%1): %2").arg(engine, process.errorString()));
    process.closeWriteChannel();
    if (!process.waitForFinished(TimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return fail(
            tr("The engine did not print the C program within %1 seconds.").arg(TimeoutMs / 1000));
    }
    const QString diagnostics = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit)
        return fail(tr("The engine crashed while printing the C program for %1.").arg(scenario));
    if (process.exitCode() != 0) {
        return fail(tr("The engine could not print the C program for %1 (exit status %2): %3")
                        .arg(scenario)
                        .arg(process.exitCode())
                        .arg(diagnostics.isEmpty() ? tr("no message") : diagnostics));
    }
    const QByteArray program = process.readAllStandardOutput();
    if (program.trimmed().isEmpty())
        return fail(tr("The engine printed no C program for %1.").arg(scenario));
    return writeAll(out, program);
}
