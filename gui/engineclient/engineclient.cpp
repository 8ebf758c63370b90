#include "engineclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcEngine, "ipcviz.engineclient")

namespace {

constexpr qsizetype MaxStderrTail = 4096;
constexpr qsizetype MaxStderrPartial = 64 * 1024;
// After the end record, the engine only cleans up: if it lingers longer than
// this, it is ended like a stopped run.
constexpr int DestructorGraceMs = 1500;
// An engine we cannot understand is still asked to clean up (SIGTERM) before SIGKILL.
constexpr int ProtocolErrorGraceMs = 1000;

QString engineFileName()
{
    return QStringLiteral("ipcviz-engine");
}

QString withStderr(const QString &message, const QString &stderrTail)
{
    const QString tail = stderrTail.trimmed();
    if (tail.isEmpty())
        return message;
    return QCoreApplication::translate("EngineClient", "%1\n\nThe engine said:\n%2")
        .arg(message, tail);
}

} // namespace

EngineClient::EngineClient(QObject *parent)
    : QObject(parent), m_process(new QProcess(this)), m_stopTimer(new QTimer(this))
{
    m_stopTimer->setSingleShot(true);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &EngineClient::onReadyReadStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &EngineClient::onReadyReadStderr);
    connect(m_process, &QProcess::finished, this, &EngineClient::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &EngineClient::onErrorOccurred);
    connect(m_stopTimer, &QTimer::timeout, this, &EngineClient::escalateStop);
}

EngineClient::~EngineClient()
{
    if (!isRunning())
        return;
    // No signal may reach half-destroyed receivers from here on.
    m_process->disconnect(this);
    m_stopTimer->stop();
    const QByteArray stop = "{\"cmd\":\"stop\"}\n";
    m_process->write(stop);
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(DestructorGraceMs)) {
        m_process->terminate(); // the engine cleans up on SIGTERM
        if (!m_process->waitForFinished(DestructorGraceMs)) {
            m_process->kill();
            m_process->waitForFinished(DestructorGraceMs);
        }
    }
}

