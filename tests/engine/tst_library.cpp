// The classic problems and pitfalls of the scenario library, run through the
// real engine: each test checks the outcome the scenario is there to show
// (a lost update, a deadlock, a SIGPIPE, a full pipe, ...), and a clean machine.

#include "enginerun.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestLibrary : public QObject {
    Q_OBJECT

private slots:
    void pipelineCountsLikeTheShell();
    void raceCounterFreeRuns();
    void raceCounterSemNeverLoses();
    void raceCounterStepLosesAnUpdate();
    void sigchldReaperLeavesNoZombie();
    void orphanIsAdopted();
    void forkTree_data();
    void forkTree();
    void diningPhilosophersDeadlock();
    void diningPhilosophersOrdered();
    void producerConsumer_data();
    void producerConsumer();
    void readersWriters();
    void pingPong();
    void pipePingpong();
    void unclosedWriteEnd();
    void printfFork();
    void uncheckedForkExec();
    void fifoOpenOrder();
    void sigpipe();
    void pipeCapacity();
    void missingUnlink();
    void memWriteIntRefusesText();
};

namespace {

QString str(const QJsonObject &e, const char *key)
{
    return e.value(QLatin1String(key)).toString();
}

qint64 num(const QJsonObject &e, const char *key)
{
    return e.value(QLatin1String(key)).toInteger();
}

EngineRun run(const QString &id, const QStringList &params = {}, const QStringList &extra = {})
{
    QStringList args{id, QStringLiteral("--timeout"), QStringLiteral("60")};
    for (const QString &p : params)
        args << QStringLiteral("--param") << p;
    return runEngine(args + extra, {}, 90000);
}

/// The number after `prefix` in what the process printed, or -1.
qint64 printedNumber(const EngineRun &r, const QString &prefix)
{
    const QRegularExpression re(QRegularExpression::escape(prefix) + QStringLiteral("(-?\\d+)"));
    const auto m = re.match(r.output());
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

bool cleanMachine(const EngineRun &r)
{
    const QStringList left = leftovers(r);
    if (!left.isEmpty())
        qWarning("leftovers: %s", qPrintable(left.join(QStringLiteral(", "))));
    return left.isEmpty() && r.end.value(QStringLiteral("leaks")).toArray().isEmpty();
}

QList<QJsonObject> ofLabel(const QList<QJsonObject> &events, const QString &label)
{
    QList<QJsonObject> out;
    for (const auto &e : events)
        if (str(e, "label") == label)
            out << e;
    return out;
}

} // namespace

void TestLibrary::pipelineCountsLikeTheShell()
{
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), QStringLiteral("ls / | sort | wc -l")});
    QVERIFY(shell.waitForFinished(10000));
    const QString expected = QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
    QVERIFY(expected.toInt() > 0);

    const EngineRun r = run(QStringLiteral("pipeline"));
    QCOMPARE(r.status(), QStringLiteral("completed"));
    // Only wc (main.3) reaches the terminal; ls and sort write into pipes.
    QCOMPARE(r.output(QStringLiteral("main.3")).trimmed(), expected);
    QVERIFY(r.output(QStringLiteral("main.1")).isEmpty());
    QVERIFY(r.output(QStringLiteral("main.2")).isEmpty());
    QStringList programs;
    for (const auto &e : r.ofKind(QStringLiteral("proc.exec"), QStringLiteral("begin")))
        programs << str(e, "path");
    programs.sort(); // the three children run at the same time
    QCOMPARE(programs,
             (QStringList{QStringLiteral("ls"), QStringLiteral("sort"), QStringLiteral("wc")}));
    QCOMPARE(r.ofKind(QStringLiteral("fd.dup")).size(), 4);
    QVERIFY(cleanMachine(r));
}

// Free runs: the count varies and can only be at most 2N (lost updates make it
// smaller; nothing can make it larger).
void TestLibrary::raceCounterFreeRuns()
{
    const qint64 n = 20000;
    int lost = 0;
    for (int i = 0; i < 3; ++i) {
        const EngineRun r = run(QStringLiteral("race-counter"), {QStringLiteral("n=%1").arg(n)});
        QCOMPARE(r.status(), QStringLiteral("completed"));
        const qint64 count = printedNumber(r, QStringLiteral("Final count: "));
        QVERIFY2(count >= 1 && count <= 2 * n, qPrintable(r.output()));
        if (count < 2 * n)
            ++lost;
        // Every store is reported with the value it overwrote.
        const auto stores = r.ofKind(QStringLiteral("shm.write"));
        QCOMPARE(stores.size(), 2 * n);
        QVERIFY(cleanMachine(r));
    }
    qInfo("race-counter lost updates in %d of 3 free runs", lost);
}

