// The C generator: every built-in scenario, and a hand-made tree for every
// statement kind, becomes a C program that gcc compiles with -Wall -Wextra -Werror
// and that runs to the end with the scenario's output, leaving nothing in /dev/shm;
// lineOfStatement points at the line of each statement's call.

#include "cgen/ccommand.h"
#include "cgen/cgenerator.h"
#include "cgen/cgenerror.h"
#include "cgen/ctext.h"
#include "scenario/library.h"
#include "scenario/params.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <functional>
#include <set>
#include <sstream>

using namespace ipcviz;
using scenario::Arg;
using scenario::Scenario;
using scenario::Statement;

Q_DECLARE_METATYPE(ipcviz::scenario::Scenario)

namespace {

// --- building trees by hand ----------------------------------------------------

Arg word(const char *text)
{
    Arg a;
    a.kind = Arg::Kind::Word;
    a.text = text;
    return a;
}

Arg str(const std::string &text)
{
    Arg a;
    a.kind = Arg::Kind::String;
    a.text = text;
    return a;
}

Arg num(std::int64_t n)
{
    Arg a;
    a.kind = Arg::Kind::Int;
    a.number = n;
    a.text = std::to_string(n);
    return a;
}

Arg flag()
{
    return word("");
}

Statement st(const char *op, std::vector<Arg> args = {}, std::map<std::string, Arg> options = {},
             std::vector<Statement> body = {})
{
    Statement s;
    s.op = op;
    s.args = std::move(args);
    s.options = std::move(options);
    s.body = std::move(body);
    return s;
}

// Numbers statements in file order, as the parser does, and gives each a line.
void number(std::vector<Statement> &body, int &next)
{
    for (Statement &s : body) {
        s.index = next++;
        s.loc = {s.index + 1, 5};
        number(s.body, next);
    }
}

Scenario scenarioOf(std::vector<scenario::Process> roots)
{
    Scenario s;
    s.id = "hand-made";
    s.title = "A tree built by the test";
    s.sourcePath = "hand-made.ipcv";
    s.roots = std::move(roots);
    int next = 1;
    for (auto &root : s.roots)
        number(root.body, next);
    return s;
}

Scenario mainOnly(std::vector<Statement> body)
{
    scenario::Process p;
    p.label = "main";
    p.body = std::move(body);
    return scenarioOf({p});
}

void forEachStatement(const std::vector<Statement> &body,
                      const std::function<void(const Statement &)> &f)
{
    for (const Statement &s : body) {
        f(s);
        forEachStatement(s.body, f);
    }
}

// What the line of each statement must show: its call.
QStringList callsOf(const std::string &op)
{
    static const std::map<std::string, QStringList> calls = {
        {"print", {QStringLiteral("printf(")}},
        {"printf", {QStringLiteral("printf(")}},
        {"fflush", {QStringLiteral("fflush(stdout)")}},
        {"fork_unchecked", {QStringLiteral("fork()")}},
        {"fork_tree", {QStringLiteral("fork()")}},
        {"mem_write_int", {QStringLiteral("int_of(")}},
        {"eprint", {QStringLiteral("fprintf(stderr")}},
        {"fork", {QStringLiteral("fork()")}},
        {"wait", {QStringLiteral("wait(&status)"), QStringLiteral("waitpid(")}},
        {"exit", {QStringLiteral("exit(")}},
        {"sleep", {QStringLiteral("sleep(")}},
        {"msleep", {QStringLiteral("usleep(")}},
        {"usleep", {QStringLiteral("usleep(")}},
        {"exec", {QStringLiteral("execvp(")}},
        {"repeat", {QStringLiteral("for (")}},
        {"sigaction", {QStringLiteral("sigaction(")}},
        {"kill", {QStringLiteral("kill(")}},
        {"pause", {QStringLiteral("pause()")}},
        {"pipe", {QStringLiteral("pipe(")}},
        {"close", {QStringLiteral("close(")}},
        {"dup2", {QStringLiteral("dup2(")}},
        {"write", {QStringLiteral("write(")}},
        {"read", {QStringLiteral("read(")}},
        {"mkfifo", {QStringLiteral("mkfifo(")}},
        {"open", {QStringLiteral("open(")}},
        {"unlink", {QStringLiteral("unlink(")}},
        {"shm_open", {QStringLiteral("shm_open(")}},
        {"ftruncate", {QStringLiteral("ftruncate(")}},
        {"mmap", {QStringLiteral("mmap(")}},
        {"munmap", {QStringLiteral("munmap(")}},
        // An access past the mapping is written as the engine's stop: its message.
        {"mem_write", {QStringLiteral("memcpy("), QStringLiteral("\"memcpy: ")}},
        {"mem_read", {QStringLiteral("memcpy("), QStringLiteral("\"memcpy: ")}},
        {"mem_incr", {QStringLiteral(")++;"), QStringLiteral("\"increment: ")}},
        {"shm_unlink", {QStringLiteral("shm_unlink(")}},
        {"sem_open", {QStringLiteral("sem_open(")}},
        {"sem_wait", {QStringLiteral("sem_wait(")}},
        {"sem_post", {QStringLiteral("sem_post(")}},
        {"sem_close", {QStringLiteral("sem_close(")}},
        {"sem_unlink", {QStringLiteral("sem_unlink(")}},
    };
    const auto it = calls.find(op);
    return it == calls.end() ? QStringList() : it->second;
}

// /dev/shm entries that the program's shm and semaphore names become.
struct ShmNames {
    QSet<QString> unlinked; // names the scenario removes itself
    QSet<QString> kept;     // names it never removes
};

QString shmEntry(const std::string &logical, bool semaphore)
{
    QString name = QString::fromStdString(logical);
    if (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    return semaphore ? QStringLiteral("sem.") + name : name;
}

ShmNames shmNamesOf(const Scenario &s)
{
    QSet<QString> opened, removed;
    for (const auto &root : s.roots) {
        forEachStatement(root.body, [&](const Statement &st) {
            if ((st.op == "shm_open" || st.op == "sem_open") && st.args.size() > 1)
                opened.insert(shmEntry(st.args[1].text, st.op == "sem_open"));
            if ((st.op == "shm_unlink" || st.op == "sem_unlink") && !st.args.empty())
                removed.insert(shmEntry(st.args[0].text, st.op == "sem_unlink"));
        });
    }
    ShmNames n;
    n.unlinked = removed;
    n.kept = opened - removed;
    return n;
}

QSet<QString> devShm()
{
    const QStringList entries =
        QDir(QStringLiteral("/dev/shm"))
            .entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    return QSet<QString>(entries.begin(), entries.end());
}

// Short values for parameters that only make a run slow: pauses and lingers.
scenario::ParamValues quickParams(const Scenario &s)
{
    scenario::ParamValues values = scenario::defaultParams(s);
    for (const scenario::Param &p : s.params) {
        if (p.type != scenario::Param::Type::Int)
            continue;
        const QString name = QString::fromStdString(p.name);
        std::int64_t quick = -1;
        if (name.endsWith(QLatin1String("_ms")))
            quick = 10;
        else if (name.endsWith(QLatin1String("_us")))
            quick = 10;
        else if (name.endsWith(QLatin1String("_s")))
            quick = name.startsWith(QLatin1String("linger")) ? 0 : 1;
        if (quick < 0)
            continue;
        const auto [min, max] = scenario::paramRange(s, p);
        values[p.name] = std::clamp<std::int64_t>(std::min(quick, p.defaultInt), min, max);
    }
    return values;
}

struct RunResult {
    bool compiled = false;
    bool timedOut = false;
    bool finished = false;
    int exitCode = -1;
    QByteArray out, err;
};

} // namespace

class TestCGen : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void builtins_data();
    void builtins();

