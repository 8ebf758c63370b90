// Step mode: one process moves per step, the same commands give the same
// run, and a recorded schedule replays the same interleaving.

#include "enginerun.h"

#include <QTemporaryDir>
#include <QtTest>

class TestEngineStep : public QObject {
    Q_OBJECT

private slots:
    void oneProcessMovesPerStep_data();
    void oneProcessMovesPerStep();
    void sameCommandsSameRun_data();
    void sameCommandsSameRun();
    void scheduleReplays_data();
    void scheduleReplays();
    void stepNamedProcess();
    void stepUnknownProcess();
};

namespace {

/// What must be identical between two runs: everything but PIDs and times.
QStringList shape(const EngineRun &run)
{
    QStringList out;
    for (const auto &e : run.events) {
        QString s = e.value(QStringLiteral("label")).toString() + QLatin1Char(' ') +
                    e.value(QStringLiteral("kind")).toString();
        for (const char *k : {"phase", "obj", "data", "bytes", "value", "line", "child_label"})
            if (e.contains(QLatin1String(k)))
                s += QLatin1Char(' ') + QLatin1String(k) + QLatin1Char('=') +
                     e.value(QLatin1String(k)).toVariant().toString();
        // Zombie sightings depend on when /proc is read, not on the schedule.
        if (e.value(QStringLiteral("kind")).toString() == QLatin1String("proc.state"))
            continue;
        out << s;
    }
    return out;
}

QByteArray steps(int n, bool thenContinue)
{
    QByteArray cmds;
    for (int i = 0; i < n; ++i)
        cmds += "{\"cmd\":\"step\"}\n";
    if (thenContinue)
        cmds += "{\"cmd\":\"continue\"}\n";
    return cmds;
}

QStringList fastArgs(const QString &id)
{
    QStringList a{id};
    if (id == QLatin1String("pipe-messages"))
        a << QStringLiteral("--param") << QStringLiteral("delay_ms=10");
    if (id == QLatin1String("zombie"))
        a << QStringLiteral("--param") << QStringLiteral("zombie_s=1");
    if (id == QLatin1String("race-counter"))
        a << QStringLiteral("--param") << QStringLiteral("n=2");
    return a;
}

} // namespace

void TestEngineStep::oneProcessMovesPerStep_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id :
         {"fork-interleave", "pipe-messages", "shm-semaphore", "fifo-struct", "signal-count"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestEngineStep::oneProcessMovesPerStep()
{
    QFETCH(QString, id);
    const EngineRun run = stepRun(fastArgs(id), steps(0, true));
    QCOMPARE(run.status(), QStringLiteral("completed"));
    QSet<QString> atGate;
    int releases = 0;
    for (const auto &e : run.events) {
        const QString label = e.value(QStringLiteral("label")).toString();
        const QString kind = e.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("gate.release")) {
            QVERIFY2(atGate.remove(label),
                     qPrintable(label + QStringLiteral(" released but not at a gate")));
            ++releases;
            continue;
        }
        // A process waiting at its gate does nothing until it is released
        // (the engine may still report about it: exit, zombie, reaping).
        const bool aboutIt =
            kind == QLatin1String("proc.state") || kind == QLatin1String("proc.exit") ||
            kind == QLatin1String("proc.reap") || kind == QLatin1String("signal.deliver");
        QVERIFY2(aboutIt || !atGate.contains(label),
                 qPrintable(label + QStringLiteral(" moved while at its gate: ") + kind));
        if (kind == QLatin1String("gate.wait"))
            atGate.insert(label);
    }
    QVERIFY(releases > 5);
}

void TestEngineStep::sameCommandsSameRun_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("stepsFirst");
    QTest::newRow("fork-interleave") << QStringLiteral("fork-interleave") << 9;
    QTest::newRow("pipe-messages") << QStringLiteral("pipe-messages") << 7;
    QTest::newRow("shm-semaphore") << QStringLiteral("shm-semaphore") << 12;
    QTest::newRow("fifo-messages") << QStringLiteral("fifo-messages") << 5;
}

void TestEngineStep::sameCommandsSameRun()
{
    QFETCH(QString, id);
    QFETCH(int, stepsFirst);
    const EngineRun a = stepRun(fastArgs(id), steps(stepsFirst, true));
    const EngineRun b = stepRun(fastArgs(id), steps(stepsFirst, true));
    QCOMPARE(a.status(), QStringLiteral("completed"));
    QCOMPARE(b.status(), QStringLiteral("completed"));
    QCOMPARE(shape(a), shape(b));
}

