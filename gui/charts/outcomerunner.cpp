#include "outcomerunner.h"

#include "core/eventdecoder.h"
#include "engineclient/engineclient.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcOutcome, "ipcviz.outcomes")

OutcomeRunner::OutcomeRunner(QObject *parent) : QObject(parent), m_decoder(new EventDecoder) {}

OutcomeRunner::~OutcomeRunner()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(3000);
    }
    delete m_decoder;
}

bool OutcomeRunner::start(const RunOptions &options, int runs, Key key)
{
    if (m_running || runs < 1 || runs > MaxRuns || options.scenario.isEmpty())
        return false;
    m_options = RunOptions();
    m_options.scenario = options.scenario;
    m_options.params = options.params;
    m_options.timeoutSeconds = options.timeoutSeconds;
    m_key = key;
    m_counts.clear();
    m_done = 0;
    m_total = runs;
    m_running = true;
    m_cancelled = false;
    Q_EMIT runsStarted(runs);
    startNext();
    return true;
}

void OutcomeRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->kill(); // the engine's scenario processes die with it (PDEATHSIG)
}

int OutcomeRunner::countOf(const QString &outcome) const
{
    for (const OutcomeCount &count : m_counts) {
        if (count.outcome == outcome)
            return count.count;
    }
    return 0;
}

QString OutcomeRunner::outcomeOf(const EventList &events, Key key)
{
    QString output;
    QString status;
    for (const Event &event : events) {
        if (event.kind == QLatin1String("proc.output") &&
            event.str(QStringLiteral("stream")) != QLatin1String("stderr"))
            output += event.str(QStringLiteral("data"));
        else if (event.isEndRecord())
            status = event.str(QStringLiteral("status"));
    }
    if (status != QLatin1String("completed"))
        return tr("(run %1)").arg(status.isEmpty() ? tr("ended without a status") : status);
    if (key == Key::FirstNumber) {
        static const QRegularExpression number(QStringLiteral("-?\\d+"));
        const QRegularExpressionMatch match = number.match(output);
        return match.hasMatch() ? match.captured() : tr("(no number printed)");
    }
    output = output.trimmed();
    return output.isEmpty() ? tr("(nothing printed)") : output;
}

OutcomeRunner::Key OutcomeRunner::defaultKey(const QString &scenario)
{
    return scenario.startsWith(QLatin1String("race-counter")) ? Key::FirstNumber : Key::Output;
}

void OutcomeRunner::startNext()
{
    if (m_process)
        m_process->deleteLater();
    m_process = new QProcess(this);
    m_events.clear();
    m_decoder->reset();
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_decoder->feed(m_process->readAllStandardOutput());
        m_events += m_decoder->takeEvents();
    });
    // Diagnostics are not needed for counting; drop them so the pipe never fills.
    m_process->setStandardErrorFile(QProcess::nullDevice());
    connect(m_process, &QProcess::finished, this, &OutcomeRunner::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &OutcomeRunner::onError);
    const QString engine = m_enginePath.isEmpty() ? EngineClient::locateEngine() : m_enginePath;
    qCDebug(lcOutcome) << "run" << m_done + 1 << "of" << m_total << engine << m_options.arguments();
    m_process->start(engine, m_options.arguments());
}

void OutcomeRunner::onFinished(int, QProcess::ExitStatus)
{
    if (m_cancelled) {
        m_running = false;
        Q_EMIT runsCancelled();
        return;
    }
    m_decoder->feed(m_process->readAllStandardOutput());
    m_decoder->finish();
    m_events += m_decoder->takeEvents();
    const QString outcome = outcomeOf(m_events, m_key);
    addOutcome(outcome);
    ++m_done;
    Q_EMIT runDone(m_done, m_total, outcome);
    if (m_done < m_total) {
        startNext();
        return;
    }
    m_running = false;
    Q_EMIT runsFinished();
}

void OutcomeRunner::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and kills arrive through finished()
    m_running = false;
    Q_EMIT runsFailed(
        tr("Cannot start the engine %1: %2").arg(m_process->program(), m_process->errorString()));
}

void OutcomeRunner::addOutcome(const QString &outcome)
{
    for (OutcomeCount &count : m_counts) {
        if (count.outcome == outcome) {
            ++count.count;
            return;
        }
    }
    m_counts.append(OutcomeCount{outcome, 1});
}
