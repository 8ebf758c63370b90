// RunState reconstruction, RunStateCache checkpoints (time travel) and RunModel.
#include "core/tracefile.h"
#include "models/runmodel.h"
#include "models/runstate.h"
#include "models/runstatecache.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using State = ProcessState::State;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(IPCVIZ_SOURCE_DIR "/tests/gui/data/") + name;
}

TraceLoadResult loadTrace(const QString &name)
{
    TraceLoadResult trace = TraceFile::load(dataPath(name));
    if (!trace.ok() || !trace.errors.isEmpty())
        qFatal("bad test trace %s", qPrintable(name));
    return trace;
}

RunState replay(const TraceLoadResult &trace, int index)
{
    RunState state(trace.hello);
    for (int i = 0; i <= index; ++i)
        state.apply(trace.events.at(i));
    return state;
}

// Builds events with consecutive seq numbers from compact JSON.
class Script {
public:
    Script &add(const char *json)
    {
        QJsonObject object = QJsonDocument::fromJson(QByteArray(json)).object();
        if (object.isEmpty())
            qFatal("bad JSON in test: %s", json);
        object.insert(QStringLiteral("seq"), m_events.size());
        object.insert(QStringLiteral("t"), 1000 * m_events.size());
        m_events.append(Event::fromJson(object));
        return *this;
    }
    const EventList &events() const { return m_events; }
    RunState stateAfterAll() const
    {
        RunState state;
        for (const Event &e : m_events)
            state.apply(e);
        return state;
    }

private:
    EventList m_events;
};

// A long, varied run: a writer and a reader on a pipe, signals, shared memory and
// a semaphore, so checkpoints hold every kind of state.
EventList syntheticRun(int count)
{
    Script s;
    s.add(R"({"pid":10,"label":"main","kind":"proc.start","ppid":1,"root":true})");
    s.add(R"({"pid":10,"label":"main","kind":"pipe.create","obj":"pipe#1","fds":[3,4],"ret":0})");
    s.add(
        R"({"pid":10,"label":"main","kind":"shm.open","obj":"shm:/AOS","name":"/x.AOS","mode":"rdwr","created":true,"fd":5})");
    s.add(R"({"pid":10,"label":"main","kind":"shm.truncate","obj":"shm:/AOS","size":64})");
    s.add(
        R"({"pid":10,"label":"main","kind":"shm.map","obj":"shm:/AOS","map":"map#1","size":64,"prot":"rdwr"})");
    s.add(
        R"({"pid":10,"label":"main","kind":"sem.open","obj":"sem:/S","name":"/x.S","created":true,"value":1})");
    s.add(
        R"({"pid":10,"label":"main","kind":"signal.action","signal":"SIGUSR1","action":"count"})");
    s.add(
        R"({"pid":10,"label":"main","kind":"proc.fork","child":11,"child_label":"main.1","ret":11})");
    s.add(R"({"pid":11,"label":"main.1","kind":"proc.start","ppid":10,"parent_label":"main"})");
    s.add(R"({"pid":11,"label":"main.1","kind":"fd.close","fd":4,"obj":"pipe#1","ret":0})");
    s.add(R"({"pid":10,"label":"main","kind":"fd.close","fd":3,"obj":"pipe#1","ret":0})");
    int i = 0;
    while (s.events().size() < count) {
        const QByteArray n = QByteArray::number(i % 1000);
        const QByteArray data = "msg " + n + "\\n";
        const QByteArray bytes = QByteArray::number(n.size() + 5);
        s.add(
            R"({"pid":10,"label":"main","kind":"pipe.write","phase":"begin","obj":"pipe#1","fd":4,"bytes":)" +
            bytes + R"(,"data":")" + data + R"("})");
        s.add(
            R"({"pid":10,"label":"main","kind":"pipe.write","phase":"end","obj":"pipe#1","fd":4,"ret":)" +
            bytes + "}");
        s.add(
            R"({"pid":11,"label":"main.1","kind":"pipe.read","phase":"begin","obj":"pipe#1","fd":3,"max":1024})");
        s.add(
            R"({"pid":11,"label":"main.1","kind":"pipe.read","phase":"end","obj":"pipe#1","fd":3,"ret":)" +
            bytes + R"(,"data":")" + data + R"("})");
        s.add(
            R"({"pid":11,"label":"main.1","kind":"shm.write","obj":"shm:/AOS","map":"map#1","offset":)" +
            QByteArray::number(i % 60) + R"(,"bytes":4,"data":")" + n.left(4) + R"("})");
        s.add(
            R"({"pid":11,"label":"main.1","kind":"sem.wait","phase":"begin","obj":"sem:/S","value":1})");
        s.add(
            R"({"pid":11,"label":"main.1","kind":"sem.wait","phase":"end","obj":"sem:/S","value":0})");
        s.add(R"({"pid":11,"label":"main.1","kind":"sem.post","obj":"sem:/S","value":1})");
        s.add(
            R"({"pid":11,"label":"main.1","kind":"signal.send","target":10,"target_label":"main","signal":"SIGUSR1","ret":0})");
        s.add(R"({"pid":10,"label":"main","kind":"signal.deliver","signal":"SIGUSR1","count":)" +
              QByteArray::number(i + 1) + "}");
        s.add(R"({"pid":11,"label":"main.1","kind":"proc.output","stream":"stdout","data":")" +
              data + R"(","bytes":8})");
        ++i;
    }
    EventList events = s.events();
    events.resize(count);
    return events;
}

} // namespace

class TestRunState : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pipeMessages_data();
    void pipeMessages();
    void pipeMessagesFdTables();
    void pipeMessagesFlowsAndEnd();
    void zombie_data();
    void zombie();
    void stepGates();
    void memorySemaphoresSignals();
    void fifoAndDup();
    void childStartsBeforeFork();
    void engineAndUserActions();
    void oddEventsDoNotBreakState();
    void timeTravel_data();
    void timeTravel();
    void scrubbingIsFast();
    void runModelCursor();
    void runModelFeedsOnePath();
    void prefetchedStatesEqualReplay();
    void resetWhilePrefetching();
    void checkpointsSpacedByCost();
};

void TestRunState::pipeMessages_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("blockedOn");
    QTest::addColumn<qint64>("inFlight");
    QTest::addColumn<QStringList>("readers");
    QTest::addColumn<QStringList>("writers");

    const QStringList main{QStringLiteral("main")};
    const QStringList child{QStringLiteral("main.1")};
    const QStringList both{QStringLiteral("main"), QStringLiteral("main.1")};
    QTest::newRow("pipe created") << 1 << "main" << int(State::Running) << "" << 0LL << main
                                  << main;
    QTest::newRow("forked: both hold both ends")
        << 3 << "main.1" << int(State::Running) << "" << 0LL << both << both;
    QTest::newRow("unused ends closed")
        << 5 << "main.1" << int(State::Running) << "" << 0LL << child << main;
    QTest::newRow("child blocked in read")
        << 6 << "main.1" << int(State::Blocked) << "read" << 0LL << child << main;
    QTest::newRow("write begun: bytes in flight")
        << 7 << "main" << int(State::Blocked) << "write" << 14LL << child << main;
    QTest::newRow("write returned")
        << 8 << "main" << int(State::Running) << "" << 14LL << child << main;
    QTest::newRow("parent sleeps")
        << 9 << "main" << int(State::Blocked) << "sleep" << 14LL << child << main;
    QTest::newRow("child read them")
        << 10 << "main.1" << int(State::Running) << "" << 0LL << child << main;
    QTest::newRow("write end closed")
        << 28 << "main" << int(State::Running) << "" << 0LL << child << QStringList();
    QTest::newRow("parent waits") << 31 << "main" << int(State::Blocked) << "wait" << 0LL
                                  << QStringList() << QStringList();
    QTest::newRow("child exited") << 32 << "main.1" << int(State::Exited) << "" << 0LL
                                  << QStringList() << QStringList();
    QTest::newRow("child reaped") << 33 << "main.1" << int(State::Reaped) << "" << 0LL
                                  << QStringList() << QStringList();
    QTest::newRow("main reaped by engine")
        << 35 << "main" << int(State::Reaped) << "" << 0LL << QStringList() << QStringList();
}

