// Tests of the built-in scenarios (resources/scenarios/*.ipcv): they parse, they
// describe themselves, they are the twelve the course needs, and they say what
// the course examples say.

#include "scenario/builtins.h"
#include "scenario/check.h"
#include "scenario/library.h"
#include "scenario/params.h"
#include "scenario/vocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <sstream>

using namespace ipcviz::scenario;

namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

const QStringList kExpectedIds = {"fork-basic",    "fork-interleave", "fork-wait",
                                  "zombie",        "exec-spawn",      "signal-count",
                                  "pipe-messages", "fifo-struct",     "fifo-messages",
                                  "shm-basic",     "mmap-file",       "shm-semaphore"};

// The ops and the string arguments (and string option values) of a body, depth first.
void collect(const std::vector<Statement> &body, QStringList &ops, QStringList &texts)
{
    for (const Statement &st : body) {
        ops << q(st.op);
        for (const Arg &a : st.args) {
            if (a.kind == Arg::Kind::String)
                texts << q(a.text);
        }
        for (const auto &[name, value] : st.options) {
            if (value.kind == Arg::Kind::String)
                texts << q(value.text);
        }
        collect(st.body, ops, texts);
    }
}

} // namespace

class TestBuiltins : public QObject {
    Q_OBJECT

private slots:
    void everyBuiltinIsValid_data();
    void everyBuiltinIsValid();
    void theTwelveExist();
    void listIsOrdered();
    void loadByIdAndCheck();
    void courseTexts_data();
    void courseTexts();
    void defaults_data();
    void defaults();
    void libraryScenarios_data();
    void libraryScenarios();
    void atLeast26();
    void listJsonHasExpect();
};

void TestBuiltins::everyBuiltinIsValid_data()
{
    QTest::addColumn<QString>("id");
    QVERIFY(!builtinSources().empty());
    for (const BuiltinSource &b : builtinSources())
        QTest::newRow(std::string(b.id).c_str()) << q(b.id);
}