    void statements_data();
    void statements();

    void errors_data();
    void errors();

    void command_data();
    void command();

    void stringLiterals_data();
    void stringLiterals();

    void identifiers_data();
    void identifiers();

private:
    // Generates, checks lineOfStatement, compiles, runs in a fresh directory.
    RunResult generateAndRun(const Scenario &s, const QString &name, int timeoutMs = 30000);
    void checkLines(const Scenario &s, const cgen::CProgram &program);

    QString m_gcc;
    QTemporaryDir m_dir;
    QString m_reaper;
};

void TestCGen::initTestCase()
{
    m_gcc = QStandardPaths::findExecutable(QStringLiteral("gcc"));
    if (m_gcc.isEmpty())
        QSKIP("gcc is not installed: the generated programs cannot be compiled");
    QVERIFY(m_dir.isValid());
    m_reaper = m_dir.filePath(QStringLiteral("reaper"));
    QProcess cc;
    cc.start(m_gcc, {QStringLiteral("-std=gnu11"), QStringLiteral("-Wall"),
                     QStringLiteral("-Wextra"), QStringLiteral("-Werror"),
                     QStringLiteral(IPCVIZ_SOURCE_DIR "/tests/engine/data/cgen/reaper.c"),
                     QStringLiteral("-o"), m_reaper});
    QVERIFY(cc.waitForFinished(60000));
    QVERIFY2(cc.exitCode() == 0, cc.readAllStandardError().constData());
}

