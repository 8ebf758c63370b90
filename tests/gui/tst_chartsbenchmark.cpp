// The benchmark: decoding `ipcviz-engine bench --json` (good and bad documents),
// progress lines, the view's log-log charts, table and exports, and a real
// engine run cancelled from the runner.
#include "charts/benchmarkreport.h"
#include "charts/benchmarkrunner.h"
#include "charts/benchmarkview.h"

#include <QChart>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Two mechanisms, three sizes each; shm listed out of size order on purpose.
const char CannedJson[] = R"({"benchmark":"ipc","quick":true,"machine":"Test CPU, 2 CPUs",
"units":{"latency":"us per round trip","throughput":"MB/s one way","time":"s"},"results":[
{"mechanism":"pipe","size":8,"round_trips":1344,"latency_us":{"min":2.0,"median":2.1,"max":7.6},"trials":3,"throughput_mb_s":{"min":5.2,"median":7.5,"max":8.2},"wall_s":0.102,"cpu_s":0.021},
{"mechanism":"pipe","size":4096,"round_trips":1648,"latency_us":{"min":2.3,"median":3.0,"max":8.5},"trials":3,"throughput_mb_s":{"min":5297,"median":5344,"max":5475},"wall_s":0.035,"cpu_s":0.009},
{"mechanism":"pipe","size":1048576,"round_trips":16,"latency_us":{"min":259,"median":301,"max":379},"trials":3,"throughput_mb_s":{"min":1909,"median":4019,"max":4907},"wall_s":0.056,"cpu_s":0.009},
{"mechanism":"shm-sem","size":1048576,"round_trips":32,"latency_us":{"min":100,"median":120,"max":300},"trials":3,"throughput_mb_s":{"min":8000,"median":9000,"max":9500},"wall_s":0.041,"cpu_s":0.030},
{"mechanism":"shm-sem","size":8,"round_trips":5648,"latency_us":{"min":1.1,"median":1.2,"max":4.0},"trials":3,"throughput_mb_s":{"min":13,"median":18,"max":19},"wall_s":0.061,"cpu_s":0.034},
{"mechanism":"shm-sem","size":4096,"round_trips":6080,"latency_us":{"min":1.4,"median":1.5,"max":2.8},"trials":3,"throughput_mb_s":{"min":1609,"median":2040,"max":5264},"wall_s":0.037,"cpu_s":0.024}
]})";

BenchmarkReport cannedReport()
{
    QString error;
    const auto report = BenchmarkReport::fromJson(QByteArray(CannedJson), &error);
    if (!report)
        qFatal("canned JSON rejected: %s", qPrintable(error));
    return *report;
}

QLineSeries *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->name() == name)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

} // namespace

class TestChartsBenchmark : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decode();
    void rejectBadJson_data();
    void rejectBadJson();
    void progressLines_data();
    void progressLines();
    void csv();
    void viewCharts_data();
    void viewCharts();
    void viewTable();
    void exports_data();
    void exports();
    void exportToBadPath();
    void realEngineCancel();
    void missingEngine();
};

void TestChartsBenchmark::decode()
{
    const BenchmarkReport report = cannedReport();
    QCOMPARE(report.machine, QStringLiteral("Test CPU, 2 CPUs"));
    QVERIFY(report.quick);
    QCOMPARE(report.results.size(), 6);
    QCOMPARE(report.mechanisms(), (QStringList{QStringLiteral("pipe"), QStringLiteral("shm-sem")}));
    const auto shm = report.resultsFor(QStringLiteral("shm-sem"));
    QCOMPARE(shm.size(), 3);
    QCOMPARE(shm.at(0).size, 8);
    QCOMPARE(shm.at(2).size, 1048576);
    QCOMPARE(shm.at(2).throughputMbS.median, 9000.0);
    QCOMPARE(shm.at(0).latencyUs.median, 1.2);
    QCOMPARE(shm.at(0).roundTrips, 5648);
    QCOMPARE(shm.at(0).trials, 3);
    QCOMPARE(shm.at(0).cpuS, 0.034);
    QCOMPARE(shm.at(0).wallS, 0.061);
}

