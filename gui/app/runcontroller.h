#pragma once

#include "engineclient/runoptions.h"
#include "views/messagebar.h"

#include <QObject>

class EngineClient;
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
    void continueRun();
    void pause();
    bool openTrace(const QString &path);
    bool saveTrace(const QString &path);

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
    bool m_restartPending = false;
    int m_decodeErrors = 0;
};
