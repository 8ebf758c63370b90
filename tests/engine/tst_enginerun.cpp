// Runs every course scenario through the real engine and checks what really
// happened: real PIDs, bytes in order, counters, zombies, and a clean machine.

#include "enginerun.h"

#include "scenario/library.h"

#include <QRegularExpression>
#include <QtTest>

class TestEngineRun : public QObject {
    Q_OBJECT

private slots:
    void builtinRunsClean_data();
    void builtinRunsClean();
    void forkBasic();
    void forkInterleave();
    void forkWait();
    void zombie();
    void execSpawn();
    void execFailure();
    void signalCount();
    void userSignal();
    void pipeMessages();
    void fifoStruct();
    void fifoMessages();
    void shmBasic();
    void mmapFile();
    void shmSemaphore();
};

namespace {

// Short pauses so the suite stays quick; the behaviour is the same.
QStringList fastParams(const QString &id)
{
    QStringList p{id, QStringLiteral("--timeout"), QStringLiteral("30")};
    auto add = [&](const char *kv) { p << QStringLiteral("--param") << QString::fromLatin1(kv); };
    if (id == QLatin1String("pipe-messages"))
        add("delay_ms=50");
    if (id == QLatin1String("zombie"))
        add("zombie_s=1");
    if (id == QLatin1String("pipe-pingpong"))
        add("rounds=200");
    if (id == QLatin1String("race-counter") || id == QLatin1String("race-counter-sem"))
        add("n=200");
    if (id == QLatin1String("sigchld-reaper"))
        add("work_ms=700");
    if (id == QLatin1String("dining-philosophers-ordered")) {
        add("meals=1");
        add("eat_ms=20");
    }
    if (id == QLatin1String("pitfall-pipe-capacity"))
        add("busy_ms=200");
    if (id == QLatin1String("readers-writers"))
        add("read_ms=30");
    return p;
}

EngineRun runBuiltin(const QString &id)
{
    return runEngine(fastParams(id));
}

} // namespace

void TestEngineRun::builtinRunsClean_data()
{
    QTest::addColumn<QString>("id");
    const auto files = QDir(sourceDir() + QStringLiteral("/resources/scenarios"))
                           .entryList({QStringLiteral("*.ipcv")}, QDir::Files, QDir::Name);
    for (const auto &f : files) {
        const QString id = f.chopped(5);
        QTest::newRow(qPrintable(id)) << id;
    }
}