void TestCGen::checkLines(const Scenario &s, const cgen::CProgram &program)
{
    const QStringList lines = QString::fromStdString(program.text).split(QLatin1Char('\n'));
    std::set<int> used;
    for (const auto &root : s.roots) {
        forEachStatement(root.body, [&](const Statement &st) {
            const auto it = program.lineOfStatement.find(st.index);
            const QString what = QStringLiteral("statement %1 (%2)")
                                     .arg(st.index)
                                     .arg(QString::fromStdString(st.op));
            QVERIFY2(it != program.lineOfStatement.end(),
                     qPrintable(what + QStringLiteral(" has no line")));
            QVERIFY2(it->second >= 1 && it->second <= lines.size(), qPrintable(what));
            QVERIFY2(used.insert(it->second).second,
                     qPrintable(what + QStringLiteral(" shares its line with another statement")));
            const QString line = lines.at(it->second - 1);
            bool found = false;
            for (const QString &call : callsOf(st.op))
                found = found || line.contains(call);
            QVERIFY2(found, qPrintable(what + QStringLiteral(" is on line ") +
                                       QString::number(it->second) + QStringLiteral(": ") + line));
        });
    }
    QCOMPARE(program.lineOfStatement.size(), used.size());
}

RunResult TestCGen::generateAndRun(const Scenario &s, const QString &name, int timeoutMs)
{
    RunResult result;
    cgen::CProgram program;
    try {
        program = cgen::generateC(s);
    } catch (const cgen::CGenError &e) {
        qWarning("line %d: %s", e.loc().line, e.what());
        return result;
    }
    checkLines(s, program);

    QDir dir(m_dir.path());
    dir.mkpath(name);
    dir.cd(name);
    const QString source = dir.filePath(QStringLiteral("prog.c"));
    const QString binary = dir.filePath(QStringLiteral("prog"));
    {
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly))
            return result;
        f.write(QByteArray::fromStdString(program.text));
    }
    QProcess cc;
    cc.start(m_gcc,
             {QStringLiteral("-std=gnu11"), QStringLiteral("-Wall"), QStringLiteral("-Wextra"),
              QStringLiteral("-Werror"), QStringLiteral("-pthread"), source, QStringLiteral("-o"),
              binary, QStringLiteral("-lrt")});
    if (!cc.waitForFinished(60000) || cc.exitCode() != 0) {
        qWarning("gcc failed on %s:\n%s", qPrintable(source),
                 cc.readAllStandardError().constData());
        return result;
    }

    result.compiled = true;

    // A directory of its own: the program makes its FIFOs and files in the current one.
    dir.mkpath(QStringLiteral("run"));
    QProcess run;
    run.setWorkingDirectory(dir.filePath(QStringLiteral("run")));
    run.start(m_reaper, {binary});
    run.closeWriteChannel();
    if (!run.waitForStarted(10000))
        return result;
    if (!run.waitForFinished(timeoutMs)) {
        ::kill(-static_cast<pid_t>(run.processId()), SIGKILL); // the reaper's whole group
        run.waitForFinished(5000);
        result.timedOut = true;
        result.out = run.readAllStandardOutput();
        return result;
    }
    result.finished = run.exitStatus() == QProcess::NormalExit;
    result.exitCode = run.exitCode();
    result.out = run.readAllStandardOutput();
    result.err = run.readAllStandardError();
    return result;
}

// ---------------------------------------------------------------------------
// Every built-in scenario

