// Run N times: outcome extraction, predictions, bars, and N free runs of the
// race counters through the real engine (lost updates without the semaphore,
// always 2n with it).
#include "charts/outcomerunner.h"
#include "charts/outcomeview.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

namespace {

constexpr int Runs = 20;
constexpr int N = 1000; // the race counters' default n

Event eventFrom(const char *json)
{
    return Event::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
}

RunOptions raceOptions(const QString &scenario)
{
    RunOptions options;
    options.scenario = scenario;
    options.params = {{QStringLiteral("n"), QString::number(N)}};
    return options;
}

} // namespace

class TestChartsOutcomes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void outcomeOf_data();
    void outcomeOf();
    void predictionHolds_data();
    void predictionHolds();
    void bars();
    void barsGroupManyNumbers();
    void rejectsBadStart();
    void raceCounterLosesUpdates();
    void raceCounterSemNeverDoes();
    void semaphoreWinners();
    void forkTreeShape();
    void viewPredictThenRun();
    void cancelStops();
};

void TestChartsOutcomes::outcomeOf_data()
{
    QTest::addColumn<QList<QByteArray>>("records");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("expected");
    const QByteArray hello = R"({"type":"hello","protocol":1,"scenario":"x"})";
    const QByteArray completed = R"({"type":"end","status":"completed","leaks":[]})";
    const QByteArray out1 =
        R"({"seq":0,"t":0,"pid":1,"label":"main","kind":"proc.output","stream":"stdout","data":"Final count: 1834; twice 1000\n"})";
    const QByteArray out2 =
        R"({"seq":1,"t":1,"pid":2,"label":"main.1","kind":"proc.output","stream":"stdout","data":"child done\n"})";
    const QByteArray err =
        R"({"seq":2,"t":2,"pid":2,"label":"main.1","kind":"proc.output","stream":"stderr","data":"warning 7\n"})";
    const int output = static_cast<int>(OutcomeRunner::Key::Output);
    const int number = static_cast<int>(OutcomeRunner::Key::FirstNumber);
    QTest::newRow("whole stdout, in order")
        << QList<QByteArray>{hello, out1, out2, err, completed} << output
        << QStringLiteral("Final count: 1834; twice 1000\nchild done");
    QTest::newRow("first number") << QList<QByteArray>{hello, err, out1, completed} << number
                                  << QStringLiteral("1834");
    QTest::newRow("no number") << QList<QByteArray>{hello, out2, completed} << number
                               << QStringLiteral("(no number printed)");
    QTest::newRow("nothing printed")
        << QList<QByteArray>{hello, completed} << output << QStringLiteral("(nothing printed)");
    QTest::newRow("deadlock")
        << QList<QByteArray>{hello, out1, R"({"type":"end","status":"deadlock","leaks":[]})"}
        << number << QStringLiteral("(run deadlock)");
    QTest::newRow("engine died: no end") << QList<QByteArray>{hello, out1} << output
                                         << QStringLiteral("(run ended without a status)");

    const int semaphore = static_cast<int>(OutcomeRunner::Key::FirstSemaphore);
    const QByteArray waitB =
        R"({"seq":3,"t":3,"pid":3,"label":"b","kind":"sem.wait","phase":"begin","obj":"sem:/lock","value":1})";
    const QByteArray failedB =
        R"({"seq":4,"t":4,"pid":3,"label":"b","kind":"sem.wait","phase":"end","obj":"sem:/lock","ret":-1,"errno":"EINTR"})";
    const QByteArray gotA =
        R"({"seq":5,"t":5,"pid":2,"label":"a","kind":"sem.wait","phase":"end","obj":"sem:/lock","ret":0,"value":0})";
    const QByteArray gotB =
        R"({"seq":6,"t":6,"pid":3,"label":"b","kind":"sem.wait","phase":"end","obj":"sem:/lock","ret":0,"value":0})";
    QTest::newRow("semaphore: first to return from sem_wait, not first to call")
        << QList<QByteArray>{hello, waitB, failedB, gotA, gotB, completed} << semaphore
        << QStringLiteral("a");
    QTest::newRow("semaphore: nobody took one")
        << QList<QByteArray>{hello, waitB, completed} << semaphore
        << QStringLiteral("(no process got a semaphore)");

    const int tree = static_cast<int>(OutcomeRunner::Key::ProcessTree);
    const QByteArray forkA =
        R"({"seq":1,"t":1,"pid":1,"label":"main","kind":"proc.fork","ret":2,"child":2,"child_label":"main.1"})";
    const QByteArray startA = R"({"seq":2,"t":2,"pid":2,"label":"main.1","kind":"proc.start"})";
    const QByteArray forkB =
        R"({"seq":3,"t":3,"pid":1,"label":"main","kind":"proc.fork","ret":3,"child":3,"child_label":"main.2"})";
    const QByteArray forkA1 =
        R"({"seq":4,"t":4,"pid":2,"label":"main.1","kind":"proc.fork","ret":4,"child":4,"child_label":"main.1.1"})";
    const QByteArray other = R"({"seq":5,"t":5,"pid":9,"label":"other","kind":"proc.start"})";
    const QByteArray start = R"({"seq":0,"t":0,"pid":1,"label":"main","kind":"proc.start"})";
    QTest::newRow("tree: nested, in fork order, two roots")
        << QList<QByteArray>{hello, start, forkA, startA, forkB, forkA1, other, completed} << tree
        << OutcomeRunner::tr("%n process(es): %1", nullptr, 5)
               .arg(QStringLiteral("main(main.1(main.1.1), main.2); other"));
}

