// EventLogModel, EventFilterProxy and EventDescriber.
#include "core/tracefile.h"
#include "models/eventdescriber.h"
#include "models/eventfilterproxy.h"
#include "models/eventlogmodel.h"
#include "models/runmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

TraceLoadResult sampleTrace()
{
    TraceLoadResult trace =
        TraceFile::load(QStringLiteral(IPCVIZ_SOURCE_DIR "/tests/gui/data/pipe-messages.ndjson"));
    if (!trace.ok())
        qFatal("cannot load the sample trace");
    return trace;
}

Event eventFrom(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", json.constData());
    return Event::fromJson(document.object());
}

} // namespace

class TestEventLogModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appendsDuringRun();
    void columnsAndRoles();
    void filters_data();
    void filters();
    void filtersFollowAppends();
    void describe_data();
    void describe();
    void describeGate_data();
    void describeGate();
    void everyKindHasASentence();
};

void TestEventLogModel::appendsDuringRun()
{
    const TraceLoadResult trace = sampleTrace();
    RunModel run;
    EventLogModel log(&run);
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&log, &QAbstractItemModel::modelReset);

    run.reset(trace.hello);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(log.rowCount(), 0);
    // Batches as the engine client delivers them.
    for (qsizetype pos = 0; pos < trace.events.size(); pos += 5)
        run.appendEvents(trace.events.mid(pos, 5));
    run.finish(*trace.end);
    QCOMPARE(log.rowCount(), 36);
    QCOMPARE(inserted.size(), 8);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 4);
    QCOMPARE(inserted.last().at(1).toInt(), 35);
    QCOMPARE(inserted.last().at(2).toInt(), 35);
    QCOMPARE(resets.size(), 1); // no reset while the run went on

    run.appendEvents({}); // nothing to insert
    QCOMPARE(inserted.size(), 8);

    run.reset(trace.hello); // a new run
    QCOMPARE(resets.size(), 2);
    QCOMPARE(log.rowCount(), 0);
    run.loadTrace(trace);
    QCOMPARE(log.rowCount(), 36);
}

