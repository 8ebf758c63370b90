// Step mode through the whole app with the real engine: pipe-messages is stepped
// to its end with the Step actions (and S on a selected process); at every stop
// the Code pane has one cursor per live process on its mapped line (two from the
// fork on), and the child's read on the empty pipe is explained. Then a recorded
// interleaving of fork-interleave is replayed and gives the same events.

#include "app/appactions.h"
#include "app/mainwindow.h"
#include "app/runcontroller.h"
#include "app/viewcoordinator.h"
#include "engineclient/engineclient.h"
#include "models/runmodel.h"
#include "models/runstate.h"
#include "views/canvasscene.h"
#include "views/codepane.h"
#include "views/explanationpane.h"
#include "views/parametereditor.h"
#include "views/processitem.h"
#include "views/viewselection.h"

#include <QAction>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

namespace {
bool engineBuilt()
{
    return QFileInfo(QStringLiteral(IPCVIZ_ENGINE_PATH)).isExecutable();
}

RunState liveState(const MainWindow &window)
{
    return window.runModel()->stateAt(window.runModel()->eventCount() - 1);
}

int count(const RunModel &model, const char *kind)
{
    int n = 0;
    for (const Event &e : model.events())
        n += e.kind == QLatin1String(kind) ? 1 : 0;
    return n;
}

/// The run settled at a stop: a process waits at its gate, or the run is over.
bool settled(const MainWindow &window)
{
    return !window.controller()->isRunning() || !liveState(window).readyLabels().isEmpty();
}

/// What a run did, without what differs between two runs of the same schedule
/// (PIDs, times, the engine's polling, who released a gate).
QStringList shape(const RunModel &model)
{
    QStringList out;
    for (const Event &e : model.events()) {
        if (e.kind == QLatin1String("proc.state") || e.kind.startsWith(QLatin1String("engine.")))
            continue;
        out << QStringLiteral("%1 %2 %3 %4").arg(e.label, e.kind, e.phase).arg(e.line);
    }
    return out;
}

/// Checks the Code pane against the state shown: one cursor per live process
/// that still runs the listing, each on the C line its scenario line maps to.
void checkCursors(MainWindow &window)
{
    window.coordinator()->refreshNow();
    const RunState state = window.runModel()->currentState();
    QStringList expected;
    for (const ProcessState &p : state.processes()) {
        if (p.isAlive() && p.program.isEmpty())
            expected << p.label;
    }
    const CodePane *code = window.codePane();
    QStringList labels;
    for (const CodePane::Cursor &c : code->cursors()) {
        labels << c.label;
        QVERIFY2(c.scenarioLine > 0, qPrintable(c.label));
        QCOMPARE(c.cLine, code->lineMap().value(c.scenarioLine, 0));
        if (!code->lineMap().isEmpty())
            QVERIFY2(c.cLine > 0, qPrintable(QStringLiteral("%1 at scenario line %2 unmapped")
                                                 .arg(c.label)
                                                 .arg(c.scenarioLine)));
    }
    QCOMPARE(labels, expected);
}
} // namespace

class TestStepMode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stepPipeMessagesToTheEnd();
    void replayInterleaving();
    void stepKeys_data();
    void stepKeys();
};

void TestStepMode::initTestCase()
{
    if (!engineBuilt())
        QSKIP("ipcviz-engine is not built");
}

