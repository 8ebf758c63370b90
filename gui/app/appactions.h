#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QKeySequence;

/// Every command of the main window as a QAction with its text, icon, shortcut,
/// tooltip and accessible name, so menus, the toolbar and tests share one set.
/// The speed actions form an exclusive group mapping to the engine's --pace.
/// The texts follow the interface language (retranslated on LanguageChange,
/// which reaches this object through its parent window).
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
        Settings,           // Ctrl+, : language and speed (enabled by installAppSettings())
        IdCount
    };
    Q_ENUM(Id)

    explicit AppActions(QObject *parent = nullptr);

    QAction *action(Id id) const { return m_actions.at(id); }
    QList<QAction *> all() const { return m_actions; }

    /// The speeds offered, as --pace values in ms (0 = full speed).
    static QList<int> paces();
    /// The name of a speed in the interface language ("Slow (300 ms a step)").
    static QString speedName(int paceMs);
    QList<QAction *> speedActions() const { return m_speedActions; }
    int paceMs() const;
    void setPaceMs(int ms);

    /// Sets every text, tooltip and accessible name in the interface language.
    void retranslate();

Q_SIGNALS:
    void paceChanged(int ms);

protected:
    bool event(QEvent *event) override;

private:
    QAction *make(Id id, const QString &icon, const QList<QKeySequence> &keys);
    void setTexts(Id id, const QString &text, const QString &tip);

    QList<QAction *> m_actions;
    QList<QAction *> m_speedActions;
    QActionGroup *m_speedGroup;
};