void TestRunState::pipeMessages()
{
    QFETCH(int, index);
    QFETCH(QString, label);
    QFETCH(int, state);
    QFETCH(QString, blockedOn);
    QFETCH(qint64, inFlight);
    QFETCH(QStringList, readers);
    QFETCH(QStringList, writers);

    const TraceLoadResult trace = loadTrace(QStringLiteral("pipe-messages.ndjson"));
    const RunState s = replay(trace, index);
    QCOMPARE(s.index(), index);
    const ProcessState *p = s.process(label);
    QVERIFY(p);
    QCOMPARE(int(p->state), state);
    QCOMPARE(p->blockedOn, blockedOn);
    if (!blockedOn.isEmpty() && blockedOn != QLatin1String("sleep") &&
        blockedOn != QLatin1String("wait"))
        QCOMPARE(p->blockedObj, QStringLiteral("pipe#1"));
    const ObjectState *pipe = s.object(QStringLiteral("pipe#1"));
    QVERIFY(pipe);
    QCOMPARE(pipe->kind, ObjectState::Kind::Pipe);
    QCOMPARE(pipe->inFlight, inFlight);
    QCOMPARE(pipe->inFlightData.size(), inFlight);
    QCOMPARE(pipe->readers, readers);
    QCOMPARE(pipe->writers, writers);
}

void TestRunState::pipeMessagesFdTables()
{
    const TraceLoadResult trace = loadTrace(QStringLiteral("pipe-messages.ndjson"));
    RunState s = replay(trace, 3);
    const ProcessState *main = s.process(QStringLiteral("main"));
    const ProcessState *child = s.process(QStringLiteral("main.1"));
    QVERIFY(main && child);
    QCOMPARE(main->pid, 4250);
    QCOMPARE(main->ppid, 4242);
    QVERIFY(main->root);
    QCOMPARE(main->children, QStringList{QStringLiteral("main.1")});
    QCOMPARE(child->pid, 4251);
    QCOMPARE(child->ppid, 4250);
    QCOMPARE(child->parentLabel, QStringLiteral("main"));
    QCOMPARE(main->fds.keys(), (QList<int>{3, 4}));
    QCOMPARE(main->fds.value(3),
             (FdEntry{3, QStringLiteral("pipe#1"), FdEntry::End::Read, false, 0}));
    QCOMPARE(main->fds.value(4),
             (FdEntry{4, QStringLiteral("pipe#1"), FdEntry::End::Write, false, 0}));
    QCOMPARE(child->fds.value(3),
             (FdEntry{3, QStringLiteral("pipe#1"), FdEntry::End::Read, true, 0}));
    QCOMPARE(child->fds.value(4),
             (FdEntry{4, QStringLiteral("pipe#1"), FdEntry::End::Write, true, 0}));

    s = replay(trace, 5);
    QCOMPARE(s.process(QStringLiteral("main"))->fds.keys(), QList<int>{4});
    QCOMPARE(s.process(QStringLiteral("main.1"))->fds.keys(), QList<int>{3});
    // The processes keep their order of appearance.
    QCOMPARE(s.processes().size(), 2);
    QCOMPARE(s.processes().at(0).label, QStringLiteral("main"));
    QCOMPARE(s.processes().at(1).label, QStringLiteral("main.1"));
}