void TestBuiltins::everyBuiltinIsValid()
{
    QFETCH(QString, id);
    const ParseResult r = loadScenario(id.toStdString());
    QStringList errors;
    for (const Diagnostic &d : r.errors)
        errors << q(formatDiagnostic(d));
    QVERIFY2(r.ok(), qPrintable(errors.join(QLatin1Char('\n'))));

    const Scenario &s = r.scenario;
    QCOMPARE(q(s.id), id);
    QCOMPARE(q(s.sourcePath), QStringLiteral("builtin:") + id);
    QVERIFY(!s.title.empty());
    QVERIFY(!s.description.empty());
    QVERIFY2(s.watch.size() >= 1 && s.watch.size() <= 3, "1 to 3 watch lines");
    const auto &cats = categories();
    QVERIFY2(std::find(cats.begin(), cats.end(), s.category) != cats.end(),
             qPrintable(q(s.category)));
    QVERIFY(!s.roots.empty());

    // The embedded text is the file in the source tree.
    QFile file(QStringLiteral(IPCVIZ_SOURCE_DIR "/resources/scenarios/") + id +
               QStringLiteral(".ipcv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray::fromStdString(s.sourceText));

    // Defaults bind, and no parameter reference is left.
    const Scenario bound = bindParams(s, defaultParams(s));
    for (const Process &root : bound.roots) {
        std::vector<const Statement *> todo;
        for (const Statement &st : root.body)
            todo.push_back(&st);
        while (!todo.empty()) {
            const Statement *st = todo.back();
            todo.pop_back();
            for (const Arg &a : st->args) {
                QVERIFY(a.kind != Arg::Kind::ParamRef);
                if (a.kind == Arg::Kind::String)
                    QVERIFY2(a.text.find("${") == std::string::npos, a.text.c_str());
            }
            for (const Statement &child : st->body)
                todo.push_back(&child);
        }
    }
}

void TestBuiltins::theTwelveExist()
{
    QStringList embedded;
    for (const BuiltinSource &b : builtinSources())
        embedded << q(b.id);
    QStringList listed;
    for (const BuiltinInfo &info : listBuiltins())
        listed << q(info.id);
    for (const QString &id : kExpectedIds) {
        QVERIFY2(embedded.contains(id), qPrintable(id));
        QVERIFY2(listed.contains(id), qPrintable(id));
    }
    QCOMPARE(listed.size(), embedded.size());
}

void TestBuiltins::listIsOrdered()
{
    const std::vector<BuiltinInfo> list = listBuiltins();
    const auto &cats = categories();
    auto rank = [&cats](const std::string &c) {
        return std::find(cats.begin(), cats.end(), c) - cats.begin();
    };
    for (std::size_t i = 1; i < list.size(); ++i) {
        const auto a = rank(list[i - 1].category);
        const auto b = rank(list[i].category);
        QVERIFY(a <= b);
        if (a == b)
            QVERIFY(list[i - 1].id < list[i].id);
    }
    QCOMPARE(q(list.front().category), QStringLiteral("processes"));
    const auto pipe = std::find_if(list.begin(), list.end(),
                                   [](const BuiltinInfo &i) { return i.id == "pipe-messages"; });
    QVERIFY(pipe != list.end());
    QCOMPARE(q(pipe->title), QStringLiteral("Unnamed pipe: parent to child"));
    QCOMPARE(pipe->params.size(), std::size_t(3));
    QCOMPARE(pipe->watch.size(), std::size_t(2));
}

void TestBuiltins::loadByIdAndCheck()
{
    std::ostringstream out;
    QCOMPARE(runCheck("pipe-messages", out), 0);
    QCOMPARE(q(out.str()),
             QStringLiteral("builtin:pipe-messages: ok (2 processes, 12 statements)\n"));
}

void TestBuiltins::courseTexts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("texts"); // strings the scenario must contain, in this order
    QTest::addColumn<QStringList>("ops");   // statements it must use, in this order

    QTest::newRow("fork-basic") << "fork-basic"
                                << QStringList{"Main process id = %pid (parent PID = %ppid)\n",
                                               "Child: my process id = %pid\n",
                                               "Parent: child's process id = %child\n"}
                                << QStringList{"print", "fork", "print", "print", "wait", "exit"};
    QTest::newRow("fork-interleave")
        << "fork-interleave" << QStringList{".", "|"}
        << QStringList{"fork", "repeat", "print", "usleep", "repeat", "print", "usleep", "wait"};
    QTest::newRow("fork-wait") << "fork-wait" << QStringList{".", "|"}
                               << QStringList{"fork", "repeat", "print", "usleep",
                                              "wait", "repeat", "print", "usleep"};
    QTest::newRow("zombie") << "zombie" << QStringList{}
                            << QStringList{"fork",  "print", "exit", "print",
                                           "sleep", "wait",  "print"};
    QTest::newRow("exec-spawn") << "exec-spawn"
                                << QStringList{"An error occurred in execvp\n",
                                               "Main program exiting...\n"}
                                << QStringList{"fork", "exec", "eprint", "exit", "print"};
    QTest::newRow("signal-count") << "signal-count"
                                  << QStringList{"Running process... (PID=%pid)\n",
                                                 "SIGUSR1 was raised %count(SIGUSR1) times\n"}
                                  << QStringList{"sigaction", "print", "fork", "repeat", "kill",
                                                 "msleep",    "exit",  "wait", "sleep",  "print"};
    QTest::newRow("pipe-messages")
        << "pipe-messages" << QStringList{"${message}\n"}
        << QStringList{"pipe",  "fork",   "close", "read",   "close", "exit",
                       "close", "repeat", "write", "msleep", "close", "wait"};
    QTest::newRow("fifo-struct") << "fifo-struct" << QStringList{"myfifo"}
                                 << QStringList{"mkfifo", "open",   "write", "msleep", "close",
                                                "unlink", "msleep", "open",  "read",   "close"};
    QTest::newRow("fifo-messages")
        << "fifo-messages"
        << QStringList{"myfifo",
                       "#",
                       "Communication closed\n",
                       "echo 'Hello!' > myfifo",
                       "echo 'My name is' > myfifo",
                       "echo 'Joe' > myfifo",
                       "echo '#' > myfifo"}
        << QStringList{"mkfifo", "open", "read", "print", "close", "unlink",
                       "msleep", "fork", "exec", "exit",  "wait"};
    QTest::newRow("shm-basic") << "shm-basic" << QStringList{"/AOS",    "This ",  "is ",  "about ",
                                                             "shared ", "memory", "/AOS", "/AOS"}
                               << QStringList{"shm_open",  "ftruncate", "mmap",      "mem_write",
                                              "mem_write", "mem_write", "mem_write", "mem_write",
                                              "munmap",    "exit",      "msleep",    "shm_open",
                                              "mmap",      "mem_read",  "print",     "munmap",
                                              "shm_unlink"};
    QTest::newRow("mmap-file") << "mmap-file" << QStringList{"counter.bin"}
                               << QStringList{"open",     "write", "mmap",   "mem_read", "mem_incr",
                                              "mem_read", "print", "munmap", "close"};
    QTest::newRow("shm-semaphore")
        << "shm-semaphore" << QStringList{"/shm_AOS", "/sem_AOS", "John"}
        << QStringList{"shm_open",  "ftruncate", "mmap",       "sem_open",  "sem_wait",
                       "mem_write", "mem_write", "sem_post",   "msleep",    "sem_close",
                       "munmap",    "msleep",    "shm_open",   "mmap",      "sem_open",
                       "sem_wait",  "mem_read",  "mem_read",   "sem_post",  "print",
                       "sem_close", "munmap",    "shm_unlink", "sem_unlink"};
}

void TestBuiltins::courseTexts()
{
    QFETCH(QString, id);
    QFETCH(QStringList, texts);
    QFETCH(QStringList, ops);
    const ParseResult r = loadScenario(id.toStdString());
    QVERIFY(r.ok());
    QStringList allOps;
    QStringList allTexts;
    for (const Process &root : r.scenario.roots)
        collect(root.body, allOps, allTexts);
    // `ops` and `texts` must appear as subsequences.
    auto isSubsequence = [](const QStringList &needle, const QStringList &hay) {
        qsizetype at = 0;
        for (const QString &n : needle) {
            while (at < hay.size() && hay[at] != n)
                ++at;
            if (at == hay.size())
                return false;
            ++at;
        }
        return true;
    };
    QVERIFY2(isSubsequence(ops, allOps), qPrintable(allOps.join(QLatin1Char(' '))));
    QVERIFY2(isSubsequence(texts, allTexts), qPrintable(allTexts.join(QLatin1Char('|'))));
}

void TestBuiltins::defaults_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("value");

    QTest::newRow("pipe count") << "pipe-messages"
                                << "count"
                                << "3";
    QTest::newRow("pipe delay") << "pipe-messages"
                                << "delay_ms"
                                << "1000";
    QTest::newRow("pipe message") << "pipe-messages"
                                  << "message"
                                  << "Hello, world.";
    QTest::newRow("interleave delay") << "fork-interleave"
                                      << "delay_us"
                                      << "50";
    QTest::newRow("wait delay") << "fork-wait"
                                << "delay_us"
                                << "50";
    QTest::newRow("zombie time") << "zombie"
                                 << "zombie_s"
                                 << "2";
    QTest::newRow("exec program") << "exec-spawn"
                                  << "program"
                                  << "ls";
    QTest::newRow("signal count") << "signal-count"
                                  << "count"
                                  << "3";
    QTest::newRow("signal linger") << "signal-count"
                                   << "linger_s"
                                   << "0";
}