void TestEventLogModel::columnsAndRoles()
{
    const TraceLoadResult trace = sampleTrace();
    RunModel run;
    run.loadTrace(trace);
    EventLogModel log(&run);
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(log.columnCount(), int(EventLogModel::ColumnCount));
    QCOMPARE(log.headerData(EventLogModel::TimeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Time (ms)"));
    const int row = 10; // main.1 read 14 bytes
    QCOMPARE(log.index(row, EventLogModel::SeqColumn).data().toLongLong(), 10);
    QCOMPARE(log.index(row, EventLogModel::TimeColumn).data().toString(),
             QLocale().toString(0.543234, 'f', 3));
    QCOMPARE(log.index(row, EventLogModel::ProcessColumn).data().toString(),
             QStringLiteral("main.1 (4251)"));
    QCOMPARE(log.index(row, EventLogModel::KindColumn).data().toString(),
             QStringLiteral("pipe.read end"));
    QCOMPARE(log.index(row, EventLogModel::ObjectColumn).data().toString(),
             QStringLiteral("pipe#1"));
    QCOMPARE(log.index(row, EventLogModel::DescriptionColumn).data().toString(),
             QStringLiteral("main.1 read 14 bytes from pipe#1: \"Hello, world.\\n\""));
    const QModelIndex any = log.index(row, EventLogModel::KindColumn);
    QCOMPARE(any.data(EventLogModel::EventIndexRole).toInt(), row);
    QCOMPARE(any.data(EventLogModel::LabelRole).toString(), QStringLiteral("main.1"));
    QCOMPARE(any.data(EventLogModel::PidRole).toLongLong(), 4251);
    QCOMPARE(any.data(EventLogModel::KindRole).toString(), QStringLiteral("pipe.read"));
    QCOMPARE(any.data(EventLogModel::ObjectRole).toString(), QStringLiteral("pipe#1"));
    QCOMPARE(any.data(EventLogModel::PhaseRole).toString(), QStringLiteral("end"));
    QCOMPARE(any.data(EventLogModel::TimeRole).toLongLong(), 543234);
    QCOMPARE(log.eventAt(row).seq, 10);
    QVERIFY(!log.index(36, 0).isValid());
}

void TestEventLogModel::filters_data()
{
    QTest::addColumn<QString>("process");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("firstSeq");

    QTest::newRow("none") << QString() << QString() << QStringList() << QString() << 36 << 0;
    QTest::newRow("process main.1")
        << "main.1" << QString() << QStringList() << QString() << 15 << 3;
    QTest::newRow("object pipe#1")
        << QString() << "pipe#1" << QStringList() << QString() << 19 << 1;
    QTest::newRow("kind pipe.read")
        << QString() << QString() << QStringList{QStringLiteral("pipe.read")} << QString() << 8
        << 6;
    QTest::newRow("family proc.") << QString() << QString() << QStringList{QStringLiteral("proc.")}
                                  << QString() << 17 << 0;
    QTest::newRow("two kinds") << QString() << QString()
                               << QStringList{QStringLiteral("proc.fork"),
                                              QStringLiteral("proc.exit")}
                               << QString() << 3 << 2;
    QTest::newRow("text, any case")
        << QString() << QString() << QStringList() << "HELLO, WORLD" << 9 << 7;
    QTest::newRow("text in description")
        << QString() << QString() << QStringList() << "end of file" << 1 << 29;
    QTest::newRow("text matches PID")
        << QString() << QString() << QStringList() << "4251" << 18 << 2;
    QTest::newRow("combined") << "main"
                              << "pipe#1" << QStringList{QStringLiteral("pipe.write")} << "wrote"
                              << 3 << 8;
    QTest::newRow("nothing matches") << "main" << QString() << QStringList() << "zebra" << 0 << -1;
}

void TestEventLogModel::filters()
{
    QFETCH(QString, process);
    QFETCH(QString, object);
    QFETCH(QStringList, kinds);
    QFETCH(QString, text);
    QFETCH(int, rows);
    QFETCH(int, firstSeq);

    RunModel run;
    run.loadTrace(sampleTrace());
    EventLogModel log(&run);
    EventFilterProxy proxy;
    proxy.setSourceModel(&log);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setProcessFilter(process);
    proxy.setObjectFilter(object);
    proxy.setKindFilter(kinds);
    proxy.setTextFilter(text);
    QCOMPARE(proxy.rowCount(), rows);
    if (rows > 0)
        QCOMPARE(proxy.index(0, 0).data(EventLogModel::SeqRole).toInt(), firstSeq);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, 0);
        if (!process.isEmpty())
            QCOMPARE(index.data(EventLogModel::LabelRole).toString(), process);
        if (!object.isEmpty())
            QCOMPARE(index.data(EventLogModel::ObjectRole).toString(), object);
    }
    proxy.clearFilters();
    QCOMPARE(proxy.rowCount(), 36);
}

