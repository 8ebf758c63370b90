// The main window, offscreen: it builds, every run control has its shortcut, a
// trace shows in the canvas, the time slider changes what is shown, bad traces
// give a message instead of a crash, and (when the engine is built) a real run
// goes from Run to its end.

#include "app/appactions.h"
#include "app/mainwindow.h"
#include "app/runcontroller.h"
#include "app/viewcoordinator.h"
#include "engineclient/engineclient.h"
#include "models/runmodel.h"
#include "views/canvasscene.h"
#include "views/canvasstyle.h"
#include "views/canvasview.h"
#include "views/consolepane.h"
#include "views/eventlogview.h"
#include "views/inspectorpane.h"
#include "views/messagebar.h"
#include "views/parametereditor.h"
#include "views/processitem.h"
#include "views/scenariolibrarydock.h"
#include "views/timelinescene.h"
#include "views/timeslider.h"

#include <QAction>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

namespace {
QString dataFile(const char *name)
{
    return QStringLiteral(IPCVIZ_SOURCE_DIR "/tests/gui/data/export/") + QLatin1String(name);
}

bool engineBuilt()
{
    return QFileInfo(QStringLiteral(IPCVIZ_ENGINE_PATH)).isExecutable();
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void constructsWithEmptyHint();
    void actionsHaveShortcuts_data();
    void actionsHaveShortcuts();
    void everyActionHasATooltip();
    void traceShowsInCanvas();
    void sliderChangesDisplayedState();
    void badTraceGivesMessage_data();
    void badTraceGivesMessage();
    void selectingAProcessFillsInspector();
    void speedControlSetsPace();
    void librarySearch_data();
    void librarySearch();
    void parameterEditorValues();
    void missingEngineGivesMessage();
    void liveRunWithEngine();
    void stepModeAndStop();
};

void TestMainWindow::constructsWithEmptyHint()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.canvasScene()->isEmpty());
    QVERIFY(!window.canvasView()->emptyHint().isEmpty());
    QVERIFY(!window.statusText().isEmpty());
    QVERIFY(!window.appActions()->action(AppActions::Stop)->isEnabled());
    QVERIFY(!window.appActions()->action(AppActions::SaveTrace)->isEnabled());
}

void TestMainWindow::actionsHaveShortcuts_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("run") << int(AppActions::Run) << QKeySequence(Qt::CTRL | Qt::Key_R);
    QTest::newRow("stop") << int(AppActions::Stop) << QKeySequence(Qt::CTRL | Qt::Key_Period);
    QTest::newRow("stop with Esc") << int(AppActions::Stop) << QKeySequence(Qt::Key_Escape);
    QTest::newRow("restart") << int(AppActions::Restart)
                             << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    QTest::newRow("open scenario")
        << int(AppActions::OpenScenario) << QKeySequence(Qt::CTRL | Qt::Key_O);
    QTest::newRow("open trace") << int(AppActions::OpenTrace)
                                << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    QTest::newRow("save trace") << int(AppActions::SaveTrace) << QKeySequence(Qt::CTRL | Qt::Key_S);
    QTest::newRow("step") << int(AppActions::Step) << QKeySequence(Qt::Key_F10);
    QTest::newRow("continue") << int(AppActions::Continue) << QKeySequence(Qt::Key_F8);
    QTest::newRow("live") << int(AppActions::GoLive) << QKeySequence(Qt::ALT | Qt::Key_End);
    QTest::newRow("quit") << int(AppActions::Quit) << QKeySequence(Qt::CTRL | Qt::Key_Q);
}

void TestMainWindow::actionsHaveShortcuts()
{
    QFETCH(int, id);
    QFETCH(QKeySequence, shortcut);
    MainWindow window;
    QAction *action = window.appActions()->action(static_cast<AppActions::Id>(id));
    QVERIFY(action);
    QVERIFY2(action->shortcuts().contains(shortcut),
             qPrintable(action->shortcut().toString() + QLatin1String(" on ") + action->text()));
    // Reachable from anywhere in the window, not only from the toolbar.
    QVERIFY(window.actions().contains(action));
    // F5 stays free for the presenter mode.
    QVERIFY(!action->shortcuts().contains(QKeySequence(Qt::Key_F5)));
}

