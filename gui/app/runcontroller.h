#pragma once

#include "engineclient/runoptions.h"
#include "views/messagebar.h"

#include <QObject>
#include <memory>

class EngineClient;
class QTemporaryDir;
class RunModel;
struct DecodeError;
struct Event;

/// Starts, stops and restarts runs of the engine into one RunModel, opens and
/// saves traces, and says in plain words what is happening: statusChanged() for
/// the status bar, messageRaised() for problems with what to do about them (the
/// main window shows them in a non-blocking MessageBar).
class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(RunModel *model, QObject *parent = nullptr);
    ~RunController() override;

    EngineClient *client() const { return m_client; }
    RunModel *model() const { return m_model; }

    /// Built-in id or path of a scenario file; used by start().
    void setScenario(const QString &idOrFile);
    QString scenario() const { return m_options.scenario; }
    void setParams(const QList<QPair<QString, QString>> &params);
    void setPaceMs(int ms);
    int paceMs() const { return m_options.paceMs; }
    void setStepMode(bool step);
    bool stepMode() const { return m_options.step; }

    bool isRunning() const;
    /// Where the shown events come from: a trace file, or empty for a live run.
    QString tracePath() const { return m_tracePath; }
    QString statusText() const;

public Q_SLOTS:
    bool start();
    void stop();
    /// Stops the current run (if any) and starts the same scenario again.
    void restart();
    void step();
    /// Releases one process at its gate (step mode): "step label".
    void stepProcess(const QString &label);
    void continueRun();
    void pause();
    bool openTrace(const QString &path);
    bool saveTrace(const QString &path);
    /// Runs the current scenario again (stopping the current run first), releasing
    /// its processes in the order recorded in the trace at @p schedulePath
    /// (`run --schedule TRACE`). False when the file cannot be read.
    bool startWithSchedule(const QString &schedulePath);
    /// Runs the current scenario again with the current run's interleaving: its
    /// events are saved to a private file that becomes the schedule.
    bool replayInterleaving();

Q_SIGNALS:
    void statusChanged(const QString &text);
    void messageRaised(MessageBar::Level level, const QString &text);
    /// A new run or trace replaces what was shown (old messages are stale).
    void runReplaced();
    void runningChanged(bool running);

private:
    void onRunningChanged(bool running);
    void onRunFinished(const Event &end);
    void onDecodeError(const DecodeError &error);
    void updateStatus();

    RunModel *m_model;
    EngineClient *m_client;
    RunOptions m_options;
    QString m_tracePath;
    std::unique_ptr<QTemporaryDir> m_scheduleDir; // schedules of "Replay this interleaving"
    int m_scheduleSerial = 0;
    QString m_pendingSchedule; // used by the next start() only
    bool m_restartPending = false;
    int m_decodeErrors = 0;
};