void TestRunState::pipeMessagesFlowsAndEnd()
{
    const TraceLoadResult trace = loadTrace(QStringLiteral("pipe-messages.ndjson"));
    RunState s = replay(trace, 7);
    QCOMPARE(s.lastEventFlows().size(), 1);
    DataFlow flow = s.lastEventFlows().first();
    QCOMPARE(flow.kind, DataFlow::Kind::Write);
    QCOMPARE(flow.from, QStringLiteral("main"));
    QCOMPARE(flow.obj, QStringLiteral("pipe#1"));
    QCOMPARE(flow.bytes, 14);
    QCOMPARE(flow.data, QByteArray("Hello, world.\n"));
    QCOMPARE(flow.seq, 7);

    s = replay(trace, 10);
    QCOMPARE(s.lastEventFlows().size(), 1);
    flow = s.lastEventFlows().first();
    QCOMPARE(flow.kind, DataFlow::Kind::Read);
    QCOMPARE(flow.from, QStringLiteral("main")); // the writer the bytes came from
    QCOMPARE(flow.to, QStringLiteral("main.1"));
    QCOMPARE(flow.data, QByteArray("Hello, world.\n"));

    s = replay(trace, 11);
    QVERIFY(s.lastEventFlows().isEmpty());

    s = replay(trace, int(trace.events.size()) - 1);
    const ProcessState *main = s.process(QStringLiteral("main"));
    const ProcessState *child = s.process(QStringLiteral("main.1"));
    QCOMPARE(child->state, State::Reaped);
    QVERIFY(child->hasExitCode);
    QCOMPARE(child->exitCode, 0);
    QVERIFY(child->fds.isEmpty());
    QCOMPARE(child->output, QStringLiteral("Hello, world.\nHello, world.\nHello, world.\n"));
    QCOMPARE(child->bytesRead, 42);
    QCOMPARE(child->reads, 4); // three messages and end of file
    QCOMPARE(main->bytesWritten, 42);
    QCOMPARE(main->writes, 3);
    QCOMPARE(main->state, State::Reaped);
    const ObjectState *pipe = s.object(QStringLiteral("pipe#1"));
    QCOMPARE(pipe->bytesWritten, 42);
    QCOMPARE(pipe->bytesRead, 42);
    QCOMPARE(pipe->inFlight, 0);
    QVERIFY(pipe->readers.isEmpty());
    QVERIFY(pipe->writers.isEmpty());
    QCOMPARE(pipe->createdBy, QStringLiteral("main"));
}

void TestRunState::zombie_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("hasExitCode");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("running") << 3 << int(State::Running) << false << 0;
    QTest::newRow("zombie") << 6 << int(State::Zombie) << false << 0;
    QTest::newRow("still a zombie while the parent sleeps")
        << 8 << int(State::Zombie) << false << 0;
    QTest::newRow("exit seen by the reaper") << 9 << int(State::Exited) << true << 3;
    QTest::newRow("reaped by wait") << 10 << int(State::Reaped) << true << 3;
    QTest::newRow("end") << 13 << int(State::Reaped) << true << 3;
}

void TestRunState::zombie()
{
    QFETCH(int, index);
    QFETCH(int, state);
    QFETCH(bool, hasExitCode);
    QFETCH(int, exitCode);
    const TraceLoadResult trace = loadTrace(QStringLiteral("zombie.ndjson"));
    const RunState s = replay(trace, index);
    const ProcessState *child = s.process(QStringLiteral("main.1"));
    QVERIFY(child);
    QCOMPARE(int(child->state), state);
    QCOMPARE(child->hasExitCode, hasExitCode);
    if (hasExitCode)
        QCOMPARE(child->exitCode, exitCode);
    QCOMPARE(child->isAlive(), state == int(State::Running));
    QCOMPARE(child->output, QStringLiteral("Child 4301: exiting with status 3\n"));
}