// Every built-in: ends as its `expect` says (completed unless it declares
// otherwise), well-formed stream, real PIDs, nothing left.
void TestEngineRun::builtinRunsClean()
{
    QFETCH(QString, id);
    const auto loaded = ipcviz::scenario::loadScenario(id.toStdString());
    QVERIFY(loaded.ok());
    const QString expect = QString::fromStdString(loaded.scenario.expect);
    const EngineRun run = runBuiltin(id);
    QCOMPARE(run.hello.value(QStringLiteral("protocol")).toInt(), 1);
    QCOMPARE(run.hello.value(QStringLiteral("scenario")).toString(), id);
    QVERIFY2(run.status() == expect,
             qPrintable(run.status() + QLatin1Char(' ') +
                        run.end.value(QStringLiteral("message")).toString() + run.stderrText));
    QCOMPARE(run.exitCode, expect == QLatin1String("completed") ? 0 : 1);
    QCOMPARE(run.end.value(QStringLiteral("leaks")).toArray().size(), 0);
    QCOMPARE(run.end.value(QStringLiteral("events")).toInt(), run.events.size());

    const qint64 enginePid = run.hello.value(QStringLiteral("engine_pid")).toInteger();
    QSet<qint64> started;
    for (int i = 0; i < run.events.size(); ++i) {
        const auto &e = run.events[i];
        QCOMPARE(e.value(QStringLiteral("seq")).toInt(), i);
        QVERIFY(e.contains(QStringLiteral("t")));
        QVERIFY(!e.value(QStringLiteral("kind")).toString().isEmpty());
        if (e.value(QStringLiteral("kind")).toString() == QLatin1String("proc.start")) {
            const qint64 pid = e.value(QStringLiteral("pid")).toInteger();
            QVERIFY(pid > 1 && pid != enginePid);
            QVERIFY2(!started.contains(pid), "a PID started twice");
            started.insert(pid);
        }
    }
    // Every process an event is about was started (or is the engine acting
    // for the user).
    for (const auto &e : run.events) {
        const qint64 pid = e.value(QStringLiteral("pid")).toInteger();
        QVERIFY2(pid == enginePid || started.contains(pid),
                 qPrintable(QStringLiteral("event about unknown PID %1: %2")
                                .arg(pid)
                                .arg(e.value(QStringLiteral("kind")).toString())));
    }
    // Each started process ended, seen by a reaper. When the engine kills a
    // deadlocked run, a parent blocked in waitpid() can reap its child inside
    // the kernel and die before it reports it, so there only the roots are
    // sure to have a proc.exit; leftovers() below still proves every process
    // is gone.
    QSet<qint64> exited;
    for (const auto &e : run.ofKind(QStringLiteral("proc.exit")))
        exited.insert(e.value(QStringLiteral("pid")).toInteger());
    if (expect == QLatin1String("completed")) {
        QCOMPARE(exited, started);
    } else {
        QVERIFY(started.contains(exited));
        for (const auto &root : run.hello.value(QStringLiteral("roots")).toArray())
            QVERIFY(exited.contains(run.pidOf(root.toString())));
    }
    // Each line at most 4096 bytes.
    for (const auto &line : run.raw.split('\n'))
        QVERIFY(line.size() < 4096);
    QVERIFY2(leftovers(run).isEmpty(), qPrintable(leftovers(run).join(QStringLiteral(", "))));
}

void TestEngineRun::forkBasic()
{
    const EngineRun run = runBuiltin(QStringLiteral("fork-basic"));
    const qint64 parent = run.pidOf(QStringLiteral("main"));
    const qint64 child = run.pidOf(QStringLiteral("main.1"));
    QVERIFY(parent > 0 && child > 0 && parent != child);
    const auto forks = run.ofKind(QStringLiteral("proc.fork"));
    QCOMPARE(forks.size(), 1);
    QCOMPARE(forks[0].value(QStringLiteral("child")).toInteger(), child);
    QCOMPARE(forks[0].value(QStringLiteral("child_label")).toString(), QStringLiteral("main.1"));
    for (const auto &e : run.ofKind(QStringLiteral("proc.start")))
        if (e.value(QStringLiteral("label")).toString() == QLatin1String("main.1"))
            QCOMPARE(e.value(QStringLiteral("ppid")).toInteger(), parent);
    // The numbers printed are the real PIDs.
    QVERIFY(run.output(QStringLiteral("main")).contains(QString::number(parent)));
    QVERIFY(run.output(QStringLiteral("main")).contains(QString::number(child)));
    QVERIFY(run.output(QStringLiteral("main.1")).contains(QString::number(child)));
    QVERIFY(run.output(QStringLiteral("main"))
                .contains(QStringLiteral("(parent PID = %1)")
                              .arg(run.hello.value(QStringLiteral("engine_pid")).toInteger())));
}

void TestEngineRun::forkInterleave()
{
    const EngineRun run = runBuiltin(QStringLiteral("fork-interleave"));
    const QString all = run.output();
    QCOMPARE(all.count(QLatin1Char('.')), 5);
    QCOMPARE(all.count(QLatin1Char('|')), 12);
    // One write per character.
    for (const auto &e : run.ofKind(QStringLiteral("proc.output")))
        QCOMPARE(e.value(QStringLiteral("bytes")).toInt(), 1);
}

void TestEngineRun::forkWait()
{
    const EngineRun run = runBuiltin(QStringLiteral("fork-wait"));
    const QString all = run.output();
    // With wait(), every dot comes before the first bar.
    QCOMPARE(all.trimmed(), QStringLiteral(".....||||||||||||"));
}