void TestMainWindow::everyActionHasATooltip()
{
    MainWindow window;
    for (QAction *a : window.appActions()->all()) {
        QVERIFY2(!a->toolTip().isEmpty() && a->toolTip() != a->text().remove(QLatin1Char('&')),
                 qPrintable(a->text()));
        QVERIFY2(!a->shortcuts().isEmpty(), qPrintable(a->text()));
    }
    QCOMPARE(window.appActions()->speedActions().size(), AppActions::paces().size());
}

void TestMainWindow::traceShowsInCanvas()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openTrace(dataFile("pipe-messages.ndjson")));
    QTRY_VERIFY(window.canvasScene()->processItem(QStringLiteral("main")));
    QVERIFY(window.canvasScene()->processItem(QStringLiteral("main.1")));
    QVERIFY(window.canvasScene()->objectItem(QStringLiteral("pipe#1")));
    QVERIFY(window.runModel()->eventCount() > 10);
    QCOMPARE(window.timelineScene()->eventCount(), window.runModel()->eventCount());
    QVERIFY(window.eventLog()->table()->model()->rowCount() > 10);
    QTRY_VERIFY(window.statusText().contains(QStringLiteral("pipe-messages.ndjson")));
    QVERIFY(window.appActions()->action(AppActions::SaveTrace)->isEnabled());
    // The console shows what the child echoed.
    QTRY_VERIFY(window.console()->plainText().contains(QStringLiteral("Hello")));
}

void TestMainWindow::sliderChangesDisplayedState()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openTrace(dataFile("pipe-messages.ndjson")));
    QSlider *slider = window.timeSlider()->slider();
    QCOMPARE(slider->maximum(), window.runModel()->eventCount());

    // Slider value 2 = after events 0 and 1 (start, pipe): no child yet.
    slider->setValue(2);
    QCOMPARE(window.runModel()->cursor(), 1);
    QVERIFY(!window.runModel()->isLive());
    // Views redraw at the next frame, not synchronously.
    QTRY_VERIFY(window.canvasScene()->processItem(QStringLiteral("main")) &&
                !window.canvasScene()->processItem(QStringLiteral("main.1")));

    // After the child's start (seq 3) it is there.
    slider->setValue(4);
    QTRY_VERIFY(window.canvasScene()->processItem(QStringLiteral("main.1")));
    QCOMPARE(window.timelineScene()->cursorIndex(), 3);

    // Keyboard: End goes to the last event, Home back before the first.
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(window.runModel()->cursor(), window.runModel()->eventCount() - 1);
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(window.runModel()->cursor(), -1);
    QTRY_VERIFY(window.canvasScene()->isEmpty());
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(window.runModel()->cursor(), 0);

    // Live returns to the tail.
    window.appActions()->action(AppActions::GoLive)->trigger();
    QVERIFY(window.runModel()->isLive());
    QCOMPARE(slider->value(), window.runModel()->eventCount());
}

void TestMainWindow::badTraceGivesMessage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("opens");
    QTest::newRow("missing file") << QStringLiteral("/nonexistent/trace.ndjson") << false;
    QTest::newRow("not a trace") << dataFile("not-a-trace.txt") << false;
    QTest::newRow("newer protocol") << dataFile("newer-protocol.ndjson") << false;
    QTest::newRow("garbage lines") << dataFile("garbage.ndjson") << true;
    QTest::newRow("truncated") << dataFile("truncated.ndjson") << true;
}

void TestMainWindow::badTraceGivesMessage()
{
    QFETCH(QString, path);
    QFETCH(bool, opens);
    if (!path.startsWith(QLatin1String("/nonexistent")) && !QFileInfo::exists(path))
        QSKIP("sample trace missing");
    MainWindow window;
    window.show();
    QCOMPARE(window.openTrace(path), opens);
    if (!opens) {
        QVERIFY(window.messageBar()->isVisible());
        QCOMPARE(window.messageBar()->level(), MessageBar::Level::Error);
        QVERIFY(!window.messageBar()->text().isEmpty());
        QVERIFY(window.canvasScene()->isEmpty());
    } else {
        QTRY_VERIFY(!window.canvasScene()->isEmpty());
    }
}

void TestMainWindow::selectingAProcessFillsInspector()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openTrace(dataFile("pipe-messages.ndjson")));
    QTRY_VERIFY(window.canvasScene()->processItem(QStringLiteral("main.1")));
    // A click on the canvas selects the item; the inspector follows.
    window.canvasScene()->processItem(QStringLiteral("main.1"))->setSelected(true);
    QTRY_VERIFY(window.inspector()->plainText().contains(QStringLiteral("4251")));
    QVERIFY(window.inspector()->plainText().contains(QStringLiteral("File descriptors")));
    // Moving the cursor back before the fork: the inspector says it does not exist yet.
    window.runModel()->setCursor(1);
    QTRY_VERIFY(window.inspector()->plainText().contains(QStringLiteral("does not exist yet")));
    // The timeline shows the same process's lane selected.
    QVERIFY(window.timelineScene()->lanes().contains(QStringLiteral("main.1")));
}

