// The fault-injection suite: every fault the engine must survive, injected
// again and again at random moments, with the machine checked after each
// round. Within 2 seconds of the fault, nothing of the run may be left: no
// process of its group, no zombie of ours, no run directory, no /dev/shm name
// with its prefix, no janitor, no engine.
//
// IPCVIZ_FAULT_ROUNDS: rounds per fault (default 20; scripts/faults: 200).
// IPCVIZ_FAULT_SEED: replays the random moments of a failed run (the seed is
// printed at the start and in every failure message).

#include "liverun.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

#include <csignal>
#include <unistd.h>

namespace {

enum class Fault {
    EngineKilled,     // kill -9 of the engine
    AppKilled,        // the app dies (SIGKILL) with the engine on its pipes
    AppClosesPipes,   // the app closes both pipes to the engine and lives on
    Stop,             // {"cmd":"stop"} while processes block or work
    EngineTerminated, // SIGTERM to the engine (the app quits, or Ctrl-C)
    Crash,            // a scenario process dies of SIGSEGV / SIGABRT
    UserSignal,       // {"cmd":"signal",...} kills a scenario process
    Deadlock,         // detected and reported, then cleaned
    Timeout,          // --timeout expires
    ForkBomb,         // stopped by the process cap, explained
    IgnoresTerm,      // Stop and SIGTERM in turn, to a scenario deaf to SIGTERM
};

constexpr int kCleanMs = 2000; // the bound, from the fault to a clean machine
constexpr int kMaxMomentMs = 400;

QString builtinOrData(const QString &name)
{
    if (name.endsWith(QLatin1String(".ipcv")) && !QDir::isAbsolutePath(name))
        return sourceDir() + QStringLiteral("/tests/faults/data/") + name;
    return name;
}

QString fakeAppPath()
{
    return QStringLiteral(IPCVIZ_FAKEAPP_PATH);
}

/// What /proc/PID/stat says of a process (state '\0' when it does not exist).
struct ProcInfo {
    char state = '\0';
    qint64 ppid = 0;
    qint64 pgid = 0;
};

ProcInfo procInfo(qint64 pid)
{
    ProcInfo info;
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return info;
    const QByteArray stat = f.readAll();
    const qsizetype paren = stat.lastIndexOf(')');
    if (paren < 0 || paren + 2 >= stat.size())
        return info;
    const QList<QByteArray> fields = stat.mid(paren + 2).split(' ');
    if (fields.size() < 3 || fields[0].isEmpty())
        return info;
    info.state = fields[0][0];
    info.ppid = fields[1].toLongLong();
    info.pgid = fields[2].toLongLong();
    return info;
}

/// Alive and not a zombie (a zombie has ended; only its parent can reap it).
bool running(qint64 pid)
{
    const char s = procInfo(pid).state;
    return pid > 1 && s != '\0' && s != 'Z';
}

QList<qint64> allPids()
{
    QList<qint64> pids;
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const auto &e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (ok)
            pids << pid;
    }
    return pids;
}

/// The run's process group is gone (kill(-pgid, 0) fails), or all that is
/// left of it are zombies of processes outside the run. Those have ended:
/// when the engine is killed, its orphans go to init (or the nearest
/// subreaper), and reaping them is its job. In some containers PID 1 reaps
/// only every second or so.
QStringList groupLeftovers(qint64 pgid, qint64 engine)
{
    if (groupGone(pgid))
        return {};
    QStringList found;
    const qint64 self = ::getpid();
    for (qint64 pid : allPids()) {
        const ProcInfo p = procInfo(pid);
        if (p.pgid != pgid)
            continue;
        if (p.state != 'Z')
            found << QStringLiteral("process %1 of the run (state %2)")
                         .arg(pid)
                         .arg(QLatin1Char(p.state));
        else if (p.ppid == self || p.ppid == engine || procInfo(p.ppid).pgid == pgid)
            found << QStringLiteral("zombie %1 of the run (parent %2)").arg(pid).arg(p.ppid);
    }
    return found;
}

