// Replay of an opened trace: Play moves the time cursor to the end and pauses
// there at every speed, steps move one event and pause, playing from the end
// starts again, a cursor moved by the user is where playback goes on, and all of
// it works with no engine at all.

#include "app/mainwindow.h"
#include "app/tracereplay.h"
#include "models/runmodel.h"

#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

namespace {
QString traceFile()
{
    return QStringLiteral(IPCVIZ_SOURCE_DIR "/tests/gui/data/export/pipe-messages.ndjson");
}

TraceReplay *replayOf(MainWindow &window)
{
    return window.findChild<TraceReplay *>(QStringLiteral("TraceReplay"));
}
} // namespace

class TestTraceReplay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void playbackReachesTheEndAndPauses_data();
    void playbackReachesTheEndAndPauses();
    void stepsMoveOneEventAndPause();
    void playAtTheEndStartsAgain();
    void goesOnFromWhereTheUserMovedTheCursor();
    void controlsNeedEvents();
    void speedBoxSetsTheSpeed();
    void speedsAreClamped();
};

void TestTraceReplay::initTestCase()
{
    // Replaying must not need the engine: make sure there is none to find.
    qputenv("IPCVIZ_ENGINE", "/nonexistent/ipcviz-engine");
}

void TestTraceReplay::playbackReachesTheEndAndPauses_data()
{
    QTest::addColumn<bool>("realTime");
    QTest::addColumn<double>("rate");
    QTest::newRow("100 events/s") << false << 100.0;
    QTest::newRow("1000 events/s") << false << 1000.0;
    QTest::newRow("real time x4") << true << 4.0;
    QTest::newRow("real time x1") << true << 1.0;
}

void TestTraceReplay::playbackReachesTheEndAndPauses()
{
    QFETCH(bool, realTime);
    QFETCH(double, rate);
    MainWindow window;
    installTraceReplay(window);
    TraceReplay *replay = replayOf(window);
    QVERIFY(replay);
    QVERIFY(window.openTrace(traceFile()));
    RunModel *model = window.runModel();
    const int count = model->eventCount();
    QVERIFY(count > 10);
    if (realTime)
        replay->setRealTimeFactor(rate);
    else
        replay->setEventsPerSecond(rate);
    QCOMPARE(replay->mode(),
             realTime ? TraceReplay::Mode::RealTime : TraceReplay::Mode::EventsPerSecond);
    model->setCursor(-1);
    QSignalSpy cursor(model, &RunModel::cursorChanged);
    QSignalSpy finished(replay, &TraceReplay::finished);
    QSignalSpy playing(replay, &TraceReplay::playingChanged);
    replay->play();
    QVERIFY(replay->isPlaying());
    QVERIFY(finished.wait(20000));
    QVERIFY(!replay->isPlaying());
    QCOMPARE(model->cursor(), count - 1);
    QVERIFY(!model->isLive());
    QCOMPARE(playing.size(), 2);
    QCOMPARE(playing.at(0).at(0).toBool(), true);
    QCOMPARE(playing.at(1).at(0).toBool(), false);
    // Events per second shows every event; real time may show a burst at once,
    // but the cursor only ever moves forward.
    if (!realTime)
        QCOMPARE(cursor.size(), count);
    int last = -1;
    for (const QList<QVariant> &c : cursor) {
        QVERIFY(c.at(0).toInt() > last);
        last = c.at(0).toInt();
    }
    QCOMPARE(replay->playAction()->text(), TraceReplay::tr("&Play Replay"));
}

void TestTraceReplay::stepsMoveOneEventAndPause()
{
    MainWindow window;
    installTraceReplay(window);
    TraceReplay *replay = replayOf(window);
    QVERIFY(window.openTrace(traceFile()));
    RunModel *model = window.runModel();
    model->setCursor(5);
    replay->setEventsPerSecond(1);
    replay->play();
    QVERIFY(replay->isPlaying());
    replay->stepForwardAction()->trigger();
    QVERIFY(!replay->isPlaying());
    QCOMPARE(model->cursor(), 6);
    replay->stepBackAction()->trigger();
    replay->stepBackAction()->trigger();
    QCOMPARE(model->cursor(), 4);
    model->setCursor(-1);
    replay->stepBack();
    QCOMPARE(model->cursor(), -1);
    model->setCursor(model->eventCount() - 1);
    replay->stepForward();
    QCOMPARE(model->cursor(), model->eventCount() - 1);
}

