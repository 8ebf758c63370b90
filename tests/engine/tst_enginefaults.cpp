// How runs end when things go wrong: deadlock, timeout, Stop, the controller
// going away, kill -9 of the engine, a crashing process, a fork bomb, bad
// input. In every case the machine must be left as it was.

#include "enginerun.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

class TestEngineFaults : public QObject {
    Q_OBJECT

private slots:
    void deadlockDetected();
    void timeoutExpires();
    void stopWhileBlocked();
    void controllerGoneInStepMode();
    void engineKilled();
    void crashAndDebris();
    void forkBombCapped();
    void objectsCapped();
    void eventsCapped();
    void helloListsExecs();
    void badCommandLine_data();
    void badCommandLine();
    void garbageCommands();
};

namespace {

QString data(const char *name)
{
    return sourceDir() + QStringLiteral("/tests/engine/data/run/") + QString::fromLatin1(name);
}

/// Reads the stream of a running engine until `marker` shows up.
bool waitFor(QProcess &p, QByteArray &out, const QByteArray &marker, int ms = 15000)
{
    QElapsedTimer t;
    t.start();
    while (!out.contains(marker) && t.elapsed() < ms) {
        p.waitForReadyRead(50);
        out += p.readAllStandardOutput();
    }
    return out.contains(marker);
}

} // namespace

void TestEngineFaults::deadlockDetected()
{
    const EngineRun run = runEngine({data("deadlock-pipe.ipcv")});
    QCOMPARE(run.status(), QStringLiteral("deadlock"));
    QCOMPARE(run.exitCode, 1);
    const auto waits = run.end.value(QStringLiteral("waits")).toArray();
    QCOMPARE(waits.size(), 2);
    QStringList who;
    for (const auto &w : waits)
        who << w.toObject().value(QStringLiteral("label")).toString() + QLatin1Char(':') +
                   w.toObject().value(QStringLiteral("op")).toString();
    who.sort();
    QCOMPARE(who,
             QStringList({QStringLiteral("main.1:pipe.read"), QStringLiteral("main:proc.wait")}));
    QCOMPARE(run.ofKind(QStringLiteral("engine.deadlock")).size(), 1);
    QVERIFY(run.end.value(QStringLiteral("message")).toString().contains(QStringLiteral("pipe#1")));
    QCOMPARE(run.end.value(QStringLiteral("leaks")).toArray().size(), 0);
    QVERIFY2(leftovers(run).isEmpty(), qPrintable(leftovers(run).join(QStringLiteral(", "))));
}

void TestEngineFaults::timeoutExpires()
{
    QElapsedTimer t;
    t.start();
    const EngineRun run =
        runEngine({data("sleeper.ipcv"), QStringLiteral("--timeout"), QStringLiteral("1")});
    QCOMPARE(run.status(), QStringLiteral("timeout"));
    QVERIFY(t.elapsed() < 15000);
    // The process that ignores SIGTERM was killed all the same.
    QVERIFY(run.end.value(QStringLiteral("cleanup")).toArray().size() >= 5);
    QVERIFY2(leftovers(run).isEmpty(), qPrintable(leftovers(run).join(QStringLiteral(", "))));
}

// Stop while processes block in sem_wait, open of a FIFO, pause, sleep, wait.
void TestEngineFaults::stopWhileBlocked()
{
    QProcess p;
    p.start(enginePath(), {QStringLiteral("run"), data("sleeper.ipcv")});
    QVERIFY(p.waitForStarted());
    QByteArray out;
    QVERIFY(waitFor(p, out, "\"kind\":\"signal.pause\""));
    QTest::qWait(300); // let everyone reach its blocking call
    p.write("{\"cmd\":\"stop\"}\n");
    QVERIFY(p.waitForFinished(15000));
    out += p.readAllStandardOutput();
    EngineRun run;
    parseStream(run, out);
    QCOMPARE(run.status(), QStringLiteral("cancelled"));
    QCOMPARE(p.exitCode(), 1);
    QStringList what;
    for (const auto &c : run.end.value(QStringLiteral("cleanup")).toArray())
        what << c.toObject().value(QStringLiteral("what")).toString();
    QCOMPARE(what.count(QStringLiteral("process")), 5);
    QVERIFY(what.contains(QStringLiteral("fifo")));
    QVERIFY(what.contains(QStringLiteral("shm")));
    QVERIFY(what.contains(QStringLiteral("sem")));
    QVERIFY2(leftovers(run).isEmpty(), qPrintable(leftovers(run).join(QStringLiteral(", "))));
}

