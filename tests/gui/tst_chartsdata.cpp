// ChartData: the series of the live charts computed from a hand-written run
// (pipe fill up to the 64 KiB ceiling, semaphore value and blocked moments,
// process counts, bytes per process), decimation, and ChartsPane following the
// model's cursor and moving it on a click.
#include "charts/chartdata.h"
#include "charts/chartspane.h"
#include "charts/timechartview.h"
#include "models/runmodel.h"

#include <QChart>
#include <QJsonDocument>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <QValueAxis>
#include <algorithm>

namespace {

// Builds events with consecutive seq numbers and t = 1 µs per event.
class Script {
public:
    Script &add(const QByteArray &json)
    {
        QJsonObject object = QJsonDocument::fromJson(json).object();
        if (object.isEmpty())
            qFatal("bad JSON in test: %s", json.constData());
        object.insert(QStringLiteral("seq"), m_events.size());
        object.insert(QStringLiteral("t"), 1000 * m_events.size());
        m_events.append(Event::fromJson(object));
        return *this;
    }
    const EventList &events() const { return m_events; }

private:
    EventList m_events;
};

Event hello()
{
    return Event::fromJson(
        QJsonDocument::fromJson(R"({"type":"hello","protocol":1,"scenario":"charts-test"})")
            .object());
}

// A writer fills pipe#1 to its capacity and blocks on a second write; the child
// drains it, waits on sem:/S (once blocking, once not), exits, becomes a zombie
// and is reaped. The comments give each event's index.
EventList handWrittenRun()
{
    Script s;
    s.add(R"({"pid":10,"label":"main","kind":"proc.start","ppid":1,"root":true})"); // 0
    s.add(R"({"pid":10,"label":"main","kind":"pipe.create","obj":"pipe#1","fds":[3,4],"ret":0})");
    s.add(
        R"({"pid":10,"label":"main","kind":"sem.open","obj":"sem:/S","name":"/x.S","created":true,"value":0})");
    s.add(
        R"({"pid":10,"label":"main","kind":"proc.fork","child":11,"child_label":"main.1","ret":11})");
    s.add(R"({"pid":11,"label":"main.1","kind":"proc.start","ppid":10,"parent_label":"main"})");
    s.add(
        R"({"pid":10,"label":"main","kind":"pipe.write","phase":"begin","obj":"pipe#1","fd":4,"bytes":65536})"); // 5
    s.add(
        R"({"pid":10,"label":"main","kind":"pipe.write","phase":"end","obj":"pipe#1","fd":4,"ret":65536})");
    s.add(
        R"({"pid":10,"label":"main","kind":"pipe.write","phase":"begin","obj":"pipe#1","fd":4,"bytes":100})");
    s.add(
        R"({"pid":11,"label":"main.1","kind":"pipe.read","phase":"begin","obj":"pipe#1","fd":3,"max":4096})");
    s.add(
        R"({"pid":11,"label":"main.1","kind":"pipe.read","phase":"end","obj":"pipe#1","fd":3,"ret":4096})");
    s.add(
        R"({"pid":10,"label":"main","kind":"pipe.write","phase":"end","obj":"pipe#1","fd":4,"ret":100})"); // 10
    s.add(
        R"({"pid":11,"label":"main.1","kind":"sem.wait","phase":"begin","obj":"sem:/S","value":0})");
    s.add(R"({"pid":10,"label":"main","kind":"sem.post","obj":"sem:/S","value":1})");
    s.add(
        R"({"pid":11,"label":"main.1","kind":"sem.wait","phase":"end","obj":"sem:/S","value":0})");
    s.add(R"({"pid":10,"label":"main","kind":"sem.post","obj":"sem:/S","value":1})");
    s.add(
        R"({"pid":11,"label":"main.1","kind":"sem.wait","phase":"begin","obj":"sem:/S","value":1})"); // 15
    s.add(
        R"({"pid":11,"label":"main.1","kind":"sem.wait","phase":"end","obj":"sem:/S","value":0})");
    s.add(
        R"({"pid":11,"label":"main.1","kind":"pipe.read","phase":"begin","obj":"pipe#1","fd":3,"max":65536})");
    s.add(
        R"({"pid":11,"label":"main.1","kind":"pipe.read","phase":"end","obj":"pipe#1","fd":3,"ret":61540})");
    s.add(R"({"pid":11,"label":"main.1","kind":"proc.exiting","code":0})");
    s.add(R"({"pid":11,"label":"main.1","kind":"proc.state","state":"Z","ppid":10})"); // 20
    s.add(R"({"pid":10,"label":"main","kind":"proc.wait","phase":"begin"})");
    s.add(
        R"({"pid":11,"label":"main.1","kind":"proc.exit","code":0,"reaper":10,"reaper_label":"main"})");
    s.add(R"({"pid":10,"label":"main","kind":"proc.wait","phase":"end","reaped":11,"code":0})");
    s.add(R"({"pid":10,"label":"main","kind":"proc.exit","code":0,"reaper_label":"engine"})");
    return s.events();
}

const ChartSeriesData *find(const QList<ChartSeriesData> &list, const QString &key)
{
    for (const ChartSeriesData &series : list) {
        if (series.key == key)
            return &series;
    }
    return nullptr;
}

double maxY(const QList<QPointF> &points)
{
    double max = -1;
    for (const QPointF &p : points)
        max = std::max(max, p.y());
    return max;
}

} // namespace

class TestChartsData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pipeFill_data();
    void pipeFill();
    void semaphore_data();
    void semaphore();
    void blockedMoments();
    void processCounts_data();
    void processCounts();
    void bytesPerProcess_data();
    void bytesPerProcess();
    void incrementalEqualsWhole();
    void timeLookup_data();
    void timeLookup();
    void stepPoints();
    void decimate_data();
    void decimate();
    void longRunStaysBounded();
    void pointsAreTheDecimatedStepLine();
    void largeAppendInTheBackgroundEqualsInline();
    void paneFollowsCursor();
    void paneClickMovesCursor();
};

void TestChartsData::pipeFill_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("bytes");
    QTest::newRow("created empty") << 1 << 0.0;
    QTest::newRow("full after 64 KiB") << 5 << 65536.0;
    QTest::newRow("blocked writer: still at the ceiling") << 7 << 65536.0;
    QTest::newRow("reader took 4 KiB") << 9 << 61540.0;
    QTest::newRow("blocked write completed") << 10 << 61540.0;
    QTest::newRow("drained") << 18 << 0.0;
    QTest::newRow("end of run") << 24 << 0.0;
}

void TestChartsData::pipeFill()
{
    QFETCH(int, index);
    QFETCH(double, bytes);
    ChartData data;
    data.setRun(hello(), handWrittenRun());
    QCOMPARE(data.fillSeries().size(), 1);
    const ChartSeriesData *pipe = find(data.fillSeries(), QStringLiteral("pipe#1"));
    QVERIFY(pipe);
    QCOMPARE(pipe->valueAt(index), bytes);
    // Never above the ceiling, and the ceiling is reached.
    QCOMPARE(maxY(data.points(*pipe)), double(ChartData::PipeCapacity));
}

void TestChartsData::semaphore_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("value");
    QTest::newRow("created at 0") << 2 << 0.0;
    QTest::newRow("waiter blocked") << 11 << 0.0;
    QTest::newRow("posted") << 12 << 1.0;
    QTest::newRow("wait returned") << 13 << 0.0;
    QTest::newRow("posted again") << 14 << 1.0;
    QTest::newRow("passing wait returned") << 16 << 0.0;
}

void TestChartsData::semaphore()
{
    QFETCH(int, index);
    QFETCH(double, value);
    ChartData data;
    data.setRun(hello(), handWrittenRun());
    QCOMPARE(data.semaphoreSeries().size(), 1);
    const ChartSeriesData *sem = find(data.semaphoreSeries(), QStringLiteral("sem:/S"));
    QVERIFY(sem);
    QCOMPARE(sem->valueAt(index), value);
}

void TestChartsData::blockedMoments()
{
    ChartData data;
    data.setRun(hello(), handWrittenRun());
    // Only the wait that saw 0 blocked; the one that saw 1 passed.
    const QList<BlockedMoment> moments = data.blockedMoments(QStringLiteral("sem:/S"));
    QCOMPARE(moments.size(), 1);
    QCOMPARE(moments.first().index, 11);
    QCOMPARE(moments.first().t, qint64(11000));
    QCOMPARE(moments.first().label, QStringLiteral("main.1"));
    QVERIFY(data.blockedMoments(QStringLiteral("pipe#1")).isEmpty());
}

void TestChartsData::processCounts_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("alive");
    QTest::addColumn<double>("blocked");
    QTest::addColumn<double>("zombie");
    QTest::newRow("root started") << 0 << 1.0 << 0.0 << 0.0;
    QTest::newRow("forked") << 4 << 2.0 << 0.0 << 0.0;
    QTest::newRow("writer in write") << 5 << 2.0 << 1.0 << 0.0;
    QTest::newRow("writer and reader in calls") << 8 << 2.0 << 2.0 << 0.0;
    QTest::newRow("child in sem_wait") << 11 << 2.0 << 1.0 << 0.0;
    QTest::newRow("child is a zombie") << 20 << 1.0 << 0.0 << 1.0;
    QTest::newRow("parent in wait, child zombie") << 21 << 1.0 << 1.0 << 1.0;
    QTest::newRow("child reaped") << 23 << 1.0 << 0.0 << 0.0;
    QTest::newRow("all gone") << 24 << 0.0 << 0.0 << 0.0;
}

void TestChartsData::processCounts()
{
    QFETCH(int, index);
    QFETCH(double, alive);
    QFETCH(double, blocked);
    QFETCH(double, zombie);
    ChartData data;
    data.setRun(hello(), handWrittenRun());
    QCOMPARE(data.countSeries(ChartData::Count::Alive).valueAt(index), alive);
    QCOMPARE(data.countSeries(ChartData::Count::Blocked).valueAt(index), blocked);
    QCOMPARE(data.countSeries(ChartData::Count::Zombie).valueAt(index), zombie);
}

void TestChartsData::bytesPerProcess_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("written");
    QTest::addColumn<double>("read");
    QTest::newRow("main: a write counts when it returns") << "main" << 5 << 0.0 << 0.0;
    QTest::newRow("main: first write") << "main" << 6 << 65536.0 << 0.0;
    QTest::newRow("main: both writes") << "main" << 24 << 65636.0 << 0.0;
    QTest::newRow("main.1: first read") << "main.1" << 9 << 0.0 << 4096.0;
    QTest::newRow("main.1: everything") << "main.1" << 24 << 0.0 << 65636.0;
}

void TestChartsData::bytesPerProcess()
{
    QFETCH(QString, label);
    QFETCH(int, index);
    QFETCH(double, written);
    QFETCH(double, read);
    ChartData data;
    data.setRun(hello(), handWrittenRun());
    QCOMPARE(data.writtenSeries().size(), 2);
    QCOMPARE(data.readSeries().size(), 2);
    const ChartSeriesData *w = find(data.writtenSeries(), label);
    const ChartSeriesData *r = find(data.readSeries(), label);
    QVERIFY(w && r);
    QCOMPARE(w->valueAt(index), written);
    QCOMPARE(r->valueAt(index), read);
}

void TestChartsData::incrementalEqualsWhole()
{
    const EventList events = handWrittenRun();
    ChartData whole;
    whole.setRun(hello(), events);
    ChartData pieces;
    pieces.reset(hello());
    for (qsizetype i = 0; i < events.size(); i += 3)
        pieces.append(events.mid(i, 3));
    QCOMPARE(pieces.eventCount(), whole.eventCount());
    QCOMPARE(pieces.fillSeries().first().samples, whole.fillSeries().first().samples);
    QCOMPARE(pieces.semaphoreSeries().first().samples, whole.semaphoreSeries().first().samples);
    QCOMPARE(pieces.countSeries(ChartData::Count::Blocked).samples,
             whole.countSeries(ChartData::Count::Blocked).samples);
    // A reset forgets the previous run.
    pieces.reset(hello());
    QCOMPARE(pieces.eventCount(), 0);
    QVERIFY(pieces.fillSeries().isEmpty());
    QVERIFY(pieces.blockedMoments(QStringLiteral("sem:/S")).isEmpty());
}

void TestChartsData::timeLookup_data()
{
    QTest::addColumn<qint64>("t");
    QTest::addColumn<int>("index");
    QTest::newRow("before the first event") << qint64(-1) << -1;
    QTest::newRow("at the first event") << qint64(0) << 0;
    QTest::newRow("between events") << qint64(5500) << 5;
    QTest::newRow("exactly an event") << qint64(9000) << 9;
    QTest::newRow("after the last event") << qint64(1000000) << 24;
}

void TestChartsData::timeLookup()
{
    QFETCH(qint64, t);
    QFETCH(int, index);
    ChartData data;
    data.setRun(hello(), handWrittenRun());
    QCOMPARE(data.indexAtTime(t), index);
    QCOMPARE(data.lastTime(), qint64(24000));
    QCOMPARE(data.timeOf(9), qint64(9000));
}

void TestChartsData::stepPoints()
{
    const QList<ChartSample> samples{{1000000, 0, 1}, {3000000, 5, 4}};
    // x in ms; a step holds the old value up to the change, then the line runs to the end.
    const QList<QPointF> expected{QPointF(1, 1), QPointF(3, 1), QPointF(3, 4), QPointF(10, 4)};
    QCOMPARE(ChartData::stepPoints(samples, 10000000), expected);
    QVERIFY(ChartData::stepPoints({}, 10000000).isEmpty());
}

void TestChartsData::decimate_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxPoints");
    QTest::newRow("small: unchanged") << 100 << 2000;
    QTest::newRow("exactly the bound") << 2000 << 2000;
    QTest::newRow("ten times the bound") << 20000 << 2000;
    QTest::newRow("a million points") << 1000000 << 2000;
    QTest::newRow("odd bound") << 5000 << 101;
}

void TestChartsData::decimate()
{
    QFETCH(int, count);
    QFETCH(int, maxPoints);
    QList<QPointF> points;
    for (int i = 0; i < count; ++i)
        points.append(QPointF(i, double((qint64(i) * 7919) % 1000))); // values in [0, 999]
    points[count / 3].setY(5000);                                     // a lone peak
    points[count / 2].setY(-5000);                                    // a lone trough
    const QList<QPointF> out = ChartData::decimate(points, maxPoints);
    QVERIFY2(out.size() <= maxPoints, qPrintable(QString::number(out.size())));
    if (count <= maxPoints) {
        QCOMPARE(out, points);
        return;
    }
    QCOMPARE(out.first(), points.first());
    QCOMPARE(out.last(), points.last());
    QVERIFY(out.contains(points.at(count / 3)));
    QVERIFY(out.contains(points.at(count / 2)));
    for (qsizetype i = 1; i < out.size(); ++i)
        QVERIFY(out.at(i - 1).x() < out.at(i).x()); // still in time order
}

void TestChartsData::longRunStaysBounded()
{
    // 60,000 writes and reads of varying size: every series stays drawable.
    Script s;
    s.add(R"({"pid":10,"label":"main","kind":"proc.start","ppid":1,"root":true})");
    s.add(R"({"pid":10,"label":"main","kind":"pipe.create","obj":"pipe#1","fds":[3,4],"ret":0})");
    for (int i = 0; i < 30000; ++i) {
        const QByteArray bytes = QByteArray::number(1 + (i * 37) % 4000);
        s.add(R"({"pid":10,"label":"main","kind":"pipe.write","obj":"pipe#1","fd":4,"ret":)" +
              bytes + "}");
        s.add(R"({"pid":10,"label":"main","kind":"pipe.read","obj":"pipe#1","fd":3,"ret":)" +
              bytes + "}");
    }
    ChartData data;
    data.setRun(hello(), s.events());
    const ChartSeriesData &fill = data.fillSeries().first();
    QVERIFY(fill.samples.size() > 50000);
    const auto points = data.points(fill);
    QVERIFY(points.size() <= ChartData::DefaultMaxPoints);
    QCOMPARE(maxY(points), 4000.0); // the largest write is still visible
    QVERIFY(data.points(data.writtenSeries().first()).size() <= ChartData::DefaultMaxPoints);
}

void TestChartsData::pointsAreTheDecimatedStepLine()
{
    // points() decimates the step line without building it: the same points, peaks
    // and troughs included, as decimating stepPoints() would give.
    QRandomGenerator random(11);
    ChartSeriesData series;
    qint64 t = 0;
    for (int i = 0; i < 200000; ++i) {
        t += random.bounded(1, 5000);
        series.samples.append(ChartSample{t, i, double(random.bounded(100))});
    }
    series.samples[77777].value = 100000; // a lone peak
    series.samples[123456].value = -5;    // a lone trough
    ChartData data; // its lastTime() after every sample: the line runs on to it
    data.setRun(hello(),
                {Event::fromJson({{QStringLiteral("seq"), 0},
                                  {QStringLiteral("t"), t + 10},
                                  {QStringLiteral("pid"), 1},
                                  {QStringLiteral("label"), QStringLiteral("main")},
                                  {QStringLiteral("kind"), QStringLiteral("proc.start")}})});
    for (const int maxPoints : {ChartData::DefaultMaxPoints, 101, 3}) {
        const QList<QPointF> expected =
            ChartData::decimate(ChartData::stepPoints(series.samples, data.lastTime()), maxPoints);
        QCOMPARE(data.points(series, maxPoints), expected);
    }
    const QList<QPointF> points = data.points(series);
    QCOMPARE(maxY(points), 100000.0);
    QVERIFY(
        std::any_of(points.cbegin(), points.cend(), [](const QPointF &p) { return p.y() == -5; }));
    // A short series is the step line itself.
    ChartSeriesData shortSeries;
    shortSeries.samples = series.samples.mid(0, 10);
    QCOMPARE(data.points(shortSeries), ChartData::stepPoints(shortSeries.samples, data.lastTime()));
}

void TestChartsData::largeAppendInTheBackgroundEqualsInline()
{
    // 60,000 events in one append are worked in by a thread; in pieces of 100, at
    // once: the series must be the same.
    Script s;
    s.add(R"({"pid":10,"label":"main","kind":"proc.start","ppid":1,"root":true})");
    s.add(R"({"pid":10,"label":"main","kind":"pipe.create","obj":"pipe#1","fds":[3,4],"ret":0})");
    for (int i = 0; i < 30000; ++i) {
        const QByteArray bytes = QByteArray::number(1 + (i * 37) % 4000);
        s.add(R"({"pid":10,"label":"main","kind":"pipe.write","obj":"pipe#1","fd":4,"ret":)" +
              bytes + "}");
        s.add(R"({"pid":10,"label":"main","kind":"pipe.read","obj":"pipe#1","fd":3,"ret":)" +
              bytes + "}");
    }
    const EventList events = s.events();
    ChartData whole;
    whole.setRun(hello(), events);
    QCOMPARE(whole.eventCount(), events.size()); // known at once, while the thread works
    ChartData pieces;
    pieces.reset(hello());
    for (qsizetype i = 0; i < events.size(); i += 100)
        pieces.append(events.mid(i, 100));
    QCOMPARE(whole.fillSeries().size(), 1);
    QCOMPARE(whole.fillSeries().first().samples, pieces.fillSeries().first().samples);
    QCOMPARE(whole.writtenSeries().first().samples, pieces.writtenSeries().first().samples);
    QCOMPARE(whole.readSeries().first().samples, pieces.readSeries().first().samples);
    QCOMPARE(whole.countSeries(ChartData::Count::Alive).samples,
             pieces.countSeries(ChartData::Count::Alive).samples);
    // A reset while a thread works waits for it, then forgets.
    whole.setRun(hello(), events);
    whole.reset(hello());
    QVERIFY(whole.fillSeries().isEmpty());
    QCOMPARE(whole.eventCount(), 0);
}

void TestChartsData::paneFollowsCursor()
{
    RunModel model;
    ChartsPane pane(&model);
    model.reset(hello());
    const EventList events = handWrittenRun();
    model.appendEvents(events.mid(0, 10));
    model.appendEvents(events.mid(10));
    pane.redraw(); // what the throttle timer does
    QCOMPARE(pane.data().eventCount(), events.size());

    QChart *fill = pane.chartView(ChartsPane::FillTab)->chart();
    QStringList names;
    for (QAbstractSeries *series : fill->series())
        names.append(series->name());
    QVERIFY2(names.contains(QStringLiteral("pipe#1")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QStringLiteral("capacity (64 KiB)")), qPrintable(names.join(u',')));
    QChart *sem = pane.chartView(ChartsPane::SemaphoreTab)->chart();
    int scatterPoints = 0;
    for (QAbstractSeries *series : sem->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            scatterPoints += static_cast<int>(scatter->count());
    }
    QCOMPARE(scatterPoints, 1); // the one blocking wait

    // Live: the cursor line sits at the last event (24 µs = 0.024 ms).
    TimeChartView *view = pane.chartView(ChartsPane::ProcessTab);
    QCOMPARE(view->cursorSeries()->count(), 2);
    QCOMPARE(view->cursorSeries()->at(0).x(), 0.024);
    // Time travel moves every chart's cursor line.
    model.setCursor(9);
    for (auto tab : {ChartsPane::FillTab, ChartsPane::SemaphoreTab, ChartsPane::ProcessTab,
                     ChartsPane::BytesTab})
        QCOMPARE(pane.chartView(tab)->cursorSeries()->at(0).x(), 0.009);
    // A new run clears the charts.
    model.reset(hello());
    QCOMPARE(pane.data().eventCount(), 0);
    QCOMPARE(pane.chartView(ChartsPane::FillTab)->cursorSeries()->count(), 0);
}

void TestChartsData::paneClickMovesCursor()
{
    RunModel model;
    ChartsPane pane(&model);
    pane.resize(800, 500);
    model.reset(hello());
    model.appendEvents(handWrittenRun());
    pane.redraw();
    pane.tabs()->setCurrentIndex(ChartsPane::ProcessTab);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    TimeChartView *view = pane.chartView(ChartsPane::ProcessTab);
    QSignalSpy spy(&model, &RunModel::cursorChanged);
    // Click at t = 12.5 µs: the cursor goes to the last event at or before it.
    const QPointF inChart = view->chart()->mapToPosition(QPointF(0.0125, 1), view->cursorSeries());
    const QPoint inView = view->mapFromScene(view->chart()->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
    QTRY_COMPARE(model.cursor(), 12);
    QVERIFY(!model.isLive());
    QVERIFY(!spy.isEmpty());
    QCOMPARE(view->cursorSeries()->at(0).x(), 0.012);
}

QTEST_MAIN(TestChartsData)
#include "tst_chartsdata.moc"