void TestLibrary::raceCounterSemNeverLoses()
{
    const qint64 n = 3000;
    for (int i = 0; i < 2; ++i) {
        const EngineRun r =
            run(QStringLiteral("race-counter-sem"), {QStringLiteral("n=%1").arg(n)});
        QCOMPARE(r.status(), QStringLiteral("completed"));
        QCOMPARE(printedNumber(r, QStringLiteral("Final count: ")), 2 * n);
        // Each store wrote one more than the value it found: nothing overwritten.
        for (const auto &e : r.ofKind(QStringLiteral("shm.write")))
            QCOMPARE(num(e, "after"), num(e, "before") + 1);
        QVERIFY(cleanMachine(r));
    }
}

// load, load, store, store: both processes store 1; the counter ends at 1.
void TestLibrary::raceCounterStepLosesAnUpdate()
{
    QByteArray cmds;
    // shm_open, ftruncate, mmap, close, fork a, fork b
    for (int i = 0; i < 6; ++i)
        cmds += "{\"cmd\":\"step\",\"label\":\"main\"}\n";
    for (const char *label : {"main.1", "main.2", "main.1", "main.2"})
        cmds += QByteArray("{\"cmd\":\"step\",\"label\":\"") + label + "\"}\n";
    cmds += "{\"cmd\":\"continue\"}\n";
    const EngineRun r = stepRun(
        {QStringLiteral("race-counter"), QStringLiteral("--param"), QStringLiteral("n=1")}, cmds);
    QCOMPARE(r.status(), QStringLiteral("completed"));
    QCOMPARE(printedNumber(r, QStringLiteral("Final count: ")), 1);

    const auto loads = r.ofKind(QStringLiteral("shm.read"));
    QVERIFY(loads.size() >= 2);
    QCOMPARE(str(loads[0], "label"), QStringLiteral("main.1"));
    QCOMPARE(num(loads[0], "value"), 0);
    QCOMPARE(str(loads[1], "label"), QStringLiteral("main.2"));
    QCOMPARE(num(loads[1], "value"), 0);
    const auto stores = r.ofKind(QStringLiteral("shm.write"));
    QCOMPARE(stores.size(), 2);
    QCOMPARE(str(stores[0], "label"), QStringLiteral("main.1"));
    QCOMPARE(num(stores[0], "after"), 1);
    // The lost update: main.2 overwrites main.1's 1 with its own 1.
    QCOMPARE(str(stores[1], "label"), QStringLiteral("main.2"));
    QCOMPARE(num(stores[1], "before"), 1);
    QCOMPARE(num(stores[1], "after"), 1);
    QVERIFY(cleanMachine(r));
}

void TestLibrary::sigchldReaperLeavesNoZombie()
{
    const EngineRun r = run(QStringLiteral("sigchld-reaper"), {QStringLiteral("work_ms=800")});
    QCOMPARE(r.status(), QStringLiteral("completed"));
    const qint64 mainPid = r.pidOf(QStringLiteral("main"));
    QVERIFY(mainPid > 0);
    QMap<QString, qint64> codes;
    for (const auto &e : r.ofKind(QStringLiteral("proc.exit"))) {
        if (str(e, "label") == QLatin1String("main"))
            continue;
        // Reaped by main's handler, not by the engine and not by a wait.
        QCOMPARE(num(e, "reaper"), mainPid);
        QCOMPARE(str(e, "by"), QStringLiteral("handler"));
        codes[str(e, "label")] = num(e, "code");
    }
    QCOMPARE(codes, (QMap<QString, qint64>{{QStringLiteral("main.1"), 1},
                                           {QStringLiteral("main.2"), 2},
                                           {QStringLiteral("main.3"), 3}}));
    QVERIFY(r.ofKind(QStringLiteral("proc.wait")).isEmpty());
    for (const auto &e : r.ofKind(QStringLiteral("proc.reap")))
        QVERIFY2(str(e, "label") == QLatin1String("main"), "the engine reaped a child of main");
    const auto delivered = r.ofKind(QStringLiteral("signal.deliver"));
    QVERIFY(!delivered.isEmpty());
    for (const auto &e : delivered) {
        QCOMPARE(str(e, "signal"), QStringLiteral("SIGCHLD"));
        QCOMPARE(str(e, "action"), QStringLiteral("reap"));
    }
    QVERIFY(cleanMachine(r));
}