void TestBuiltins::defaults()
{
    QFETCH(QString, id);
    QFETCH(QString, param);
    QFETCH(QString, value);
    const ParseResult r = loadScenario(id.toStdString());
    QVERIFY(r.ok());
    const ParamValues values = defaultParams(r.scenario);
    const auto it = values.find(param.toStdString());
    QVERIFY(it != values.end());
    QCOMPARE(q(paramValueText(it->second)), value);
}

// The built-ins of the classic problems and pitfalls (issues 4, 5 and 10):
// each exists, parses, explains itself, sits in its category and declares how
// its run ends.
void TestBuiltins::libraryScenarios_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("expect");
    QTest::addColumn<QString>("op"); // a statement it must use

    const QString completed = QStringLiteral("completed");
    const QString deadlock = QStringLiteral("deadlock");
    auto row = [](const char *id, const char *category, const QString &expect, const char *op) {
        QTest::newRow(id) << QString::fromLatin1(id) << QString::fromLatin1(category) << expect
                          << QString::fromLatin1(op);
    };
    row("producer-consumer", "classic", completed, "sem_wait");
    row("dining-philosophers", "classic", deadlock, "sem_wait");
    row("dining-philosophers-ordered", "classic", completed, "sem_wait");
    row("readers-writers", "classic", completed, "sem_wait");
    row("pipeline", "classic", completed, "dup2");
    row("ping-pong", "classic", completed, "read");
    row("sigchld-reaper", "signals", completed, "sigaction");
    row("orphan", "processes", completed, "fork");
    row("fork-tree", "processes", completed, "fork_tree");
    row("pitfall-unclosed-write-end", "pitfalls", deadlock, "read");
    row("pitfall-printf-fork", "pitfalls", completed, "printf");
    row("pitfall-unchecked-fork-exec", "pitfalls", completed, "fork_unchecked");
    row("pitfall-fifo-open-order", "pitfalls", deadlock, "open");
    row("pitfall-sigpipe", "pitfalls", completed, "write");
    row("pitfall-pipe-capacity", "pitfalls", completed, "write");
    row("pitfall-missing-unlink", "pitfalls", completed, "shm_open");
    row("race-counter", "classic", completed, "mem_write_int");
    row("race-counter-sem", "classic", completed, "mem_write_int");
    row("pipe-pingpong", "pipes", completed, "repeat");
}