void TestChartsBenchmark::rejectBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("offset");
    QTest::newRow("truncated") << QByteArray(CannedJson).left(300) << QStringLiteral("offset");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
    QTest::newRow("no results") << QByteArray(R"({"machine":"x"})")
                                << QStringLiteral("no \"results\"");
    QTest::newRow("size is text")
        << QByteArray(
               R"({"results":[{"mechanism":"pipe","size":8,"round_trips":1,"trials":1,"latency_us":{"min":1,"median":1,"max":1},"throughput_mb_s":{"min":1,"median":1,"max":1},"wall_s":1,"cpu_s":1},{"mechanism":"pipe","size":"big"}]})")
        << QStringLiteral("results[1]");
    QTest::newRow("latency without median")
        << QByteArray(
               R"({"results":[{"mechanism":"pipe","size":8,"round_trips":1,"trials":1,"latency_us":{"min":1,"max":1},"throughput_mb_s":{"min":1,"median":1,"max":1},"wall_s":1,"cpu_s":1}]})")
        << QStringLiteral("results[0]");
    QTest::newRow("zero size")
        << QByteArray(
               R"({"results":[{"mechanism":"pipe","size":0,"round_trips":1,"trials":1,"latency_us":{"min":1,"median":1,"max":1},"throughput_mb_s":{"min":1,"median":1,"max":1},"wall_s":1,"cpu_s":1}]})")
        << QStringLiteral("results[0]");
}

void TestChartsBenchmark::rejectBadJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!BenchmarkReport::fromJson(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestChartsBenchmark::progressLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("done");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("label");
    QTest::newRow("progress") << "bench: 13/15 unix-socket 4096" << true << 13 << 15
                              << "unix-socket 4096";
    QTest::newRow("done") << "bench: 15/15 done\n" << true << 15 << 15 << "done";
    QTest::newRow("no label") << "bench: 0/4" << true << 0 << 4 << "";
    QTest::newRow("diagnostic") << "bench: cannot create FIFO" << false << 0 << 0 << "";
    QTest::newRow("done beyond total") << "bench: 5/4 x" << false << 0 << 0 << "";
    QTest::newRow("zero total") << "bench: 0/0 x" << false << 0 << 0 << "";
    QTest::newRow("other text") << "warning: slow machine" << false << 0 << 0 << "";
}

void TestChartsBenchmark::progressLines()
{
    QFETCH(QString, line);
    QFETCH(bool, ok);
    QFETCH(int, done);
    QFETCH(int, total);
    QFETCH(QString, label);
    int parsedDone = -1;
    int parsedTotal = -1;
    QString parsedLabel;
    QCOMPARE(BenchmarkRunner::parseProgress(line, &parsedDone, &parsedTotal, &parsedLabel), ok);
    if (!ok)
        return;
    QCOMPARE(parsedDone, done);
    QCOMPARE(parsedTotal, total);
    QCOMPARE(parsedLabel, label);
}

void TestChartsBenchmark::csv()
{
    const QByteArray csv = cannedReport().toCsv();
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.first().startsWith("mechanism,size,round_trips"));
    QCOMPARE(lines.at(1), QByteArray("pipe,8,1344,3,2,2.1,7.6,5.2,7.5,8.2,0.102,0.021"));
    for (const QByteArray &line : lines)
        QCOMPARE(line.count(','), 11);
}

void TestChartsBenchmark::viewCharts_data()
{
    QTest::addColumn<bool>("throughput");
    QTest::newRow("throughput") << true;
    QTest::newRow("latency") << false;
}

void TestChartsBenchmark::viewCharts()
{
    QFETCH(bool, throughput);
    BenchmarkView view;
    const BenchmarkReport report = cannedReport();
    view.showReport(report);
    QChart *chart = throughput ? view.throughputChart() : view.latencyChart();
    QCOMPARE(chart->series().size(), 2); // one per mechanism
    // Both axes logarithmic.
    const auto horizontal = chart->axes(Qt::Horizontal);
    const auto vertical = chart->axes(Qt::Vertical);
    QCOMPARE(horizontal.size(), 1);
    QCOMPARE(vertical.size(), 1);
    auto *sizeAxis = qobject_cast<QLogValueAxis *>(horizontal.first());
    auto *valueAxis = qobject_cast<QLogValueAxis *>(vertical.first());
    QVERIFY(sizeAxis);
    QVERIFY(valueAxis);
    QVERIFY(sizeAxis->min() <= 8 && sizeAxis->max() >= 1048576);
    // Every mechanism and size is a point, by increasing size.
    for (const QString &mechanism : report.mechanisms()) {
        QLineSeries *series = seriesNamed(chart, mechanism);
        QVERIFY(series);
        const auto results = report.resultsFor(mechanism);
        QCOMPARE(series->count(), results.size());
        for (int i = 0; i < series->count(); ++i) {
            QCOMPARE(series->at(i).x(), double(results.at(i).size));
            const double expected =
                throughput ? results.at(i).throughputMbS.median : results.at(i).latencyUs.median;
            QCOMPARE(series->at(i).y(), expected);
            QVERIFY(valueAxis->min() <= expected && valueAxis->max() >= expected);
        }
    }
    // A second report replaces the first.
    BenchmarkReport one = report;
    one.results = report.resultsFor(QStringLiteral("pipe"));
    view.showReport(one);
    QCOMPARE(chart->series().size(), 1);
    QCOMPARE(chart->axes(Qt::Horizontal).size(), 1);
}