void TestMainWindow::speedControlSetsPace()
{
    MainWindow window;
    for (int pace : AppActions::paces()) {
        window.appActions()->setPaceMs(pace);
        QCOMPARE(window.controller()->paceMs(), pace);
        QVERIFY(window.coordinator());
    }
    // Faster speeds animate faster.
    window.appActions()->setPaceMs(0);
    const int fast = window.canvasScene()->animationDuration();
    window.appActions()->setPaceMs(1000);
    QVERIFY(window.canvasScene()->animationDuration() > fast);
}

namespace {
QJsonArray sampleLibrary()
{
    return QJsonDocument::fromJson(R"([
        {"id":"pipe-messages","title":"Unnamed pipe: parent to child","category":"pipes",
         "description":"The parent writes, the child reads.","watch":["EOF"],
         "params":[{"name":"count","type":"int","default":3,"description":"How many","min":1,"max":100},
                   {"name":"message","type":"string","default":"Hello","description":"Text"}]},
        {"id":"zombie","title":"Zombie","category":"processes","description":"Exited, not reaped.",
         "watch":[],"params":[]},
        {"id":"odd","title":"Something new","category":"future","description":"",
         "watch":[],"params":[]}
    ])")
        .array();
}
} // namespace

void TestMainWindow::librarySearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("visible");
    QTest::newRow("everything") << QString() << 3;
    QTest::newRow("by id") << QStringLiteral("zombie") << 1;
    QTest::newRow("by title, any case") << QStringLiteral("UNNAMED") << 1;
    QTest::newRow("by description") << QStringLiteral("child reads") << 1;
    QTest::newRow("by category name") << QStringLiteral("Processes") << 1;
    QTest::newRow("nothing") << QStringLiteral("no such thing") << 0;
}

void TestMainWindow::librarySearch()
{
    QFETCH(QString, search);
    QFETCH(int, visible);
    ScenarioLibraryDock dock;
    dock.setScenarios(sampleLibrary());
    dock.searchField()->setText(search);
    QCOMPARE(dock.visibleCount(), visible);
    // Categories are shown in teaching order, with translated names; unknown ones last.
    QCOMPARE(dock.tree()->topLevelItem(0)->text(0),
             ScenarioLibraryDock::categoryName(QStringLiteral("processes")));
    QCOMPARE(dock.tree()->topLevelItem(dock.tree()->topLevelItemCount() - 1)->text(0),
             QStringLiteral("future"));
    QSignalSpy selected(&dock, &ScenarioLibraryDock::scenarioSelected);
    QVERIFY(dock.selectScenario(QStringLiteral("pipe-messages")));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(dock.currentScenario().value(QStringLiteral("title")).toString(),
             QStringLiteral("Unnamed pipe: parent to child"));
    QVERIFY(!dock.selectScenario(QStringLiteral("missing")));
}

void TestMainWindow::parameterEditorValues()
{
    ParameterEditor editor;
    editor.setParameters(
        sampleLibrary().at(0).toObject().value(QStringLiteral("params")).toArray());
    QCOMPARE(editor.values(),
             (QStringList{QStringLiteral("count=3"), QStringLiteral("message=Hello")}));
    QVERIFY(editor.setValue(QStringLiteral("count"), QStringLiteral("7")));
    QVERIFY(!editor.setValue(QStringLiteral("count"), QStringLiteral("1000"))); // above max
    QVERIFY(!editor.setValue(QStringLiteral("count"), QStringLiteral("many")));
    QVERIFY(!editor.setValue(QStringLiteral("nope"), QStringLiteral("1")));
    QVERIFY(editor.setValue(QStringLiteral("message"), QStringLiteral("a=b c")));
    QCOMPARE(editor.values(),
             (QStringList{QStringLiteral("count=7"), QStringLiteral("message=a=b c")}));
    editor.resetToDefaults();
    QCOMPARE(editor.values().first(), QStringLiteral("count=3"));
    editor.setParameters({});
    QVERIFY(editor.values().isEmpty());
}