void TestCGen::builtins_data()
{
    QTest::addColumn<QString>("id");
    const QStringList files = QDir(QStringLiteral(IPCVIZ_SOURCE_DIR "/resources/scenarios"))
                                  .entryList({QStringLiteral("*.ipcv")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        const QString id = QFileInfo(file).completeBaseName();
        QTest::newRow(qPrintable(id)) << id;
    }
}

void TestCGen::builtins()
{
    QFETCH(QString, id);
    // The file as it is now (the engine embeds the built-ins when it is built).
    const scenario::ParseResult parsed = scenario::loadScenario(
        QStringLiteral(IPCVIZ_SOURCE_DIR "/resources/scenarios/%1.ipcv").arg(id).toStdString());
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.errors.front().message.c_str());
    const Scenario bound = scenario::bindParams(parsed.scenario, quickParams(parsed.scenario));

    // The programs use the scenario's names as written: clear what a failed run left.
    const ShmNames names = shmNamesOf(bound);
    for (const QString &n : names.unlinked + names.kept)
        QFile::remove(QStringLiteral("/dev/shm/") + n);
    const QSet<QString> before = devShm();

    // A scenario that deadlocks on purpose hangs as a C program too: it must still
    // be blocked after a while, and is then killed (it never gets to unlink anything).
    const bool deadlocks = bound.expect == "deadlock";
    const RunResult r =
        generateAndRun(bound, QStringLiteral("builtin-") + id, deadlocks ? 3000 : 30000);
    const QSet<QString> appeared = devShm() - before;
    const QSet<QString> toRemove = deadlocks ? names.kept + names.unlinked : names.kept;
    for (const QString &n : toRemove) // the program does not remove these: the test does
        QFile::remove(QStringLiteral("/dev/shm/") + n);
    QVERIFY2(r.compiled, "the program could not be generated or compiled");
    if (deadlocks) {
        QVERIFY2(r.timedOut, "the scenario expects a deadlock, but the program ended");
        return;
    }
    QVERIFY2(!r.timedOut, "the program did not finish within 30 s");
    QVERIFY2(r.finished, "the program crashed");
    QFile exitFile(QStringLiteral(IPCVIZ_SOURCE_DIR "/tests/engine/data/cgen/") + id +
                   QStringLiteral(".exit"));
    const int expectedExit =
        exitFile.open(QIODevice::ReadOnly) ? exitFile.readAll().trimmed().toInt() : 0;
    QVERIFY2(r.exitCode == expectedExit, qPrintable(QStringLiteral("exit status %1, stderr: %2")
                                                        .arg(r.exitCode)
                                                        .arg(QString::fromLocal8Bit(r.err))));
    for (const QString &n : appeared)
        QVERIFY2(!names.unlinked.contains(n),
                 qPrintable(QStringLiteral("/dev/shm/%1 was left behind").arg(n)));

    QFile expected(QStringLiteral(IPCVIZ_SOURCE_DIR "/tests/engine/data/cgen/") + id +
                   QStringLiteral(".stdout"));
    if (expected.open(QIODevice::ReadOnly))
        QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8(expected.readAll()));
}

// ---------------------------------------------------------------------------
// Every statement kind, on trees built by hand