QStringList ourZombies()
{
    QStringList found;
    const qint64 self = ::getpid();
    for (qint64 pid : allPids()) {
        const ProcInfo p = procInfo(pid);
        if (p.state == 'Z' && p.ppid == self)
            found << QStringLiteral("zombie %1 (a child of the test)").arg(pid);
    }
    return found;
}

/// Everything of the run that is still on the machine.
QStringList machineLeftovers(const LiveRun &run)
{
    QStringList found;
    const QString dir = run.hello().value(QStringLiteral("run_dir")).toString();
    if (dir.isEmpty())
        found << QStringLiteral("no run_dir in hello");
    else if (QFileInfo::exists(dir))
        found << QStringLiteral("run dir ") + dir;
    const QString stem = run.hello().value(QStringLiteral("prefix")).toString().mid(1);
    if (stem.isEmpty()) {
        found << QStringLiteral("no prefix in hello");
    } else {
        const auto entries = QDir(QStringLiteral("/dev/shm")).entryList(QDir::Files | QDir::System);
        for (const auto &e : entries)
            if (e.startsWith(stem) || e.startsWith(QStringLiteral("sem.") + stem))
                found << QStringLiteral("/dev/shm/") + e;
    }
    // Every scenario process, exec'd programs included, is in the group of
    // the first root.
    const qint64 pgid =
        run.run().pidOf(run.hello().value(QStringLiteral("roots")).toArray().first().toString());
    found << groupLeftovers(pgid, run.enginePid());
    const qint64 janitor = run.hello().value(QStringLiteral("janitor_pid")).toInteger();
    if (running(janitor))
        found << QStringLiteral("janitor %1").arg(janitor);
    if (running(run.enginePid()))
        found << QStringLiteral("engine %1").arg(run.enginePid());
    found << ourZombies();
    return found;
}

/// Polls the machine until it is clean, at most until `since` + kCleanMs.
QString cleanWithin(const LiveRun &run, const QElapsedTimer &since)
{
    QStringList left;
    for (;;) {
        left = machineLeftovers(run);
        if (left.isEmpty())
            return {};
        if (since.elapsed() > kCleanMs)
            break;
        QTest::qWait(10);
    }
    return QStringLiteral("%1 ms after the fault, still there: %2")
        .arg(since.elapsed())
        .arg(left.join(QStringLiteral(", ")));
}

/// The stream of a run that ended: hello first, end last, seq consecutive,
/// the end's count right, nothing leaked, every started process accounted for.
QString streamErrors(const LiveRun &run)
{
    if (run.hello().isEmpty())
        return QStringLiteral("no hello record");
    if (run.end().isEmpty())
        return QStringLiteral("no end record (stderr: %1)").arg(run.stderrText().right(300));
    for (const auto &line : run.otherLines())
        if (!line.contains(QLatin1String("#engine-exited")))
            return QStringLiteral("not a JSON record: %1").arg(line.left(200));
    const auto &events = run.run().events;
    for (qsizetype i = 0; i < events.size(); ++i)
        if (events[i].value(QStringLiteral("seq")).toInteger(-1) != i)
            return QStringLiteral("event %1 has seq %2")
                .arg(i)
                .arg(events[i].value(QStringLiteral("seq")).toInteger(-1));
    if (run.end().value(QStringLiteral("events")).toInteger(-1) != events.size())
        return QStringLiteral("end says %1 events, the stream has %2")
            .arg(run.end().value(QStringLiteral("events")).toInteger(-1))
            .arg(events.size());
    const auto leaks = run.end().value(QStringLiteral("leaks")).toArray();
    if (!leaks.isEmpty())
        return QStringLiteral("end reports leaks: %1")
            .arg(QString::fromUtf8(QJsonDocument(leaks).toJson(QJsonDocument::Compact)));
    QSet<qint64> started, exited;
    for (const auto &e : run.run().ofKind(QStringLiteral("proc.start")))
        started << e.value(QStringLiteral("pid")).toInteger();
    for (const auto &e : run.run().ofKind(QStringLiteral("proc.exit")))
        exited << e.value(QStringLiteral("pid")).toInteger();
    started.subtract(exited);
    if (!started.isEmpty()) {
        QStringList pids;
        for (qint64 pid : started)
            pids << QString::number(pid);
        return QStringLiteral("started but never reported ended: %1")
            .arg(pids.join(QLatin1Char(' ')));
    }
    return {};
}

