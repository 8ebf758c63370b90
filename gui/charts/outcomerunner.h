#pragma once

#include "core/event.h"
#include "engineclient/runoptions.h"

#include <QList>
#include <QObject>
#include <QProcess>

class EventDecoder;

/// How many times each distinct outcome happened.
struct OutcomeCount {
    QString outcome;
    int count = 0;
};

/// Runs one scenario N times with the engine, unattended (free runs, no pace),
/// one run after the other, and counts the distinct outcomes. An outcome is, by
/// Key: what the run printed (stdout of every process, in stream order,
/// trimmed); the first integer printed (race-counter's final count); the label
/// of the process whose sem_wait() returned first (who won the semaphore); or
/// the process tree ("3 processes: main(main.1, main.2)", from the forks). A
/// run that does not complete counts as its end status. cancel() kills the
/// running engine and stops.
class OutcomeRunner : public QObject {
    Q_OBJECT
public:
    enum class Key { Output, FirstNumber, FirstSemaphore, ProcessTree };
    static constexpr int MaxRuns = 1000;

    explicit OutcomeRunner(QObject *parent = nullptr);
    ~OutcomeRunner() override;

    /// The engine to start; empty = EngineClient::locateEngine().
    void setEnginePath(const QString &path) { m_enginePath = path; }
    bool isRunning() const { return m_running; }
    /// Starts `runs` (1..MaxRuns) runs of options' scenario and parameters; step
    /// mode, pace, trace and schedule are ignored. False when already running or
    /// runs is out of range.
    bool start(const RunOptions &options, int runs, Key key);
    void cancel();

    int runsDone() const { return m_done; }
    int runsTotal() const { return m_total; }
    /// Outcomes in order of first appearance.
    const QList<OutcomeCount> &counts() const { return m_counts; }
    /// How many runs had exactly this outcome.
    int countOf(const QString &outcome) const;

    /// The outcome of one run's events (hello and end records included).
    static QString outcomeOf(const EventList &events, Key key);
    /// The key that suits a scenario: FirstNumber for the race counters,
    /// ProcessTree for fork-tree.
    static Key defaultKey(const QString &scenario);

Q_SIGNALS:
    void runsStarted(int total);
    /// After each run: runs done so far and the outcome of that run.
    void runDone(int done, int total, const QString &outcome);
    void runsFinished();
    void runsCancelled();
    /// The engine could not be started: nothing more will run.
    void runsFailed(const QString &message);

private:
    void startNext();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void addOutcome(const QString &outcome);

    RunOptions m_options;
    Key m_key = Key::Output;
    QString m_enginePath;
    QProcess *m_process = nullptr;
    EventDecoder *m_decoder;
    EventList m_events;
    QList<OutcomeCount> m_counts;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