void TestCGen::statements_data()
{
    QTest::addColumn<Scenario>("tree");
    QTest::addColumn<QString>("out");
    QTest::addColumn<int>("exitCode");

    const std::string shm =
        "/ipcviz-tst-cgen-" + std::to_string(QCoreApplication::applicationPid());
    const std::string sem = shm + "-sem";

    QTest::newRow("print") << mainOnly({st("print", {str("100%% %label of %pid\n")})})
                           << QStringLiteral("100% main of ") << 0;
    QTest::newRow("eprint") << mainOnly({st("eprint", {str("to stderr\n")}),
                                         st("print", {str("to stdout\n")})})
                            << QStringLiteral("to stdout\n") << 0;
    QTest::newRow("fork and wait")
        << mainOnly({st("fork", {word("kid")}, {},
                        {st("print", {str("I am %label\n")}), st("exit", {num(5)})}),
                     st("wait", {word("kid")}), st("print", {str("%label reaped %status\n")})})
        << QStringLiteral("I am main.1\nmain reaped 5\n") << 0;
    QTest::newRow("wait for any") << mainOnly({st("fork", {}, {}, {st("exit", {num(2)})}),
                                               st("wait"), st("print", {str("%status\n")})})
                                  << QStringLiteral("2\n") << 0;
    QTest::newRow("exit") << mainOnly({st("print", {str("bye\n")}), st("exit", {num(3)}),
                                       st("print", {str("never\n")})})
                          << QStringLiteral("bye\n") << 3;
    QTest::newRow("sleeps") << mainOnly({st("sleep", {num(0)}), st("msleep", {num(1)}),
                                         st("usleep", {num(10)}), st("print", {str("slept\n")})})
                            << QStringLiteral("slept\n") << 0;
    QTest::newRow("exec") << mainOnly({st("exec", {word("sh"), str("-c"), str("echo from sh")})})
                          << QStringLiteral("from sh\n") << 0;
    QTest::newRow("exec fails") << mainOnly({st("exec", {word("/nonexistent/program")}),
                                             st("print", {str("exec returned\n")})})
                                << QStringLiteral("exec returned\n") << 0;
    // Labels of children forked in a loop are only known at run time.
    QTest::newRow("repeat and labels")
        << mainOnly({st("repeat", {num(2)}, {},
                        {st("fork", {}, {},
                            {st("fork", {}, {}, {st("print", {str("%label\n")})}), st("wait")}),
                         st("wait")}),
                     st("fork", {}, {}, {st("print", {str("%label\n")})}), st("wait")})
        << QStringLiteral("main.1.1\nmain.2.1\nmain.3\n") << 0;
    QTest::newRow("sigaction count and kill")
        << mainOnly({st("sigaction", {word("SIGUSR1"), word("count")}),
                     st("kill", {word("self"), word("SIGUSR1")}),
                     st("sigaction", {word("SIGUSR2"), word("ignore")}),
                     st("kill", {word("main"), word("SIGUSR2")}),
                     st("print", {str("%count(SIGUSR1) %count(SIGUSR2)\n")}),
                     st("sigaction", {word("SIGUSR2"), word("default")}),
                     st("fork", {word("victim")}, {}, {st("pause")}),
                     st("kill", {word("victim"), word("SIGUSR2")}), st("wait", {word("victim")}),
                     st("print", {str("victim %status\n")})})
        << QStringLiteral("1 0\nvictim 140\n") << 0;
    // The child keeps signalling until the parent has left pause().
    QTest::newRow("pause")
        << mainOnly(
               {st("sigaction", {word("SIGUSR1"), word("count")}),
                st("fork", {word("poker")}, {},
                   {st("repeat", {num(50)}, {},
                       {st("kill", {word("parent"), word("SIGUSR1")}), st("msleep", {num(10)})})}),
                st("pause"), st("print", {str("woken\n")}), st("wait", {word("poker")})})
        << QStringLiteral("woken\n") << 0;
    QTest::newRow("pipe, write, read, close")
        << mainOnly({st("pipe", {word("p")}), st("write", {word("p.w"), str("abc#")}),
                     st("read", {word("p.r")}, {{"max", num(2)}, {"echo", flag()}}),
                     st("read", {word("p.r")}, {{"until", str("#")}, {"echo", flag()}}),
                     st("write", {word("p.w"), str("def")}), st("close", {word("p.w")}),
                     st("read", {word("p.r")}, {{"until-eof", flag()}, {"into", word("rest")}}),
                     st("print", {str("|%var(rest)|\n")}), st("close", {word("p.r")})})
        << QStringLiteral("abc|def|\n") << 0;
    QTest::newRow("write fill")
        << mainOnly({st("pipe", {word("p")}), st("write", {word("p.w")}, {{"fill", num(5)}}),
                     st("close", {word("p.w")}),
                     st("read", {word("p.r")}, {{"until-eof", flag()}, {"echo", flag()}})})
        << QStringLiteral("xxxxx") << 0;
    QTest::newRow("dup2")
        << mainOnly({st("pipe", {word("p")}),
                     st("fork", {}, {},
                        {st("dup2", {word("p.w"), num(1)}), st("close", {word("p.r")}),
                         st("print", {str("through the pipe\n")})}),
                     st("close", {word("p.w")}),
                     st("read", {word("p.r")}, {{"until-eof", flag()}, {"into", word("got")}}),
                     st("wait"), st("print", {str("[%var(got)]\n")})})
        << QStringLiteral("[through the pipe\n]\n") << 0;
    QTest::newRow("fifo")
        << mainOnly({st("mkfifo", {str("ff")}, {{"mode", num(0600)}}),
                     st("fork", {}, {},
                        {st("open", {word("w"), str("ff"), word("write")}),
                         st("write", {word("w"), str("via fifo\n")}), st("close", {word("w")})}),
                     st("open", {word("r"), str("ff"), word("read")}),
                     st("read", {word("r")}, {{"until-eof", flag()}, {"echo", flag()}}),
                     st("close", {word("r")}), st("unlink", {str("ff")}), st("wait")})
        << QStringLiteral("via fifo\n") << 0;
    QTest::newRow("mapped file")
        << mainOnly({st("open", {word("f"), str("data.bin"), word("rdwr")},
                        {{"create", flag()}, {"mode", num(0600)}}),
                     st("write", {word("f"), str("0123")}),
                     st("mmap", {word("m"), word("f"), num(4), word("rdwr")}),
                     st("mem_write", {word("m"), num(2), str("ab")}),
                     st("mem_read", {word("m"), num(0), num(4)}, {{"echo", flag()}}),
                     st("munmap", {word("m")}), st("close", {word("f")}),
                     st("unlink", {str("data.bin")})})
        << QStringLiteral("01ab") << 0;
    QTest::newRow("shared memory")
        << mainOnly({st("shm_open", {word("s"), str(shm), word("rdwr")}, {{"create", flag()}}),
                     st("ftruncate", {word("s"), num(64)}),
                     st("mmap", {word("m"), word("s"), num(64), word("rdwr")}),
                     st("fork", {}, {}, {st("mem_incr", {word("m"), num(0)})}), st("wait"),
                     st("mem_incr", {word("m"), num(0)}),
                     st("mem_read", {word("m"), num(0), num(4)},
                        {{"as", word("int32")}, {"echo", flag()}}),
                     st("mem_write", {word("m"), num(8), str("shared 100%")}),
                     st("mem_read", {word("m"), num(8), num(20)}, {{"into", word("t")}}),
                     st("print", {str("[%var(t)]\n")}), st("munmap", {word("m")}),
                     st("close", {word("s")}), st("shm_unlink", {str(shm)})})
        << QStringLiteral("2\n[shared 100%]\n") << 0;
    QTest::newRow("semaphore")
        << mainOnly({st("sem_open", {word("s"), str(sem)}, {{"create", flag()}, {"value", num(0)}}),
                     st("fork", {}, {},
                        {st("sem_open", {word("t"), str(sem)}), st("print", {str("child first\n")}),
                         st("sem_post", {word("t")}), st("sem_close", {word("t")})}),
                     st("sem_wait", {word("s")}), st("print", {str("parent after\n")}), st("wait"),
                     st("sem_close", {word("s")}), st("sem_unlink", {str(sem)})})
        << QStringLiteral("child first\nparent after\n") << 0;
    QTest::newRow("printf and fflush")
        << mainOnly({st("printf", {str("a\n")}),
                     st("fork", {}, {}, {st("printf", {str("b %label\n")})}), st("wait"),
                     st("fflush"), st("print", {str("c\n")})})
        << QStringLiteral("a\nb main.1\na\nc\n") << 0;
    // Output of several processes in any order: compared line by line, sorted.
    QTest::newRow("fork_unchecked")
        << mainOnly({st("fork_unchecked"), st("print", {str("%label\n")})})
        << QStringLiteral("main\nmain.1\n") << 0;
    QTest::newRow("fork_tree") << mainOnly({st("fork_tree", {num(2), num(2)}, {},
                                               {st("print", {str("%label\n")})}),
                                            st("print", {str("done %label\n")})})
                               << QStringLiteral("done main\nmain.1\nmain.1.1\nmain.1.2\nmain.2\n"
                                                 "main.2.1\nmain.2.2\n")
                               << 0;
    QTest::newRow("mem_write_int")
        << mainOnly({st("open", {word("f"), str("c.bin"), word("rdwr")}, {{"create", flag()}}),
                     st("write", {word("f"), str(std::string("\x05\0\0\0", 4))}),
                     st("mmap", {word("m"), word("f"), num(4), word("rdwr")}),
                     st("mem_read", {word("m"), num(0), num(4)},
                        {{"as", word("int32")}, {"into", word("x")}}),
                     st("mem_write_int", {word("m"), num(0), word("x")}, {{"add", num(10)}}),
                     st("mem_read", {word("m"), num(0), num(4)},
                        {{"as", word("int32")}, {"echo", flag()}}),
                     st("unlink", {str("c.bin")})})
        << QStringLiteral("15\n") << 0;
    QTest::newRow("mem_write_int of text")
        << mainOnly({st("pipe", {word("p")}), st("write", {word("p.w"), str("abc")}),
                     st("read", {word("p.r")}, {{"into", word("x")}}),
                     st("open", {word("f"), str("c.bin"), word("rdwr")}, {{"create", flag()}}),
                     st("write", {word("f"), str("1234")}),
                     st("mmap", {word("m"), word("f"), num(4), word("rdwr")}),
                     st("unlink", {str("c.bin")}), st("print", {str("before\n")}),
                     st("mem_write_int", {word("m"), num(0), word("x")}),
                     st("print", {str("never\n")})})
        << QStringLiteral("before\n") << 1;
    QTest::newRow("past the mapping")
        << mainOnly({st("open", {word("f"), str("c.bin"), word("rdwr")}, {{"create", flag()}}),
                     st("write", {word("f"), str("1234")}),
                     st("mmap", {word("m"), word("f"), num(4), word("rdwr")}),
                     st("unlink", {str("c.bin")}), st("print", {str("before\n")}),
                     st("mem_write", {word("m"), num(2), str("abc")}),
                     st("print", {str("never\n")})})
        << QStringLiteral("before\n") << 1;
    QTest::newRow("sigaction reap") << mainOnly({st("sigaction", {word("SIGCHLD"), word("reap")}),
                                                 st("kill", {word("self"), word("SIGCHLD")}),
                                                 st("print", {str("%count(SIGCHLD)\n")})})
                                    << QStringLiteral("1\n") << 0;
    {
        // Two roots: the second knows the first's PID, as main() forked it first. The
        // first ends killed by a signal; main() waits for both and, as the engine, ends
        // with 0 once every root has ended.
        scenario::Process a;
        a.label = "target";
        a.body = {st("pause")};
        scenario::Process b;
        b.label = "sender";
        b.body = {st("kill", {word("target"), word("SIGTERM")}),
                  st("print", {str("%label sent\n")})};
        QTest::newRow("two roots") << scenarioOf({a, b}) << QStringLiteral("sender sent\n") << 0;
    }
}