void TestTraceReplay::playAtTheEndStartsAgain()
{
    MainWindow window;
    installTraceReplay(window);
    TraceReplay *replay = replayOf(window);
    QVERIFY(window.openTrace(traceFile()));
    RunModel *model = window.runModel();
    QVERIFY(model->isLive()); // an opened trace shows its end
    replay->setEventsPerSecond(1);
    replay->playAction()->trigger();
    QVERIFY(replay->isPlaying());
    QCOMPARE(model->cursor(), -1);
    QTRY_COMPARE_WITH_TIMEOUT(model->cursor(), 0, 5000);
    replay->playAction()->trigger();
    QVERIFY(!replay->isPlaying());
}

void TestTraceReplay::goesOnFromWhereTheUserMovedTheCursor()
{
    MainWindow window;
    installTraceReplay(window);
    TraceReplay *replay = replayOf(window);
    QVERIFY(window.openTrace(traceFile()));
    RunModel *model = window.runModel();
    model->setCursor(0);
    replay->setEventsPerSecond(20);
    replay->play();
    QTRY_VERIFY(model->cursor() >= 1);
    const int target = model->eventCount() - 4;
    model->setCursor(target); // the user drags the slider
    QSignalSpy finished(replay, &TraceReplay::finished);
    QSignalSpy cursor(model, &RunModel::cursorChanged);
    QVERIFY(finished.wait(10000));
    QCOMPARE(model->cursor(), model->eventCount() - 1);
    QCOMPARE(cursor.size(), 3);
    QCOMPARE(cursor.constFirst().at(0).toInt(), target + 1);
}

void TestTraceReplay::controlsNeedEvents()
{
    MainWindow window;
    installTraceReplay(window);
    TraceReplay *replay = replayOf(window);
    QVERIFY(!replay->isAvailable());
    QVERIFY(!replay->playAction()->isEnabled());
    replay->play();
    QVERIFY(!replay->isPlaying());
    QVERIFY(window.openTrace(traceFile()));
    QVERIFY(replay->isAvailable());
    QVERIFY(replay->playAction()->isEnabled());
    replay->setEventsPerSecond(1);
    replay->play();
    QVERIFY(replay->isPlaying());
    // Something new replaces the run: playback stops.
    window.runModel()->clear();
    QVERIFY(!replay->isPlaying());
    QVERIFY(!replay->isAvailable());
    // The window has a Replay toolbar with the controls.
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("ReplayToolBar"));
    QVERIFY(bar);
    QVERIFY(bar->actions().contains(replay->playAction()));
}

void TestTraceReplay::speedBoxSetsTheSpeed()
{
    TraceReplay replay(new RunModel(this));
    QComboBox *box = replay.createSpeedBox(nullptr);
    const QList<TraceReplay::Speed> speeds = TraceReplay::speeds();
    QCOMPARE(box->count(), speeds.size());
    for (int i = 0; i < speeds.size(); ++i) {
        box->setCurrentIndex(i);
        Q_EMIT box->activated(i);
        QCOMPARE(replay.mode(), speeds.at(i).mode);
        QCOMPARE(replay.rate(), speeds.at(i).value);
    }
    replay.setEventsPerSecond(speeds.constFirst().value);
    QCOMPARE(box->currentIndex(), 0);
    delete box;
}

void TestTraceReplay::speedsAreClamped()
{
    TraceReplay replay(new RunModel(this));
    replay.setRealTimeFactor(100);
    QCOMPARE(replay.rate(), 4.0);
    replay.setRealTimeFactor(0);
    QCOMPARE(replay.rate(), 0.25);
    replay.setEventsPerSecond(-3);
    QVERIFY(replay.rate() > 0);
}

QTEST_MAIN(TestTraceReplay)
#include "tst_tracereplay.moc"