void TestChartsOutcomes::outcomeOf()
{
    QFETCH(QList<QByteArray>, records);
    QFETCH(int, key);
    QFETCH(QString, expected);
    EventList events;
    for (const QByteArray &record : records)
        events.append(eventFrom(record.constData()));
    QCOMPARE(OutcomeRunner::outcomeOf(events, static_cast<OutcomeRunner::Key>(key)), expected);
}

void TestChartsOutcomes::predictionHolds_data()
{
    QTest::addColumn<QString>("prediction");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("expected"); // 1 holds, 0 does not, -1 cannot tell
    QTest::newRow("exact number") << "2000"
                                  << "2000" << 1;
    QTest::newRow("other number") << "2000"
                                  << "1834" << 0;
    QTest::newRow("less than") << "< 2000"
                               << "1834" << 1;
    QTest::newRow("less than, equal") << "<2000"
                                      << "2000" << 0;
    QTest::newRow("at most") << "<= 2000"
                             << "2000" << 1;
    QTest::newRow("greater") << "> 1900"
                             << "1834" << 0;
    QTest::newRow("at least") << ">=1834"
                              << "1834" << 1;
    QTest::newRow("equal sign") << "= 2000"
                                << "2000" << 1;
    QTest::newRow("not equal") << "!= 2000"
                               << "1999" << 1;
    QTest::newRow("text outcome") << "Hello from the child"
                                  << "Hello from the child" << 1;
    QTest::newRow("comparison on text") << "< 5"
                                        << "(run deadlock)" << -1;
    QTest::newRow("no prediction") << "  "
                                   << "2000" << -1;
    QTest::newRow("number of a tree") << "7"
                                      << "7 processes: main(main.1, main.2)" << 1;
    QTest::newRow("wrong number of a tree") << "8"
                                            << "7 processes: main(main.1, main.2)" << 0;
    QTest::newRow("more than, of a tree") << "> 6"
                                          << "7 processes: main(main.1, main.2)" << 1;
    QTest::newRow("whole tree") << "7 processes: main(main.1, main.2)"
                                << "7 processes: main(main.1, main.2)" << 1;
    QTest::newRow("winner") << "main.1"
                            << "main.2" << 0;
}

void TestChartsOutcomes::predictionHolds()
{
    QFETCH(QString, prediction);
    QFETCH(QString, outcome);
    QFETCH(int, expected);
    const auto held = OutcomeView::predictionHolds(prediction, outcome);
    QCOMPARE(held.has_value() ? (*held ? 1 : 0) : -1, expected);
}