void TestLibrary::orphanIsAdopted()
{
    const EngineRun r = run(QStringLiteral("orphan"));
    QCOMPARE(r.status(), QStringLiteral("completed"));
    const qint64 enginePid = num(r.hello, "engine_pid");
    const qint64 mainPid = r.pidOf(QStringLiteral("main"));
    bool adopted = false;
    for (const auto &e : r.ofKind(QStringLiteral("proc.state"))) {
        if (str(e, "label") == QLatin1String("main.1") && e.contains(QStringLiteral("old_ppid"))) {
            QCOMPARE(num(e, "old_ppid"), mainPid);
            QCOMPARE(num(e, "ppid"), enginePid);
            adopted = true;
        }
    }
    QVERIFY2(adopted, "no proc.state with old_ppid for the orphan");
    // It says so itself, and the engine reaps it.
    QVERIFY(r.output(QStringLiteral("main.1")).contains(QStringLiteral("now %1").arg(enginePid)));
    for (const auto &e : r.ofKind(QStringLiteral("proc.exit")))
        if (str(e, "label") == QLatin1String("main.1"))
            QCOMPARE(str(e, "reaper_label"), QStringLiteral("engine"));
    QVERIFY(cleanMachine(r));
}

void TestLibrary::forkTree_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("processes");
    QTest::addColumn<int>("maxProcs");
    QTest::newRow("2x3") << 2 << 3 << 13 << 64;
    QTest::newRow("1x5") << 1 << 5 << 6 << 64;
    QTest::newRow("4x2") << 4 << 2 << 31 << 64;
    QTest::newRow("3x8 scale") << 3 << 8 << 585 << 1024;
}

void TestLibrary::forkTree()
{
    QFETCH(int, depth);
    QFETCH(int, width);
    QFETCH(int, processes);
    QFETCH(int, maxProcs);
    const EngineRun r =
        run(QStringLiteral("fork-tree"),
            {QStringLiteral("depth=%1").arg(depth), QStringLiteral("width=%1").arg(width)},
            {QStringLiteral("--max-procs"), QString::number(maxProcs)});
    QVERIFY2(r.status() == QLatin1String("completed"), qPrintable(str(r.end, "message")));
    const auto starts = r.ofKind(QStringLiteral("proc.start"));
    QCOMPARE(starts.size(), processes);
    QSet<QString> labels;
    for (const auto &e : starts)
        labels.insert(str(e, "label"));
    QCOMPARE(labels.size(), processes);
    // The last leaf: depth levels of the last child.
    QString last = QStringLiteral("main");
    for (int i = 0; i < depth; ++i)
        last += QLatin1Char('.') + QString::number(width);
    QVERIFY2(labels.contains(last), qPrintable(last));
    // Everyone but main reports, and is reaped by its own parent.
    QCOMPARE(r.output().count(QStringLiteral(": pid ")), processes - 1);
    for (const auto &e : r.ofKind(QStringLiteral("proc.exit"))) {
        const QString label = str(e, "label");
        if (label == QLatin1String("main"))
            continue;
        QCOMPARE(str(e, "reaper_label"), label.left(label.lastIndexOf(QLatin1Char('.'))));
    }
    QVERIFY(cleanMachine(r));
}

void TestLibrary::diningPhilosophersDeadlock()
{
    const EngineRun r = run(QStringLiteral("dining-philosophers"));
    QCOMPARE(r.status(), QStringLiteral("deadlock"));
    QCOMPARE(r.exitCode, 1);
    const QJsonArray waits = r.end.value(QStringLiteral("waits")).toArray();
    QCOMPARE(waits.size(), 5);
    QSet<QString> objs;
    for (const auto &w : waits) {
        QCOMPARE(str(w.toObject(), "op"), QStringLiteral("sem.wait"));
        objs.insert(str(w.toObject(), "obj"));
    }
    QCOMPARE(objs.size(), 5); // each waits for a different fork: a circle
    QVERIFY(r.output().count(QStringLiteral(" eats ")) == 0);
    QVERIFY(cleanMachine(r));
}

