// The window for keyboard and screen-reader users: every main control has an
// accessible name and a tooltip that says what it does (with its shortcut when
// it has one), every toolbar command is also in a menu, and Tab moves through
// a dock's controls in the order they are seen.

#include "app/appactions.h"
#include "app/appsettings.h"
#include "app/chartsinstall.h"
#include "app/features.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/runcontroller.h"
#include "app/scenariofiles.h"
#include "app/tracereplay.h"
#include "charts/chartspane.h"
#include "charts/timechartview.h"
#include "engineclient/engineclient.h"
#include "export/exportmenu.h"
#include "views/canvasview.h"
#include "views/consolepane.h"
#include "views/eventlogview.h"
#include "views/inspectorpane.h"
#include "views/parametereditor.h"
#include "views/scenariolibrarydock.h"
#include "views/timeslider.h"

#include <QAction>
#include <QComboBox>
#include <QGraphicsView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QWidgetAction>

namespace {
struct Window {
    LanguageManager languages;
    MainWindow window;

    Window()
    {
        window.controller()->client()->setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
        installFeatures(window, languages);
    }
};

/// Every action reachable from the menu bar, submenus included.
QSet<QAction *> menuActions(const QMenuBar *bar)
{
    QSet<QAction *> found;
    QList<QAction *> todo = bar->actions();
    while (!todo.isEmpty()) {
        QAction *a = todo.takeFirst();
        found.insert(a);
        if (a->menu())
            todo += a->menu()->actions();
    }
    return found;
}

/// The widgets Tab visits after @p from, in order, up to @p count of them.
QList<QWidget *> tabChain(QWidget *from, int count)
{
    QList<QWidget *> chain;
    QWidget *w = from;
    while (chain.size() < count) {
        w = w->nextInFocusChain();
        if (w == from)
            break;
        if (w->focusPolicy() & Qt::TabFocus)
            chain.append(w);
    }
    return chain;
}
} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mainControlsAreNamedAndExplained();
    void toolbarCommandsAreInMenus();
    void tooltipsNameShortcuts();
    void tabOrderFollowsTheEye();
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ipcviz-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
}