QString EngineClient::locateEngine()
{
    const QString fromEnv = qEnvironmentVariable("IPCVIZ_ENGINE");
    if (!fromEnv.isEmpty())
        return fromEnv; // the user's choice, even if wrong: the error will name it
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{
        QDir(appDir).filePath(engineFileName()),
        // Build tree: build/gui/ipcviz next to build/engine/ipcviz-engine.
        QDir(appDir).filePath(QStringLiteral("../engine/") + engineFileName()),
    };
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

void EngineClient::setEnginePath(const QString &path)
{
    m_enginePath = path;
}

QString EngineClient::enginePath() const
{
    return m_enginePath.isEmpty() ? locateEngine() : m_enginePath;
}

bool EngineClient::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

bool EngineClient::start(const RunOptions &options)
{
    if (isRunning()) {
        qCWarning(lcEngine) << "start() while a run is going; ignored";
        return false;
    }
    m_decoder.reset();
    m_hello.reset();
    m_end.reset();
    m_stderrTail.clear();
    m_stderrPartial.clear();
    m_stopRequested = false;
    m_failed = false;
    m_stopStage = 0;
    m_outcome = Outcome::Running;

    if (QCoreApplication::instance() &&
        QThread::currentThread() != QCoreApplication::instance()->thread()) {
        // PR_SET_PDEATHSIG fires when the starting *thread* ends: a worker thread
        // would take the engine down with it.
        fail(Outcome::FailedToStart,
             tr("Internal error: the engine must be started from the main thread."));
        return false;
    }
    const QString path = enginePath();
    if (path.isEmpty()) {
        fail(Outcome::FailedToStart,
             tr("The ipcviz engine (ipcviz-engine) was not found next to the application. "
                "Reinstall ipcviz, or set the environment variable IPCVIZ_ENGINE to the "
                "engine's path."));
        return false;
    }
    if (options.scenario.isEmpty()) {
        fail(Outcome::FailedToStart, tr("No scenario was chosen: pick one and run it again."));
        return false;
    }
    m_process->setProgram(path);
    m_process->setArguments(options.arguments());
    qCInfo(lcEngine) << "starting" << path << m_process->arguments();
    m_process->start(QIODevice::ReadWrite);
    Q_EMIT runningChanged(true);
    return true;
}

bool EngineClient::sendCommand(const QJsonObject &command)
{
    if (m_process->state() != QProcess::Running || m_stopRequested)
        return false;
    QByteArray line = QJsonDocument(command).toJson(QJsonDocument::Compact);
    line += '\n';
    qCDebug(lcEngine) << "command" << line.trimmed();
    return m_process->write(line) == line.size();
}

bool EngineClient::step(const QString &label)
{
    QJsonObject command{{QStringLiteral("cmd"), QStringLiteral("step")}};
    if (!label.isEmpty())
        command.insert(QStringLiteral("label"), label);
    return sendCommand(command);
}

bool EngineClient::continueRun()
{
    return sendCommand({{QStringLiteral("cmd"), QStringLiteral("continue")}});
}

bool EngineClient::pause()
{
    return sendCommand({{QStringLiteral("cmd"), QStringLiteral("pause")}});
}

bool EngineClient::sendSignal(const QString &label, const QString &signal)
{
    return sendCommand({{QStringLiteral("cmd"), QStringLiteral("signal")},
                        {QStringLiteral("label"), label},
                        {QStringLiteral("signal"), signal}});
}

bool EngineClient::writeToFifo(const QString &obj, const QString &data)
{
    return sendCommand({{QStringLiteral("cmd"), QStringLiteral("fifo.write")},
                        {QStringLiteral("obj"), obj},
                        {QStringLiteral("data"), data}});
}

void EngineClient::stop(int graceMs)
{
    if (!isRunning() || m_stopRequested)
        return;
    if (m_process->state() == QProcess::Running) {
        const QByteArray line = "{\"cmd\":\"stop\"}\n";
        m_process->write(line);
    }
    m_stopRequested = true;
    // In step mode, stdin EOF means the controller is gone: a second reason to stop.
    m_process->closeWriteChannel();
    m_stopGraceMs = qMax(0, graceMs);
    m_stopStage = 0;
    m_stopTimer->start(m_stopGraceMs);
}

void EngineClient::escalateStop()
{
    if (!isRunning())
        return;
    if (m_stopStage == 0) {
        qCInfo(lcEngine) << "engine still running after stop; sending SIGTERM";
        m_stopStage = 1;
        m_process->terminate();
        m_stopTimer->start(m_stopGraceMs);
    } else {
        qCWarning(lcEngine) << "engine still running after SIGTERM; killing it";
        m_process->kill();
    }
}

void EngineClient::onReadyReadStdout()
{
    m_decoder.feed(m_process->readAllStandardOutput());
    dispatchDecoded();
}

void EngineClient::onReadyReadStderr()
{
    m_stderrPartial += m_process->readAllStandardError();
    qsizetype cut = m_stderrPartial.lastIndexOf('\n') + 1;
    if (cut == 0 && m_stderrPartial.size() > MaxStderrPartial)
        cut = m_stderrPartial.size();
    if (cut == 0)
        return;
    const QString text = QString::fromUtf8(m_stderrPartial.first(cut));
    m_stderrPartial.remove(0, cut);
    m_stderrTail += text;
    if (m_stderrTail.size() > MaxStderrTail)
        m_stderrTail.remove(0, m_stderrTail.size() - MaxStderrTail);
    Q_EMIT stderrReceived(text);
}

void EngineClient::dispatchDecoded()
{
    const DecodeErrorList errors = m_decoder.takeErrors();
    for (const DecodeError &error : errors) {
        qCWarning(lcEngine) << "engine output" << error.toString() << error.excerpt;
        Q_EMIT decodeErrorOccurred(error);
    }
    if (m_decoder.isRefused() && !m_failed) {
        fail(Outcome::ProtocolError,
             tr("The engine speaks a newer protocol than this version of ipcviz (%1). "
                "Use the engine that came with this version of ipcviz, or update ipcviz.")
                 .arg(errors.isEmpty() ? QString() : errors.back().message));
        stop(ProtocolErrorGraceMs);
        return;
    }
    EventList events = m_decoder.takeEvents();
    if (m_failed || events.isEmpty())
        return;
    EventList batch;
    batch.reserve(events.size());
    auto flush = [&] {
        if (!batch.isEmpty())
            Q_EMIT eventsReceived(std::exchange(batch, {}));
    };
    for (Event &event : events) {
        if (event.isHello()) {
            flush();
            m_hello = event;
            Q_EMIT runStarted(*m_hello);
        } else if (event.isEndRecord()) {
            flush();
            m_end = std::move(event);
        } else if (!m_hello) {
            fail(Outcome::ProtocolError,
                 tr("The engine's output does not start with a hello record: it is not an "
                    "ipcviz event stream. Check that IPCVIZ_ENGINE points to ipcviz-engine."));
            stop(ProtocolErrorGraceMs);
            return;
        } else {
            batch.append(std::move(event));
        }
    }
    flush();
}

void EngineClient::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_stopTimer->stop();
    m_decoder.feed(m_process->readAllStandardOutput());
    m_decoder.finish();
    dispatchDecoded();
    m_stderrPartial += m_process->readAllStandardError();
    if (!m_stderrPartial.isEmpty()) {
        m_stderrPartial += '\n';
        onReadyReadStderr();
    }
    qCInfo(lcEngine) << "engine finished, exit code" << exitCode << "status" << status;

    if (!m_failed) {
        if (m_end) {
            const QString endStatus = m_end->str(QStringLiteral("status"));
            if (endStatus == QLatin1String("completed"))
                m_outcome = Outcome::Completed;
            else if (m_stopRequested)
                m_outcome = Outcome::StoppedByUser;
            else
                m_outcome = Outcome::EndedWithStatus;
            Q_EMIT runFinished(*m_end);
        } else if (m_stopRequested && m_hello) {
            // Ended by the user's Stop before it could write its end record (killed
            // after the grace period): say so rather than report a crash.
            Event end = Event::fromJson({{QStringLiteral("type"), QStringLiteral("end")},
                                         {QStringLiteral("status"), QStringLiteral("cancelled")},
                                         {QStringLiteral("message"), tr("stopped by the user")},
                                         {QStringLiteral("synthesized"), true}});
            m_end = end;
            m_outcome = Outcome::StoppedByUser;
            Q_EMIT runFinished(end);
        } else if (m_stopRequested) {
            m_outcome = Outcome::StoppedByUser;
            m_failed = true;
            Q_EMIT runFailed(tr("The run was stopped before it started."));
        } else if (status == QProcess::CrashExit) {
            fail(Outcome::Crashed,
                 withStderr(tr("The engine crashed before the end of the run. Run the scenario "
                               "again; if the engine crashes again, report it together with "
                               "its message."),
                            m_stderrTail));
        } else if (!m_hello) {
            fail(Outcome::ExitedWithoutEnd,
                 withStderr(tr("The engine refused to run the scenario (exit status %1). Check "
                               "the scenario and its parameters.")
                                .arg(exitCode),
                            m_stderrTail));
        } else {
            fail(Outcome::ExitedWithoutEnd,
                 withStderr(tr("The engine exited (status %1) without finishing the run: the "
                               "events so far are kept, but the run is incomplete.")
                                .arg(exitCode),
                            m_stderrTail));
        }
    }
    Q_EMIT runningChanged(false);
}