void TestEngineFaults::controllerGoneInStepMode()
{
    // Nothing on stdin: the controller is gone at once, the run is cancelled.
    const EngineRun run = runEngine({QStringLiteral("pipe-messages"), QStringLiteral("--step")});
    QCOMPARE(run.status(), QStringLiteral("cancelled"));
    QVERIFY(run.ofKind(QStringLiteral("gate.release")).isEmpty());
    QVERIFY2(leftovers(run).isEmpty(), qPrintable(leftovers(run).join(QStringLiteral(", "))));
}

// kill -9 skips every cleanup in the engine: the roots die with it
// (PDEATHSIG) and the janitor removes the rest, within 2 seconds.
void TestEngineFaults::engineKilled()
{
    for (int round = 0; round < 3; ++round) {
        QProcess p;
        p.start(enginePath(), {QStringLiteral("run"), data("sleeper.ipcv")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QVERIFY(waitFor(p, out, "\"kind\":\"signal.pause\""));
        EngineRun run;
        parseStream(run, out.left(out.lastIndexOf('\n') + 1));
        QVERIFY(!leftovers(run).isEmpty()); // the run really holds things
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(5000));
        QTRY_VERIFY_WITH_TIMEOUT(leftovers(run).isEmpty(), 2000);
        const qint64 janitor = run.hello.value(QStringLiteral("janitor_pid")).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(janitor), 0) != 0, 2000);
    }
}

void TestEngineFaults::crashAndDebris()
{
    const EngineRun run = runEngine({data("crash.ipcv")});
    QCOMPARE(run.status(), QStringLiteral("completed"));
    bool segv = false;
    for (const auto &e : run.ofKind(QStringLiteral("proc.exit")))
        if (e.value(QStringLiteral("label")).toString() == QLatin1String("main.1"))
            segv = e.value(QStringLiteral("signal")).toString() == QLatin1String("SIGSEGV");
    QVERIFY(segv);
    QStringList objs;
    for (const auto &c : run.end.value(QStringLiteral("cleanup")).toArray())
        objs << c.toObject().value(QStringLiteral("obj")).toString();
    objs.sort();
    QCOMPARE(objs, QStringList({QStringLiteral("fifo:leftover"), QStringLiteral("sem:/debris_sem"),
                                QStringLiteral("shm:/debris")}));
    QVERIFY2(leftovers(run).isEmpty(), qPrintable(leftovers(run).join(QStringLiteral(", "))));
}

void TestEngineFaults::forkBombCapped()
{
    const EngineRun run =
        runEngine({data("forkbomb.ipcv"), QStringLiteral("--max-procs"), QStringLiteral("20")});
    QCOMPARE(run.status(), QStringLiteral("failed"));
    const auto limits = run.ofKind(QStringLiteral("engine.limit"));
    QVERIFY(!limits.isEmpty());
    QCOMPARE(limits[0].value(QStringLiteral("limit")).toString(), QStringLiteral("processes"));
    QVERIFY(run.end.value(QStringLiteral("message")).toString().contains(QStringLiteral("20")));
    QVERIFY(run.ofKind(QStringLiteral("proc.start")).size() <= 20);
    QVERIFY2(leftovers(run).isEmpty(), qPrintable(leftovers(run).join(QStringLiteral(", "))));
}

void TestEngineFaults::objectsCapped()
{
    const EngineRun run =
        runEngine({data("objectbomb.ipcv"), QStringLiteral("--max-objects"), QStringLiteral("12")});
    QCOMPARE(run.status(), QStringLiteral("failed"));
    const auto limits = run.ofKind(QStringLiteral("engine.limit"));
    QCOMPARE(limits.size(), 1);
    QCOMPARE(limits[0].value(QStringLiteral("limit")).toString(), QStringLiteral("objects"));
    QCOMPARE(run.ofKind(QStringLiteral("pipe.create")).size(), 12);
    QVERIFY(run.end.value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("12 IPC objects")));
    QVERIFY2(leftovers(run).isEmpty(), qPrintable(leftovers(run).join(QStringLiteral(", "))));
}