void TestRunState::stepGates()
{
    Script s;
    s.add(R"({"pid":7,"label":"main","kind":"proc.start","ppid":1,"root":true})");
    s.add(R"({"pid":7,"label":"main","kind":"gate.wait","line":13,"op":"pipe","step":"pipe p"})");
    RunState state = s.stateAfterAll();
    const ProcessState *main = state.process(QStringLiteral("main"));
    QCOMPARE(main->state, State::ReadyAtGate);
    QCOMPARE(main->nextStep, QStringLiteral("pipe p"));
    QCOMPARE(main->nextLine, 13);
    QCOMPARE(state.readyLabels(), QStringList{QStringLiteral("main")});
    s.add(R"({"pid":7,"label":"main","kind":"gate.release","line":13,"by":"user"})");
    s.add(
        R"({"pid":7,"label":"main","kind":"pipe.create","line":13,"obj":"pipe#1","fds":[3,4],"ret":0})");
    // Arguments at the top level, as the engine writes them, or under "args".
    s.add(
        R"({"pid":7,"label":"main","kind":"gate.wait","line":16,"op":"read","step":"read p.r","obj":"pipe#1","fd":3,"max":1024})");
    state = s.stateAfterAll();
    main = state.process(QStringLiteral("main"));
    QCOMPARE(main->state, State::ReadyAtGate);
    QCOMPARE(main->nextArgs.value(QLatin1String("max")).toInt(), 1024);
    QCOMPARE(main->nextArgs.value(QLatin1String("obj")).toString(), QStringLiteral("pipe#1"));
    s.add(R"({"pid":7,"label":"main","kind":"gate.release","line":16,"by":"continue"})");
    state = s.stateAfterAll();
    main = state.process(QStringLiteral("main"));
    QCOMPARE(main->state, State::Running);
    QVERIFY(main->nextStep.isEmpty());
    QVERIFY(state.readyLabels().isEmpty());
}

void TestRunState::memorySemaphoresSignals()
{
    Script s;
    s.add(R"({"pid":7,"label":"main","kind":"proc.start","ppid":1,"root":true})");
    s.add(
        R"({"pid":7,"label":"main","kind":"shm.open","obj":"shm:/AOS","name":"/ipcviz.1.x.AOS","mode":"rdwr","created":true,"fd":3})");
    s.add(R"({"pid":7,"label":"main","kind":"shm.truncate","obj":"shm:/AOS","size":16})");
    s.add(
        R"({"pid":7,"label":"main","kind":"shm.map","obj":"shm:/AOS","map":"map#1","size":16,"prot":"rdwr"})");
    s.add(
        R"({"pid":7,"label":"main","kind":"shm.write","obj":"shm:/AOS","map":"map#1","offset":2,"bytes":5,"data":"Hi!\n\u0000"})");
    RunState state = s.stateAfterAll();
    const ObjectState *shm = state.object(QStringLiteral("shm:/AOS"));
    QVERIFY(shm);
    QCOMPARE(shm->kind, ObjectState::Kind::Shm);
    QCOMPARE(shm->name, QStringLiteral("/ipcviz.1.x.AOS"));
    QCOMPARE(shm->size, 16);
    QCOMPARE(shm->bytes, QByteArray("\0\0Hi!\n\0\0\0\0\0\0\0\0\0\0", 16));
    QCOMPARE(shm->known, QByteArray(16, 1));
    QCOMPARE(shm->changed, QByteArray("\0\0\1\1\1\1\1\0\0\0\0\0\0\0\0\0", 16));
    QCOMPARE(state.process(QStringLiteral("main"))->mappings.value(QStringLiteral("map#1")).obj,
             QStringLiteral("shm:/AOS"));
    QCOMPARE(state.lastEventFlows().size(), 1);
    QCOMPARE(state.lastEventFlows().first().kind, DataFlow::Kind::Write);

    s.add(
        R"({"pid":7,"label":"main","kind":"shm.write","obj":"shm:/AOS","map":"map#1","offset":8,"bytes":4,"before":255,"after":256})");
    state = s.stateAfterAll();
    shm = state.object(QStringLiteral("shm:/AOS"));
    QCOMPARE(shm->bytes.mid(8, 4), QByteArray("\0\1\0\0", 4));
    QCOMPARE(shm->changed, QByteArray("\0\0\0\0\0\0\0\0\1\1\1\1\0\0\0\0", 16));
    s.add(
        R"({"pid":7,"label":"main","kind":"sem.open","obj":"sem:/S","name":"/ipcviz.1.x.S","created":true,"value":0})");
    state = s.stateAfterAll();
    QVERIFY(state.object(QStringLiteral("shm:/AOS"))
                ->changed.isEmpty()); // only the last event's change is marked

    s.add(R"({"pid":7,"label":"main","kind":"signal.action","signal":"SIGUSR1","action":"count"})");
    s.add(
        R"({"pid":7,"label":"main","kind":"proc.fork","child":8,"child_label":"main.1","ret":8})");
    s.add(R"({"pid":8,"label":"main.1","kind":"proc.start","ppid":7,"parent_label":"main"})");
    s.add(
        R"({"pid":8,"label":"main.1","kind":"sem.wait","phase":"begin","obj":"sem:/S","value":0})");
    state = s.stateAfterAll();
    const ObjectState *sem = state.object(QStringLiteral("sem:/S"));
    QCOMPARE(sem->kind, ObjectState::Kind::Sem);
    QCOMPARE(sem->value, 0);
    QCOMPARE(sem->waiting, QStringList{QStringLiteral("main.1")});
    QCOMPARE(state.process(QStringLiteral("main.1"))->state, State::Blocked);
    QCOMPARE(state.process(QStringLiteral("main.1"))->blockedOn, QStringLiteral("sem_wait"));
    QCOMPARE(
        state.process(QStringLiteral("main.1"))->signalInfo.value(QStringLiteral("SIGUSR1")).action,
        QStringLiteral("count")); // inherited through fork
    s.add(R"({"pid":7,"label":"main","kind":"sem.post","obj":"sem:/S","value":1})");
    s.add(
        R"({"pid":8,"label":"main.1","kind":"sem.wait","phase":"end","obj":"sem:/S","value":0,"ret":0})");
    s.add(
        R"({"pid":8,"label":"main.1","kind":"signal.send","target":7,"target_label":"main","signal":"SIGUSR1","ret":0})");
    state = s.stateAfterAll();
    sem = state.object(QStringLiteral("sem:/S"));
    QVERIFY(sem->waiting.isEmpty());
    QCOMPARE(sem->posts, 1);
    QCOMPARE(sem->waits, 1);
    QCOMPARE(state.process(QStringLiteral("main.1"))->state, State::Running);
    QCOMPARE(state.lastEventFlows().size(), 1);
    const DataFlow arrow = state.lastEventFlows().first();
    QCOMPARE(arrow.kind, DataFlow::Kind::Signal);
    QCOMPARE(arrow.from, QStringLiteral("main.1"));
    QCOMPARE(arrow.to, QStringLiteral("main"));
    QCOMPARE(arrow.signal, QStringLiteral("SIGUSR1"));
    s.add(R"({"pid":7,"label":"main","kind":"signal.deliver","signal":"SIGUSR1","count":1})");
    s.add(
        R"({"pid":1,"kind":"signal.send","by":"user","target":8,"target_label":"main.1","signal":"SIGTERM","ret":0})");
    state = s.stateAfterAll();
    QCOMPARE(state.lastEventFlows().first().from, QString());
    QCOMPARE(state.lastEventFlows().first().to, QStringLiteral("main.1"));
    const SignalInfo usr1 =
        state.process(QStringLiteral("main"))->signalInfo.value(QStringLiteral("SIGUSR1"));
    QCOMPARE(usr1.received, 1);
    QCOMPARE(usr1.delivered, 1);
    QCOMPARE(
        state.process(QStringLiteral("main.1"))->signalInfo.value(QStringLiteral("SIGUSR1")).sent,
        1);
    QCOMPARE(state.process(QStringLiteral("main.1"))->signalsReceived, 1);
    QCOMPARE(state.processes().size(), 2); // the engine's PID is no process
    s.add(R"({"pid":8,"label":"main.1","kind":"proc.exit","signal":"SIGTERM","reaper":7})");
    state = s.stateAfterAll();
    QCOMPARE(state.process(QStringLiteral("main.1"))->exitSignal, QStringLiteral("SIGTERM"));
    QVERIFY(!state.process(QStringLiteral("main.1"))->hasExitCode);
    QVERIFY(state.object(QStringLiteral("sem:/S"))->waiting.isEmpty());
}

void TestRunState::fifoAndDup()
{
    Script s;
    s.add(R"({"pid":7,"label":"writer","kind":"proc.start","ppid":1,"root":true})");
    s.add(R"({"pid":9,"label":"reader","kind":"proc.start","ppid":1,"root":true})");
    s.add(
        R"({"pid":7,"label":"writer","kind":"fifo.create","obj":"fifo:myfifo","path":"/tmp/ipcviz.1.x/myfifo","mode":384,"ret":0})");
    s.add(
        R"({"pid":7,"label":"writer","kind":"fifo.open","phase":"begin","obj":"fifo:myfifo","path":"/tmp/ipcviz.1.x/myfifo","mode":"write"})");
    RunState state = s.stateAfterAll();
    QCOMPARE(state.process(QStringLiteral("writer"))->state, State::Blocked);
    QCOMPARE(state.process(QStringLiteral("writer"))->blockedOn, QStringLiteral("open"));
    s.add(
        R"({"pid":9,"label":"reader","kind":"fifo.open","phase":"begin","obj":"fifo:myfifo","path":"/tmp/ipcviz.1.x/myfifo","mode":"read"})");
    s.add(
        R"({"pid":9,"label":"reader","kind":"fifo.open","phase":"end","obj":"fifo:myfifo","path":"/tmp/ipcviz.1.x/myfifo","mode":"read","ret":3,"fd":3})");
    s.add(
        R"({"pid":7,"label":"writer","kind":"fifo.open","phase":"end","obj":"fifo:myfifo","path":"/tmp/ipcviz.1.x/myfifo","mode":"write","ret":3,"fd":3})");
    s.add(
        R"({"pid":7,"label":"writer","kind":"fd.dup","fd":3,"newfd":1,"obj":"fifo:myfifo","ret":1})");
    s.add(
        R"({"pid":7,"label":"writer","kind":"fifo.write","phase":"begin","obj":"fifo:myfifo","fd":1,"bytes":6,"data":"abcdef"})");
    s.add(
        R"({"pid":7,"label":"writer","kind":"fifo.write","phase":"end","obj":"fifo:myfifo","fd":1,"ret":4})");
    state = s.stateAfterAll();
    const ObjectState *fifo = state.object(QStringLiteral("fifo:myfifo"));
    QCOMPARE(fifo->kind, ObjectState::Kind::Fifo);
    QCOMPARE(fifo->name, QStringLiteral("/tmp/ipcviz.1.x/myfifo"));
    QCOMPARE(fifo->inFlight, 4); // a short write: 4 of 6 bytes went in
    QCOMPARE(fifo->readers, QStringList{QStringLiteral("reader")});
    QCOMPARE(fifo->writers, QStringList{QStringLiteral("writer")});
    QCOMPARE(state.process(QStringLiteral("writer"))->fds.value(1).obj,
             QStringLiteral("fifo:myfifo"));
    QCOMPARE(state.process(QStringLiteral("writer"))->fds.value(1).end, FdEntry::End::Write);
    s.add(
        R"({"pid":9,"label":"reader","kind":"fifo.read","phase":"end","obj":"fifo:myfifo","fd":3,"ret":4,"bytes":4,"data":"abcd"})");
    s.add(
        R"({"pid":7,"label":"writer","kind":"fifo.unlink","obj":"fifo:myfifo","path":"/tmp/ipcviz.1.x/myfifo","ret":0})");
    state = s.stateAfterAll();
    fifo = state.object(QStringLiteral("fifo:myfifo"));
    QCOMPARE(fifo->inFlight, 0);
    QVERIFY(fifo->unlinked);
    QCOMPARE(state.lastEventFlows().size(), 0);
    QCOMPARE(state.process(QStringLiteral("reader"))->bytesRead, 4);
}

void TestRunState::childStartsBeforeFork()
{
    // Two processes report independently: the child's proc.start may come first.
    Script s;
    s.add(R"({"pid":7,"label":"main","kind":"proc.start","ppid":1,"root":true})");
    s.add(R"({"pid":7,"label":"main","kind":"pipe.create","obj":"pipe#1","fds":[3,4],"ret":0})");
    s.add(R"({"pid":8,"label":"main.1","kind":"proc.start","ppid":7,"parent_label":"main"})");
    s.add(R"({"pid":8,"label":"main.1","kind":"fd.close","fd":4,"obj":"pipe#1","ret":0})");
    s.add(
        R"({"pid":7,"label":"main","kind":"proc.fork","child":8,"child_label":"main.1","ret":8})");
    const RunState state = s.stateAfterAll();
    const ProcessState *child = state.process(QStringLiteral("main.1"));
    QCOMPARE(child->fds.keys(), QList<int>{3}); // the fork did not copy fd 4 again
    QCOMPARE(state.process(QStringLiteral("main"))->children,
             QStringList{QStringLiteral("main.1")});
    QCOMPARE(state.processByPid(8), child);
}

void TestRunState::engineAndUserActions()
{
    // As the engine writes them: its own events and the user's carry its PID and
    // the labels "user"/"engine"; kill() is a begin/end pair.
    RunState state(Event::fromJson(
        {{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("engine_pid"), 100}}));
    Script s;
    s.add(R"({"pid":7,"label":"main","kind":"proc.start","ppid":100,"root":true})");
    s.add(
        R"({"pid":7,"label":"main","kind":"fifo.create","obj":"fifo:f","path":"/run/f","ret":0})");
    s.add(
        R"({"pid":7,"label":"main","kind":"fifo.open","phase":"end","obj":"fifo:f","mode":"read","fd":3,"ret":3})");
    s.add(
        R"({"pid":100,"label":"user","kind":"engine.user","cmd":"fifo.write","obj":"fifo:f","data":"Hi!\n"})");
    s.add(
        R"({"pid":100,"label":"user","kind":"fifo.write","phase":"begin","by":"user","obj":"fifo:f","fd":9,"bytes":4,"data":"Hi!\n"})");
    s.add(
        R"({"pid":100,"label":"user","kind":"fifo.write","phase":"end","by":"user","obj":"fifo:f","fd":9,"ret":4,"bytes":4})");
    s.add(
        R"({"pid":100,"label":"engine","kind":"engine.error","message":"unknown command","line":2})");
    for (const Event &e : s.events())
        state.apply(e);
    QCOMPARE(state.processes().size(), 1); // neither "user" nor "engine" is a process
    QCOMPARE(state.object(QStringLiteral("fifo:f"))->inFlight, 4);
    QCOMPARE(state.object(QStringLiteral("fifo:f"))->bytesWritten, 4);

    s.add(
        R"({"pid":7,"label":"main","kind":"fifo.read","phase":"end","obj":"fifo:f","fd":3,"ret":4,"bytes":4,"data":"Hi!\n"})");
    state.apply(s.events().last());
    QCOMPARE(state.object(QStringLiteral("fifo:f"))->inFlight, 0);
    QCOMPARE(state.lastEventFlows().first().from, QString()); // from the user
    QCOMPARE(state.lastEventFlows().first().to, QStringLiteral("main"));

    s.add(
        R"({"pid":100,"label":"user","kind":"signal.send","phase":"begin","by":"user","target":7,"target_label":"main","signal":"SIGUSR1"})");
    state.apply(s.events().last());
    QCOMPARE(state.lastEventFlows().size(), 1);
    QCOMPARE(state.lastEventFlows().first().kind, DataFlow::Kind::Signal);
    QCOMPARE(state.lastEventFlows().first().to, QStringLiteral("main"));
    s.add(
        R"({"pid":100,"label":"user","kind":"signal.send","phase":"end","by":"user","target":7,"target_label":"main","signal":"SIGUSR1","ret":0})");
    state.apply(s.events().last());
    QVERIFY(state.lastEventFlows().isEmpty());
    QCOMPARE(state.process(QStringLiteral("main"))->signalsReceived, 1); // once for the pair
    QCOMPARE(state.processes().size(), 1);
}

void TestRunState::oddEventsDoNotBreakState()
{
    Script s;
    s.add(R"({"pid":7,"kind":"engine.error","message":"unknown command","line":1})");
    s.add(R"({"pid":7,"label":"main","kind":"no.such.kind","obj":"pipe#9"})");
    s.add(
        R"({"pid":7,"label":"main","kind":"pipe.read","phase":"end","obj":"pipe#9","ret":100,"data":"never written"})");
    s.add(R"({"pid":7,"label":"main","kind":"shm.truncate","obj":"shm:/big","size":999999999999})");
    s.add(
        R"({"pid":7,"label":"main","kind":"shm.write","obj":"shm:/big","offset":-5,"bytes":3,"data":"abc"})");
    s.add(R"({"pid":7,"label":"main","kind":"fd.close","fd":42,"ret":0})");
    s.add(R"({"pid":7,"label":"main","kind":"proc.wait","phase":"end","ret":-1,"errno":"ECHILD"})");
    s.add(R"({"pid":7,"label":"main","kind":"proc.exit","code":1})");
    s.add(R"({"pid":7,"label":"main","kind":"gate.wait","op":"read"})");
    const RunState state = s.stateAfterAll();
    QCOMPARE(state.processes().size(), 1);
    QCOMPARE(state.process(QStringLiteral("main"))->state, State::Exited); // no gate after death
    QCOMPARE(state.object(QStringLiteral("pipe#9"))->inFlight, 0);
    QCOMPARE(state.object(QStringLiteral("shm:/big"))->size, 999999999999LL);
    QVERIFY(state.object(QStringLiteral("shm:/big"))->bytes.size() <= (1 << 20));
    QCOMPARE(state.index(), 8);
}

void TestRunState::timeTravel_data()
{
    QTest::addColumn<QList<int>>("indexes"); // asked in this order
    const int I = RunStateCache::CheckpointInterval;
    QTest::newRow("checkpoint boundaries, forwards")
        << QList<int>{-1, 0, I - 2, I - 1, I, I + 1, 2 * I - 1, 2 * I, 5 * I - 1, 5 * I, 5 * I + 1};
    QTest::newRow("checkpoint boundaries, backwards")
        << QList<int>{5 * I + 1, 5 * I, 5 * I - 1, 2 * I, 2 * I - 1, I, I - 1, 0, -1};
    QTest::newRow("jumps back and forth") << QList<int>{
        4321, 17, 4322, 3 * I - 1, 999, 5 * I + 400, 2 * I + 1, 5 * I + 400, 5 * I + 401};
    QTest::newRow("clamped") << QList<int>{-100, 100000};
}

void TestRunState::timeTravel()
{
    QFETCH(QList<int>, indexes);
    const EventList events = syntheticRun(5 * RunStateCache::CheckpointInterval + 500);
    RunModel model;
    Event hello;
    hello.kind = QStringLiteral("hello");
    model.reset(hello);
    model.appendEvents(events);
    for (int index : indexes) {
        const int clamped = qBound(-1, index, int(events.size()) - 1);
        RunState fresh(hello);
        for (int i = 0; i <= clamped; ++i)
            fresh.apply(events.at(i));
        const RunState cached = RunState::at(model, index);
        QCOMPARE(cached.index(), clamped);
        if (!(cached == fresh))
            QFAIL(qPrintable(QStringLiteral("state at %1 differs from a fresh replay").arg(index)));
    }
    QVERIFY(model.stateCache()->checkpointCount() <= 6);
}

void TestRunState::prefetchedStatesEqualReplay()
{
    // A large append walks to the end in a thread; what it leaves (the state at the
    // end, checkpoints) must be what a replay gives.
    const EventList events = syntheticRun(3 * RunStateCache::PrefetchEvents);
    RunModel model;
    Event hello;
    hello.kind = QStringLiteral("hello");
    model.reset(hello);
    model.appendEvents(events);
    RunState fresh(hello);
    const int last = static_cast<int>(events.size()) - 1;
    for (int i = 0; i <= last; ++i) {
        fresh.apply(events.at(i));
        if (i == last / 3) {
            const RunState middle = model.stateAt(i);
            QVERIFY(middle == fresh);
        }
    }
    QVERIFY(model.currentState() == fresh);
    QVERIFY(model.stateCache()->checkpointCount() > 1);
    for (const int index : {0, last / 2, last - 1}) {
        RunState replay(hello);
        for (int i = 0; i <= index; ++i)
            replay.apply(events.at(i));
        QVERIFY(model.stateAt(index) == replay);
    }
}

void TestRunState::resetWhilePrefetching()
{
    const EventList events = syntheticRun(2 * RunStateCache::PrefetchEvents);
    RunModel model;
    Event hello;
    hello.kind = QStringLiteral("hello");
    for (int round = 0; round < 3; ++round) {
        model.reset(hello);
        model.appendEvents(events); // a walk starts...
        model.reset(hello);         // ...and is called off
        QCOMPARE(model.currentState().index(), -1);
    }
    model.appendEvents(events.mid(0, 5));
    QCOMPARE(model.currentState().index(), 4);
}

void TestRunState::checkpointsSpacedByCost()
{
    // 200 processes: a state costs 200 times more to keep than one process, so its
    // checkpoints are further apart than CheckpointInterval.
    Script s;
    s.add(R"({"pid":10,"label":"main","kind":"proc.start","ppid":1,"root":true})");
    for (int i = 1; i <= 200; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray pid = QByteArray::number(100 + i);
        s.add(R"({"pid":10,"label":"main","kind":"proc.fork","child":)" + pid +
              R"(,"child_label":"main.)" + n + R"(","ret":)" + pid + "}");
        s.add(R"({"pid":)" + pid + R"(,"label":"main.)" + n +
              R"(","kind":"proc.start","ppid":10,"parent_label":"main"})");
    }
    while (s.events().size() < 50000)
        s.add(R"({"pid":10,"label":"main","kind":"proc.output","stream":"stdout","data":"x"})");
    const EventList events = s.events();
    RunModel model;
    model.reset(Event::fromJson({{QStringLiteral("type"), QStringLiteral("hello")}}));
    model.appendEvents(events);
    (void)model.stateAt(int(events.size()) - 1);
    const int spacing = RunStateCache::EventsPerItem * 201;
    QVERIFY2(model.stateCache()->checkpointCount() <= int(events.size()) / spacing + 3,
             qPrintable(QString::number(model.stateCache()->checkpointCount())));
    // Still exact anywhere.
    RunState replay(model.hello());
    for (int i = 0; i <= 33333; ++i)
        replay.apply(events.at(i));
    QVERIFY(model.stateAt(33333) == replay);
}

void TestRunState::scrubbingIsFast()
{
    const EventList events = syntheticRun(100000);
    RunModel model;
    model.reset(Event::fromJson({{QStringLiteral("type"), QStringLiteral("hello")}}));
    model.appendEvents(events);
    QElapsedTimer timer;
    timer.start();
    (void)model.stateAt(int(events.size()) - 1); // first pass builds the checkpoints
    const qint64 firstPass = timer.restart();
    QRandomGenerator random(42);
    constexpr int Positions = 200;
    for (int i = 0; i < Positions; ++i) {
        const RunState s = model.stateAt(random.bounded(int(events.size())));
        QVERIFY(s.processes().size() == 2);
    }
    const qint64 scrub = timer.elapsed();
    qInfo("100000 events: first pass %lld ms, %d random positions %lld ms", firstPass, Positions,
          scrub);
    // Under 25 ms per position even with sanitizers: smooth enough for a slider.
    QVERIFY2(scrub < Positions * 25, qPrintable(QStringLiteral("%1 ms").arg(scrub)));
    const RunState last = model.stateAt(int(events.size()) - 1);
    QCOMPARE(last.object(QStringLiteral("pipe#1"))->inFlight, 0);
    QVERIFY(last.object(QStringLiteral("pipe#1"))->bytesWritten > 0);
}

void TestRunState::runModelCursor()
{
    RunModel model;
    QSignalSpy cursor(&model, &RunModel::cursorChanged);
    QSignalSpy live(&model, &RunModel::liveChanged);
    QSignalSpy appended(&model, &RunModel::eventsAppended);
    const TraceLoadResult trace = loadTrace(QStringLiteral("pipe-messages.ndjson"));
    model.reset(trace.hello);
    QVERIFY(model.isLive());
    QCOMPARE(model.cursor(), -1);
    model.appendEvents(trace.events.mid(0, 10));
    QCOMPARE(appended.size(), 1);
    QCOMPARE(appended.last().at(0).toInt(), 0);
    QCOMPARE(appended.last().at(1).toInt(), 9);
    QCOMPARE(model.cursor(), 9);
    QCOMPARE(cursor.last().at(0).toInt(), 9);
    QCOMPARE(model.currentState().index(), 9);

    model.setCursor(4);
    QVERIFY(!model.isLive());
    QCOMPARE(live.size(), 1);
    QCOMPARE(model.cursor(), 4);
    cursor.clear();
    model.appendEvents(trace.events.mid(10)); // not live: the cursor stays
    QCOMPARE(model.cursor(), 4);
    QVERIFY(cursor.isEmpty());
    QCOMPARE(model.currentState().index(), 4);
    model.setCursor(1000);
    QCOMPARE(model.cursor(), 35);
    model.setCursor(-7);
    QCOMPARE(model.cursor(), -1);
    QVERIFY(model.currentState().processes().isEmpty());
    model.setLive(true);
    QCOMPARE(model.cursor(), 35);
    QCOMPARE(cursor.last().at(0).toInt(), 35);

    QSignalSpy ended(&model, &RunModel::runEnded);
    model.finish(*trace.end);
    QCOMPARE(ended.size(), 1);
    QVERIFY(model.hasEnded());

    QSignalSpy reset(&model, &RunModel::runReset);
    model.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.eventCount(), 0);
    QVERIFY(!model.hasStarted());
}

void TestRunState::runModelFeedsOnePath()
{
    // A replay goes through reset/appendEvents/finish like a live run.
    const TraceLoadResult trace = loadTrace(QStringLiteral("zombie.ndjson"));
    RunModel model;
    QSignalSpy reset(&model, &RunModel::runReset);
    QSignalSpy appended(&model, &RunModel::eventsAppended);
    QSignalSpy ended(&model, &RunModel::runEnded);
    model.loadTrace(trace);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(appended.size(), 1);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(model.eventCount(), 14);
    QCOMPARE(model.hello().str(QStringLiteral("scenario")), QStringLiteral("zombie"));
    QCOMPARE(model.currentState().process(QStringLiteral("main.1"))->state, State::Reaped);
    QCOMPARE(model.stateAt(6).process(QStringLiteral("main.1"))->state, State::Zombie);
}

QTEST_GUILESS_MAIN(TestRunState)
#include "tst_runstate.moc"
