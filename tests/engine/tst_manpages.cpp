// The manual pages of a scenario's calls (`list --json` and `check --json`
// "manpages"): read from the vocabulary's table, in first-use order, and true to
// the C program `ipcviz-engine c` writes for the scenario.

#include "enginerun.h"
#include "scenario/manpages.h"
#include "scenario/parser.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestManPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void builtins_data();
    void builtins();
    void everyPageIsACallOfTheCProgram();
    void theCProgramsCallsAreListed();
    void statements_data();
    void statements();
    void checkJsonListsAFilesPages();

private:
    QHash<QString, QStringList> m_pages; // built-in id -> its manpages
};

namespace {

QByteArray engine(const QStringList &args, int *code = nullptr)
{
    QProcess p;
    p.start(enginePath(), args);
    p.waitForFinished(60000);
    if (code)
        *code = p.exitCode();
    return p.readAllStandardOutput();
}

QStringList strings(const QJsonArray &a)
{
    QStringList out;
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}

/// The C program of a built-in without its comments and string literals.
QString cCode(const QString &id)
{
    QString c = QString::fromUtf8(engine({QStringLiteral("c"), id}));
    c.remove(QRegularExpression(QStringLiteral("/\\*.*?\\*/"),
                                QRegularExpression::DotMatchesEverythingOption));
    c.replace(QRegularExpression(QStringLiteral(R"("(\\.|[^"\\])*")")), QStringLiteral("\"\""));
    return c;
}

bool calls(const QString &code, const QString &function)
{
    return code.contains(QRegularExpression(
        QStringLiteral("\\b%1\\s*\\(").arg(QRegularExpression::escape(function))));
}

QStringList qt(const std::vector<std::string> &v)
{
    QStringList out;
    for (const auto &s : v)
        out << QString::fromStdString(s);
    return out;
}

} // namespace

void TestManPages::initTestCase()
{
    int code = -1;
    const QJsonArray all =
        QJsonDocument::fromJson(engine({QStringLiteral("list"), QStringLiteral("--json")}, &code))
            .array();
    QCOMPARE(code, 0);
    QVERIFY(all.size() >= 26);
    static const QRegularExpression page(QStringLiteral("^[a-z_][a-z0-9_]*\\([23]\\)$"));
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        QVERIFY2(o.value(QStringLiteral("manpages")).isArray(), qPrintable(id));
        QStringList pages = strings(o.value(QStringLiteral("manpages")).toArray());
        QVERIFY2(!pages.isEmpty(), qPrintable(id));
        QCOMPARE(pages.removeDuplicates(), 0);
        for (const QString &p : pages)
            QVERIFY2(page.match(p).hasMatch(), qPrintable(id + QLatin1String(": ") + p));
        m_pages.insert(id, pages);
    }
}

void TestManPages::builtins_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("expected"); // exactly these, in this order
    QTest::newRow("fork-basic") << QStringLiteral("fork-basic")
                                << QStringList{
                                       QStringLiteral("printf(3)"),  QStringLiteral("getpid(2)"),
                                       QStringLiteral("getppid(2)"), QStringLiteral("fflush(3)"),
                                       QStringLiteral("fork(2)"),    QStringLiteral("exit(3)"),
                                       QStringLiteral("waitpid(2)")};
    QTest::newRow("pipeline") << QStringLiteral("pipeline")
                              << QStringList{
                                     QStringLiteral("pipe(2)"),   QStringLiteral("fork(2)"),
                                     QStringLiteral("dup2(2)"),   QStringLiteral("close(2)"),
                                     QStringLiteral("execvp(3)"), QStringLiteral("fprintf(3)"),
                                     QStringLiteral("exit(3)"),   QStringLiteral("waitpid(2)")};
}

void TestManPages::builtins()
{
    QFETCH(QString, id);
    QFETCH(QStringList, expected);
    QCOMPARE(m_pages.value(id), expected);
}

void TestManPages::everyPageIsACallOfTheCProgram()
{
    for (const QString &id : m_pages.keys()) {
        const QString code = cCode(id);
        QVERIFY2(code.contains(QLatin1String("int main")), qPrintable(id));
        for (const QString &page : m_pages.value(id)) {
            const QString name = page.section(QLatin1Char('('), 0, 0);
            QVERIFY2(calls(code, name), qPrintable(id + QLatin1String(" lists ") + page +
                                                   QLatin1String(" but its C program does not "
                                                                 "call it")));
        }
    }
}

void TestManPages::theCProgramsCallsAreListed()
{
    // The process and IPC calls a learner looks up; helpers' string functions aside.
    const QStringList watched = {
        QStringLiteral("fork"),     QStringLiteral("wait"),       QStringLiteral("waitpid"),
        QStringLiteral("execvp"),   QStringLiteral("kill"),       QStringLiteral("sigaction"),
        QStringLiteral("pause"),    QStringLiteral("pipe"),       QStringLiteral("dup2"),
        QStringLiteral("mkfifo"),   QStringLiteral("open"),       QStringLiteral("unlink"),
        QStringLiteral("shm_open"), QStringLiteral("ftruncate"),  QStringLiteral("mmap"),
        QStringLiteral("munmap"),   QStringLiteral("shm_unlink"), QStringLiteral("sem_open"),
        QStringLiteral("sem_post"), QStringLiteral("sem_close"),  QStringLiteral("sem_unlink"),
        QStringLiteral("getpid"),   QStringLiteral("getppid"),    QStringLiteral("sleep"),
        QStringLiteral("usleep"),   QStringLiteral("nanosleep"),  QStringLiteral("read"),
        QStringLiteral("write"),    QStringLiteral("close"),      QStringLiteral("printf"),
    };
    for (const QString &id : m_pages.keys()) {
        const QString code = cCode(id);
        QStringList names;
        for (const QString &p : m_pages.value(id))
            names << p.section(QLatin1Char('('), 0, 0);
        for (const QString &call : watched) {
            if (calls(code, call))
                QVERIFY2(names.contains(call),
                         qPrintable(id + QLatin1String(": the C program calls ") + call +
                                    QLatin1String(" but the list has no page for it")));
        }
    }
}