void TestEventLogModel::filtersFollowAppends()
{
    const TraceLoadResult trace = sampleTrace();
    RunModel run;
    EventLogModel log(&run);
    EventFilterProxy proxy;
    proxy.setSourceModel(&log);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setProcessFilter(QStringLiteral("main.1"));
    run.reset(trace.hello);
    for (const Event &event : trace.events)
        run.appendEvents({event}); // one by one, the worst case
    QCOMPARE(proxy.rowCount(), 15);
    proxy.setTextFilter(QStringLiteral("zombie"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setTextFilter({});
    QCOMPARE(proxy.rowCount(), 15);
}

void TestEventLogModel::describe_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("sentence");
    const auto row = [](const char *name, const char *json, const QString &sentence) {
        QTest::newRow(name) << QByteArray(json) << sentence;
    };
    row("hello",
        R"({"type":"hello","protocol":1,"engine":"0.1.0","scenario":"pipe-messages","mode":"step"})",
        QStringLiteral("Run of pipe-messages started (engine 0.1.0, step mode)"));
    row("end completed", R"({"type":"end","status":"completed","cleanup":[],"leaks":[]})",
        QStringLiteral("The run completed"));
    row("end deadlock",
        R"({"type":"end","status":"deadlock","message":"every process is blocked","cleanup":[{"what":"fifo"}],"leaks":[]})",
        QStringLiteral("The run ended in a deadlock: every process is blocked; the engine cleaned "
                       "up 1 thing left behind"));
    row("proc.start root",
        R"({"seq":0,"pid":4250,"label":"main","kind":"proc.start","ppid":4242,"root":true})",
        QStringLiteral("main started (PID 4250)"));
    row("proc.start child",
        R"({"seq":0,"pid":4251,"label":"main.1","kind":"proc.start","ppid":4250,"parent_label":"main"})",
        QStringLiteral("main.1 started (PID 4251), child of main"));
    row("proc.fork",
        R"({"seq":3,"pid":4250,"label":"main","kind":"proc.fork","child":4251,"child_label":"main.1","line":15})",
        QStringLiteral("main forked main.1 (PID 4251)"));
    row("proc.fork failed",
        R"({"seq":3,"pid":4250,"label":"main","kind":"proc.fork","ret":-1,"errno":"EAGAIN"})",
        QStringLiteral("main: fork failed (EAGAIN)"));
    row("proc.exec",
        R"({"seq":7,"pid":4251,"label":"main.1","kind":"proc.exec","phase":"begin","path":"ls","argv":["ls","-l","/"]})",
        QStringLiteral("main.1 executes ls -l /"));
    row("proc.exec failed",
        R"({"seq":8,"pid":4251,"label":"main.1","kind":"proc.exec","phase":"end","path":"nope","argv":["nope"],"ret":-1,"errno":"ENOENT"})",
        QStringLiteral("main.1: exec of nope failed (ENOENT)"));
    row("proc.exit code",
        R"({"seq":20,"pid":4251,"label":"main.1","kind":"proc.exit","code":0,"reaper":4250})",
        QStringLiteral("main.1 exited with status 0"));
    row("proc.exit signal",
        R"({"seq":20,"pid":4251,"label":"main.1","kind":"proc.exit","signal":"SIGSEGV","core":true})",
        QStringLiteral("main.1 was killed by SIGSEGV (core dumped)"));
    row("proc.exiting", R"({"seq":30,"pid":4251,"label":"main.1","kind":"proc.exiting","code":3})",
        QStringLiteral("main.1 calls exit(3)"));
    row("proc.wait begin any",
        R"({"seq":9,"pid":4250,"label":"main","kind":"proc.wait","phase":"begin","target":-1})",
        QStringLiteral("main waits for a child to end"));
    row("proc.wait begin pid",
        R"({"seq":9,"pid":4250,"label":"main","kind":"proc.wait","phase":"begin","target":4251})",
        QStringLiteral("main waits for its child PID 4251"));
    row("proc.wait end",
        R"({"seq":21,"pid":4250,"label":"main","kind":"proc.wait","phase":"end","reaped":4251,"ret":4251,"code":0})",
        QStringLiteral("main reaped PID 4251 (exit status 0)"));
    row("proc.wait ECHILD",
        R"({"seq":21,"pid":4250,"label":"main","kind":"proc.wait","phase":"end","ret":-1,"errno":"ECHILD"})",
        QStringLiteral("main: wait failed (ECHILD)"));
    row("proc.reap", R"({"seq":30,"pid":4260,"label":"main.2","kind":"proc.reap","reaped":4260})",
        QStringLiteral("The engine reaped main.2 (PID 4260)"));
    row("proc.state zombie",
        R"({"seq":12,"pid":4251,"label":"main.1","kind":"proc.state","state":"Z"})",
        QStringLiteral("main.1 became a zombie"));
    row("proc.state reparented",
        R"({"seq":12,"pid":4251,"label":"main.1","kind":"proc.state","state":"S","ppid":4242})",
        QStringLiteral("main.1 is now in kernel state S (parent PID 4242)"));
    row("proc.output",
        R"({"seq":5,"pid":4251,"label":"main.1","kind":"proc.output","stream":"stdout","data":"Hello, world.\n","bytes":14})",
        QStringLiteral("main.1 printed \"Hello, world.\\n\""));
    row("proc.output stderr",
        R"({"seq":5,"pid":4251,"label":"main.1","kind":"proc.output","stream":"stderr","data":"read: Bad file descriptor\n"})",
        QStringLiteral("main.1 printed on stderr: \"read: Bad file descriptor\\n\""));
    row("proc.sleep",
        R"({"seq":5,"pid":4250,"label":"main","kind":"proc.sleep","phase":"begin","ns":1000000000})",
        QStringLiteral("main sleeps 1000 ms"));
    row("proc.sleep end",
        R"({"seq":5,"pid":4250,"label":"main","kind":"proc.sleep","phase":"end","ns":1000000000})",
        QStringLiteral("main woke up"));
    row("pipe.create",
        R"({"seq":1,"pid":4250,"label":"main","kind":"pipe.create","obj":"pipe#1","fds":[3,4]})",
        QStringLiteral("main created pipe#1 (read end fd 3, write end fd 4)"));
    row("fd.close",
        R"({"seq":1,"pid":4250,"label":"main","kind":"fd.close","fd":3,"obj":"pipe#1"})",
        QStringLiteral("main closed fd 3 (pipe#1)"));
    row("fd.close EBADF",
        R"({"seq":1,"pid":4250,"label":"main","kind":"fd.close","fd":9,"ret":-1,"errno":"EBADF"})",
        QStringLiteral("main: close failed (EBADF)"));
    row("fd.dup",
        R"({"seq":1,"pid":4250,"label":"main","kind":"fd.dup","fd":4,"newfd":1,"obj":"pipe#1"})",
        QStringLiteral("main duplicated fd 4 onto fd 1 (pipe#1)"));
    row("pipe.write begin",
        R"({"seq":7,"pid":4250,"label":"main","kind":"pipe.write","phase":"begin","obj":"pipe#1","fd":4,"bytes":14,"data":"Hello, world.\n"})",
        QStringLiteral("main writes 14 bytes to pipe#1: \"Hello, world.\\n\""));
    row("pipe.write end",
        R"({"seq":8,"pid":4250,"label":"main","kind":"pipe.write","phase":"end","obj":"pipe#1","fd":4,"bytes":14,"ret":14})",
        QStringLiteral("main wrote 14 bytes to pipe#1"));
    row("pipe.write end, one byte",
        R"({"seq":8,"pid":4250,"label":"main","kind":"pipe.write","phase":"end","obj":"pipe#1","fd":4,"bytes":1,"ret":1})",
        QStringLiteral("main wrote 1 byte to pipe#1"));
    row("pipe.write EPIPE",
        R"({"seq":8,"pid":4250,"label":"main","kind":"pipe.write","phase":"end","obj":"pipe#1","fd":4,"ret":-1,"errno":"EPIPE"})",
        QStringLiteral("main: write to pipe#1 failed (EPIPE)"));
    row("pipe.read begin",
        R"({"seq":6,"pid":4251,"label":"main.1","kind":"pipe.read","phase":"begin","obj":"pipe#1","fd":3,"max":1024})",
        QStringLiteral("main.1 reads up to 1024 bytes from pipe#1"));
    row("pipe.read end",
        R"({"seq":10,"pid":4251,"label":"main.1","kind":"pipe.read","phase":"end","obj":"pipe#1","fd":3,"bytes":14,"ret":14,"data":"Hello, world.\n"})",
        QStringLiteral("main.1 read 14 bytes from pipe#1: \"Hello, world.\\n\""));
    row("pipe.read EOF",
        R"({"seq":10,"pid":4251,"label":"main.1","kind":"pipe.read","phase":"end","obj":"pipe#1","fd":3,"bytes":0,"ret":0})",
        QStringLiteral("main.1 read end of file from pipe#1"));
    row("pipe.read long preview",
        R"({"seq":10,"pid":4251,"label":"main.1","kind":"pipe.read","phase":"end","obj":"pipe#1","ret":4096,"data":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","truncated":true})",
        QStringLiteral("main.1 read 4096 bytes from pipe#1: \"") + QString(60, QLatin1Char('x')) +
            QStringLiteral("\"") + QChar(0x2026));
    row("fifo.create",
        R"({"seq":1,"pid":4250,"label":"main","kind":"fifo.create","obj":"fifo:myfifo","path":"/tmp/ipcviz.1.x/myfifo","mode":384})",
        QStringLiteral("main created FIFO fifo:myfifo at /tmp/ipcviz.1.x/myfifo"));
    row("fifo.open begin",
        R"({"seq":1,"pid":4250,"label":"main","kind":"fifo.open","phase":"begin","obj":"fifo:myfifo","mode":"write"})",
        QStringLiteral("main opens FIFO fifo:myfifo for write"));
    row("fifo.open end",
        R"({"seq":1,"pid":4250,"label":"main","kind":"fifo.open","phase":"end","obj":"fifo:myfifo","mode":"write","fd":3,"ret":3})",
        QStringLiteral("main opened FIFO fifo:myfifo for write (fd 3)"));
    row("fifo.write",
        R"({"seq":1,"pid":4250,"label":"main","kind":"fifo.write","phase":"begin","obj":"fifo:myfifo","bytes":3,"data":"hi\n"})",
        QStringLiteral("main writes 3 bytes to fifo:myfifo: \"hi\\n\""));
    row("fifo.read",
        R"({"seq":1,"pid":4251,"label":"main.1","kind":"fifo.read","phase":"end","obj":"fifo:myfifo","ret":3,"data":"hi\n"})",
        QStringLiteral("main.1 read 3 bytes from fifo:myfifo: \"hi\\n\""));
    row("fifo.unlink",
        R"({"seq":1,"pid":4250,"label":"main","kind":"fifo.unlink","obj":"fifo:myfifo","path":"/tmp/x/myfifo"})",
        QStringLiteral("main removed fifo:myfifo (/tmp/x/myfifo)"));
    row("file.open",
        R"({"seq":1,"pid":4250,"label":"main","kind":"file.open","obj":"file:data","path":"/tmp/x/data","mode":"rdwr","fd":3,"created":true})",
        QStringLiteral("main created and opened file file:data for rdwr (fd 3)"));
    row("file.write fd",
        R"({"seq":1,"pid":4250,"label":"main","kind":"file.write","phase":"end","obj":"file:data","fd":3,"ret":5})",
        QStringLiteral("main wrote 5 bytes to file:data"));
    row("file.write mapped",
        R"({"seq":1,"pid":4250,"label":"main","kind":"file.write","obj":"file:data","map":"map#1","offset":8,"bytes":2,"data":"ok"})",
        QStringLiteral("main wrote 2 bytes at offset 8 of file:data: \"ok\""));
    row("file.write mem_incr",
        R"({"seq":1,"pid":4250,"label":"main","kind":"file.write","obj":"file:data","map":"map#1","offset":0,"bytes":4,"before":41,"after":42})",
        QStringLiteral("main incremented the int at offset 0 of file:data: 41 to 42"));
    row("file.read mapped",
        R"({"seq":1,"pid":4250,"label":"main","kind":"file.read","obj":"file:data","map":"map#1","offset":0,"bytes":2,"data":"ok"})",
        QStringLiteral("main read 2 bytes at offset 0 of file:data: \"ok\""));
    row("file.map",
        R"({"seq":1,"pid":4250,"label":"main","kind":"file.map","obj":"file:data","map":"map#1","size":4096,"prot":"rdwr"})",
        QStringLiteral("main mapped 4096 bytes of file:data as map#1 (rdwr)"));
    row("file.unlink",
        R"({"seq":1,"pid":4250,"label":"main","kind":"file.unlink","obj":"file:data","path":"/tmp/x/data"})",
        QStringLiteral("main removed file:data (/tmp/x/data)"));
    row("shm.open",
        R"({"seq":1,"pid":4250,"label":"main","kind":"shm.open","obj":"shm:/AOS","name":"/ipcviz.1.x.AOS","mode":"rdwr","created":true,"fd":3})",
        QStringLiteral("main created shared memory shm:/AOS (/ipcviz.1.x.AOS) for rdwr"));
    row("shm.truncate",
        R"({"seq":1,"pid":4250,"label":"main","kind":"shm.truncate","obj":"shm:/AOS","size":4096})",
        QStringLiteral("main set the size of shm:/AOS to 4096 bytes"));
    row("shm.map",
        R"({"seq":1,"pid":4250,"label":"main","kind":"shm.map","obj":"shm:/AOS","map":"map#2","size":4096,"prot":"read"})",
        QStringLiteral("main mapped 4096 bytes of shm:/AOS as map#2 (read)"));
    row("shm.write",
        R"({"seq":1,"pid":4250,"label":"main","kind":"shm.write","obj":"shm:/AOS","map":"map#2","offset":0,"bytes":6,"data":"Hello\u0000"})",
        QStringLiteral("main wrote 6 bytes at offset 0 of shm:/AOS: \"Hello\\x00\""));
    row("shm.read",
        R"({"seq":1,"pid":4251,"label":"main.1","kind":"shm.read","obj":"shm:/AOS","map":"map#2","offset":0,"bytes":5,"data":"Hello"})",
        QStringLiteral("main.1 read 5 bytes at offset 0 of shm:/AOS: \"Hello\""));
    row("shm.unmap",
        R"({"seq":1,"pid":4250,"label":"main","kind":"shm.unmap","obj":"shm:/AOS","map":"map#2"})",
        QStringLiteral("main unmapped map#2 (shm:/AOS)"));
    row("shm.unlink",
        R"({"seq":1,"pid":4250,"label":"main","kind":"shm.unlink","obj":"shm:/AOS","name":"/ipcviz.1.x.AOS"})",
        QStringLiteral("main unlinked shm:/AOS (/ipcviz.1.x.AOS)"));
    row("sem.open created",
        R"({"seq":1,"pid":4250,"label":"main","kind":"sem.open","obj":"sem:/S","name":"/ipcviz.1.x.S","created":true,"value":1})",
        QStringLiteral("main created semaphore sem:/S (/ipcviz.1.x.S) with value 1"));
    row("sem.open existing",
        R"({"seq":1,"pid":4250,"label":"main","kind":"sem.open","obj":"sem:/S","name":"/ipcviz.1.x.S","value":0})",
        QStringLiteral("main opened semaphore sem:/S (/ipcviz.1.x.S), value 0"));
    row("sem.wait begin",
        R"({"seq":1,"pid":4250,"label":"main","kind":"sem.wait","phase":"begin","obj":"sem:/S","value":0})",
        QStringLiteral("main waits on sem:/S (value 0)"));
    row("sem.wait end",
        R"({"seq":1,"pid":4250,"label":"main","kind":"sem.wait","phase":"end","obj":"sem:/S","value":0})",
        QStringLiteral("main passed sem:/S (value now 0)"));
    row("sem.post",
        R"({"seq":1,"pid":4250,"label":"main","kind":"sem.post","obj":"sem:/S","value":1})",
        QStringLiteral("main posted sem:/S (value now 1)"));
    row("sem.close", R"({"seq":1,"pid":4250,"label":"main","kind":"sem.close","obj":"sem:/S"})",
        QStringLiteral("main closed sem:/S"));
    row("sem.unlink",
        R"({"seq":1,"pid":4250,"label":"main","kind":"sem.unlink","obj":"sem:/S","name":"/ipcviz.1.x.S"})",
        QStringLiteral("main unlinked sem:/S (/ipcviz.1.x.S)"));
    row("signal.action count",
        R"({"seq":1,"pid":4250,"label":"main","kind":"signal.action","signal":"SIGUSR1","action":"count"})",
        QStringLiteral("main installed a counting handler for SIGUSR1"));
    row("signal.action ignore",
        R"({"seq":1,"pid":4250,"label":"main","kind":"signal.action","signal":"SIGINT","action":"ignore"})",
        QStringLiteral("main ignores SIGINT"));
    row("signal.action default",
        R"({"seq":1,"pid":4250,"label":"main","kind":"signal.action","signal":"SIGINT","action":"default"})",
        QStringLiteral("main restored the default action of SIGINT"));
    row("signal.send",
        R"({"seq":1,"pid":4250,"label":"main","kind":"signal.send","target":4251,"target_label":"main.1","signal":"SIGUSR1","ret":0})",
        QStringLiteral("main sent SIGUSR1 to main.1"));
    row("signal.send begin",
        R"({"seq":1,"pid":4250,"label":"main","kind":"signal.send","phase":"begin","target":4251,"target_label":"main.1","signal":"SIGUSR1"})",
        QStringLiteral("main sends SIGUSR1 to main.1"));
    row("fifo.write by user",
        R"({"seq":1,"pid":4242,"label":"user","kind":"fifo.write","phase":"begin","by":"user","obj":"fifo:f","bytes":3,"data":"hi\n"})",
        QStringLiteral("The user writes 3 bytes to fifo:f: \"hi\\n\""));
    row("signal.send by user",
        R"({"seq":1,"pid":4242,"kind":"signal.send","by":"user","target":4251,"target_label":"main.1","signal":"SIGTERM","ret":0})",
        QStringLiteral("The user sent SIGTERM to main.1"));
    row("signal.send ESRCH",
        R"({"seq":1,"pid":4250,"label":"main","kind":"signal.send","target":9999,"signal":"SIGUSR1","ret":-1,"errno":"ESRCH"})",
        QStringLiteral("main: sending SIGUSR1 to PID 9999 failed (ESRCH)"));
    row("signal.deliver",
        R"({"seq":1,"pid":4251,"label":"main.1","kind":"signal.deliver","signal":"SIGUSR1","count":3})",
        QStringLiteral("main.1's handler for SIGUSR1 ran (3 so far)"));
    row("signal.pause",
        R"({"seq":1,"pid":4251,"label":"main.1","kind":"signal.pause","phase":"begin"})",
        QStringLiteral("main.1 pauses until a signal arrives"));
    row("signal.pause end",
        R"({"seq":1,"pid":4251,"label":"main.1","kind":"signal.pause","phase":"end"})",
        QStringLiteral("main.1 returned from pause"));
    row("gate.wait",
        R"({"seq":1,"pid":4251,"label":"main.1","kind":"gate.wait","line":16,"op":"read","step":"read p.r until-eof echo","obj":"pipe#1","fd":3,"max":1024})",
        QStringLiteral("main.1 is ready and will read up to 1024 bytes from pipe#1 (fd 3)"));
    row("gate.release",
        R"({"seq":1,"pid":4251,"label":"main.1","kind":"gate.release","line":16,"by":"user"})",
        QStringLiteral("main.1 was released by the user"));
    row("gate.release continue",
        R"({"seq":1,"pid":4251,"label":"main.1","kind":"gate.release","line":16,"by":"continue"})",
        QStringLiteral("main.1 was released (continue)"));
    row("engine.error",
        R"({"seq":1,"pid":4242,"kind":"engine.error","message":"unknown command \"jump\"","line":3})",
        QStringLiteral("Engine error: unknown command \"jump\""));
    row("engine.limit",
        R"({"seq":1,"pid":4242,"kind":"engine.limit","limit":"processes","value":64,"message":"at most 64 processes per run"})",
        QStringLiteral("Engine limit reached: at most 64 processes per run"));
    row("engine.deadlock",
        R"({"seq":1,"pid":4242,"kind":"engine.deadlock","waits":[{"label":"main.1","pid":4250,"op":"read","obj":"pipe#1","line":12}]})",
        QStringLiteral("Deadlock: every live process is blocked (main.1 in read on pipe#1)"));
    row("engine.user", R"({"seq":1,"pid":4242,"kind":"engine.user","cmd":"pause"})",
        QStringLiteral("The user's pause command took effect"));
    row("unknown kind", R"({"seq":1,"pid":4242,"label":"main","kind":"mq.send","obj":"mq:/q"})",
        QStringLiteral("main: mq.send on mq:/q"));
    row("no label", R"({"seq":1,"pid":777,"kind":"proc.state","state":"Z"})",
        QStringLiteral("PID 777 became a zombie"));
}

