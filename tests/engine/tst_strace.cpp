// Truthfulness: strace -f of a run must show exactly the forks, pipes, FIFO
// creations, execs and kills of scenario processes that the trace reports.

#include "enginerun.h"

#include "scenario/library.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestStrace : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void straceAgrees_data();
    void straceAgrees();
};

namespace {

struct Syscall {
    qint64 pid = 0;
    QString name;
    QString args; // text between the parentheses (as strace prints it)
    QString ret;  // what follows " = "
};

/// Parses `strace -f -o` output, joining "<unfinished ...>" with "resumed".
QList<Syscall> parseStrace(const QString &text)
{
    static const QRegularExpression full(QStringLiteral(R"(^(\d+)\s+(\w+)\((.*)\)\s+=\s+(.*)$)"));
    static const QRegularExpression unfinished(
        QStringLiteral(R"(^(\d+)\s+(\w+)\((.*) <unfinished \.\.\.>$)"));
    static const QRegularExpression resumed(
        QStringLiteral(R"(^(\d+)\s+<\.\.\. (\w+) resumed>(.*)\)\s+=\s+(.*)$)"));
    QList<Syscall> out;
    QHash<qint64, Syscall> pending;
    for (const auto &line : text.split(QLatin1Char('\n'))) {
        if (auto m = unfinished.match(line); m.hasMatch()) {
            pending[m.captured(1).toLongLong()] = {
                m.captured(1).toLongLong(), m.captured(2), m.captured(3), {}};
        } else if (auto m2 = resumed.match(line); m2.hasMatch()) {
            Syscall s = pending.take(m2.captured(1).toLongLong());
            s.pid = m2.captured(1).toLongLong();
            s.name = m2.captured(2);
            s.args += m2.captured(3);
            s.ret = m2.captured(4);
            out.push_back(s);
        } else if (auto m3 = full.match(line); m3.hasMatch()) {
            out.push_back(
                {m3.captured(1).toLongLong(), m3.captured(2), m3.captured(3), m3.captured(4)});
        }
    }
    return out;
}

qint64 retValue(const Syscall &s)
{
    return s.ret.section(QLatin1Char(' '), 0, 0).toLongLong();
}

} // namespace

void TestStrace::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty())
        QSKIP("strace is not installed");
}

void TestStrace::straceAgrees_data()
{
    QTest::addColumn<QString>("id");
    const auto files = QDir(sourceDir() + QStringLiteral("/resources/scenarios"))
                           .entryList({QStringLiteral("*.ipcv")}, QDir::Files, QDir::Name);
    for (const auto &f : files)
        QTest::newRow(qPrintable(f.chopped(5))) << f.chopped(5);
}