QString expectStatus(const LiveRun &run, const QString &status)
{
    const QString got = run.end().value(QStringLiteral("status")).toString();
    if (got != status)
        return QStringLiteral("status %1 (%2), expected %3")
            .arg(got, run.end().value(QStringLiteral("message")).toString(), status);
    return {};
}

QStringList engineArgs(const QString &scenario, const QStringList &extra)
{
    return QStringList{QStringLiteral("run"), builtinOrData(scenario)} + extra;
}

/// Either the engine itself, or the fake app with the engine as its child.
bool startRun(LiveRun &run, bool viaApp, const QString &scenario, const QStringList &extra)
{
    if (viaApp)
        return run.start(fakeAppPath(), QStringList{enginePath()} + engineArgs(scenario, extra));
    return run.start(enginePath(), engineArgs(scenario, extra));
}

QString signalName(int sig)
{
    switch (sig) {
    case SIGKILL:
        return QStringLiteral("SIGKILL");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGHUP:
        return QStringLiteral("SIGHUP");
    case SIGUSR1:
        return QStringLiteral("SIGUSR1");
    case SIGUSR2:
        return QStringLiteral("SIGUSR2");
    case SIGALRM:
        return QStringLiteral("SIGALRM");
    default:
        return QStringLiteral("SIGPIPE");
    }
}

} // namespace

class TestFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void faults_data();
    void faults();
    void backpressure_data();
    void backpressure();

private:
    QString round(Fault fault, const QString &scenario, const QStringList &extraIn, bool step,
                  int index, QRandomGenerator &rng, int &moment);

    int m_rounds = 20;
    quint32 m_seed = 0;
};

void TestFaults::initTestCase()
{
    QVERIFY2(QFileInfo(enginePath()).isExecutable(), qPrintable(enginePath()));
    QVERIFY2(QFileInfo(fakeAppPath()).isExecutable(), qPrintable(fakeAppPath()));
    bool ok = false;
    const int rounds = qEnvironmentVariableIntValue("IPCVIZ_FAULT_ROUNDS", &ok);
    if (ok && rounds > 0)
        m_rounds = rounds;
    const QByteArray seed = qgetenv("IPCVIZ_FAULT_SEED");
    m_seed = seed.isEmpty() ? QRandomGenerator::system()->generate() : seed.toUInt();
    qInfo("fault suite: %d rounds per fault, IPCVIZ_FAULT_SEED=%u", m_rounds, m_seed);
}