void TestLibrary::diningPhilosophersOrdered()
{
    const EngineRun r = run(
        QStringLiteral("dining-philosophers-ordered"),
        {QStringLiteral("meals=2"), QStringLiteral("hold_ms=100"), QStringLiteral("eat_ms=20")});
    QVERIFY2(r.status() == QLatin1String("completed"), qPrintable(str(r.end, "message")));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(r.output(QStringLiteral("phil%1").arg(i)).count(QStringLiteral(" eats ")), 2);
    QVERIFY(r.end.value(QStringLiteral("cleanup")).toArray().isEmpty());
    QVERIFY(cleanMachine(r));
}

void TestLibrary::producerConsumer_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<int>("total");
    QTest::newRow("defaults") << QStringList{} << 12;
    QTest::newRow("one slot") << QStringList{QStringLiteral("size=1"),
                                             QStringLiteral("producers=3"),
                                             QStringLiteral("consumers=2"),
                                             QStringLiteral("items=2")}
                              << 12;
}

void TestLibrary::producerConsumer()
{
    QFETCH(QStringList, params);
    QFETCH(int, total);
    const EngineRun r = run(QStringLiteral("producer-consumer"), params);
    QCOMPARE(r.status(), QStringLiteral("completed"));
    QCOMPARE(printedNumber(r, QStringLiteral("Produced ")), total);
    QCOMPARE(printedNumber(r, QStringLiteral("consumed ")), total);
    QCOMPARE(printedNumber(r, QStringLiteral("left in the buffer ")), 0);
    // The item count at offset 0 stays within 0..size at every store.
    const int size = params.contains(QStringLiteral("size=1")) ? 1 : 4;
    for (const auto &e : r.ofKind(QStringLiteral("shm.write"))) {
        if (num(e, "offset") != 0)
            continue;
        QVERIFY(num(e, "after") >= 0);
        QVERIFY(num(e, "after") <= size);
        QCOMPARE(qAbs(num(e, "after") - num(e, "before")), 1);
    }
    QVERIFY(cleanMachine(r));
}

void TestLibrary::readersWriters()
{
    const EngineRun r = run(QStringLiteral("readers-writers"), {QStringLiteral("read_ms=50")});
    QCOMPARE(r.status(), QStringLiteral("completed"));
    QCOMPARE(r.output().count(QStringLiteral(" reads: ")), 6);
    QCOMPARE(r.output().count(QStringLiteral("wrote the record alone")), 2);
    QVERIFY(cleanMachine(r));
}

void TestLibrary::pingPong()
{
    const EngineRun r = run(QStringLiteral("ping-pong"), {QStringLiteral("rounds=4")});
    QCOMPARE(r.status(), QStringLiteral("completed"));
    QCOMPARE(r.output(QStringLiteral("main.1")), QStringLiteral("ping\n").repeated(4));
    QCOMPARE(r.output(QStringLiteral("main")), QStringLiteral("pong\n").repeated(4));
    QVERIFY(cleanMachine(r));
}

void TestLibrary::pipePingpong()
{
    const EngineRun r = run(QStringLiteral("pipe-pingpong"),
                            {QStringLiteral("rounds=500"), QStringLiteral("bytes=100")});
    QCOMPARE(r.status(), QStringLiteral("completed"));
    int full = 0;
    for (const auto &e : r.ofKind(QStringLiteral("pipe.read"), QStringLiteral("end")))
        full += num(e, "bytes") == 100 ? 1 : 0;
    QCOMPARE(full, 1000);
    QVERIFY(r.output().contains(QStringLiteral("500 round trips of 100 bytes")));
    QVERIFY(cleanMachine(r));
}

