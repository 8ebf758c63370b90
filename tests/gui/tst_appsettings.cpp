// What ipcviz remembers between sessions (AppSettings): the window's size and
// the layout of its docks and toolbars, the speed of runs, the built-in scenario
// selected last, and the recent traces with File > Open Recent Trace. Each test
// is two sessions: a window that changes something and closes, then a new window
// that must find it so. Never the user's own settings (QStandardPaths test mode).

#include "app/appactions.h"
#include "app/appsettings.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/runcontroller.h"
#include "app/scenariofiles.h"
#include "app/settingsdialog.h"
#include "app/tracereplay.h"
#include "engineclient/engineclient.h"
#include "models/runmodel.h"
#include "views/messagebar.h"
#include "views/scenariolibrarydock.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

namespace {
const QString kTrace = QStringLiteral(IPCVIZ_SOURCE_DIR "/tests/gui/data/pipe-messages.ndjson");

/// One session: the window with the features that add docks and toolbars, then AppSettings.
struct Session {
    LanguageManager languages;
    MainWindow window;

    Session()
    {
        window.controller()->client()->setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
        installScenarioFiles(window);
        installTraceReplay(window);
        installAppSettings(window, languages);
    }
    ~Session() { window.close(); }

    QDockWidget *dock(const char *name) const
    {
        return window.findChild<QDockWidget *>(QLatin1String(name));
    }
};
} // namespace

class TestAppSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void speedPersists();
    void lastScenarioPersists();
    void layoutPersists();
    void stepPanesFollowStepModeNotTheLayout();
    void recentTraces();
    void missingRecentTraceIsDropped();
    void settingsActionIsInTheFileMenu();
};

void TestAppSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ipcviz-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
}

void TestAppSettings::init()
{
    QSettings().clear();
}

void TestAppSettings::speedPersists()
{
    {
        Session first;
        QCOMPARE(first.window.appActions()->paceMs(), 300); // the default
        first.window.appActions()->setPaceMs(1000);
    }
    Session second;
    QCOMPARE(second.window.appActions()->paceMs(), 1000);
    QCOMPARE(second.window.controller()->paceMs(), 1000);
    // A speed that is no longer offered is ignored.
    QSettings().setValue(QStringLiteral("run/paceMs"), 12345);
    Session third;
    QCOMPARE(third.window.appActions()->paceMs(), 300);
}

void TestAppSettings::lastScenarioPersists()
{
    {
        Session first;
        QVERIFY2(first.window.reloadScenarios(), "the engine could not list its scenarios");
        QCOMPARE(first.window.scenarioLibrary()->currentId(), QStringLiteral("pipe-messages"));
        QVERIFY(first.window.scenarioLibrary()->selectScenario(QStringLiteral("fork-basic")));
    }
    Session second;
    QVERIFY(second.window.reloadScenarios());
    QCOMPARE(second.window.scenarioLibrary()->currentId(), QStringLiteral("fork-basic"));
    QCOMPARE(second.window.controller()->scenario(), QStringLiteral("fork-basic"));
}

void TestAppSettings::layoutPersists()
{
    QSize size;
    {
        Session first;
        first.window.resize(1500, 870);
        first.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first.window));
        size = first.window.size();
        QVERIFY(size != MainWindow().size()); // not the size every window starts with
        first.dock("ConsoleDock")->hide();
        first.window.findChild<QToolBar *>(QStringLiteral("ReplayToolBar"))->hide();
        QVERIFY(first.dock("InspectorDock")->isVisible());
        first.window.close(); // saves
    }
    QVERIFY(QSettings().contains(QStringLiteral("window/state")));
    Session second;
    second.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second.window));
    QCOMPARE(second.window.size(), size);
    QVERIFY(!second.dock("ConsoleDock")->isVisible());
    QVERIFY(!second.window.findChild<QToolBar *>(QStringLiteral("ReplayToolBar"))->isVisible());
    QVERIFY(second.dock("InspectorDock")->isVisible());
    QVERIFY(second.window.findChild<QToolBar *>(QStringLiteral("RunToolBar"))->isVisible());
}

