#include "runcontroller.h"

#include "core/tracefile.h"
#include "engineclient/engineclient.h"
#include "models/runfeeder.h"
#include "models/runmodel.h"

#include <QFileInfo>
#include <QLoggingCategory>

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
    qCInfo(lcRun) << "starting" << m_options.arguments();
    return m_client->start(m_options);
}

void RunController::stop()
{
    m_restartPending = false;
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
    const QString message = end.str(QStringLiteral("message"));
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
    if (!end.fields.value(QStringLiteral("leaks")).toArray().isEmpty()) {
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
