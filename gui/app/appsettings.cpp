#include "appsettings.h"

#include "appactions.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "views/messagebar.h"
#include "views/scenariolibrarydock.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

Q_LOGGING_CATEGORY(lcAppSettings, "ipcviz.settings")

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kPaceKey = QStringLiteral("run/paceMs");
const QString kScenarioKey = QStringLiteral("library/lastScenario");
const QString kRecentTracesKey = QStringLiteral("traces/recent");
} // namespace

AppSettings::AppSettings(MainWindow &window, LanguageManager &languages)
    : QObject(&window), m_window(window), m_languages(languages), m_recentMenu(new QMenu(&window))
{
    setObjectName(QStringLiteral("AppSettings"));
    m_recentMenu->setObjectName(QStringLiteral("RecentTracesMenu"));
    m_recentMenu->setToolTipsVisible(true);
    rebuildRecentMenu();
}

AppSettings *AppSettings::of(const MainWindow &window)
{
    return window.findChild<AppSettings *>(QStringLiteral("AppSettings"),
                                           Qt::FindDirectChildrenOnly);
}

bool AppSettings::restoreLayout()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    const QByteArray state = settings.value(kStateKey).toByteArray();
    bool restored = false;
    if (!geometry.isEmpty())
        restored = m_window.restoreGeometry(geometry);
    if (!state.isEmpty())
        restored = m_window.restoreState(state, kLayoutVersion) || restored;
    // Step mode's panes show with step mode, whatever the layout said.
    m_window.setStepMode(m_window.appActions()->action(AppActions::StepMode)->isChecked());
    qCDebug(lcAppSettings) << "layout restored:" << restored;
    return restored;
}

void AppSettings::saveLayout()
{
    QSettings settings;
    settings.setValue(kGeometryKey, m_window.saveGeometry());
    settings.setValue(kStateKey, m_window.saveState(kLayoutVersion));
}

bool AppSettings::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Close)
        saveLayout();
    return QObject::eventFilter(watched, event);
}

bool AppSettings::event(QEvent *event)
{
    // Reaches us from the main window, our parent, like every child of a widget.
    if (event->type() == QEvent::LanguageChange)
        rebuildRecentMenu();
    return QObject::event(event);
}

QStringList AppSettings::recentTraces() const
{
    return QSettings().value(kRecentTracesKey).toStringList();
}

void AppSettings::addRecentTrace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentTraces();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentTraces)
        recent.removeLast();
    QSettings().setValue(kRecentTracesKey, recent);
    rebuildRecentMenu();
    Q_EMIT recentTracesChanged();
}

void AppSettings::clearRecentTraces()
{
    QSettings().remove(kRecentTracesKey);
    rebuildRecentMenu();
    Q_EMIT recentTracesChanged();
}

void AppSettings::openRecentTrace(const QString &path)
{
    if (QFileInfo(path).isFile()) {
        m_window.openTrace(path);
        return;
    }
    QStringList recent = recentTraces();
    recent.removeAll(path);
    QSettings().setValue(kRecentTracesKey, recent);
    rebuildRecentMenu();
    Q_EMIT recentTracesChanged();
    m_window.messageBar()->showMessage(
        MessageBar::Level::Warning,
        tr("The trace %1 is no longer there; it was taken off the recent traces.").arg(path));
}

void AppSettings::rebuildRecentMenu()
{
    m_recentMenu->setTitle(tr("Open Recent Tra&ce"));
    m_recentMenu->clear();
    const QStringList recent = recentTraces();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action =
            m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
                                    [this, path] { openRecentTrace(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
        action->setData(path);
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent traces"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear Recent Traces"), this, &AppSettings::clearRecentTraces);
}

SettingsDialog *AppSettings::settingsDialog() const
{
    return m_dialog;
}

SettingsDialog *AppSettings::showSettings()
{
    if (!m_dialog) {
        m_dialog = new SettingsDialog(m_languages, *m_window.appActions(), &m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void installAppSettings(MainWindow &window, LanguageManager &languages)
{
    auto *settings = new AppSettings(window, languages);
    AppActions *actions = window.appActions();

    bool ok = false;
    const int pace = QSettings().value(kPaceKey).toInt(&ok);
    if (ok && AppActions::paces().contains(pace))
        actions->setPaceMs(pace);
    QObject::connect(actions, &AppActions::paceChanged, settings,
                     [](int ms) { QSettings().setValue(kPaceKey, ms); });

    const QString last = QSettings().value(kScenarioKey).toString();
    if (!last.isEmpty())
        window.setDefaultScenario(last);
    QObject::connect(window.scenarioLibrary(), &ScenarioLibraryDock::scenarioSelected, settings,
                     [](const QJsonObject &scenario) {
                         QSettings().setValue(kScenarioKey,
                                              scenario.value(QStringLiteral("id")).toString());
                     });

    QObject::connect(&window, &MainWindow::traceOpened, settings, &AppSettings::addRecentTrace);
    QObject::connect(&window, &MainWindow::traceSaved, settings, &AppSettings::addRecentTrace);
    QAction *openTrace = actions->action(AppActions::OpenTrace);
    for (QAction *menuAction : window.menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (menu && menu->actions().contains(openTrace)) {
            const QList<QAction *> items = menu->actions();
            const qsizetype next = items.indexOf(openTrace) + 1;
            menu->insertMenu(next < items.size() ? items.at(next) : nullptr,
                             settings->recentTracesMenu());
            break;
        }
    }

    QAction *settingsAction = actions->action(AppActions::Settings);
    settingsAction->setEnabled(true);
    QObject::connect(settingsAction, &QAction::triggered, settings,
                     [settings] { settings->showSettings(); });

    window.installEventFilter(settings);
    // Also when the app ends without closing the window (quit from elsewhere, a
    // session that ends).
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, settings, &AppSettings::saveLayout);
    settings->restoreLayout();
}