void TestCGen::statements()
{
    QFETCH(Scenario, tree);
    QFETCH(QString, out);
    QFETCH(int, exitCode);
    const ShmNames names = shmNamesOf(tree);
    const QSet<QString> before = devShm();

    const RunResult r = generateAndRun(tree, QStringLiteral("tree-") +
                                                 QString::fromLatin1(QTest::currentDataTag())
                                                     .replace(QLatin1Char(' '), QLatin1Char('_'))
                                                     .replace(QLatin1Char(','), QLatin1Char('_')));
    QVERIFY2(r.compiled, "the program could not be generated or compiled");
    QVERIFY2(r.finished && !r.timedOut, "the program did not run to its end");
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit status %1, stderr: %2")
                                                    .arg(r.exitCode)
                                                    .arg(QString::fromLocal8Bit(r.err))));
    const QByteArray tag = QTest::currentDataTag();
    if (tag == "print") {
        // The PID differs in every run.
        QVERIFY2(QString::fromUtf8(r.out).startsWith(out), r.out.constData());
    } else if (tag == "fork_unchecked" || tag == "fork_tree") {
        QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.sort();
        QCOMPARE(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'), out);
    } else {
        QCOMPARE(QString::fromUtf8(r.out), out);
    }
    if (QByteArray(QTest::currentDataTag()) == "eprint")
        QCOMPARE(QString::fromUtf8(r.err), QStringLiteral("to stderr\n"));
    for (const QString &n : devShm() - before)
        QVERIFY2(!names.unlinked.contains(n), qPrintable(QStringLiteral("left behind: ") + n));
}