void TestEngineStep::scheduleReplays_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("commands");
    QTest::newRow("fork-interleave, child first")
        << QStringLiteral("fork-interleave")
        << QByteArray(
               "{\"cmd\":\"step\"}\n{\"cmd\":\"step\",\"label\":\"main.1\"}\n"
               "{\"cmd\":\"step\",\"label\":\"main.1\"}\n{\"cmd\":\"step\",\"label\":\"main.1\"}\n"
               "{\"cmd\":\"continue\"}\n");
    QTest::newRow("pipe-messages") << QStringLiteral("pipe-messages") << steps(3, true);
    QTest::newRow("shm-semaphore") << QStringLiteral("shm-semaphore") << steps(6, true);
    // Both children load before either stores: an update is lost, and the
    // replay must lose it the same way.
    QByteArray race;
    for (int i = 0; i < 6; ++i) // shm_open, ftruncate, mmap, close, fork a, fork b
        race += "{\"cmd\":\"step\",\"label\":\"main\"}\n";
    for (const char *label : {"main.1", "main.2", "main.1", "main.2"})
        race += QByteArray("{\"cmd\":\"step\",\"label\":\"") + label + "\"}\n";
    race += "{\"cmd\":\"continue\"}\n";
    QTest::newRow("race-counter, lost update") << QStringLiteral("race-counter") << race;
}

void TestEngineStep::scheduleReplays()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, commands);
    QTemporaryDir dir;
    const QString trace = dir.filePath(QStringLiteral("run.ndjson"));
    const EngineRun recorded =
        stepRun(fastArgs(id) + QStringList{QStringLiteral("--trace"), trace}, commands);
    QCOMPARE(recorded.status(), QStringLiteral("completed"));
    // The trace file holds exactly what went to stdout.
    QFile f(trace);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), recorded.raw);

    const EngineRun replay =
        runEngine(fastArgs(id) + QStringList{QStringLiteral("--schedule"), trace});
    QCOMPARE(replay.status(), QStringLiteral("completed"));
    QCOMPARE(replay.hello.value(QStringLiteral("mode")).toString(), QStringLiteral("step"));
    QStringList a = shape(recorded), b = shape(replay);
    // User commands show as engine.user events in the recording only.
    a.removeIf([](const QString &s) { return s.startsWith(QLatin1String("user ")); });
    b.removeIf([](const QString &s) { return s.startsWith(QLatin1String("user ")); });
    QCOMPARE(b, a);
    if (id == QLatin1String("race-counter")) {
        // 2 + 2 additions, at least one lost in the recorded interleaving,
        // and the replay prints the same count.
        const QString counted = recorded.output()
                                    .section(QStringLiteral("Final count: "), 1)
                                    .section(QLatin1Char(';'), 0, 0);
        QVERIFY2(counted.toInt() > 0 && counted.toInt() < 4, qPrintable(recorded.output()));
        QCOMPARE(replay.output(), recorded.output());
    }
}

void TestEngineStep::stepNamedProcess()
{
    // Release main until it forked, then only the child: its dots come first.
    QByteArray cmds = "{\"cmd\":\"step\"}\n"; // fork
    for (int i = 0; i < 10; ++i)
        cmds += "{\"cmd\":\"step\",\"label\":\"main.1\"}\n";
    cmds += "{\"cmd\":\"continue\"}\n";
    const EngineRun run = stepRun({QStringLiteral("fork-interleave")}, cmds);
    QCOMPARE(run.status(), QStringLiteral("completed"));
    QVERIFY2(run.output().startsWith(QStringLiteral(".....")), qPrintable(run.output()));
}

void TestEngineStep::stepUnknownProcess()
{
    const EngineRun run =
        stepRun({QStringLiteral("fork-basic")},
                "{\"cmd\":\"step\",\"label\":\"ghost\"}\n{\"cmd\":\"continue\"}\n");
    QCOMPARE(run.status(), QStringLiteral("completed"));
    const auto errors = run.ofKind(QStringLiteral("engine.error"));
    QCOMPARE(errors.size(), 1);
    QVERIFY(
        errors[0].value(QStringLiteral("message")).toString().contains(QStringLiteral("ghost")));
}

QTEST_GUILESS_MAIN(TestEngineStep)
#include "tst_enginestep.moc"