void TestEventLogModel::describe()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, sentence);
    QCOMPARE(EventDescriber::describe(eventFrom(json)), sentence);
}

void TestEventLogModel::describeGate_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("read, top-level args")
        << QByteArray(
               R"({"kind":"gate.wait","op":"read","step":"read p.r","obj":"pipe#1","fd":3,"max":1024})")
        << QStringLiteral("will read up to 1024 bytes from pipe#1 (fd 3)");
    QTest::newRow("read, args object")
        << QByteArray(
               R"({"kind":"gate.wait","op":"read","step":"read p.r","args":{"fd":3,"obj":"pipe#1","max":64}})")
        << QStringLiteral("will read up to 64 bytes from pipe#1 (fd 3)");
    QTest::newRow("close")
        << QByteArray(
               R"({"kind":"gate.wait","op":"close","step":"close p.w","obj":"pipe#1","fd":4})")
        << QStringLiteral("will close fd 4 (pipe#1)");
    QTest::newRow("fork") << QByteArray(
                                 R"({"kind":"gate.wait","op":"fork","step":"fork reader {"})")
                          << QStringLiteral("will fork a child");
    QTest::newRow("pause") << QByteArray(R"({"kind":"gate.wait","op":"pause","step":"pause"})")
                           << QStringLiteral("will pause until a signal arrives");
    QTest::newRow("sem_wait")
        << QByteArray(R"({"kind":"gate.wait","op":"sem_wait","step":"sem_wait s","obj":"sem:/S"})")
        << QStringLiteral("will wait on sem:/S");
    QTest::newRow("unresolved: the statement as written")
        << QByteArray(R"({"kind":"gate.wait","op":"mkfifo","step":"mkfifo \"myfifo\""})")
        << QStringLiteral("will run: mkfifo \"myfifo\"");
}

void TestEventLogModel::describeGate()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, sentence);
    QCOMPARE(EventDescriber::describeGate(eventFrom(json)), sentence);
}

