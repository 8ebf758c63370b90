#pragma once

#include "views/scenariocheck.h"

#include <QObject>
#include <QSet>
#include <functional>

class MainWindow;
class QFileSystemWatcher;
class QMenu;
class QTimer;
class ScenarioProblemsPane;

/// Scenario files in the app: opens them (menu, command line, drag and drop, the
/// Recent submenu) through one path that validates them with the engine's check,
/// shows every error located in a "Scenario File" dock, and selects only a valid
/// file; reloads the file when it changes on disk; remembers recent files in
/// QSettings; and, because a scenario that execs programs is a program, asks
/// before running a file (not a built-in) which programs it will exec, once per
/// file content per session. Runs of a file go through run(), never unchecked.
class ScenarioFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRecent = 10;
    /// Asked before running @p file that execs @p programs; true = run it.
    using Confirmer = std::function<bool(const QString &file, const QStringList &programs)>;

    explicit ScenarioFiles(MainWindow &window);

    /// The instance installed in @p window (nullptr before installScenarioFiles()).
    static ScenarioFiles *of(const MainWindow &window);

    /// Checks @p path and selects it when valid (errors are shown either way).
    bool open(const QString &path);
    /// A built-in id goes to MainWindow::selectScenario(), an existing file to open().
    bool select(const QString &idOrFile);
    /// Runs the selected scenario: a file is checked again and, if it execs
    /// programs, confirmed first. False when nothing was started.
    bool run();
    /// Restart for the Restart action, with the same checks as run().
    bool restart();
    /// File > Open Scenario: asks for a file, opens it and, if valid, runs it.
    void openDialog();

    QString currentFile() const { return m_file; }
    ScenarioCheck lastCheck() const { return m_check; }
    ScenarioProblemsPane *problemsPane() const { return m_pane; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QStringList recentFiles() const;
    void clearRecentFiles();

    /// Replaces the Run/Cancel question (tests, automation).
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    /// The question asked before running a file that execs programs.
    static QString confirmationText(const QString &file, const QStringList &programs);

Q_SIGNALS:
    /// The engine checked a file (opened, reloaded or about to run).
    void fileChecked(const ScenarioCheck &check);
    void recentFilesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    ScenarioCheck check(const QString &path);
    bool confirmExecs(const ScenarioCheck &check);
    bool askUser(const QString &file, const QStringList &programs);
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void watch(const QString &path);
    void onFileChanged();

    MainWindow &m_window;
    ScenarioProblemsPane *m_pane;
    QMenu *m_recentMenu;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reloadTimer;
    QString m_file;
    ScenarioCheck m_check;
    QSet<QByteArray> m_approved; // SHA-256 of file contents the user agreed to run
    Confirmer m_confirmer;
};

/// Adds scenario files to @p window: File > Open Scenario and Open Recent,
/// drag and drop, the Scenario File dock, and checked runs of files.
void installScenarioFiles(MainWindow &window);