void TestEngineFaults::eventsCapped()
{
    const EngineRun run = runEngine(
        {QStringLiteral("pipe-pingpong"), QStringLiteral("--max-events"), QStringLiteral("200")});
    QCOMPARE(run.status(), QStringLiteral("failed"));
    const auto limits = run.ofKind(QStringLiteral("engine.limit"));
    QCOMPARE(limits.size(), 1);
    QCOMPARE(limits[0].value(QStringLiteral("limit")).toString(), QStringLiteral("events"));
    QCOMPARE(limits[0].value(QStringLiteral("seq")).toInt(), 200);
    QVERIFY2(leftovers(run).isEmpty(), qPrintable(leftovers(run).join(QStringLiteral(", "))));
}

void TestEngineFaults::helloListsExecs()
{
    const EngineRun run = runEngine({QStringLiteral("exec-spawn")});
    QCOMPARE(run.hello.value(QStringLiteral("execs")).toArray(),
             QJsonArray({QStringLiteral("ls")}));
    const EngineRun none = runEngine({QStringLiteral("fork-basic")});
    QCOMPARE(none.hello.value(QStringLiteral("execs")).toArray().size(), 0);
    QCOMPARE(none.hello.value(QStringLiteral("object_cap")).toInt(), 256);
}

void TestEngineFaults::badCommandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown id") << QStringList{QStringLiteral("no-such-scenario")}
                                << QStringLiteral("no-such-scenario");
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/x.ipcv")}
                                  << QStringLiteral("/nonexistent/x.ipcv");
    QTest::newRow("unknown param")
        << QStringList{QStringLiteral("pipe-messages"), QStringLiteral("--param"),
                       QStringLiteral("bogus=1")}
        << QStringLiteral("bogus");
    QTest::newRow("bad int param")
        << QStringList{QStringLiteral("pipe-messages"), QStringLiteral("--param"),
                       QStringLiteral("count=many")}
        << QStringLiteral("count");
    QTest::newRow("param out of range")
        << QStringList{QStringLiteral("pipe-messages"), QStringLiteral("--param"),
                       QStringLiteral("count=100000")}
        << QStringLiteral("count");
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("pipe-messages"),
                                                QStringLiteral("--timeout"), QStringLiteral("-3")}
                                 << QStringLiteral("--timeout");
    QTest::newRow("bad object cap")
        << QStringList{QStringLiteral("pipe-messages"), QStringLiteral("--max-objects"),
                       QStringLiteral("0")}
        << QStringLiteral("--max-objects");
    QTest::newRow("bad event cap")
        << QStringList{QStringLiteral("pipe-messages"), QStringLiteral("--max-events"),
                       QStringLiteral("lots")}
        << QStringLiteral("--max-events");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("pipe-messages"), QStringLiteral("--frobnicate")}
        << QStringLiteral("--frobnicate");
    QTest::newRow("no scenario") << QStringList{} << QStringLiteral("which scenario");
}

void TestEngineFaults::badCommandLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const EngineRun run = runEngine(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.hello.isEmpty());
    QVERIFY2(run.stderrText.contains(message), qPrintable(run.stderrText));
}

void TestEngineFaults::garbageCommands()
{
    QByteArray junk = "{\"cmd\":\"step\"}\n"   // not in step mode
                      "{\"cmd\":42}\n"         // cmd not a string
                      "[1,2,3]\n"              // not an object
                      "{\"cmd\":\"signal\"}\n" // missing fields
                      "{\"cmd\":\"signal\",\"label\":\"init\",\"signal\":\"SIGKILL\"}\n"
                      "{\"cmd\":\"fifo.write\",\"obj\":\"fifo:../../etc/passwd\",\"data\":\"x\"}\n"
                      "\x01\x02\xff\xfe garbage\n"
                      "{\"cmd\":\"nope\"}\n";
    junk += QByteArray(100000, 'x') + "\n"; // one enormous line
    const EngineRun run = runEngine({QStringLiteral("fork-basic")}, junk);
    QCOMPARE(run.status(), QStringLiteral("completed"));
    QVERIFY(run.ofKind(QStringLiteral("engine.error")).size() >= 8);
    for (const auto &e : run.ofKind(QStringLiteral("engine.error")))
        QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(run.ofKind(QStringLiteral("signal.send")).isEmpty());
}

QTEST_GUILESS_MAIN(TestEngineFaults)
#include "tst_enginefaults.moc"