// ---------------------------------------------------------------------------
// Trees that cannot be written as C get a located error

void TestCGen::errors_data()
{
    QTest::addColumn<Scenario>("tree");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    Arg unbound;
    unbound.kind = Arg::Kind::ParamRef;
    unbound.text = "count";
    unbound.loc = {7, 12};
    QTest::newRow("unbound parameter")
        << mainOnly({st("repeat", {unbound}, {}, {st("print", {str("x")})})}) << 7
        << QStringLiteral("$count");
    // number() puts statement N on line N + 1.
    QTest::newRow("unknown pipe") << mainOnly({st("print", {str("x")}), st("close", {word("q.w")})})
                                  << 3 << QStringLiteral("q");
    QTest::newRow("unknown target") << mainOnly({st("kill", {word("main.9"), word("SIGTERM")})})
                                    << 2 << QStringLiteral("main.9");
    QTest::newRow("unknown statement")
        << mainOnly({st("teleport")}) << 2 << QStringLiteral("teleport");
    QTest::newRow("unknown signal") << mainOnly({st("sigaction", {word("SIGNOPE"), word("count")})})
                                    << 2 << QStringLiteral("SIGNOPE");
    QTest::newRow("no process") << Scenario() << 0 << QStringLiteral("no process");
}

void TestCGen::errors()
{
    QFETCH(Scenario, tree);
    QFETCH(int, line);
    QFETCH(QString, message);
    try {
        cgen::generateC(tree);
        QFAIL("generateC accepted the tree");
    } catch (const cgen::CGenError &e) {
        QCOMPARE(e.loc().line, line);
        QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
    }
}