void TestFaults::faults_data()
{
    // Each row is one fault; its rounds take the variants in turn, each
    // variant a scenario (a built-in id or a file of tests/faults/data/) and
    // its options.
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QStringList>("variants");

    const QString blocked = QStringLiteral("blocked.ipcv");
    const QString busy = QStringLiteral("busy.ipcv --param rounds=1000000");
    const QString step = QStringLiteral(" --step");
    QTest::newRow("engine SIGKILL")
        << Fault::EngineKilled
        << QStringList{blocked, busy, QStringLiteral("churn.ipcv --max-procs 1024")};
    QTest::newRow("app SIGKILL") << Fault::AppKilled << QStringList{blocked, busy, busy + step};
    QTest::newRow("app closes pipes, step mode")
        << Fault::AppClosesPipes << QStringList{busy + step, blocked + step};
    QTest::newRow("app closes pipes, free run, busy") << Fault::AppClosesPipes << QStringList{busy};
    QTest::newRow("app closes pipes, free run, quiet")
        << Fault::AppClosesPipes << QStringList{blocked};
    QTest::newRow("stop while blocked in read/open/sem_wait/wait/pause")
        << Fault::Stop << QStringList{blocked};
    QTest::newRow("ignores SIGTERM (stop, engine SIGTERM)")
        << Fault::IgnoresTerm << QStringList{QStringLiteral("ignore-term.ipcv")};
    QTest::newRow("crash SIGSEGV")
        << Fault::Crash << QStringList{QStringLiteral("crash-late.ipcv")};
    QTest::newRow("crash SIGABRT")
        << Fault::Crash << QStringList{QStringLiteral("abort-late.ipcv")};
    QTest::newRow("user signal") << Fault::UserSignal << QStringList{QStringLiteral("target.ipcv")};
    QTest::newRow("deadlock") << Fault::Deadlock
                              << QStringList{QStringLiteral("deadlock-late.ipcv")};
    QTest::newRow("timeout") << Fault::Timeout
                             << QStringList{blocked + QStringLiteral(" --timeout 1"),
                                            busy + QStringLiteral(" --timeout 1")};
    QTest::newRow("fork bomb")
        << Fault::ForkBomb
        << QStringList{sourceDir() + QStringLiteral("/tests/engine/data/run/forkbomb.ipcv")};
}

void TestFaults::faults()
{
    QFETCH(Fault, fault);
    QFETCH(QStringList, variants);
    // Each row draws from its own generator, so a row can be replayed alone
    // with the same seed.
    QRandomGenerator rng(m_seed ^ quint32(qHash(QString::fromLatin1(QTest::currentDataTag()))));
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < m_rounds; ++i) {
        QStringList extra = variants[i % variants.size()].split(QLatin1Char(' '));
        const QString scenario = extra.takeFirst();
        const bool step = extra.contains(QStringLiteral("--step"));
        Fault f = fault;
        if (fault == Fault::IgnoresTerm)
            f = i % 2 ? Fault::EngineTerminated : Fault::Stop;
        int moment = -1;
        const QString error = round(f, scenario, extra, step, i, rng, moment);
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("round %1 of %2 (%3), moment %4 ms, "
                                                            "IPCVIZ_FAULT_SEED=%5: %6")
                                                 .arg(i + 1)
                                                 .arg(m_rounds)
                                                 .arg(variants[i % variants.size()])
                                                 .arg(moment)
                                                 .arg(m_seed)
                                                 .arg(error)));
    }
    qInfo("%d rounds in %lld ms", m_rounds, t.elapsed());
}

