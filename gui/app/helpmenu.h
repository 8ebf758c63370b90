#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class GuidedTour;
class MainWindow;
class ManPageDialog;
class QAction;
class QDialog;
class QMenu;
class QUrl;
struct ManPage;
struct ScenarioCheck;

/// The Help menu: the guided tour (also offered once on the first start), the
/// manual pages of the selected scenario's calls (opened inside the app, and from
/// the `man:` links of the library's description), the keyboard shortcuts read
/// from the window's actions, and About.
class HelpMenu : public QObject {
    Q_OBJECT
public:
    /// One row of Help > Keyboard Shortcuts.
    struct Shortcut {
        QString keys;        // "Ctrl+R, F5" in the platform's words
        QString command;     // "Run"
        QString description; // the action's status tip, or its tooltip without the keys
        QString menu;        // the menu it is in ("Run", "Run › Speed"), or empty
    };

    /// QSettings key: true once the tour was offered on a first start.
    static constexpr const char *kTourShownKey = "help/tourShown";

    explicit HelpMenu(MainWindow &window);
    ~HelpMenu() override;

    /// The instance installed in @p window (nullptr before installHelp()).
    static HelpMenu *of(const MainWindow &window);

    QMenu *menu() const { return m_menu; }
    QMenu *manPagesMenu() const { return m_manPagesMenu; }
    QAction *tourAction() const { return m_tour; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }

    /// The manual pages ("fork(2)") of the selected scenario's calls: a built-in's
    /// from the library, an opened file's from the engine's check.
    QStringList currentManPages() const;

    /// Every action of @p window that has a shortcut, menu by menu.
    static QList<Shortcut> shortcuts(const QWidget &window);

    /// Whether to start the tour by itself on this start: only on the very first
    /// (per QSettings), never when the command line asks for work
    /// (--scenario, --run, --open, --step), never without a real screen.
    static bool shouldOfferTour(const QStringList &arguments, const QString &platformName);

    /// The tour being shown, or nullptr.
    GuidedTour *tour() const;
    /// The Keyboard Shortcuts dialog while it is open, or nullptr.
    QDialog *shortcutsDialog() const;

public Q_SLOTS:
    GuidedTour *startTour();
    QDialog *showShortcuts();
    void showAbout();
    ManPageDialog *openManPage(const ManPage &page);
    /// Opens a man:NAME(SECTION) link (the `man` URL handler while installed).
    void openManPageUrl(const QUrl &url);
    /// Starts the tour once, on a first start (see shouldOfferTour()).
    void offerTourOnFirstStart();

private:
    void rebuildManPagesMenu();
    void onFileChecked(const ScenarioCheck &check);

    MainWindow &m_window;
    QMenu *m_menu;
    QMenu *m_manPagesMenu;
    QAction *m_tour;
    QAction *m_shortcuts;
    QAction *m_about;
    QPointer<GuidedTour> m_runningTour;
    QPointer<QDialog> m_shortcutsDialog;
    QHash<QString, QStringList> m_filePages; // scenario file -> its pages (engine check)
};

/// Adds the Help menu to @p window and registers the `man:` link handler.
void installHelp(MainWindow &window);