void TestChartsOutcomes::bars()
{
    // Numbers: in increasing order.
    const QList<OutcomeCount> numbers{
        {QStringLiteral("2000"), 3}, {QStringLiteral("1834"), 1}, {QStringLiteral("1990"), 2}};
    const QList<QPair<QString, int>> expected{
        {QStringLiteral("1834"), 1}, {QStringLiteral("1990"), 2}, {QStringLiteral("2000"), 3}};
    QCOMPARE(OutcomeView::bars(numbers), expected);
    // Text: most frequent first.
    const QList<OutcomeCount> texts{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 5}};
    const QList<QPair<QString, int>> byCount{{QStringLiteral("b"), 5}, {QStringLiteral("a"), 1}};
    QCOMPARE(OutcomeView::bars(texts), byCount);
    QVERIFY(OutcomeView::bars({}).isEmpty());
}

void TestChartsOutcomes::barsGroupManyNumbers()
{
    QList<OutcomeCount> counts;
    int total = 0;
    for (int value = 1000; value < 2000; value += 7) {
        counts.append({QString::number(value), 1 + value % 3});
        total += 1 + value % 3;
    }
    const auto bars = OutcomeView::bars(counts);
    QVERIFY(bars.size() <= OutcomeView::MaxBars);
    QVERIFY(bars.size() > 1);
    int sum = 0;
    for (const auto &bar : bars)
        sum += bar.second;
    QCOMPARE(sum, total); // every run in exactly one range
    QVERIFY(bars.first().first.startsWith(QStringLiteral("1000")));
}

void TestChartsOutcomes::rejectsBadStart()
{
    OutcomeRunner runner;
    runner.setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
    QVERIFY(
        !runner.start(raceOptions(QStringLiteral("race-counter")), 0, OutcomeRunner::Key::Output));
    QVERIFY(!runner.start(raceOptions(QStringLiteral("race-counter")), OutcomeRunner::MaxRuns + 1,
                          OutcomeRunner::Key::Output));
    QVERIFY(!runner.start(RunOptions(), 3, OutcomeRunner::Key::Output));
    QVERIFY(!runner.isRunning());
    // A missing engine is a clear failure, not a hang.
    runner.setEnginePath(QStringLiteral("/nonexistent/ipcviz-engine"));
    QSignalSpy failed(&runner, &OutcomeRunner::runsFailed);
    QVERIFY(
        runner.start(raceOptions(QStringLiteral("race-counter")), 2, OutcomeRunner::Key::Output));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(!runner.isRunning());
}

void TestChartsOutcomes::raceCounterLosesUpdates()
{
    OutcomeRunner runner;
    runner.setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
    QSignalSpy finished(&runner, &OutcomeRunner::runsFinished);
    QSignalSpy done(&runner, &OutcomeRunner::runDone);
    QCOMPARE(OutcomeRunner::defaultKey(QStringLiteral("race-counter")),
             OutcomeRunner::Key::FirstNumber);
    QVERIFY(runner.start(raceOptions(QStringLiteral("race-counter")), Runs,
                         OutcomeRunner::Key::FirstNumber));
    QVERIFY(finished.wait(120000));
    QCOMPARE(done.size(), Runs);
    QCOMPARE(runner.runsDone(), Runs);
    int runs = 0;
    int lost = 0;
    for (const OutcomeCount &count : runner.counts()) {
        bool ok = false;
        const int value = count.outcome.toInt(&ok);
        QVERIFY2(ok, qPrintable(count.outcome)); // every run completed and printed its count
        QVERIFY2(value >= 1 && value <= 2 * N, qPrintable(count.outcome));
        runs += count.count;
        lost += value < 2 * N ? count.count : 0;
    }
    QCOMPARE(runs, Runs);
    // Two processes on two CPUs interleave their loads and stores: updates get lost.
    if (QThread::idealThreadCount() > 1)
        QVERIFY2(lost > 0, "no run lost an update");
}

void TestChartsOutcomes::raceCounterSemNeverDoes()
{
    OutcomeRunner runner;
    runner.setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
    QSignalSpy finished(&runner, &OutcomeRunner::runsFinished);
    QVERIFY(runner.start(raceOptions(QStringLiteral("race-counter-sem")), Runs,
                         OutcomeRunner::defaultKey(QStringLiteral("race-counter-sem"))));
    QVERIFY(finished.wait(120000));
    QCOMPARE(runner.counts().size(), 1);
    QCOMPARE(runner.counts().first().outcome, QString::number(2 * N));
    QCOMPARE(runner.countOf(QString::number(2 * N)), Runs);
}