void TestEngineRun::zombie()
{
    const EngineRun run = runBuiltin(QStringLiteral("zombie"));
    const qint64 child = run.pidOf(QStringLiteral("main.1"));
    int zombieAt = -1, exitAt = -1, reapAt = -1, exitingAt = -1;
    for (int i = 0; i < run.events.size(); ++i) {
        const auto &e = run.events[i];
        const auto kind = e.value(QStringLiteral("kind")).toString();
        if (e.value(QStringLiteral("pid")).toInteger() != child)
            continue;
        if (kind == QLatin1String("proc.exiting"))
            exitingAt = i;
        if (kind == QLatin1String("proc.state") &&
            e.value(QStringLiteral("state")).toString() == QLatin1String("Z"))
            zombieAt = i;
        if (kind == QLatin1String("proc.exit"))
            exitAt = i;
    }
    for (int i = 0; i < run.events.size(); ++i)
        if (run.events[i].value(QStringLiteral("kind")).toString() == QLatin1String("proc.wait") &&
            run.events[i].value(QStringLiteral("phase")).toString() == QLatin1String("end"))
            reapAt = i;
    // The kernel really held a zombie between the child's exit and the wait.
    QVERIFY(exitingAt >= 0);
    QVERIFY(zombieAt > exitingAt);
    QVERIFY(exitAt > zombieAt);
    QVERIFY(reapAt > exitAt);
    // At least ~1 s passed between the zombie and the reaping (zombie_s=1).
    const qint64 dt = run.events[reapAt].value(QStringLiteral("t")).toInteger() -
                      run.events[zombieAt].value(QStringLiteral("t")).toInteger();
    QVERIFY2(dt > 500000000, qPrintable(QString::number(dt)));
}

void TestEngineRun::execSpawn()
{
    const EngineRun run = runBuiltin(QStringLiteral("exec-spawn"));
    const auto execs = run.ofKind(QStringLiteral("proc.exec"), QStringLiteral("begin"));
    QCOMPARE(execs.size(), 1);
    QCOMPARE(execs[0].value(QStringLiteral("argv")).toArray(),
             QJsonArray({QStringLiteral("ls"), QStringLiteral("-l"), QStringLiteral("/")}));
    // ls's own output, attributed to the child's PID.
    const QString ls = run.output(QStringLiteral("main.1"));
    QVERIFY2(ls.contains(QStringLiteral("usr")) && ls.contains(QStringLiteral("tmp")),
             qPrintable(ls));
    QVERIFY(run.output(QStringLiteral("main")).contains(QStringLiteral("Main program exiting...")));
    // The parent did not wait: the engine, as subreaper, reaped ls.
    const auto reaps = run.ofKind(QStringLiteral("proc.reap"));
    QCOMPARE(reaps.size(), 1);
    QCOMPARE(reaps[0].value(QStringLiteral("reaped")).toInteger(),
             run.pidOf(QStringLiteral("main.1")));
}

void TestEngineRun::execFailure()
{
    const EngineRun run = runEngine({QStringLiteral("exec-spawn"), QStringLiteral("--param"),
                                     QStringLiteral("program=no-such-program-ipcviz")});
    QCOMPARE(run.status(), QStringLiteral("completed"));
    const auto ends = run.ofKind(QStringLiteral("proc.exec"), QStringLiteral("end"));
    QCOMPARE(ends.size(), 1);
    QCOMPARE(ends[0].value(QStringLiteral("errno")).toString(), QStringLiteral("ENOENT"));
    QVERIFY(run.output(QStringLiteral("main.1")).contains(QStringLiteral("execvp")));
    for (const auto &e : run.ofKind(QStringLiteral("proc.exit")))
        if (e.value(QStringLiteral("label")).toString() == QLatin1String("main.1"))
            QCOMPARE(e.value(QStringLiteral("code")).toInt(), 127);
}