void TestChartsBenchmark::viewTable()
{
    BenchmarkView view;
    view.showReport(cannedReport());
    QTableWidget *table = view.table();
    QCOMPARE(table->rowCount(), 6);
    // CPU time next to wall time, and their ratio.
    QCOMPARE(table->item(3, 0)->text(), QStringLiteral("shm-sem"));
    QCOMPARE(table->item(3, 6)->data(Qt::UserRole).toDouble(), 0.041);
    QCOMPARE(table->item(3, 7)->data(Qt::UserRole).toDouble(), 0.030);
    QCOMPARE(table->item(3, 8)->text(), QStringLiteral("73 %"));
}

void TestChartsBenchmark::exports_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("png") << QStringLiteral("bench.png");
    QTest::newRow("svg") << QStringLiteral("bench.svg");
    QTest::newRow("csv") << QStringLiteral("bench.csv");
}

void TestChartsBenchmark::exports()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BenchmarkView view;
    view.resize(1000, 700);
    view.showReport(cannedReport());
    const QString path = dir.filePath(name);
    QString error;
    const bool ok = name.endsWith(QLatin1String(".csv")) ? view.exportCsv(path, &error)
                                                         : view.exportCharts(path, &error);
    QVERIFY2(ok, qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (name.endsWith(QLatin1String(".png"))) {
        const QImage image = QImage::fromData(bytes, "PNG");
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 100);
    } else if (name.endsWith(QLatin1String(".svg"))) {
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("shm-sem")); // the legend is drawn as text
    } else {
        QCOMPARE(bytes, cannedReport().toCsv());
    }
}

void TestChartsBenchmark::exportToBadPath()
{
    BenchmarkView view;
    view.showReport(cannedReport());
    QString error;
    QVERIFY(!view.exportCsv(QStringLiteral("/nonexistent-dir/x.csv"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent-dir/x.csv")), qPrintable(error));
    error.clear();
    QVERIFY(!view.exportCharts(QStringLiteral("/nonexistent-dir/x.png"), &error));
    QVERIFY(!error.isEmpty());
}

void TestChartsBenchmark::realEngineCancel()
{
    // The real engine: progress arrives on stderr, Cancel kills it and is reported
    // as a cancel, not a failure.
    BenchmarkView view;
    view.runner()->setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
    QSignalSpy progress(view.runner(), &BenchmarkRunner::progressChanged);
    QSignalSpy cancelled(view.runner(), &BenchmarkRunner::benchmarkCancelled);
    QSignalSpy failed(view.runner(), &BenchmarkRunner::benchmarkFailed);
    QSignalSpy finished(view.runner(), &BenchmarkRunner::benchmarkFinished);
    view.start();
    QVERIFY(view.runner()->isRunning());
    QVERIFY(progress.wait(60000));
    QVERIFY(progress.first().at(1).toInt() > 1); // total
    view.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 10000);
    QVERIFY(!view.runner()->isRunning());
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.size(), 0);
}

void TestChartsBenchmark::missingEngine()
{
    BenchmarkRunner runner;
    runner.setEnginePath(QStringLiteral("/nonexistent/ipcviz-engine"));
    QSignalSpy failed(&runner, &BenchmarkRunner::benchmarkFailed);
    QVERIFY(runner.start(true));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("/nonexistent")),
             qPrintable(failed.first().first().toString()));
}

QTEST_MAIN(TestChartsBenchmark)
#include "tst_chartsbenchmark.moc"