QString TestFaults::round(Fault fault, const QString &scenario, const QStringList &extraIn,
                          bool step, int index, QRandomGenerator &rng, int &moment)
{
    moment = int(rng.bounded(kMaxMomentMs + 1));
    QStringList extra = extraIn;
    // Faults that the scenario brings on itself happen at a random moment too.
    if (fault == Fault::Crash || fault == Fault::Deadlock)
        extra << QStringLiteral("--param") << QStringLiteral("delay_ms=%1").arg(moment);
    int sig = 0;
    if (fault == Fault::UserSignal) {
        const int choices[] = {SIGKILL, SIGTERM, SIGINT, SIGHUP, SIGUSR1, SIGUSR2, SIGALRM};
        sig = choices[rng.bounded(int(std::size(choices)))];
    }
    int cap = 0;
    if (fault == Fault::ForkBomb) {
        // Half the rounds with the default cap, half with a random small one.
        cap = index % 2 ? int(2 + rng.bounded(40)) : 0;
        if (cap)
            extra << QStringLiteral("--max-procs") << QString::number(cap);
    }

    const bool viaApp = fault == Fault::AppKilled || fault == Fault::AppClosesPipes;
    LiveRun run;
    if (!startRun(run, viaApp, scenario, extra))
        return QStringLiteral("cannot start %1").arg(viaApp ? fakeAppPath() : enginePath());
    if (!run.waitForFirstEvent(10000))
        return QStringLiteral("no first event within 10 s (stderr: %1)")
            .arg(run.stderrText().right(300));
    if (step)
        run.send("{\"cmd\":\"continue\"}\n"); // an app that drives the run

    QElapsedTimer since;
    auto pause = [&](int ms) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms && !run.finished())
            run.pump(int(ms - t.elapsed()));
    };

    switch (fault) {
    case Fault::EngineKilled:
    case Fault::AppKilled: {
        pause(moment);
        if (run.finished())
            return QStringLiteral("the run ended before the fault: %1").arg(run.stderrText());
        // The check below must see a live run, or it would prove nothing.
        if (machineLeftovers(run).isEmpty())
            return QStringLiteral("the machine check sees nothing of a live run");
        since.start();
        run.sigkill();
        if (!run.waitForExit(kCleanMs))
            return QStringLiteral("the killed process is still there");
        if (fault == Fault::AppKilled && run.hello().isEmpty())
            return QStringLiteral("the app never got hello");
        return cleanWithin(run, since);
    }
    case Fault::AppClosesPipes: {
        pause(moment);
        since.start();
        run.send("close\n");
        if (!run.waitForExit(kCleanMs + 1000))
            return QStringLiteral("the engine was still running %1 ms after its pipes were "
                                  "closed")
                .arg(since.elapsed());
        // The engine's last line may be cut where the pipes were closed.
        const QString exited = run.otherLines().isEmpty() ? QString() : run.otherLines().last();
        if (!exited.contains(QLatin1String("#engine-exited")))
            return QStringLiteral("the fake app did not see the engine exit");
        return cleanWithin(run, since);
    }
    case Fault::Stop:
    case Fault::EngineTerminated:
    case Fault::IgnoresTerm: {
        pause(moment);
        since.start();
        if (fault == Fault::Stop)
            run.send("{\"cmd\":\"stop\"}\n");
        else
            ::kill(pid_t(run.enginePid()), SIGTERM);
        if (!run.waitForExit(kCleanMs))
            return QStringLiteral("the engine did not end within %1 ms").arg(kCleanMs);
        QString e = streamErrors(run);
        if (e.isEmpty())
            e = expectStatus(run, QStringLiteral("cancelled"));
        if (e.isEmpty() && run.exitCode() != 1)
            e = QStringLiteral("exit code %1").arg(run.exitCode());
        if (e.isEmpty() && fault == Fault::Stop &&
            run.run().ofKind(QStringLiteral("engine.user")).isEmpty())
            e = QStringLiteral("no engine.user event for the stop");
        return e.isEmpty() ? cleanWithin(run, since) : e;
    }
    case Fault::UserSignal: {
        if (!run.waitFor(
                [](const QJsonObject &r) {
                    return r.value(QStringLiteral("kind")) == QLatin1String("proc.start") &&
                           r.value(QStringLiteral("label")) == QLatin1String("main.1");
                },
                10000))
            return QStringLiteral("main.1 never started");
        pause(moment);
        run.send(QStringLiteral("{\"cmd\":\"signal\",\"label\":\"main.1\",\"signal\":\"%1\"}\n")
                     .arg(signalName(sig))
                     .toUtf8());
        since.start();
        if (!run.waitForExit(kCleanMs))
            return QStringLiteral("the run did not end within %1 ms of %2")
                .arg(kCleanMs)
                .arg(signalName(sig));
        QString e = streamErrors(run);
        if (e.isEmpty())
            e = expectStatus(run, QStringLiteral("completed"));
        if (e.isEmpty()) {
            QString got;
            for (const auto &x : run.run().ofKind(QStringLiteral("proc.exit")))
                if (x.value(QStringLiteral("label")) == QLatin1String("main.1"))
                    got = x.value(QStringLiteral("signal")).toString();
            if (got != signalName(sig))
                e = QStringLiteral("main.1 ended by '%1', expected %2").arg(got, signalName(sig));
        }
        return e.isEmpty() ? cleanWithin(run, since) : e;
    }
    case Fault::Crash: {
        if (!run.waitForExit(10000 + moment))
            return QStringLiteral("the run did not end");
        since.start();
        QString e = streamErrors(run);
        if (e.isEmpty())
            e = expectStatus(run, QStringLiteral("completed"));
        const QString expected = scenario.startsWith(QLatin1String("abort"))
                                     ? QStringLiteral("SIGABRT")
                                     : QStringLiteral("SIGSEGV");
        if (e.isEmpty()) {
            QString got;
            for (const auto &x : run.run().ofKind(QStringLiteral("proc.exit")))
                if (x.value(QStringLiteral("label")) == QLatin1String("main.1"))
                    got = x.value(QStringLiteral("signal")).toString();
            if (got != expected)
                e = QStringLiteral("main.1 ended by '%1', expected %2").arg(got, expected);
        }
        // The debris (FIFO, shm object, semaphore) was removed and reported.
        if (e.isEmpty() && run.end().value(QStringLiteral("cleanup")).toArray().size() != 3)
            e = QStringLiteral("cleanup lists %1 entries, expected 3")
                    .arg(run.end().value(QStringLiteral("cleanup")).toArray().size());
        return e.isEmpty() ? cleanWithin(run, since) : e;
    }
    case Fault::Deadlock: {
        if (!run.waitForExit(15000 + moment))
            return QStringLiteral("the deadlock was not detected within 15 s");
        since.start();
        QString e = streamErrors(run);
        if (e.isEmpty())
            e = expectStatus(run, QStringLiteral("deadlock"));
        if (e.isEmpty() && run.run().ofKind(QStringLiteral("engine.deadlock")).size() != 1)
            e = QStringLiteral("no engine.deadlock event");
        if (e.isEmpty() && run.end().value(QStringLiteral("waits")).toArray().size() != 2)
            e = QStringLiteral("waits should name both processes");
        return e.isEmpty() ? cleanWithin(run, since) : e;
    }
    case Fault::Timeout: {
        QElapsedTimer t;
        t.start();
        if (!run.waitForExit(1000 + kCleanMs + 1000))
            return QStringLiteral("the run was still going %1 ms after its start (--timeout 1)")
                .arg(t.elapsed());
        since.start();
        QString e = streamErrors(run);
        if (e.isEmpty())
            e = expectStatus(run, QStringLiteral("timeout"));
        return e.isEmpty() ? cleanWithin(run, since) : e;
    }
    case Fault::ForkBomb: {
        if (!run.waitForExit(15000))
            return QStringLiteral("the fork bomb was not stopped within 15 s");
        since.start();
        QString e = streamErrors(run);
        if (e.isEmpty())
            e = expectStatus(run, QStringLiteral("failed"));
        const qint64 limit = run.hello().value(QStringLiteral("process_cap")).toInteger();
        if (e.isEmpty() && cap && limit != cap)
            e = QStringLiteral("hello says process_cap %1, asked %2").arg(limit).arg(cap);
        const auto limits = run.run().ofKind(QStringLiteral("engine.limit"));
        if (e.isEmpty() && (limits.size() != 1 ||
                            limits[0].value(QStringLiteral("limit")) != QLatin1String("processes")))
            e = QStringLiteral("expected one engine.limit (processes), got %1").arg(limits.size());
        if (e.isEmpty() &&
            !run.end().value(QStringLiteral("message")).toString().contains(QString::number(limit)))
            e = QStringLiteral("the message does not give the cap: %1")
                    .arg(run.end().value(QStringLiteral("message")).toString());
        if (e.isEmpty() && run.run().ofKind(QStringLiteral("proc.start")).size() > limit)
            e = QStringLiteral("%1 processes started, the cap is %2")
                    .arg(run.run().ofKind(QStringLiteral("proc.start")).size())
                    .arg(limit);
        return e.isEmpty() ? cleanWithin(run, since) : e;
    }
    }
    return QStringLiteral("unknown fault");
}