// ---------------------------------------------------------------------------
// runCGenerator, as `ipcviz-engine c` calls it

void TestCGen::command_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("outContains");
    QTest::addColumn<QString>("errContains");

    QTest::newRow("built-in") << QStringLiteral("pipe-messages") << QStringList() << 0
                              << QStringLiteral("static void process_main(void)") << QString();
    QTest::newRow("parameter") << QStringLiteral("pipe-messages")
                               << QStringList{QStringLiteral("count=7")} << 0
                               << QStringLiteral("i < 7;") << QString();
    QTest::newRow("file") << QStringLiteral(IPCVIZ_SOURCE_DIR "/resources/scenarios/shm-basic.ipcv")
                          << QStringList() << 0 << QStringLiteral("shm_open(\"/AOS\"") << QString();
    QTest::newRow("unknown scenario") << QStringLiteral("no-such-scenario") << QStringList() << 1
                                      << QString() << QStringLiteral("error");
    QTest::newRow("bad parameter")
        << QStringLiteral("pipe-messages") << QStringList{QStringLiteral("count=many")} << 2
        << QString() << QStringLiteral("count=many");
    QTest::newRow("unknown parameter")
        << QStringLiteral("pipe-messages") << QStringList{QStringLiteral("nope=1")} << 2
        << QString() << QStringLiteral("nope");
}

void TestCGen::command()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, params);
    QFETCH(int, status);
    QFETCH(QString, outContains);
    QFETCH(QString, errContains);
    std::vector<std::string> overrides;
    for (const QString &p : params)
        overrides.push_back(p.toStdString());
    std::ostringstream out, err;
    QCOMPARE(cgen::runCGenerator(scenario.toStdString(), overrides, out, err), status);
    const QString o = QString::fromStdString(out.str());
    const QString e = QString::fromStdString(err.str());
    if (status == 0) {
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QVERIFY2(o.contains(outContains), qPrintable(o));
    } else {
        QVERIFY(o.isEmpty());
        QVERIFY2(e.contains(errContains), qPrintable(e));
    }
}

// ---------------------------------------------------------------------------
// Spelling text as C

void TestCGen::stringLiterals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("literal");

    QTest::newRow("plain") << QByteArray("Hello") << QStringLiteral("\"Hello\"");
    QTest::newRow("escapes") << QByteArray("a\"b\\c\n\t\r")
                             << QStringLiteral("\"a\\\"b\\\\c\\n\\t\\r\"");
    QTest::newRow("nul before digit") << QByteArray("\0"
                                                    "1",
                                                    2)
                                      << QStringLiteral("\"\\0001\"");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QStringLiteral("\"a\\0b\"");
    QTest::newRow("control") << QByteArray("\x01\x7f") << QStringLiteral("\"\\x01\\x7f\"");
    QTest::newRow("hex before hex digit") << QByteArray("\x17"
                                                        "a")
                                          << QStringLiteral("\"\\x17\" \"a\"");
    QTest::newRow("trigraph") << QByteArray("?\?=") << QStringLiteral("\"?\\?=\"");
    QTest::newRow("utf-8 kept") << QByteArray("caf\xc3\xa9") << QStringLiteral("\"caf\u00e9\"");
}

void TestCGen::stringLiterals()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, literal);
    QCOMPARE(QString::fromStdString(cgen::cStringLiteral(text.toStdString())), literal);
}

void TestCGen::identifiers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("identifier");

    QTest::newRow("plain") << QStringLiteral("reader") << QStringLiteral("reader");
    QTest::newRow("dots") << QStringLiteral("main.1") << QStringLiteral("main_1");
    QTest::newRow("leading digit") << QStringLiteral("2nd") << QStringLiteral("v2nd");
    QTest::newRow("keyword") << QStringLiteral("int") << QStringLiteral("int_");
    QTest::newRow("libc call") << QStringLiteral("pipe") << QStringLiteral("pipe_");
    QTest::newRow("helper") << QStringLiteral("die") << QStringLiteral("die_");
    QTest::newRow("generated prefix") << QStringLiteral("count_x") << QStringLiteral("count_x_");
}

void TestCGen::identifiers()
{
    QFETCH(QString, name);
    QFETCH(QString, identifier);
    QCOMPARE(QString::fromStdString(cgen::cIdentifier(name.toStdString())), identifier);
}

QTEST_GUILESS_MAIN(TestCGen)
#include "tst_cgen.moc"