void EngineClient::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart) {
        // Crashes arrive through finished(); write errors only mean the engine is gone.
        qCDebug(lcEngine) << "process error" << error << m_process->errorString();
        return;
    }
    fail(Outcome::FailedToStart,
         tr("Could not start the engine %1: %2. Check that the file exists and is "
            "executable, or set the environment variable IPCVIZ_ENGINE to the engine's path.")
             .arg(m_process->program(), m_process->errorString()));
    Q_EMIT runningChanged(false);
}

void EngineClient::fail(Outcome outcome, const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_outcome = outcome;
    qCWarning(lcEngine).noquote() << "run failed:" << message;
    Q_EMIT runFailed(message);
}

ScenarioList EngineClient::listScenarios(const QString &enginePath, int timeoutMs)
{
    ScenarioList result;
    const QString path = enginePath.isEmpty() ? locateEngine() : enginePath;
    if (path.isEmpty()) {
        result.error = tr("The ipcviz engine (ipcviz-engine) was not found next to the "
                          "application. Reinstall ipcviz, or set the environment variable "
                          "IPCVIZ_ENGINE to the engine's path.");
        return result;
    }
    QProcess process;
    process.start(path, {QStringLiteral("list"), QStringLiteral("--json")}, QIODevice::ReadOnly);
    if (!process.waitForStarted(timeoutMs)) {
        result.error = tr("Could not start the engine %1: %2.").arg(path, process.errorString());
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(timeoutMs);
        result.error = tr("The engine did not list its scenarios within %1 ms.").arg(timeoutMs);
        return result;
    }
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.error = withStderr(
            tr("The engine could not list its scenarios (exit status %1).").arg(process.exitCode()),
            errors);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("The engine's scenario list is not valid JSON (at byte %1: %2).")
                           .arg(parseError.offset)
                           .arg(parseError.errorString());
        return result;
    }
    const QJsonArray array = document.isArray()
                                 ? document.array()
                                 : document.object().value(QLatin1String("scenarios")).toArray();
    if (!document.isArray() && array.isEmpty()) {
        result.error = tr("The engine's scenario list is not a JSON array.");
        return result;
    }
    for (const QJsonValue &value : array) {
        if (!value.isObject() || value.toObject().value(QLatin1String("id")).toString().isEmpty()) {
            result.error = tr("The engine's scenario list has an entry without an id.");
            return result;
        }
    }
    result.scenarios = array;
    return result;
}
