#pragma once

#include "benchmarkreport.h"

#include <QObject>
#include <QProcess>

/// Runs `ipcviz-engine bench --json [--quick]` in a QProcess: reports the
/// progress lines the engine prints on stderr ("bench: DONE/TOTAL LABEL") and,
/// when the engine ends, the decoded report or a clear error. cancel() kills the
/// engine (its benchmark children die with it) and is reported apart from a failure.
class BenchmarkRunner : public QObject {
    Q_OBJECT
public:
    explicit BenchmarkRunner(QObject *parent = nullptr);
    ~BenchmarkRunner() override;

    /// The engine to start; empty = EngineClient::locateEngine().
    void setEnginePath(const QString &path) { m_enginePath = path; }
    bool isRunning() const;
    /// Starts a benchmark; false (nothing started) while one runs.
    bool start(bool quick);
    /// Kills a running benchmark; benchmarkCancelled() follows.
    void cancel();

    /// Parses one stderr line "bench: DONE/TOTAL LABEL"; false for other lines.
    static bool parseProgress(const QString &line, int *done, int *total, QString *label);

Q_SIGNALS:
    void benchmarkStarted();
    void progressChanged(int done, int total, const QString &label);
    void benchmarkFinished(const BenchmarkReport &report);
    void benchmarkFailed(const QString &message);
    void benchmarkCancelled();

private:
    void readProgress();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);

    QProcess *m_process = nullptr;
    QString m_enginePath;
    QByteArray m_stderr;      // incomplete last line
    QByteArray m_diagnostics; // stderr lines that were not progress (for errors)
    bool m_cancelled = false;
};