void TestMainWindow::missingEngineGivesMessage()
{
    MainWindow window;
    window.show();
    window.controller()->client()->setEnginePath(QStringLiteral("/nonexistent/ipcviz-engine"));
    QVERIFY(!window.reloadScenarios());
    QVERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.messageBar()->level(), MessageBar::Level::Error);
    // Without a library the id goes to the engine as is; Run then says what is wrong.
    QVERIFY(window.selectScenario(QStringLiteral("pipe-messages")));
    QSignalSpy failed(window.controller()->client(), &EngineClient::runFailed);
    window.appActions()->action(AppActions::Run)->trigger();
    QTRY_VERIFY(!failed.isEmpty());
    QVERIFY(window.messageBar()->isVisible());
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("ipcviz-engine")) ||
            window.messageBar()->text().contains(QStringLiteral("engine")));
    QVERIFY(window.canvasScene()->isEmpty());
    QTRY_VERIFY(window.appActions()->action(AppActions::Run)->isEnabled());
    QVERIFY(!window.appActions()->action(AppActions::Stop)->isEnabled());
}

void TestMainWindow::liveRunWithEngine()
{
    if (!engineBuilt())
        QSKIP("ipcviz-engine is not built");
    qputenv("IPCVIZ_ENGINE", IPCVIZ_ENGINE_PATH);
    MainWindow window;
    window.show();
    window.controller()->client()->setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
    if (!window.reloadScenarios())
        QSKIP(qPrintable(QStringLiteral("the engine cannot list scenarios yet: ") +
                         window.messageBar()->text()));
    QVERIFY(window.scenarioLibrary()->visibleCount() > 0);
    if (!window.selectScenario(QStringLiteral("pipe-messages")))
        QSKIP("no pipe-messages scenario yet");
    QCOMPARE(window.scenarioLibrary()->currentId(), QStringLiteral("pipe-messages"));
    window.parameterEditor()->setValue(QStringLiteral("delay_ms"), QStringLiteral("0"));
    window.appActions()->setPaceMs(0);

    QSignalSpy ended(window.runModel(), &RunModel::runEnded);
    QSignalSpy failed(window.controller()->client(), &EngineClient::runFailed);
    window.appActions()->action(AppActions::Run)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(ended.size() + failed.size() > 0, 60000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(window.runModel()->end()->str(QStringLiteral("status")), QStringLiteral("completed"));
    QTRY_VERIFY(window.canvasScene()->processItem(QStringLiteral("main.1")));
    QTRY_VERIFY(window.statusText().contains(QStringLiteral("completed")));
    QVERIFY(window.appActions()->action(AppActions::Run)->isEnabled());
    QVERIFY(!window.appActions()->action(AppActions::Stop)->isEnabled());
}

void TestMainWindow::stepModeAndStop()
{
    if (!engineBuilt())
        QSKIP("ipcviz-engine is not built");
    MainWindow window;
    window.show();
    window.controller()->client()->setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
    if (!window.reloadScenarios() || !window.selectScenario(QStringLiteral("pipe-messages")))
        QSKIP("the engine has no pipe-messages scenario yet");
    window.setStepMode(true);
    QVERIFY(window.appActions()->action(AppActions::StepMode)->isChecked());
    auto gates = [&window] {
        int n = 0;
        for (const Event &e : window.runModel()->events())
            n += e.kind == QLatin1String("gate.wait") ? 1 : 0;
        return n;
    };
    QVERIFY(window.run());
    QVERIFY(window.appActions()->action(AppActions::Stop)->isEnabled());
    QVERIFY(window.appActions()->action(AppActions::Step)->isEnabled());
    // Paused at the first gate: the process is shown ready, with its next step.
    QTRY_VERIFY_WITH_TIMEOUT(gates() >= 1, 20000);
    QTRY_VERIFY(window.canvasScene()->processItem(QStringLiteral("main")) &&
                window.canvasScene()->processItem(QStringLiteral("main"))->card().tone ==
                    CanvasStyle::Tone::Ready);
    const int before = gates();
    window.appActions()->action(AppActions::Step)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(gates() > before, 20000);

    QSignalSpy finished(window.controller()->client(), &EngineClient::runFinished);
    window.appActions()->action(AppActions::Stop)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QCOMPARE(window.controller()->client()->outcome(), EngineClient::Outcome::StoppedByUser);
    QTRY_VERIFY(window.statusText().contains(QStringLiteral("Stopped")));
    QVERIFY(!window.appActions()->action(AppActions::Stop)->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