void TestAccessibility::mainControlsAreNamedAndExplained()
{
    Window w;
    MainWindow &window = w.window;
    QVERIFY(window.reloadScenarios());
    QVERIFY(window.scenarioLibrary()->selectScenario(QStringLiteral("pipe-messages")));
    QList<QPair<QString, QWidget *>> controls = {
        {QStringLiteral("speed box"), window.findChild<QComboBox *>(QStringLiteral("SpeedBox"))},
        {QStringLiteral("scenario search"), window.scenarioLibrary()->searchField()},
        {QStringLiteral("scenario tree"), window.scenarioLibrary()->tree()},
        {QStringLiteral("time slider"), window.timeSlider()->slider()},
        {QStringLiteral("live button"), window.timeSlider()->liveButton()},
        {QStringLiteral("canvas"), window.canvasView()},
        {QStringLiteral("timeline"),
         window.findChild<QDockWidget *>(QStringLiteral("TimelineDock"))->widget()},
        {QStringLiteral("event table"), window.eventLog()->table()},
        {QStringLiteral("process filter"), window.eventLog()->processFilter()},
        {QStringLiteral("object filter"), window.eventLog()->objectFilter()},
        {QStringLiteral("kind filter"), window.eventLog()->kindFilter()},
        {QStringLiteral("event search"), window.eventLog()->textFilter()},
        {QStringLiteral("console"), window.console()->editor()},
        {QStringLiteral("replay speed"),
         window.findChild<QComboBox *>(QStringLiteral("ReplaySpeedBox"))},
        {QStringLiteral("defaults button"),
         window.parameterEditor()->findChild<QPushButton *>(QStringLiteral("DefaultsButton"))},
    };
    for (QTextBrowser *inspector : window.inspector()->findChildren<QTextBrowser *>())
        controls.append({QStringLiteral("inspector"), inspector});
    for (QToolButton *button : window.timeSlider()->findChildren<QToolButton *>())
        controls.append({QStringLiteral("slider button"), button});
    const auto *charts = window.findChild<ChartsPane *>();
    QVERIFY(charts);
    for (auto tab : {ChartsPane::FillTab, ChartsPane::SemaphoreTab, ChartsPane::ProcessTab,
                     ChartsPane::BytesTab})
        controls.append({QStringLiteral("chart"), charts->chartView(tab)});
    const auto editors = window.parameterEditor()->findChildren<QWidget *>();
    int parameterEditors = 0;
    for (QWidget *editor : editors) {
        if (qobject_cast<QAbstractSpinBox *>(editor) ||
            (qobject_cast<QLineEdit *>(editor) &&
             !qobject_cast<QAbstractSpinBox *>(editor->parentWidget()))) {
            controls.append({QStringLiteral("parameter %1").arg(editor->objectName()), editor});
            ++parameterEditors;
        }
    }
    QVERIFY(parameterEditors > 0);

    QStringList missing;
    for (const auto &[what, widget] : std::as_const(controls)) {
        if (!widget) {
            missing.append(what + QStringLiteral(": not found"));
            continue;
        }
        if (widget->accessibleName().trimmed().isEmpty())
            missing.append(what + QStringLiteral(": no accessible name"));
        if (widget->toolTip().trimmed().isEmpty())
            missing.append(what + QStringLiteral(": no tooltip"));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
}

void TestAccessibility::toolbarCommandsAreInMenus()
{
    Window w;
    const QSet<QAction *> inMenus = menuActions(w.window.menuBar());
    QStringList missing;
    for (QToolBar *bar : w.window.findChildren<QToolBar *>()) {
        for (QAction *a : bar->actions()) {
            if (a->isSeparator() || qobject_cast<QWidgetAction *>(a))
                continue; // the speed boxes: Run > Speed and Replay > Replay Speed
            if (!inMenus.contains(a))
                missing.append(bar->objectName() + QStringLiteral(": ") + a->text());
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
    // The speed boxes' choices are in menus too.
    for (QAction *speed : w.window.appActions()->speedActions())
        QVERIFY(inMenus.contains(speed));
    QMenu *replaySpeed = w.window.findChild<QMenu *>(QStringLiteral("ReplaySpeedMenu"));
    QVERIFY(replaySpeed);
    QVERIFY(inMenus.contains(replaySpeed->menuAction()));
    QCOMPARE(replaySpeed->actions().size(), TraceReplay::speeds().size());
}

void TestAccessibility::tooltipsNameShortcuts()
{
    Window w;
    QStringList missing;
    // Every command, and everything on a toolbar, explains itself in its tooltip.
    QList<QAction *> commands = w.window.appActions()->all();
    for (QToolBar *bar : w.window.findChildren<QToolBar *>())
        commands += bar->actions();
    for (QAction *a : std::as_const(commands)) {
        if (a->isSeparator() || qobject_cast<QWidgetAction *>(a))
            continue;
        const QString text = QString(a->text()).remove(QLatin1Char('&'));
        if (a->toolTip().isEmpty() || a->toolTip() == text)
            missing.append(text + QStringLiteral(": the tooltip only repeats the name"));
    }
    // Whatever has a shortcut says it, so it is learnt from the tooltip.
    for (QAction *a : menuActions(w.window.menuBar())) {
        if (!a->shortcut().isEmpty() &&
            !a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)))
            missing.append(a->text() + QStringLiteral(": the tooltip does not name ") +
                           a->shortcut().toString(QKeySequence::NativeText));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
}

void TestAccessibility::tabOrderFollowsTheEye()
{
    Window w;
    MainWindow &window = w.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The time bar: Back, the slider, Forward, Live, as drawn.
    TimeSlider *slider = window.timeSlider();
    const auto buttons = slider->findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 3);
    QToolButton *back = buttons.at(0);
    const QList<QWidget *> chain = tabChain(back, 3);
    QCOMPARE(chain.value(0), static_cast<QWidget *>(slider->slider()));
    QCOMPARE(chain.value(1), static_cast<QWidget *>(buttons.at(1)));
    QCOMPARE(chain.value(2), static_cast<QWidget *>(slider->liveButton()));

    // The library: search, then the tree.
    QCOMPARE(tabChain(window.scenarioLibrary()->searchField(), 1).value(0),
             static_cast<QWidget *>(window.scenarioLibrary()->tree()));

    // Parameters: down the form, then Defaults.
    QVERIFY(window.reloadScenarios());
    QVERIFY(window.scenarioLibrary()->selectScenario(QStringLiteral("pipe-messages")));
    ParameterEditor *parameters = window.parameterEditor();
    QList<QWidget *> editors;
    for (const QJsonValue &v : parameters->parameters())
        editors.append(parameters->findChild<QWidget *>(
            v.toObject().value(QStringLiteral("name")).toString()));
    QVERIFY(editors.size() >= 1);
    QWidget *defaults = parameters->findChild<QPushButton *>(QStringLiteral("DefaultsButton"));
    QWidget *at = editors.first();
    for (qsizetype i = 1; i < editors.size(); ++i) {
        at = tabChain(at, 1).value(0);
        // A spin box's line edit is its focus proxy: compare the editors themselves.
        while (at && at->parentWidget() && at->parentWidget() == editors.at(i - 1))
            at = tabChain(at, 1).value(0);
        QCOMPARE(at, editors.at(i));
    }
    QWidget *next = tabChain(editors.last(), 2).value(0);
    if (next && next->parentWidget() == editors.last())
        next = tabChain(next, 1).value(0);
    QCOMPARE(next, defaults);

    // Event log: the filters left to right, then the table.
    EventLogView *log = window.eventLog();
    const QList<QWidget *> logChain = tabChain(log->processFilter(), 4);
    QCOMPARE(logChain.value(0), static_cast<QWidget *>(log->objectFilter()));
    QCOMPARE(logChain.value(1), static_cast<QWidget *>(log->kindFilter()));
    QCOMPARE(logChain.value(2), static_cast<QWidget *>(log->textFilter()));
    QCOMPARE(logChain.value(3), static_cast<QWidget *>(log->table()));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
