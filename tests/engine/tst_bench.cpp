// The IPC benchmark measures every mechanism and size it is asked for, with
// positive figures and consistent spreads, in JSON and CSV.

#include "enginerun.h"

#include <QtTest>

class TestBench : public QObject {
    Q_OBJECT

private slots:
    void jsonHasEveryMechanismAndSize();
    void csvMatches();
    void badArguments_data();
    void badArguments();
};

namespace {
QByteArray bench(const QStringList &args, int *exitCode = nullptr, QString *err = nullptr)
{
    QProcess p;
    p.start(enginePath(), QStringList{QStringLiteral("bench")} + args);
    p.waitForFinished(180000);
    if (exitCode)
        *exitCode = p.exitCode();
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.readAllStandardOutput();
}
} // namespace

void TestBench::jsonHasEveryMechanismAndSize()
{
    int code = -1;
    const QByteArray out =
        bench({QStringLiteral("--json"), QStringLiteral("--quick"), QStringLiteral("--size"),
               QStringLiteral("64"), QStringLiteral("--size"), QStringLiteral("65536")},
              &code);
    QCOMPARE(code, 0);
    QJsonParseError perr{};
    const auto doc = QJsonDocument::fromJson(out, &perr);
    QVERIFY2(doc.isObject(), qPrintable(perr.errorString()));
    const auto results = doc.object().value(QStringLiteral("results")).toArray();
    QSet<QString> seen;
    for (const auto &v : results) {
        const auto r = v.toObject();
        const QString m = r.value(QStringLiteral("mechanism")).toString();
        const int size = r.value(QStringLiteral("size")).toInt();
        seen.insert(m + QLatin1Char('/') + QString::number(size));
        for (const char *key : {"latency_us", "throughput_mb_s"}) {
            const auto s = r.value(QLatin1String(key)).toObject();
            const double lo = s.value(QStringLiteral("min")).toDouble();
            const double mid = s.value(QStringLiteral("median")).toDouble();
            const double hi = s.value(QStringLiteral("max")).toDouble();
            QVERIFY2(lo > 0 && lo <= mid && mid <= hi,
                     qPrintable(m + QLatin1Char(' ') + QLatin1String(key)));
        }
        QVERIFY(r.value(QStringLiteral("round_trips")).toInt() >= 5);
        QVERIFY(r.value(QStringLiteral("trials")).toInt() >= 3);
        QVERIFY(r.value(QStringLiteral("wall_s")).toDouble() > 0);
        QVERIFY(r.value(QStringLiteral("cpu_s")).toDouble() >= 0);
    }
    for (const char *m : {"pipe", "fifo", "shm-sem", "shm-spin", "unix-socket"})
        for (int size : {64, 65536})
            QVERIFY2(seen.contains(QLatin1String(m) + QLatin1Char('/') + QString::number(size)), m);
    QCOMPARE(results.size(), 10);
    // Nothing of the benchmark is left behind.
    const auto shm = QDir(QStringLiteral("/dev/shm"))
                         .entryList({QStringLiteral("*ipcviz-bench*")}, QDir::Files | QDir::System);
    QVERIFY(shm.isEmpty());
}

void TestBench::csvMatches()
{
    int code = -1;
    const QByteArray out =
        bench({QStringLiteral("--csv"), QStringLiteral("--quick"), QStringLiteral("--mechanism"),
               QStringLiteral("pipe"), QStringLiteral("--size"), QStringLiteral("512")},
              &code);
    QCOMPARE(code, 0);
    const auto lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith("mechanism,size,round_trips,latency_us_min"));
    QCOMPARE(lines[0].count(','), lines[1].count(','));
    QVERIFY(lines[1].startsWith("pipe,512,"));
}

void TestBench::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown mechanism")
        << QStringList{QStringLiteral("--mechanism"), QStringLiteral("carrier-pigeon")};
    QTest::newRow("size zero") << QStringList{QStringLiteral("--size"), QStringLiteral("0")};
    QTest::newRow("size text") << QStringList{QStringLiteral("--size"), QStringLiteral("big")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--fast")};
}

void TestBench::badArguments()
{
    QFETCH(QStringList, args);
    int code = -1;
    QString err;
    const QByteArray out = bench(args, &code, &err);
    QCOMPARE(code, 2);
    QVERIFY(out.isEmpty());
    QVERIFY(!err.isEmpty());
}

QTEST_GUILESS_MAIN(TestBench)
#include "tst_bench.moc"
