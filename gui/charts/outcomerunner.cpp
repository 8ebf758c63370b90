#include "outcomerunner.h"

#include "core/eventdecoder.h"
#include "engineclient/engineclient.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

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

namespace {

/// "main(main.1(main.1.1), main.2)": each process with its children in the
/// order they were forked; processes nobody forked (the roots) in order of
/// appearance.
QString treeOf(const QString &label, const QHash<QString, QStringList> &children, int depth)
{
    const QStringList kids = children.value(label);
    if (kids.isEmpty() || depth > 64)
        return label;
    QStringList parts;
    for (const QString &kid : kids)
        parts.append(treeOf(kid, children, depth + 1));
    return label + QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace

QString OutcomeRunner::outcomeOf(const EventList &events, Key key)
{
    QString output;
    QString status;
    QString firstSemaphore;
    QStringList order;                    // every scenario process, first seen first
    QSet<QString> seen;                   // the same, to look up
    QSet<QString> forked;                 // labels some process forked
    QHash<QString, QStringList> children; // parent label -> children, in fork order
    const auto note = [&](const QString &label) {
        if (!label.isEmpty() && label != QLatin1String("engine") && !seen.contains(label)) {
            seen.insert(label);
            order.append(label);
        }
    };
    for (const Event &event : events) {
        if (event.kind == QLatin1String("proc.output") &&
            event.str(QStringLiteral("stream")) != QLatin1String("stderr"))
            output += event.str(QStringLiteral("data"));
        else if (event.isEndRecord())
            status = event.str(QStringLiteral("status"));
        else if (firstSemaphore.isEmpty() && event.kind == QLatin1String("sem.wait") &&
                 event.isEnd() && event.num(QStringLiteral("ret"), -1) == 0)
            firstSemaphore = event.label;
        if (key != Key::ProcessTree)
            continue;
        note(event.label);
        if (event.kind == QLatin1String("proc.fork") && event.has(QStringLiteral("child_label"))) {
            const QString child = event.str(QStringLiteral("child_label"));
            children[event.label].append(child);
            forked.insert(child);
            note(child); // counted even if it never reported
        }
    }
    if (status != QLatin1String("completed"))
        return tr("(run %1)").arg(status.isEmpty() ? tr("ended without a status") : status);
    switch (key) {
    case Key::FirstNumber: {
        static const QRegularExpression number(QStringLiteral("-?\\d+"));
        const QRegularExpressionMatch match = number.match(output);
        return match.hasMatch() ? match.captured() : tr("(no number printed)");
    }
    case Key::FirstSemaphore:
        return firstSemaphore.isEmpty() ? tr("(no process got a semaphore)") : firstSemaphore;
    case Key::ProcessTree: {
        QStringList roots;
        for (const QString &label : std::as_const(order))
            if (!forked.contains(label))
                roots.append(treeOf(label, children, 0));
        return tr("%n process(es): %1", nullptr, int(order.size()))
            .arg(roots.join(QStringLiteral("; ")));
    }
    case Key::Output:
        break;
    }
    output = output.trimmed();
    return output.isEmpty() ? tr("(nothing printed)") : output;
}

OutcomeRunner::Key OutcomeRunner::defaultKey(const QString &scenario)
{
    if (scenario.startsWith(QLatin1String("race-counter")))
        return Key::FirstNumber;
    if (scenario == QLatin1String("fork-tree"))
        return Key::ProcessTree;
    return Key::Output;
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