void TestStepMode::stepPipeMessagesToTheEnd()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    // The single-key shortcuts need the window to be the active one.
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.controller()->client()->setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
    QVERIFY(window.reloadScenarios());
    QVERIFY(window.selectScenario(QStringLiteral("pipe-messages")));
    QVERIFY(window.parameterEditor()->setValue(QStringLiteral("delay_ms"), QStringLiteral("10")));
    window.appActions()->setPaceMs(0);
    window.setStepMode(true);
    QVERIFY(window.run());
    QTRY_VERIFY_WITH_TIMEOUT(settled(window), 20000);
    QVERIFY(window.controller()->isRunning());
    QTRY_VERIFY(!window.codePane()->programText().isEmpty());
    QVERIFY(window.codePane()->programText().contains(QStringLiteral("fork")));
    checkCursors(window);
    QCOMPARE(window.codePane()->cursors().size(), 1);

    // Release main until it has forked; from then on there are two cursors.
    const QAction *step = window.appActions()->action(AppActions::Step);
    QVERIFY(step->isEnabled());
    int guard = 0;
    while (count(*window.runModel(), "proc.fork") == 0) {
        QVERIFY(++guard < 20);
        const int gates = count(*window.runModel(), "gate.wait");
        window.appActions()->action(AppActions::Step)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(count(*window.runModel(), "gate.wait") > gates ||
                                     !window.controller()->isRunning(),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), 20000);
        checkCursors(window);
    }
    QString child = liveState(window).process(QStringLiteral("main"))->children.value(0);
    QVERIFY(!child.isEmpty());
    QCOMPARE(window.codePane()->cursors().size(), 2);

    // Select the child and step it with S until its read blocks on the empty pipe.
    window.selection()->selectProcess(child);
    guard = 0;
    while (liveState(window).process(child)->state != ProcessState::State::Blocked) {
        QVERIFY(++guard < 20);
        QTRY_VERIFY_WITH_TIMEOUT(
            liveState(window).process(child)->state == ProcessState::State::ReadyAtGate ||
                liveState(window).process(child)->state == ProcessState::State::Blocked,
            20000);
        if (liveState(window).process(child)->state == ProcessState::State::Blocked)
            break;
        const int events = window.runModel()->eventCount();
        QTest::keyClick(&window, Qt::Key_S);
        QTRY_VERIFY_WITH_TIMEOUT(window.runModel()->eventCount() > events, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), 20000);
    }
    QCOMPARE(liveState(window).process(child)->blockedOn, QStringLiteral("read"));
    window.coordinator()->refreshNow();
    const QString explanation = window.explanationPane()->plainText();
    QVERIFY2(explanation.contains(QStringLiteral(
                 "read blocks: pipe#1 is empty and main still holds its write end open")),
             qPrintable(explanation));
    checkCursors(window);
    // The canvas shows main ready with its next operation in words.
    const ProcessItem *main = window.canvasScene()->processItem(QStringLiteral("main"));
    QVERIFY(main);
    QVERIFY2(main->card().stateText.startsWith(QStringLiteral("ready: will")),
             qPrintable(main->card().stateText));

    // For the documentation: IPCVIZ_SCREENSHOT_DIR=docs/screenshots keeps this picture.
    const QString shots = qEnvironmentVariable("IPCVIZ_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(window.grab().save(shots + QStringLiteral("/step-code.png")));

    // Travel back in time, then Step: the view goes live again before stepping.
    window.appActions()->action(AppActions::StepBack)->trigger();
    window.appActions()->action(AppActions::StepBack)->trigger();
    QVERIFY(!window.runModel()->isLive());
    const int before = window.runModel()->eventCount();
    window.appActions()->action(AppActions::Step)->trigger();
    QVERIFY(window.runModel()->isLive());
    QTRY_VERIFY_WITH_TIMEOUT(window.runModel()->eventCount() > before, 20000);

    // Step everything to the end with Space.
    guard = 0;
    while (window.controller()->isRunning()) {
        QVERIFY(++guard < 200);
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), 20000);
        if (!window.controller()->isRunning())
            break;
        checkCursors(window);
        const int events = window.runModel()->eventCount();
        QTest::keyClick(&window, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.runModel()->eventCount() > events || !window.controller()->isRunning(), 20000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(window.runModel()->hasEnded(), 20000);
    QCOMPARE(window.runModel()->end()->str(QStringLiteral("status")), QStringLiteral("completed"));
    // Three messages went through the pipe, and nobody runs the listing any more.
    QCOMPARE(count(*window.runModel(), "pipe.write"), 6);
    window.coordinator()->refreshNow();
    QVERIFY(window.codePane()->cursors().isEmpty());
}

void TestStepMode::replayInterleaving()
{
    MainWindow window;
    window.controller()->client()->setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
    QVERIFY(window.reloadScenarios());
    QVERIFY(window.selectScenario(QStringLiteral("fork-interleave")));
    window.appActions()->setPaceMs(0);
    window.setStepMode(true);
    QVERIFY(window.run());
    int guard = 0;
    // Alternate between the child and main where both are ready, so the recorded
    // interleaving is not simply one process after the other.
    while (window.controller()->isRunning()) {
        QVERIFY(++guard < 400);
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), 20000);
        if (!window.controller()->isRunning())
            break;
        const QStringList ready = liveState(window).readyLabels();
        if (ready.isEmpty())
            continue;
        const int events = window.runModel()->eventCount();
        QVERIFY(window.stepProcess(ready.at(guard % ready.size())));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.runModel()->eventCount() > events || !window.controller()->isRunning(), 20000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(window.runModel()->hasEnded(), 20000);
    QCOMPARE(window.runModel()->end()->str(QStringLiteral("status")), QStringLiteral("completed"));
    const QStringList recorded = shape(*window.runModel());
    QVERIFY(count(*window.runModel(), "gate.release") > 10);
    QVERIFY(window.appActions()->action(AppActions::ReplayInterleaving)->isEnabled());

    QSignalSpy finished(window.controller()->client(), &EngineClient::runFinished);
    window.appActions()->action(AppActions::ReplayInterleaving)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QCOMPARE(window.runModel()->end()->str(QStringLiteral("status")), QStringLiteral("completed"));
    // Every release came from the schedule, and the run did the same things in the same order.
    for (const Event &e : window.runModel()->events()) {
        if (e.kind == QLatin1String("gate.release"))
            QCOMPARE(e.str(QStringLiteral("by")), QStringLiteral("schedule"));
    }
    QCOMPARE(shape(*window.runModel()), recorded);
}

void TestStepMode::stepKeys_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QKeySequence>("key");
    QTest::newRow("Space steps") << int(AppActions::Step) << QKeySequence(Qt::Key_Space);
    QTest::newRow("F10 steps") << int(AppActions::Step) << QKeySequence(Qt::Key_F10);
    QTest::newRow("C continues") << int(AppActions::Continue) << QKeySequence(Qt::Key_C);
    QTest::newRow("P pauses") << int(AppActions::Pause) << QKeySequence(Qt::Key_P);
    QTest::newRow("S steps the selected")
        << int(AppActions::StepSelected) << QKeySequence(Qt::Key_S);
    QTest::newRow("Enter steps the selected")
        << int(AppActions::StepSelected) << QKeySequence(Qt::Key_Return);
}

void TestStepMode::stepKeys()
{
    QFETCH(int, id);
    QFETCH(QKeySequence, key);
    MainWindow window;
    QAction *action = window.appActions()->action(static_cast<AppActions::Id>(id));
    QVERIFY(action->shortcuts().contains(key));
    QVERIFY(window.actions().contains(action));
}

QTEST_MAIN(TestStepMode)
#include "tst_stepmode.moc"