void TestLibrary::unclosedWriteEnd()
{
    const EngineRun r = run(QStringLiteral("pitfall-unclosed-write-end"));
    QCOMPARE(r.status(), QStringLiteral("deadlock"));
    QMap<QString, QString> waits;
    for (const auto &w : r.end.value(QStringLiteral("waits")).toArray())
        waits[str(w.toObject(), "label")] =
            str(w.toObject(), "op") + QLatin1Char(' ') + str(w.toObject(), "obj");
    QCOMPARE(waits, (QMap<QString, QString>{
                        {QStringLiteral("main"), QStringLiteral("proc.wait ")},
                        {QStringLiteral("main.1"), QStringLiteral("pipe.read pipe#1")}}));
    QCOMPARE(r.output(QStringLiteral("main.1")), QStringLiteral("first message\nsecond message\n"));
    QVERIFY(cleanMachine(r));
}

void TestLibrary::printfFork()
{
    const EngineRun r = run(QStringLiteral("pitfall-printf-fork"));
    QCOMPARE(r.status(), QStringLiteral("completed"));
    const QString all = r.output();
    const qint64 mainPid = r.pidOf(QStringLiteral("main"));
    // Line 1 comes out twice, both times with the parent's PID: once from the
    // child's buffer (copied by fork), once from the parent's.
    const QString line1 = QStringLiteral("1. Before fork, in the buffer of %1\n").arg(mainPid);
    QCOMPARE(all.count(line1), 2);
    QVERIFY(r.output(QStringLiteral("main.1")).startsWith(line1));
    QCOMPARE(all.count(QStringLiteral("4. Before the second fork")), 1);
    QCOMPARE(all.count(QStringLiteral("6. Parent")), 1);
    // Nothing is written at printf time: the writes come from flushes.
    QVERIFY(r.ofKind(QStringLiteral("stdio.buffer")).size() >= 6);
    QStringList whys;
    for (const auto &e : r.ofKind(QStringLiteral("stdio.flush")))
        whys << str(e, "label") + QLatin1Char(':') + str(e, "why");
    QVERIFY2(whys.contains(QStringLiteral("main.1:exit")), qPrintable(whys.join(QLatin1Char(' '))));
    QVERIFY(whys.contains(QStringLiteral("main:fflush")));
    QVERIFY(cleanMachine(r));
}

void TestLibrary::uncheckedForkExec()
{
    const EngineRun r = run(QStringLiteral("pitfall-unchecked-fork-exec"));
    QCOMPARE(r.status(), QStringLiteral("completed"));
    const auto execs = r.ofKind(QStringLiteral("proc.exec"), QStringLiteral("begin"));
    QCOMPARE(execs.size(), 2);
    QSet<QString> who;
    for (const auto &e : execs) {
        QCOMPARE(str(e, "path"), QStringLiteral("ls"));
        who.insert(str(e, "label"));
    }
    QCOMPARE(who, (QSet<QString>{QStringLiteral("main"), QStringLiteral("main.1")}));
    QVERIFY(!r.output().contains(QStringLiteral("back from the exec")));
    // Both listings arrive: "usr" is listed twice.
    QCOMPARE(r.output().count(QStringLiteral("\nusr\n")), 2);
    QVERIFY(cleanMachine(r));
}

void TestLibrary::fifoOpenOrder()
{
    const EngineRun r = run(QStringLiteral("pitfall-fifo-open-order"));
    QCOMPARE(r.status(), QStringLiteral("deadlock"));
    QMap<QString, QString> waits;
    for (const auto &w : r.end.value(QStringLiteral("waits")).toArray())
        waits[str(w.toObject(), "label")] =
            str(w.toObject(), "op") + QLatin1Char(' ') + str(w.toObject(), "obj");
    QCOMPARE(waits.value(QStringLiteral("main.1")), QStringLiteral("fifo.open fifo:ab"));
    QCOMPARE(waits.value(QStringLiteral("main.2")), QStringLiteral("fifo.open fifo:ba"));
    QVERIFY(cleanMachine(r));
}

