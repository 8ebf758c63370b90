#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class MainWindow;
class QAction;
class QActionGroup;
class QComboBox;
class QMenu;
class QTimer;
class QToolBar;
class RunModel;

/// Plays a run that is already in the RunModel (an opened trace, or a finished
/// run) by moving the model's time cursor with a timer, so every view replays it
/// exactly as it was shown live; no engine is involved. Speed is a number of
/// events per second, or real time (the events' own timestamps) scaled by 0.25 to
/// 4. Playback pauses at the last event, when the user drags the cursor
/// elsewhere it goes on from there, and a new run stops it.
class TraceReplay : public QObject {
    Q_OBJECT
public:
    enum class Mode { EventsPerSecond, RealTime };
    Q_ENUM(Mode)

    /// One entry of the speed control.
    struct Speed {
        Mode mode;
        double value; // events per second, or the real-time factor
        QString name; // translated
    };

    explicit TraceReplay(RunModel *model, QObject *parent = nullptr);

    /// Every speed offered, in menu order.
    static QList<Speed> speeds();

    RunModel *model() const { return m_model; }
    bool isPlaying() const { return m_playing; }
    Mode mode() const { return m_mode; }
    double rate() const { return m_rate; }
    /// Events per second (clamped to [0.1, 1000]).
    void setEventsPerSecond(double eventsPerSecond);
    /// Real time scaled by @p factor (clamped to [0.25, 4]).
    void setRealTimeFactor(double factor);

    QAction *playAction() const { return m_play; }
    QAction *stepBackAction() const { return m_stepBack; }
    QAction *stepForwardAction() const { return m_stepForward; }
    /// A combo box over speeds(), kept in step with setEventsPerSecond()/setRealTimeFactor().
    QComboBox *createSpeedBox(QWidget *parent) const;
    /// The same choice as a menu of checkable actions (every command is in a menu).
    QMenu *createSpeedMenu(QWidget *parent) const;
    /// Enables the controls (e.g. only when no live run is going on).
    void setAvailable(bool available);
    bool isAvailable() const { return m_available; }

public Q_SLOTS:
    /// Starts from the cursor, or from the beginning when the cursor is at the end.
    void play();
    void pause();
    void togglePlay();
    void stepBack();
    void stepForward();

Q_SIGNALS:
    void playingChanged(bool playing);
    void speedChanged();
    /// Playback reached the last event and paused.
    void finished();

protected:
    bool event(QEvent *event) override;

private:
    void retranslate();
    void applySpeed(int index);
    int speedIndex() const;
    void tick();
    void scheduleNext();
    void rebase();
    void setPlaying(bool playing);
    void moveCursor(int index);

    RunModel *m_model;
    QTimer *m_timer;
    QAction *m_play;
    QAction *m_stepBack;
    QAction *m_stepForward;
    // Speed controls made by createSpeedBox()/createSpeedMenu(), renamed on LanguageChange.
    mutable QList<QPointer<QComboBox>> m_speedBoxes;
    mutable QList<QPointer<QMenu>> m_speedMenus;
    Mode m_mode = Mode::EventsPerSecond;
    double m_rate = 5;
    bool m_playing = false;
    bool m_available = true;
    int m_setCursor = -2;  // where we last put the cursor; anything else means the user moved it
    QElapsedTimer m_clock; // real time: wall clock since m_baseT was shown
    qint64 m_baseT = 0;    // real time: trace time (ns) at m_clock's start
};

/// Adds a Replay toolbar and menu (Play/Pause, Step back, Step forward, speed)
/// to @p window, enabled whenever events are shown and no live run is going on.
void installTraceReplay(MainWindow &window);
