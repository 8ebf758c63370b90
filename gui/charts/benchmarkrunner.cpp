#include "benchmarkrunner.h"

#include "engineclient/engineclient.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcBenchmark, "ipcviz.benchmark")

BenchmarkRunner::BenchmarkRunner(QObject *parent) : QObject(parent) {}

BenchmarkRunner::~BenchmarkRunner()
{
    if (isRunning()) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

bool BenchmarkRunner::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool BenchmarkRunner::start(bool quick)
{
    if (isRunning())
        return false;
    if (m_process)
        m_process->deleteLater();
    m_process = new QProcess(this);
    m_stderr.clear();
    m_diagnostics.clear();
    m_cancelled = false;
    connect(m_process, &QProcess::readyReadStandardError, this, &BenchmarkRunner::readProgress);
    connect(m_process, &QProcess::finished, this, &BenchmarkRunner::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &BenchmarkRunner::onError);
    QStringList arguments{QStringLiteral("bench"), QStringLiteral("--json")};
    if (quick)
        arguments << QStringLiteral("--quick");
    const QString engine = m_enginePath.isEmpty() ? EngineClient::locateEngine() : m_enginePath;
    if (engine.isEmpty()) {
        Q_EMIT benchmarkFailed(tr("No ipcviz-engine was found next to the application."));
        return false;
    }
    qCDebug(lcBenchmark) << "starting" << engine << arguments;
    m_process->start(engine, arguments);
    Q_EMIT benchmarkStarted();
    return true;
}

void BenchmarkRunner::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    m_process->kill();
}

bool BenchmarkRunner::parseProgress(const QString &line, int *done, int *total, QString *label)
{
    static const QRegularExpression pattern(QStringLiteral("^bench: (\\d+)/(\\d+)(?: (.*))?$"));
    const QRegularExpressionMatch match = pattern.match(line.trimmed());
    if (!match.hasMatch())
        return false;
    bool okDone = false;
    bool okTotal = false;
    *done = match.captured(1).toInt(&okDone);
    *total = match.captured(2).toInt(&okTotal);
    *label = match.captured(3);
    return okDone && okTotal && *total > 0 && *done <= *total;
}

void BenchmarkRunner::readProgress()
{
    m_stderr += m_process->readAllStandardError();
    qsizetype newline;
    while ((newline = m_stderr.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stderr.left(newline));
        m_stderr.remove(0, newline + 1);
        int done = 0;
        int total = 0;
        QString label;
        if (parseProgress(line, &done, &total, &label)) {
            Q_EMIT progressChanged(done, total, label);
        } else if (m_diagnostics.size() < 16 * 1024) {
            m_diagnostics += line.toUtf8() + '\n';
        }
    }
}

void BenchmarkRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readProgress();
    if (m_cancelled) {
        Q_EMIT benchmarkCancelled();
        return;
    }
    const QString diagnostics = QString::fromUtf8(m_diagnostics + m_stderr).trimmed();
    if (status != QProcess::NormalExit || exitCode != 0) {
        Q_EMIT benchmarkFailed(
            status != QProcess::NormalExit
                ? tr("The engine crashed during the benchmark.\n%1").arg(diagnostics)
                : tr("The benchmark failed (exit status %1).\n%2").arg(exitCode).arg(diagnostics));
        return;
    }
    QString error;
    const auto report = BenchmarkReport::fromJson(m_process->readAllStandardOutput(), &error);
    if (!report) {
        Q_EMIT benchmarkFailed(error);
        return;
    }
    Q_EMIT benchmarkFinished(*report);
}

void BenchmarkRunner::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and kills arrive through finished()
    Q_EMIT benchmarkFailed(
        tr("Cannot start the engine %1: %2").arg(m_process->program(), m_process->errorString()));
}