void TestAppSettings::stepPanesFollowStepModeNotTheLayout()
{
    {
        Session first;
        first.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first.window));
        first.window.setStepMode(true);
        QVERIFY(first.dock("CodeDock")->isVisible());
    }
    // Step mode is not kept: neither are its panes.
    Session second;
    second.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second.window));
    QVERIFY(!second.window.appActions()->action(AppActions::StepMode)->isChecked());
    QVERIFY(!second.dock("CodeDock")->isVisible());
    QVERIFY(!second.dock("ExplanationDock")->isVisible());
}

void TestAppSettings::recentTraces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString saved = dir.filePath(QStringLiteral("saved.ndjson"));
    {
        Session first;
        AppSettings *settings = AppSettings::of(first.window);
        QVERIFY(settings);
        QVERIFY(settings->recentTraces().isEmpty());
        QVERIFY(first.window.openTrace(kTrace));
        QCOMPARE(settings->recentTraces(), QStringList{QFileInfo(kTrace).absoluteFilePath()});
        // Opening it again does not list it twice.
        QVERIFY(first.window.openTrace(kTrace));
        QCOMPARE(settings->recentTraces().size(), 1);
        QVERIFY(QFile::copy(kTrace, saved));
        QVERIFY(first.window.openTrace(saved));
        QCOMPARE(settings->recentTraces().first(), saved);
    }
    Session second;
    AppSettings *settings = AppSettings::of(second.window);
    QCOMPARE(settings->recentTraces(), (QStringList{saved, QFileInfo(kTrace).absoluteFilePath()}));
    // The menu sits in File, after Open Trace, and opens what it lists.
    QMenu *file = second.window.findChild<QMenu *>(QStringLiteral("FileMenu"));
    QVERIFY(file);
    const QList<QAction *> items = file->actions();
    const qsizetype openTrace =
        items.indexOf(second.window.appActions()->action(AppActions::OpenTrace));
    QVERIFY(openTrace >= 0);
    QCOMPARE(items.value(openTrace + 1), settings->recentTracesMenu()->menuAction());
    QAction *entry = nullptr;
    for (QAction *a : settings->recentTracesMenu()->actions()) {
        if (a->data().toString() == QFileInfo(kTrace).absoluteFilePath())
            entry = a;
    }
    QVERIFY(entry);
    QCOMPARE(second.window.runModel()->eventCount(), 0);
    entry->trigger();
    QVERIFY(second.window.runModel()->eventCount() > 10);
    // Clearing empties the list and the menu.
    settings->clearRecentTraces();
    QVERIFY(settings->recentTraces().isEmpty());
    const QList<QAction *> left = settings->recentTracesMenu()->actions();
    QCOMPARE(left.size(), 1);
    QVERIFY(!left.first()->isEnabled());
}

void TestAppSettings::missingRecentTraceIsDropped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString gone = dir.filePath(QStringLiteral("gone.ndjson"));
    QVERIFY(QFile::copy(kTrace, gone));
    Session session;
    AppSettings *settings = AppSettings::of(session.window);
    QVERIFY(session.window.openTrace(gone));
    QVERIFY(QFile::remove(gone));
    QAction *entry = settings->recentTracesMenu()->actions().value(0);
    QVERIFY(entry);
    QCOMPARE(entry->data().toString(), gone);
    entry->trigger();
    QVERIFY(settings->recentTraces().isEmpty());
    QVERIFY(session.window.messageBar()->isVisibleTo(&session.window));
    QVERIFY(session.window.messageBar()->text().contains(gone));
}

void TestAppSettings::settingsActionIsInTheFileMenu()
{
    MainWindow bare; // without AppSettings the action does nothing, so it is off
    QVERIFY(!bare.appActions()->action(AppActions::Settings)->isEnabled());
    Session session;
    QAction *settings = session.window.appActions()->action(AppActions::Settings);
    QVERIFY(settings->isEnabled());
    QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QVERIFY(settings->toolTip().contains(settings->shortcut().toString(QKeySequence::NativeText)));
    QMenu *file = session.window.findChild<QMenu *>(QStringLiteral("FileMenu"));
    QVERIFY(file->actions().contains(settings));
    QVERIFY(!AppSettings::of(session.window)->settingsDialog());
    settings->trigger();
    QVERIFY(AppSettings::of(session.window)->settingsDialog());
    QVERIFY(AppSettings::of(session.window)->settingsDialog()->isVisible());
}

QTEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
