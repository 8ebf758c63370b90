#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class LanguageManager;
class MainWindow;
class QMenu;
class SettingsDialog;

/// What ipcviz remembers from one session to the next, in QSettings: the
/// window's geometry and the layout of its docks and toolbars (saved on close),
/// the speed of runs, the built-in scenario selected last,
/// and the recent traces (File > Open Recent Trace). The language is kept by
/// LanguageManager, recent scenario files by ScenarioFiles. Also File > Settings.
class AppSettings : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRecentTraces = 10;
    /// Bump when the docks or toolbars change so much that an old layout would mislead.
    static constexpr int kLayoutVersion = 1;

    AppSettings(MainWindow &window, LanguageManager &languages);

    /// The instance installed in @p window (nullptr before installAppSettings()).
    static AppSettings *of(const MainWindow &window);

    /// Puts the window and its docks and toolbars where they were; false when
    /// nothing was saved yet.
    bool restoreLayout();
    void saveLayout();

    QStringList recentTraces() const;
    void addRecentTrace(const QString &path);
    void clearRecentTraces();
    QMenu *recentTracesMenu() const { return m_recentMenu; }

    /// Opens File > Settings (non-modal; one at a time) and returns it.
    SettingsDialog *showSettings();
    /// The open Settings dialog, nullptr when closed.
    SettingsDialog *settingsDialog() const;

Q_SIGNALS:
    void recentTracesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void rebuildRecentMenu();
    void openRecentTrace(const QString &path);

    MainWindow &m_window;
    LanguageManager &m_languages;
    QMenu *m_recentMenu;
    QPointer<SettingsDialog> m_dialog;
};

/// Adds AppSettings to @p window: restores the speed, the last scenario and the
/// layout, and saves them as they change and on close; adds File > Open Recent
/// Trace and enables File > Settings. Call it after the install*() functions
/// that add docks or toolbars, so that their places are restored too.
void installAppSettings(MainWindow &window, LanguageManager &languages);