void TestStrace::straceAgrees()
{
    QFETCH(QString, id);
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("strace.txt"));
    QStringList args{QStringLiteral("-f"),
                     QStringLiteral("-qq"),
                     QStringLiteral("-e"),
                     QStringLiteral("trace=clone,clone3,fork,vfork,pipe,pipe2,mknod,mknodat,"
                                    "execve,kill"),
                     QStringLiteral("-o"),
                     log,
                     enginePath(),
                     QStringLiteral("run"),
                     id};
    if (id == QLatin1String("pipe-messages"))
        args << QStringLiteral("--param") << QStringLiteral("delay_ms=20");
    if (id == QLatin1String("zombie"))
        args << QStringLiteral("--param") << QStringLiteral("zombie_s=1");
    if (id == QLatin1String("dining-philosophers-ordered"))
        args << QStringLiteral("--param") << QStringLiteral("hold_ms=100");
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               QStringLiteral("detect_leaks=0")); // LSan cannot run under ptrace
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("strace"), args);
    QVERIFY(p.waitForStarted());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    EngineRun run;
    parseStream(run, p.readAllStandardOutput());
    // Scenarios that demonstrate a deadlock end that way on purpose.
    QCOMPARE(run.status(), QString::fromStdString(
                               ipcviz::scenario::loadScenario(id.toStdString()).scenario.expect));

    QFile f(log);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto calls = parseStrace(QString::fromUtf8(f.readAll()));
    QVERIFY(!calls.isEmpty());

    const qint64 engine = run.hello.value(QStringLiteral("engine_pid")).toInteger();
    const qint64 janitor = run.hello.value(QStringLiteral("janitor_pid")).toInteger();
    QSet<qint64> scenario;
    for (const auto &e : run.ofKind(QStringLiteral("proc.start")))
        scenario.insert(e.value(QStringLiteral("pid")).toInteger());

    // Forks: every process created, apart from the janitor and the short-lived
    // process that detaches it, is a scenario process of the trace.
    qint64 janitorParent = 0;
    for (const auto &c : calls)
        if ((c.name.startsWith(QLatin1String("clone")) || c.name.endsWith(QLatin1String("fork"))) &&
            retValue(c) == janitor)
            janitorParent = c.pid;
    QSet<qint64> created;
    for (const auto &c : calls) {
        if (!(c.name.startsWith(QLatin1String("clone")) || c.name.endsWith(QLatin1String("fork"))))
            continue;
        const qint64 child = retValue(c);
        if (child <= 0 || child == janitor || child == janitorParent)
            continue;
        created.insert(child);
    }
    QCOMPARE(created, scenario);

    // Pipes, FIFOs, execs and kills by scenario processes (before they
    // exec'd another program) against the trace's events.
    QSet<qint64> execd;
    int pipes = 0, fifos = 0;
    QStringList execs, kills;
    for (const auto &c : calls) {
        if (!scenario.contains(c.pid) || c.pid == engine || execd.contains(c.pid))
            continue;
        if (c.name.startsWith(QLatin1String("pipe")) && retValue(c) == 0)
            ++pipes;
        if (c.name.startsWith(QLatin1String("mknod")) && c.args.contains(QLatin1String("S_IFIFO")))
            ++fifos;
        if (c.name == QLatin1String("execve") && retValue(c) == 0) {
            execd.insert(c.pid);
            execs << QString::number(c.pid);
        }
        if (c.name == QLatin1String("kill")) {
            const auto parts = c.args.split(QStringLiteral(", "));
            if (parts.value(1) != QLatin1String("0"))
                kills << parts.value(0) + QLatin1Char(' ') + parts.value(1);
        }
    }
    QCOMPARE(pipes, run.ofKind(QStringLiteral("pipe.create")).size());
    QCOMPARE(fifos, run.ofKind(QStringLiteral("fifo.create")).size());

    QStringList tracedExecs, tracedKills;
    QSet<qint64> failedExec;
    for (const auto &e : run.ofKind(QStringLiteral("proc.exec"), QStringLiteral("end")))
        failedExec.insert(e.value(QStringLiteral("pid")).toInteger());
    for (const auto &e : run.ofKind(QStringLiteral("proc.exec"), QStringLiteral("begin")))
        if (!failedExec.contains(e.value(QStringLiteral("pid")).toInteger()))
            tracedExecs << QString::number(e.value(QStringLiteral("pid")).toInteger());
    for (const auto &e : run.ofKind(QStringLiteral("signal.send"), QStringLiteral("begin")))
        if (e.value(QStringLiteral("by")).toString() != QLatin1String("user"))
            tracedKills << QString::number(e.value(QStringLiteral("target")).toInteger()) +
                               QLatin1Char(' ') + e.value(QStringLiteral("signal")).toString();
    execs.sort();
    tracedExecs.sort();
    QCOMPARE(execs, tracedExecs);
    QCOMPARE(kills, tracedKills);
    QVERIFY2(leftovers(run).isEmpty(), qPrintable(leftovers(run).join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestStrace)
#include "tst_strace.moc"