void TestBuiltins::libraryScenarios()
{
    QFETCH(QString, id);
    QFETCH(QString, category);
    QFETCH(QString, expect);
    QFETCH(QString, op);
    const ParseResult r = loadScenario(id.toStdString());
    QStringList errors;
    for (const Diagnostic &d : r.errors)
        errors << q(formatDiagnostic(d));
    QVERIFY2(r.ok(), qPrintable(errors.join(QLatin1Char('\n'))));
    const Scenario &s = r.scenario;
    QCOMPARE(q(s.id), id);
    QCOMPARE(q(s.category), category);
    QCOMPARE(q(s.expect), expect);
    QVERIFY(s.title.size() > 5);
    QVERIFY(s.description.size() > 80);
    QVERIFY(!s.watch.empty());
    QStringList ops;
    QStringList texts;
    for (const Process &root : s.roots)
        collect(root.body, ops, texts);
    QVERIFY2(ops.contains(op), qPrintable(ops.join(QLatin1Char(' '))));

    const auto listed = listBuiltins();
    const auto info = std::find_if(listed.begin(), listed.end(),
                                   [&](const BuiltinInfo &b) { return q(b.id) == id; });
    QVERIFY(info != listed.end());
    QCOMPARE(q(info->expect), expect);
}

void TestBuiltins::atLeast26()
{
    QVERIFY2(builtinSources().size() >= 26, qPrintable(QString::number(builtinSources().size())));
    QCOMPARE(listBuiltins().size(), builtinSources().size());
}

// `ipcviz-engine list --json` gives every built-in its "expect".
void TestBuiltins::listJsonHasExpect()
{
    QProcess p;
    p.start(QStringLiteral(IPCVIZ_ENGINE_PATH), {QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput());
    QVERIFY(doc.isArray());
    const QJsonArray all = doc.array();
    QCOMPARE(static_cast<std::size_t>(all.size()), builtinSources().size());
    QStringList deadlocks;
    for (const auto &v : all) {
        const QJsonObject o = v.toObject();
        const QString expect = o.value(QStringLiteral("expect")).toString();
        QVERIFY2(expect == QLatin1String("completed") || expect == QLatin1String("deadlock"),
                 qPrintable(o.value(QStringLiteral("id")).toString()));
        if (expect == QLatin1String("deadlock"))
            deadlocks << o.value(QStringLiteral("id")).toString();
    }
    deadlocks.sort();
    QCOMPARE(deadlocks, (QStringList{QStringLiteral("dining-philosophers"),
                                     QStringLiteral("pitfall-fifo-open-order"),
                                     QStringLiteral("pitfall-unclosed-write-end")}));
}

QTEST_GUILESS_MAIN(TestBuiltins)
#include "tst_builtins.moc"
