#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;

/// Every command of the main window as a QAction with its text, icon, shortcut,
/// tooltip and accessible name, so menus, the toolbar and tests share one set.
/// The speed actions form an exclusive group mapping to the engine's --pace.
class AppActions : public QObject {
    Q_OBJECT
public:
    enum Id {
        Run,                // Ctrl+R
        Stop,               // Ctrl+. and Esc
        Restart,            // Ctrl+Shift+R
        StepMode,           // Ctrl+Shift+T (checkable: start runs paused at the first gate)
        Step,               // F10 and Space
        Continue,           // F8 and C
        Pause,              // Shift+F8 and P
        OpenScenario,       // Ctrl+O
        OpenTrace,          // Ctrl+Shift+O
        SaveTrace,          // Ctrl+S
        StepBack,           // Alt+Left
        StepForward,        // Alt+Right
        GoToStart,          // Alt+Home
        GoLive,             // Alt+End
        Quit,               // Ctrl+Q
        StepSelected,       // S and Enter: release the selected process
        SaveSchedule,       // save this run's interleaving (its trace)
        LoadSchedule,       // run the scenario again following a saved interleaving
        ReplayInterleaving, // run the scenario again with this run's interleaving
        IdCount
    };
    Q_ENUM(Id)

    explicit AppActions(QObject *parent = nullptr);

    QAction *action(Id id) const { return m_actions.at(id); }
    QList<QAction *> all() const { return m_actions; }

    /// The speeds offered, as --pace values in ms (0 = full speed).
    static QList<int> paces();
    QList<QAction *> speedActions() const { return m_speedActions; }
    int paceMs() const;
    void setPaceMs(int ms);

Q_SIGNALS:
    void paceChanged(int ms);

private:
    QAction *make(Id id, const QString &icon, const QString &text, const QString &tip,
                  const QList<QKeySequence> &keys);

    QList<QAction *> m_actions;
    QList<QAction *> m_speedActions;
    QActionGroup *m_speedGroup;
};