void TestChartsOutcomes::semaphoreWinners()
{
    // race-counter-sem: both children compete for the semaphore; whoever wins,
    // it is one of them, and every run has a winner.
    OutcomeRunner runner;
    runner.setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
    QSignalSpy finished(&runner, &OutcomeRunner::runsFinished);
    RunOptions options = raceOptions(QStringLiteral("race-counter-sem"));
    options.params = {{QStringLiteral("n"), QStringLiteral("50")}};
    QVERIFY(runner.start(options, 6, OutcomeRunner::Key::FirstSemaphore));
    QVERIFY(finished.wait(120000));
    int runs = 0;
    for (const OutcomeCount &count : runner.counts()) {
        QVERIFY2(count.outcome == QLatin1String("main.1") ||
                     count.outcome == QLatin1String("main.2"),
                 qPrintable(count.outcome));
        runs += count.count;
    }
    QCOMPARE(runs, 6);
}

void TestChartsOutcomes::forkTreeShape()
{
    // The tree of fork-tree is the same every run: 1 + 2 + 4 processes.
    OutcomeRunner runner;
    runner.setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
    QSignalSpy finished(&runner, &OutcomeRunner::runsFinished);
    QCOMPARE(OutcomeRunner::defaultKey(QStringLiteral("fork-tree")),
             OutcomeRunner::Key::ProcessTree);
    RunOptions options;
    options.scenario = QStringLiteral("fork-tree");
    options.params = {{QStringLiteral("depth"), QStringLiteral("2")},
                      {QStringLiteral("width"), QStringLiteral("2")}};
    QVERIFY(runner.start(options, 3, OutcomeRunner::Key::ProcessTree));
    QVERIFY(finished.wait(120000));
    QCOMPARE(runner.counts().size(), 1);
    QCOMPARE(
        runner.counts().first().outcome,
        OutcomeRunner::tr("%n process(es): %1", nullptr, 7)
            .arg(QStringLiteral("main(main.1(main.1.1, main.1.2), main.2(main.2.1, main.2.2))")));
    QCOMPARE(runner.counts().first().count, 3);
    QVERIFY(*OutcomeView::predictionHolds(QStringLiteral("7"), runner.counts().first().outcome));
}

void TestChartsOutcomes::viewPredictThenRun()
{
    OutcomeView view;
    view.runner()->setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
    view.setRunOptionsProvider([] { return raceOptions(QStringLiteral("race-counter-sem")); });
    view.setRuns(5);
    view.setKey(OutcomeRunner::Key::FirstNumber);
    view.setPrediction(QStringLiteral("< 2000"));
    QSignalSpy finished(view.runner(), &OutcomeRunner::runsFinished);
    view.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(view.predictionSummary(),
             QStringLiteral("Your prediction \"< 2000\" held in 0 of 5 runs (0 %)."));
    // The bar chart: one bar of 5 runs.
    const auto series = view.chartView()->chart()->series();
    QCOMPARE(series.size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(series.first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 1);
    QCOMPARE(bars->barSets().first()->count(), 1);
    QCOMPARE(bars->barSets().first()->at(0), 5.0);
}

void TestChartsOutcomes::cancelStops()
{
    OutcomeRunner runner;
    runner.setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
    QSignalSpy done(&runner, &OutcomeRunner::runDone);
    QSignalSpy cancelled(&runner, &OutcomeRunner::runsCancelled);
    QVERIFY(runner.start(raceOptions(QStringLiteral("race-counter")), OutcomeRunner::MaxRuns,
                         OutcomeRunner::Key::FirstNumber));
    QVERIFY(done.wait(30000));
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 10000);
    QVERIFY(!runner.isRunning());
    QVERIFY(runner.runsDone() < OutcomeRunner::MaxRuns);
}

QTEST_MAIN(TestChartsOutcomes)
#include "tst_chartsoutcomes.moc"
