#include "runcontroller.h"

#include "core/enginemessage.h"
#include "core/tracefile.h"
#include "engineclient/engineclient.h"
#include "models/runfeeder.h"
#include "models/runmodel.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <utility>

Q_LOGGING_CATEGORY(lcRun, "ipcviz.run")

RunController::RunController(RunModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_client(new EngineClient(this))
{
    m_options.paceMs = 300;
    RunFeeder::connectClient(m_client, m_model);
    connect(m_client, &EngineClient::runningChanged, this, &RunController::onRunningChanged);
    connect(m_client, &EngineClient::runFinished, this, &RunController::onRunFinished);
    connect(m_client, &EngineClient::runFailed, this, [this](const QString &message) {
        Q_EMIT messageRaised(MessageBar::Level::Error, message);
        updateStatus();
    });
    connect(m_client, &EngineClient::decodeErrorOccurred, this, &RunController::onDecodeError);
    connect(m_model, &RunModel::eventsAppended, this, &RunController::updateStatus);
    connect(m_model, &RunModel::runReset, this, &RunController::updateStatus);
}

RunController::~RunController() = default;

void RunController::setScenario(const QString &idOrFile)
{
    m_options.scenario = idOrFile;
}

void RunController::setParams(const QList<QPair<QString, QString>> &params)
{
    m_options.params = params;
}

void RunController::setPaceMs(int ms)
{
    m_options.paceMs = ms;
}

void RunController::setStepMode(bool step)
{
    m_options.step = step;
}

bool RunController::isRunning() const
{
    return m_client->isRunning();
}

bool RunController::start()
{
    if (m_client->isRunning())
        return false;
    m_tracePath.clear();
    m_decodeErrors = 0;
    Q_EMIT runReplaced();
    RunOptions options = m_options;
    options.scheduleFile = std::exchange(m_pendingSchedule, QString());
    // A schedule drives the gates itself: the user's step mode would only wait at the end.
    if (!options.scheduleFile.isEmpty())
        options.step = false;
    qCInfo(lcRun) << "starting" << options.arguments();
    return m_client->start(options);
}

void RunController::stop()
{
    m_restartPending = false;
    m_pendingSchedule.clear();
    if (m_client->isRunning())
        m_client->stop();
}

void RunController::restart()
{
    if (!m_client->isRunning()) {
        start();
        return;
    }
    // Start again only once the engine has cleaned up and exited.
    m_restartPending = true;
    m_client->stop();
}

void RunController::step()
{
    m_client->step();
}

void RunController::stepProcess(const QString &label)
{
    m_client->step(label);
}

void RunController::continueRun()
{
    m_client->continueRun();
}

void RunController::pause()
{
    m_client->pause();
}

void RunController::onRunningChanged(bool running)
{
    Q_EMIT runningChanged(running);
    updateStatus();
    if (!running && m_restartPending) {
        m_restartPending = false;
        start();
    }
}

void RunController::onRunFinished(const Event &end)
{
    const QString status = end.str(QStringLiteral("status"));
    const QString message = translatedEngineMessage(end);
    if (status == QLatin1String("deadlock")) {
        Q_EMIT messageRaised(MessageBar::Level::Warning,
                             tr("Deadlock: every live process was blocked in a call that nothing "
                                "could complete. %1 Look at the red \"blocked in\" badges to see "
                                "who waited for what.")
                                 .arg(message));
    } else if (status == QLatin1String("timeout")) {
        Q_EMIT messageRaised(
            MessageBar::Level::Warning,
            tr("The run took longer than its time limit and was stopped. %1").arg(message));
    } else if (status == QLatin1String("failed")) {
        Q_EMIT messageRaised(
            MessageBar::Level::Error,
            tr("The engine could not run the scenario to its end: %1").arg(message));
    }
    if (!end.value(QStringLiteral("leaks")).toArray().isEmpty()) {
        Q_EMIT messageRaised(MessageBar::Level::Error,
                             tr("Something survived the run despite cleanup (see the end record "
                                "in the event log). Please report this as a bug."));
    }
    updateStatus();
}

void RunController::onDecodeError(const DecodeError &error)
{
    ++m_decodeErrors;
    // One message is enough; the count is in the status bar.
    if (m_decodeErrors == 1)
        Q_EMIT messageRaised(MessageBar::Level::Warning,
                             tr("The engine wrote a line that is not a valid event (%1). It was "
                                "skipped and the run goes on.")
                                 .arg(error.toString()));
    updateStatus();
}

bool RunController::openTrace(const QString &path)
{
    if (m_client->isRunning())
        m_client->stop();
    const TraceLoadResult trace = TraceFile::load(path);
    if (!trace.ok()) {
        Q_EMIT messageRaised(MessageBar::Level::Error,
                             tr("Could not open the trace %1: %2").arg(path, trace.fatalError));
        return false;
    }
    Q_EMIT runReplaced();
    m_tracePath = path;
    RunFeeder::replay(trace, m_model);
    if (!trace.errors.isEmpty()) {
        Q_EMIT messageRaised(
            MessageBar::Level::Warning,
            tr("The trace %1 is damaged: %n line(s) were skipped (first: %2). The rest is shown.",
               nullptr, static_cast<int>(trace.errors.size()))
                .arg(QFileInfo(path).fileName(), trace.errors.first().toString()));
    }
    updateStatus();
    return true;
}

bool RunController::saveTrace(const QString &path)
{
    if (!m_model->hasStarted()) {
        Q_EMIT messageRaised(MessageBar::Level::Info,
                             tr("There is nothing to save yet: run a scenario first."));
        return false;
    }
    QString error;
    if (!TraceFile::save(path, m_model->hello(), m_model->events(), m_model->end(), &error)) {
        Q_EMIT messageRaised(MessageBar::Level::Error,
                             tr("Could not save the trace: %1").arg(error));
        return false;
    }
    Q_EMIT statusChanged(tr("Trace saved to %1").arg(path));
    return true;
}

bool RunController::startWithSchedule(const QString &schedulePath)
{
    if (!QFileInfo(schedulePath).isReadable()) {
        Q_EMIT messageRaised(MessageBar::Level::Error,
                             tr("Could not read the schedule %1: there is no readable file there.")
                                 .arg(schedulePath));
        return false;
    }
    if (m_options.scenario.isEmpty()) {
        Q_EMIT messageRaised(MessageBar::Level::Info,
                             tr("Pick a scenario first: a schedule replays a run of it."));
        return false;
    }
    m_pendingSchedule = schedulePath;
    if (!m_client->isRunning())
        return start();
    // Start again only once the engine has cleaned up and exited.
    m_restartPending = true;
    m_client->stop();
    return true;
}

bool RunController::replayInterleaving()
{
    if (!m_model->hasStarted()) {
        Q_EMIT messageRaised(MessageBar::Level::Info,
                             tr("There is no interleaving to replay yet: run a scenario first."));
        return false;
    }
    if (!m_scheduleDir)
        m_scheduleDir = std::make_unique<QTemporaryDir>();
    if (!m_scheduleDir->isValid()) {
        Q_EMIT messageRaised(MessageBar::Level::Error,
                             tr("Could not create a temporary folder for the schedule: %1")
                                 .arg(m_scheduleDir->errorString()));
        return false;
    }
    const QString path =
        m_scheduleDir->filePath(QStringLiteral("schedule-%1.ndjson").arg(++m_scheduleSerial));
    QString error;
    if (!TraceFile::save(path, m_model->hello(), m_model->events(), m_model->end(), &error)) {
        Q_EMIT messageRaised(MessageBar::Level::Error,
                             tr("Could not save this run's schedule: %1").arg(error));
        return false;
    }
    const QString scenario = m_model->hello().str(QStringLiteral("scenario"));
    if (m_options.scenario.isEmpty() && !scenario.isEmpty())
        m_options.scenario = scenario;
    return startWithSchedule(path);
}

QString RunController::statusText() const
{
    const int n = m_model->eventCount();
    const QString scenario = m_model->hello().str(QStringLiteral("scenario"));
    QString text;
    if (!m_model->hasStarted() && !m_client->isRunning()) {
        text = m_client->outcome() == EngineClient::Outcome::FailedToStart
                   ? tr("The run could not start: see the message above the canvas.")
                   : tr("Ready. Pick a scenario and press Run (Ctrl+R).");
    } else if (m_client->isRunning()) {
        text = m_options.step ? tr("Running %1 step by step: %n event(s)", nullptr, n).arg(scenario)
                              : tr("Running %1: %n event(s)", nullptr, n).arg(scenario);
    } else if (m_model->hasEnded()) {
        const QString status = m_model->end()->str(QStringLiteral("status"));
        text = m_client->outcome() == EngineClient::Outcome::StoppedByUser && m_tracePath.isEmpty()
                   ? tr("Stopped by you: %n event(s)", nullptr, n)
                   : tr("Ended: %1, %n event(s)", nullptr, n).arg(status);
    } else if (!m_tracePath.isEmpty()) {
        text = tr("Trace without an end record: %n event(s)", nullptr, n);
    } else {
        text = tr("The run did not finish: %n event(s)", nullptr, n);
    }
    if (!m_tracePath.isEmpty())
        text = tr("Replay of %1. %2").arg(QFileInfo(m_tracePath).fileName(), text);
    if (m_decodeErrors > 0)
        text += QLatin1Char(' ') + tr("(%n damaged line(s) skipped)", nullptr, m_decodeErrors);
    return text;
}

void RunController::updateStatus()
{
    Q_EMIT statusChanged(statusText());
}