void TestFaults::backpressure_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("pauseMs");
    QTest::addColumn<bool>("throttled"); // makes far more events than the pipes hold

    QTest::newRow("pipe-pingpong, 20000 rounds")
        << QStringLiteral("pipe-pingpong")
        << QStringList{QStringLiteral("--param"), QStringLiteral("rounds=20000")} << 3000 << true;
    QTest::newRow("busy, every object")
        << QStringLiteral("busy.ipcv")
        << QStringList{QStringLiteral("--param"), QStringLiteral("rounds=5000")} << 3000 << true;
    QTest::newRow("fork-tree, 121 processes")
        << QStringLiteral("fork-tree")
        << QStringList{QStringLiteral("--param"),     QStringLiteral("depth=4"),
                       QStringLiteral("--param"),     QStringLiteral("width=3"),
                       QStringLiteral("--max-procs"), QStringLiteral("200")}
        << 2000 << false;
}

// A slow app: the engine's stdout is not read for a while in the middle of a
// busy run. The engine and the scenario must wait for it (the run lasts at
// least the pause) and lose nothing.
void TestFaults::backpressure()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, extra);
    QFETCH(int, pauseMs);
    QFETCH(bool, throttled);

    LiveRun run;
    QVERIFY(startRun(run, false, scenario, extra));
    QVERIFY(run.waitForFirstEvent(10000));
    // Not reading at all is the fault here: nothing drains the pipe meanwhile.
    QTest::qSleep(pauseMs);
    QVERIFY2(run.waitForExit(120000), "the run did not end after reading resumed");
    const QString e = streamErrors(run);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QCOMPARE(run.end().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(run.exitCode(), 0);
    // The run waited for the reader: it cannot end before the reader has
    // read, and when it makes more than the pipes hold, its processes were
    // held back (their last events come after the pause).
    QVERIFY(run.end().value(QStringLiteral("duration_ns")).toInteger() >=
            qint64(pauseMs) * 1000000);
    if (throttled) {
        qint64 last = 0;
        for (const auto &x : run.run().events)
            if (x.value(QStringLiteral("label")) != QLatin1String("engine"))
                last = qMax(last, x.value(QStringLiteral("t")).toInteger());
        QVERIFY2(last >= qint64(pauseMs) * 1000000,
                 qPrintable(QStringLiteral("the scenario's last event came at %1 ms, before the "
                                           "end of the %2 ms pause: it raced ahead of the reader")
                                .arg(last / 1000000)
                                .arg(pauseMs)));
    }
    if (scenario == QLatin1String("pipe-pingpong")) {
        // Every byte of every round trip is in the stream.
        qint64 written = 0, read = 0;
        for (const auto &x : run.run().ofKind(QStringLiteral("pipe.write"), QStringLiteral("end")))
            written += x.value(QStringLiteral("bytes")).toInteger();
        for (const auto &x : run.run().ofKind(QStringLiteral("pipe.read"), QStringLiteral("end")))
            read += x.value(QStringLiteral("bytes")).toInteger();
        QCOMPARE(written, qint64(2) * 20000 * 64);
        QCOMPARE(read, written);
    }
    QElapsedTimer since;
    since.start();
    const QString left = cleanWithin(run, since);
    QVERIFY2(left.isEmpty(), qPrintable(left));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