void TestLibrary::sigpipe()
{
    const EngineRun r = run(QStringLiteral("pitfall-sigpipe"));
    QCOMPARE(r.status(), QStringLiteral("completed"));
    QMap<QString, QJsonObject> exits;
    for (const auto &e : r.ofKind(QStringLiteral("proc.exit")))
        exits[str(e, "label")] = e;
    QCOMPARE(str(exits.value(QStringLiteral("main")), "signal"), QStringLiteral("SIGPIPE"));
    QVERIFY(!r.output(QStringLiteral("main")).contains(QStringLiteral("never printed")));
    // With SIGPIPE ignored, the write fails with EPIPE and the program exits 1.
    QCOMPARE(num(exits.value(QStringLiteral("careful")), "code"), 1);
    bool epipe = false;
    for (const auto &e : ofLabel(r.ofKind(QStringLiteral("pipe.write"), QStringLiteral("end")),
                                 QStringLiteral("careful")))
        epipe = epipe || str(e, "errno") == QLatin1String("EPIPE");
    QVERIFY(epipe);
    QVERIFY(r.output(QStringLiteral("careful")).contains(QStringLiteral("write: Broken pipe")));
    QVERIFY(cleanMachine(r));
}

void TestLibrary::pipeCapacity()
{
    const EngineRun r =
        run(QStringLiteral("pitfall-pipe-capacity"), {QStringLiteral("busy_ms=400")});
    QCOMPARE(r.status(), QStringLiteral("completed"));
    const auto writes = ofLabel(r.ofKind(QStringLiteral("pipe.write")), QStringLiteral("main"));
    QCOMPARE(writes.size(), 4); // two writes, begin and end
    QCOMPARE(num(writes[1], "bytes"), 65536);
    const auto reads = ofLabel(r.ofKind(QStringLiteral("pipe.read"), QStringLiteral("end")),
                               QStringLiteral("main.1"));
    QVERIFY(!reads.isEmpty());
    // The reader finds the pipe holding exactly 64 KiB.
    QCOMPARE(num(reads[0], "bytes"), 65536);
    // The second write began before that read, and could only end once the
    // reader had started reading (its end event may still come first: both
    // processes run again at the same moment).
    const QJsonObject &begin = writes[2];
    const QJsonObject &end = writes[3];
    QCOMPARE(str(begin, "phase"), QStringLiteral("begin"));
    QVERIFY(num(begin, "seq") < num(reads[0], "seq"));
    const auto readBegins = ofLabel(r.ofKind(QStringLiteral("pipe.read"), QStringLiteral("begin")),
                                    QStringLiteral("main.1"));
    QVERIFY(!readBegins.isEmpty());
    QVERIFY(num(end, "t") > num(readBegins[0], "t"));
    QVERIFY2(num(end, "t") - num(begin, "t") > 200 * 1000 * 1000LL, "the write did not block");
    QVERIFY(cleanMachine(r));
}

void TestLibrary::missingUnlink()
{
    const EngineRun r = run(QStringLiteral("pitfall-missing-unlink"));
    QCOMPARE(r.status(), QStringLiteral("completed"));
    QSet<QString> removed;
    for (const auto &c : r.end.value(QStringLiteral("cleanup")).toArray())
        removed.insert(str(c.toObject(), "what") + QLatin1Char(' ') + str(c.toObject(), "obj"));
    QCOMPARE(removed,
             (QSet<QString>{QStringLiteral("shm shm:/AOS"), QStringLiteral("sem sem:/sem_AOS")}));
    QVERIFY(cleanMachine(r));
}

// A store of a variable that holds no integer is an error of the statement:
// the process says why and exits 1, the run goes on and ends clean.
void TestLibrary::memWriteIntRefusesText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad-store.ipcv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("process main {\n"
            "    shm_open shm \"/c\" rdwr create\n"
            "    ftruncate shm 8\n"
            "    mmap m shm 8 rdwr\n"
            "    shm_unlink \"/c\"\n"
            "    mem_write m 0 \"abc\"\n"
            "    mem_read m 0 3 into x\n"
            "    mem_write_int m 4 x add 1\n"
            "    print \"not reached\\n\"\n"
            "}\n");
    f.close();
    const EngineRun r = runEngine({path});
    QCOMPARE(r.status(), QStringLiteral("completed"));
    QVERIFY2(r.output().contains(
                 QStringLiteral("mem_write_int: the variable 'x' holds \"abc\", not an integer")),
             qPrintable(r.output()));
    QVERIFY(!r.output().contains(QStringLiteral("not reached")));
    const auto exits = r.ofKind(QStringLiteral("proc.exit"));
    QCOMPARE(exits.size(), 1);
    QCOMPARE(num(exits[0], "code"), 1);
    QVERIFY(cleanMachine(r));
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