void TestEngineRun::signalCount()
{
    const EngineRun run = runBuiltin(QStringLiteral("signal-count"));
    const auto delivered = run.ofKind(QStringLiteral("signal.deliver"));
    QCOMPARE(delivered.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(delivered[i].value(QStringLiteral("count")).toInt(), i + 1);
    QVERIFY(run.output().contains(QStringLiteral("SIGUSR1 was raised 3 times")));
    // Each delivery follows a send.
    int sends = 0;
    for (const auto &e : run.events) {
        const auto k = e.value(QStringLiteral("kind")).toString();
        if (k == QLatin1String("signal.send") &&
            e.value(QStringLiteral("phase")).toString() == QLatin1String("begin"))
            ++sends;
        if (k == QLatin1String("signal.deliver"))
            QVERIFY(e.value(QStringLiteral("count")).toInt() <= sends);
    }
}

// The user sends SIGUSR1 through {"cmd":"signal"} while main lingers.
void TestEngineRun::userSignal()
{
    QProcess p;
    p.start(enginePath(), {QStringLiteral("run"), QStringLiteral("signal-count"),
                           QStringLiteral("--param"), QStringLiteral("linger_s=2")});
    QVERIFY(p.waitForStarted());
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains("\"cmd\":\"signal\"") && t.elapsed() < 20000) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
        if (out.contains("\"kind\":\"proc.sleep\",\"phase\":\"begin\",\"line\"") &&
            out.count("signal.deliver") == 3 && !out.contains("\"cmd\":\"signal\"")) {
            p.write("{\"cmd\":\"signal\",\"label\":\"main\",\"signal\":\"SIGUSR1\"}\n");
            p.write("{\"cmd\":\"signal\",\"label\":\"nobody\",\"signal\":\"SIGUSR1\"}\n");
            p.write("not json\n");
        }
    }
    QVERIFY(p.waitForFinished(30000));
    out += p.readAllStandardOutput();
    EngineRun run;
    parseStream(run, out);
    QCOMPARE(run.status(), QStringLiteral("completed"));
    QVERIFY2(run.output().contains(QStringLiteral("SIGUSR1 was raised 4 times")),
             qPrintable(run.output()));
    const auto userSends = run.ofKind(QStringLiteral("signal.send"), QStringLiteral("begin"));
    QCOMPARE(userSends.last().value(QStringLiteral("by")).toString(), QStringLiteral("user"));
    // The bad commands were answered, and the run went on.
    QCOMPARE(run.ofKind(QStringLiteral("engine.error")).size(), 2);
}

void TestEngineRun::pipeMessages()
{
    const EngineRun run = runBuiltin(QStringLiteral("pipe-messages"));
    QStringList reads;
    qint64 written = 0, read = 0;
    bool eof = false;
    for (const auto &e : run.ofKind(QStringLiteral("pipe.read"), QStringLiteral("end"))) {
        QCOMPARE(e.value(QStringLiteral("label")).toString(), QStringLiteral("main.1"));
        QCOMPARE(e.value(QStringLiteral("obj")).toString(), QStringLiteral("pipe#1"));
        if (e.value(QStringLiteral("bytes")).toInt() == 0)
            eof = true;
        else
            reads << e.value(QStringLiteral("data")).toString();
        read += e.value(QStringLiteral("bytes")).toInt();
    }
    for (const auto &e : run.ofKind(QStringLiteral("pipe.write"), QStringLiteral("end")))
        written += e.value(QStringLiteral("bytes")).toInt();
    QCOMPARE(reads.join(QString()), QStringLiteral("Hello, world.\n").repeated(3));
    QCOMPARE(written, read);
    QVERIFY(eof);
    QCOMPARE(run.output(QStringLiteral("main.1")), QStringLiteral("Hello, world.\n").repeated(3));
    // Both sides closed the end they do not use.
    QCOMPARE(run.ofKind(QStringLiteral("fd.close")).size(), 4);
    // Causality: no read end before the write that fed it.
    int writesSoFar = 0;
    for (const auto &e : run.events) {
        const auto k = e.value(QStringLiteral("kind")).toString();
        if (k == QLatin1String("pipe.write") &&
            e.value(QStringLiteral("phase")).toString() == QLatin1String("begin"))
            ++writesSoFar;
        if (k == QLatin1String("pipe.read") &&
            e.value(QStringLiteral("phase")).toString() == QLatin1String("end") &&
            e.value(QStringLiteral("bytes")).toInt() > 0)
            QVERIFY(writesSoFar > 0);
    }
}