void TestEventLogModel::everyKindHasASentence()
{
    // Every kind of engine/PROTOCOL.md, with only the common fields: each must get a
    // sentence of its own, not the generic "label: kind" fallback.
    const char *kinds[] = {
        "proc.start",   "proc.fork",     "proc.exec",    "proc.exit",      "proc.wait",
        "proc.reap",    "proc.state",    "proc.output",  "proc.sleep",     "pipe.create",
        "fd.close",     "fd.dup",        "pipe.write",   "pipe.read",      "fifo.create",
        "fifo.open",    "fifo.write",    "fifo.read",    "fifo.unlink",    "file.open",
        "file.write",   "file.read",     "file.map",     "file.unlink",    "shm.open",
        "shm.truncate", "shm.map",       "shm.write",    "shm.read",       "shm.unmap",
        "shm.unlink",   "sem.open",      "sem.wait",     "sem.post",       "sem.close",
        "sem.unlink",   "signal.action", "signal.send",  "signal.deliver", "signal.pause",
        "gate.wait",    "gate.release",  "engine.error", "engine.limit",   "engine.deadlock",
        "engine.user",  "proc.exiting"};
    for (const char *kind : kinds) {
        for (const char *phase : {"", "begin", "end"}) {
            Event e = Event::fromJson({{QStringLiteral("seq"), 1},
                                       {QStringLiteral("pid"), 4250},
                                       {QStringLiteral("label"), QStringLiteral("main")},
                                       {QStringLiteral("kind"), QLatin1String(kind)},
                                       {QStringLiteral("phase"), QLatin1String(phase)},
                                       {QStringLiteral("obj"), QStringLiteral("pipe#1")}});
            const QString sentence = EventDescriber::describe(e);
            QVERIFY2(!sentence.contains(QLatin1String(kind)), qPrintable(sentence));
            QVERIFY2(sentence.size() > 8, qPrintable(sentence));
        }
    }
}

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
