#pragma once

#include "core/decodeerror.h"
#include "core/event.h"
#include "core/eventdecoder.h"
#include "runoptions.h"
#include "scenariolist.h"

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QString>
#include <optional>

class QTimer;

/// Runs one `ipcviz-engine run ...` at a time in a QProcess and turns its stdout
/// into Events, parsed incrementally as bytes arrive. Emits runStarted(hello),
/// then eventsReceived() batches, then exactly one of runFinished(end) or
/// runFailed(message). Commands go to the engine's stdin (sendCommand() and the
/// helpers). stop() asks the engine to stop, then escalates; a user's Stop is
/// reported as Outcome::StoppedByUser, apart from a crash. Must be used (and the
/// engine started) from the main thread: the engine dies with the thread that
/// started it (PR_SET_PDEATHSIG). The destructor ends a running engine.
class EngineClient : public QObject {
    Q_OBJECT
public:
    /// How the last run ended, for the UI to tell a Stop from a crash.
    enum class Outcome {
        None,             // no run yet
        Running,          // started, not ended
        Completed,        // end record with status "completed"
        EndedWithStatus,  // end record with failed / timeout / deadlock (see end status)
        StoppedByUser,    // stop() was called (end "cancelled" or killed after the grace period)
        FailedToStart,    // engine missing or not executable
        Crashed,          // engine died from a signal
        ExitedWithoutEnd, // engine exited without an end record (e.g. usage error)
        ProtocolError,    // output was not an ipcviz stream, or a newer protocol
    };
    Q_ENUM(Outcome)

    static constexpr int DefaultStopGraceMs = 3000;

    explicit EngineClient(QObject *parent = nullptr);
    ~EngineClient() override;

    /// The engine binary: env IPCVIZ_ENGINE, else `ipcviz-engine` next to the
    /// application, else the build tree's engine (../engine/ipcviz-engine relative
    /// to the application). Empty when none is executable.
    static QString locateEngine();
    /// Overrides locateEngine() (tests pass IPCVIZ_ENGINE_PATH). Empty = locate.
    void setEnginePath(const QString &path);
    /// The path start() will use (override, else locateEngine()).
    QString enginePath() const;

    /// Starts a run. Returns false when a run is already going (nothing emitted)
    /// or when the engine cannot be found or no scenario is given (runFailed
    /// emitted); otherwise the outcome is signalled later.
    bool start(const RunOptions &options);
    bool isRunning() const;
    Outcome outcome() const { return m_outcome; }
    /// hello of the current/last run, when received.
    const std::optional<Event> &hello() const { return m_hello; }
    /// end of the current/last run, when received.
    const std::optional<Event> &end() const { return m_end; }
    /// Last lines the engine wrote on stderr (at most a few KiB), for messages.
    QString stderrTail() const { return m_stderrTail; }

    /// Writes one command as one JSON line on the engine's stdin. False when no
    /// run is going or stdin is closed.
    bool sendCommand(const QJsonObject &command);
    bool step(const QString &label = {});                         // {"cmd":"step"[,"label":L]}
    bool continueRun();                                           // {"cmd":"continue"}
    bool pause();                                                 // {"cmd":"pause"}
    bool sendSignal(const QString &label, const QString &signal); // {"cmd":"signal",...}
    bool writeToFifo(const QString &obj, const QString &data);    // {"cmd":"fifo.write",...}

    /// The user's Stop: sends {"cmd":"stop"}, closes stdin, then SIGTERM after
    /// graceMs and SIGKILL after another graceMs. Outcome StoppedByUser.
    void stop(int graceMs = DefaultStopGraceMs);

    /// Runs `ipcviz-engine list --json` synchronously (at most timeoutMs) and
    /// parses the array. `enginePath` empty = locateEngine().
    static ScenarioList listScenarios(const QString &enginePath = {}, int timeoutMs = 5000);

Q_SIGNALS:
    void runStarted(const Event &hello);
    void eventsReceived(const EventList &events);
    /// The engine sent its end record and exited (or was stopped by the user
    /// without an end: then a synthesized end with status "cancelled" and
    /// "synthesized":true).
    void runFinished(const Event &end);
    /// Anything but a proper end: engine missing, failed to start, crashed,
    /// exited without end, not an ipcviz stream. Translated, says what to do.
    void runFailed(const QString &message);
    /// A damaged line on the engine's stdout (the run goes on).
    void decodeErrorOccurred(const DecodeError &error);
    /// Text the engine wrote on stderr, in whole lines.
    void stderrReceived(const QString &text);
    void runningChanged(bool running);

private:
    void onReadyReadStdout();
    void onReadyReadStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void dispatchDecoded();
    void fail(Outcome outcome, const QString &message);
    void escalateStop();

    QProcess *m_process = nullptr;
    QTimer *m_stopTimer = nullptr;
    EventDecoder m_decoder;
    QString m_enginePath;
    std::optional<Event> m_hello;
    std::optional<Event> m_end;
    QString m_stderrTail;
    QByteArray m_stderrPartial;
    Outcome m_outcome = Outcome::None;
    bool m_stopRequested = false;
    bool m_failed = false; // runFailed already emitted for this run
    int m_stopStage = 0;
    int m_stopGraceMs = DefaultStopGraceMs;
};