void TestEngineRun::fifoStruct()
{
    const EngineRun run = runBuiltin(QStringLiteral("fifo-struct"));
    QString written, got;
    for (const auto &e : run.ofKind(QStringLiteral("fifo.write"), QStringLiteral("begin")))
        written += e.value(QStringLiteral("data")).toString();
    for (const auto &e : run.ofKind(QStringLiteral("fifo.read"), QStringLiteral("end")))
        got += e.value(QStringLiteral("data")).toString();
    QVERIFY(!written.isEmpty());
    QCOMPARE(got, written);
    QVERIFY(got.startsWith(QStringLiteral("John")));
    // The FIFO lived in the run's private directory.
    const auto creates = run.ofKind(QStringLiteral("fifo.create"));
    QCOMPARE(creates.size(), 1);
    QVERIFY(
        creates[0]
            .value(QStringLiteral("path"))
            .toString()
            .startsWith(run.hello.value(QStringLiteral("run_dir")).toString() + QLatin1Char('/')));
}

void TestEngineRun::fifoMessages()
{
    const EngineRun run = runBuiltin(QStringLiteral("fifo-messages"));
    QCOMPARE(run.output(QStringLiteral("reader")),
             QStringLiteral("Hello!\nMy name is\nJoe\nCommunication closed\n"));
    QCOMPARE(run.ofKind(QStringLiteral("proc.exec"), QStringLiteral("begin")).size(), 4);
}

void TestEngineRun::shmBasic()
{
    const EngineRun run = runBuiltin(QStringLiteral("shm-basic"));
    QVERIFY(run.output(QStringLiteral("client"))
                .contains(QStringLiteral("This is about shared memory")));
    const auto opens = run.ofKind(QStringLiteral("shm.open"));
    QCOMPARE(opens.size(), 2);
    for (const auto &o : opens) {
        QCOMPARE(o.value(QStringLiteral("obj")).toString(), QStringLiteral("shm:/AOS"));
        // The kernel name is the run's own, never the fixed "/AOS".
        QCOMPARE(o.value(QStringLiteral("name")).toString(),
                 run.hello.value(QStringLiteral("prefix")).toString() + QStringLiteral("AOS"));
    }
    QCOMPARE(run.ofKind(QStringLiteral("shm.unlink")).size(), 1);
    QCOMPARE(run.end.value(QStringLiteral("cleanup")).toArray().size(), 0);
}

void TestEngineRun::mmapFile()
{
    const EngineRun run = runBuiltin(QStringLiteral("mmap-file"));
    bool incremented = false;
    for (const auto &e : run.ofKind(QStringLiteral("file.write")))
        if (e.contains(QStringLiteral("before"))) {
            QCOMPARE(e.value(QStringLiteral("before")).toInt(), 41);
            QCOMPARE(e.value(QStringLiteral("after")).toInt(), 42);
            incremented = true;
        }
    QVERIFY(incremented);
    QVERIFY(run.output().contains(QStringLiteral("42")));
}

void TestEngineRun::shmSemaphore()
{
    const EngineRun run = runBuiltin(QStringLiteral("shm-semaphore"));
    const auto opens = run.ofKind(QStringLiteral("sem.open"));
    QCOMPARE(opens.size(), 2);
    // Each critical section: wait takes the value from 1 to 0, post gives it back.
    for (const auto &e : run.ofKind(QStringLiteral("sem.wait"), QStringLiteral("end")))
        QCOMPARE(e.value(QStringLiteral("value")).toInt(), 0);
    for (const auto &e : run.ofKind(QStringLiteral("sem.post")))
        QCOMPARE(e.value(QStringLiteral("value")).toInt(), 1);
    QVERIFY(run.output(QStringLiteral("reader")).contains(QStringLiteral("John")));
    QCOMPARE(run.ofKind(QStringLiteral("sem.unlink")).size(), 1);
}

QTEST_GUILESS_MAIN(TestEngineRun)
#include "tst_enginerun.moc"