void TestManPages::statements_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("expected");
    const auto l = [](std::initializer_list<const char *> pages) {
        QStringList out;
        for (const char *p : pages)
            out << QString::fromLatin1(p);
        return out;
    };
    QTest::newRow("wait without a name is wait(2)")
        << QStringLiteral("fork {\nexit 0\n}\nwait\n") << l({"fork(2)", "exit(3)", "wait(2)"});
    QTest::newRow("wait NAME is waitpid(2)")
        << QStringLiteral("fork c {\nprint \"hi\\n\"\n}\nwait c\n")
        << l({"fork(2)", "printf(3)", "fflush(3)", "exit(3)", "waitpid(2)"});
    QTest::newRow("%pid and %ppid, not %%pid")
        << QStringLiteral("print \"%%pid %ppid %pid\\n\"\n")
        << l({"printf(3)", "getppid(2)", "getpid(2)", "fflush(3)"});
    QTest::newRow("%% alone adds nothing")
        << QStringLiteral("printf \"100%%pid\\n\"\n") << l({"printf(3)"});
    QTest::newRow("kill self") << QStringLiteral("sigaction SIGUSR1 ignore\nkill self SIGUSR1\n")
                               << l({"sigaction(2)", "sigemptyset(3)", "kill(2)", "getpid(2)"});
    QTest::newRow("a handler makes sleeps nanosleep(2)")
        << QStringLiteral("msleep 10\nsigaction SIGUSR1 count\nsleep 1\n")
        << l({"nanosleep(2)", "sigaction(2)", "sigemptyset(3)"});
    QTest::newRow("without one they are usleep(3) and sleep(3)")
        << QStringLiteral("msleep 10\nsigaction SIGUSR1 ignore\nsleep 1\n")
        << l({"usleep(3)", "sigaction(2)", "sigemptyset(3)", "sleep(3)"});
    QTest::newRow("reap waits") << QStringLiteral("sigaction SIGCHLD reap\n")
                                << l({"sigaction(2)", "sigemptyset(3)", "waitpid(2)"});
    QTest::newRow("write fill, read echo")
        << QStringLiteral("pipe p\nwrite p.w fill 10\nread p.r echo\n")
        << l({"pipe(2)", "write(2)", "memset(3)", "read(2)"});
    QTest::newRow("shm and semaphores")
        << QStringLiteral("shm_open s \"/s\" rdwr create\nftruncate s 64\nmmap m s 64 rdwr\n"
                          "sem_open k \"/k\" create\nsem_wait k\nmem_incr m 0\nsem_post k\n"
                          "munmap m\nshm_unlink \"/s\"\nsem_unlink \"/k\"\n")
        << l({"shm_open(3)", "ftruncate(2)", "mmap(2)", "sem_open(3)", "sem_wait(3)", "sem_post(3)",
              "munmap(2)", "shm_unlink(3)", "sem_unlink(3)"});
    QTest::newRow("repeat and mem_incr make no call")
        << QStringLiteral("shm_open s \"/s\" rdwr create\nmmap m s 4 rdwr\nrepeat 3 {\n"
                          "mem_incr m 0\n}\n")
        << l({"shm_open(3)", "mmap(2)"});
}

void TestManPages::statements()
{
    QFETCH(QString, body);
    QFETCH(QStringList, expected);
    const std::string text = "process main {\n" + body.toStdString() + "}\n";
    const auto parsed = ipcviz::scenario::parseScenario(text, "test.ipcv", "test");
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.errors.front().message.c_str());
    QCOMPARE(qt(ipcviz::scenario::manPages(parsed.scenario)), expected);
}

void TestManPages::checkJsonListsAFilesPages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("two.ipcv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("process a {\n    mkfifo \"f\"\n    open w \"f\" write\n}\n"
            "process b {\n    open r \"f\" read\n    read r\n}\n");
    f.close();
    int code = -1;
    const QJsonObject o =
        QJsonDocument::fromJson(
            engine({QStringLiteral("check"), path, QStringLiteral("--json")}, &code))
            .object();
    QCOMPARE(code, 0);
    // Two roots: the C program's main() forks them, ends each with exit() and waits.
    QCOMPARE(strings(o.value(QStringLiteral("manpages")).toArray()),
             (QStringList{QStringLiteral("fork(2)"), QStringLiteral("mkfifo(3)"),
                          QStringLiteral("open(2)"), QStringLiteral("read(2)"),
                          QStringLiteral("exit(3)"), QStringLiteral("wait(2)")}));
}

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
