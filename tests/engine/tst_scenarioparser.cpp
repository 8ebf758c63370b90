// Tests of the scenario language: parser, checker, parameters, loading, and the
// examples of docs/scenario-format.md.

#include "scenario/check.h"
#include "scenario/library.h"
#include "scenario/params.h"
#include "scenario/parser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>
#include <sys/stat.h>

using namespace ipcviz::scenario;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString sourceDir()
{
    return QStringLiteral(IPCVIZ_SOURCE_DIR);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString argText(const Arg &a)
{
    switch (a.kind) {
    case Arg::Kind::Int:
        return QStringLiteral("Int:") + QString::number(a.number);
    case Arg::Kind::String:
        return QStringLiteral("String:") + q(a.text);
    case Arg::Kind::Word:
        return QStringLiteral("Word:") + q(a.text);
    case Arg::Kind::ParamRef:
        return QStringLiteral("ParamRef:") + q(a.text);
    }
    return {};
}

QStringList argsOf(const Statement &st)
{
    QStringList out;
    for (const Arg &a : st.args)
        out << argText(a);
    return out;
}

QStringList optionsOf(const Statement &st)
{
    QStringList out;
    for (const auto &[name, value] : st.options)
        out << q(name) + QLatin1Char('=') + argText(value);
    return out;
}

QStringList errorLines(const ParseResult &r)
{
    QStringList out;
    for (const Diagnostic &d : r.errors)
        out << QString::number(d.loc.line) + QLatin1Char(':') + QString::number(d.loc.column) +
                   QStringLiteral(": error: ") + q(d.message);
    return out;
}

// Every handle a statement of the table below may need, defined before it.
const char kPrelude[] = "param n 2 \"a number\"\n"
                        "param s \"text\" \"a string\"\n"
                        "process main {\n"
                        "    pipe p\n"
                        "    open f \"data.bin\" rdwr create\n"
                        "    shm_open shm \"/AOS\" rdwr create mode 0600\n"
                        "    mmap m shm 4096 rdwr\n"
                        "    sem_open sem \"/sem\" create value 1\n"
                        "    fork child {\n"
                        "        exit 0\n"
                        "    }\n"
                        "    read p.r into v\n";
constexpr int kPreludeStatements = 8; // pipe open shm_open mmap sem_open fork exit read
constexpr int kPreludeLines = 12;

// The code block that follows `marker` in `doc`, with `indent` spaces removed from each line.
QByteArray codeBlockAfter(const QByteArray &doc, const QByteArray &marker, int indent)
{
    const qsizetype at = doc.indexOf(marker);
    if (at < 0)
        return {};
    const QByteArray fence = QByteArray(indent, ' ') + "```\n";
    const qsizetype open = doc.indexOf(fence, at);
    if (open < 0)
        return {};
    const qsizetype start = open + fence.size();
    const qsizetype close = doc.indexOf(fence, start);
    if (close < 0)
        return {};
    QByteArray block;
    for (const QByteArray &line : doc.mid(start, close - start).split('\n')) {
        block += line.startsWith(QByteArray(indent, ' ')) ? line.mid(indent) : line;
        block += '\n';
    }
    block.chop(1); // split() gave one more empty piece after the last '\n'
    return block;
}

} // namespace

class TestScenarioParser : public QObject {
    Q_OBJECT

private slots:
    void statements_data();
    void statements();
    void literals_data();
    void literals();
    void validScopes_data();
    void validScopes();
    void brokenFiles_data();
    void brokenFiles();
    void checkReportsAllErrors();
    void checkReportsOk();
    void statementIndexAndLocations();
    void paramOverride_data();
    void paramOverride();
    void bindParamsExpands();
    void docExampleParses();
    void docTutorialParses();
    void loadErrors_data();
    void loadErrors();
    void loadRefusesFifoAndLargeFile();
    void nestingLimit();
    void errorLimit();
    void garbageNeverCrashes();
    void expectDirective_data();
    void expectDirective();
    void forkTreeBindsAndNarrows();
};

void TestScenarioParser::statements_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("options");
    using L = QStringList;

    QTest::newRow("print") << "print \"pid %pid\\n\""
                           << "print" << L{"String:pid %pid\n"} << L{};
    QTest::newRow("print $s") << "print $s"
                              << "print" << L{"ParamRef:s"} << L{};
    QTest::newRow("eprint") << "eprint \"oops\""
                            << "eprint" << L{"String:oops"} << L{};
    QTest::newRow("fork named") << "fork kid {\n        exit 1\n    }"
                                << "fork" << L{"Word:kid"} << L{};
    QTest::newRow("fork anonymous") << "fork {\n        exit 1\n    }"
                                    << "fork" << L{} << L{};
    QTest::newRow("wait") << "wait"
                          << "wait" << L{} << L{};
    QTest::newRow("wait child") << "wait child"
                                << "wait" << L{"Word:child"} << L{};
    QTest::newRow("exit") << "exit"
                          << "exit" << L{} << L{};
    QTest::newRow("exit 3") << "exit 3"
                            << "exit" << L{"Int:3"} << L{};
    QTest::newRow("sleep") << "sleep 2"
                           << "sleep" << L{"Int:2"} << L{};
    QTest::newRow("msleep $n") << "msleep $n"
                               << "msleep" << L{"ParamRef:n"} << L{};
    QTest::newRow("usleep") << "usleep 50"
                            << "usleep" << L{"Int:50"} << L{};
    QTest::newRow("exec") << "exec ls -l /"
                          << "exec" << L{"Word:ls", "Word:-l", "Word:/"} << L{};
    QTest::newRow("exec mixed") << "exec $s \"a b\" 42"
                                << "exec" << L{"ParamRef:s", "String:a b", "Int:42"} << L{};
    QTest::newRow("repeat") << "repeat $n {\n        print \"x\"\n    }"
                            << "repeat" << L{"ParamRef:n"} << L{};
    QTest::newRow("sigaction") << "sigaction SIGUSR1 count"
                               << "sigaction" << L{"Word:SIGUSR1", "Word:count"} << L{};
    QTest::newRow("sigaction ignore") << "sigaction SIGINT ignore"
                                      << "sigaction" << L{"Word:SIGINT", "Word:ignore"} << L{};
    QTest::newRow("kill child") << "kill child SIGTERM"
                                << "kill" << L{"Word:child", "Word:SIGTERM"} << L{};
    QTest::newRow("kill parent") << "kill parent SIGUSR1"
                                 << "kill" << L{"Word:parent", "Word:SIGUSR1"} << L{};
    QTest::newRow("kill label") << "kill main.1 SIGUSR2"
                                << "kill" << L{"Word:main.1", "Word:SIGUSR2"} << L{};
    QTest::newRow("pause") << "pause"
                           << "pause" << L{} << L{};
    QTest::newRow("pipe") << "pipe q"
                          << "pipe" << L{"Word:q"} << L{};
    QTest::newRow("close pipe end") << "close p.r"
                                    << "close" << L{"Word:p.r"} << L{};
    QTest::newRow("close file") << "close f"
                                << "close" << L{"Word:f"} << L{};
    QTest::newRow("close shm") << "close shm"
                               << "close" << L{"Word:shm"} << L{};
    QTest::newRow("close number") << "close 1"
                                  << "close" << L{"Int:1"} << L{};
    QTest::newRow("dup2") << "dup2 p.w 1"
                          << "dup2" << L{"Word:p.w", "Int:1"} << L{};
    QTest::newRow("write text") << "write p.w \"hi\\n\""
                                << "write" << L{"Word:p.w", "String:hi\n"} << L{};
    QTest::newRow("write fill") << "write p.w fill 100"
                                << "write" << L{"Word:p.w"} << L{"fill=Int:100"};
    QTest::newRow("read options") << "read p.r max 10 until \"#\" echo into line"
                                  << "read" << L{"Word:p.r"}
                                  << L{"echo=Word:", "into=Word:line", "max=Int:10",
                                       "until=String:#"};
    QTest::newRow("read until-eof") << "read f until-eof"
                                    << "read" << L{"Word:f"} << L{"until-eof=Word:"};
    QTest::newRow("mkfifo") << "mkfifo \"myfifo\" mode 0644"
                            << "mkfifo" << L{"String:myfifo"} << L{"mode=Int:420"};
    QTest::newRow("open") << "open g \"dir/x\" write create mode 0600"
                          << "open" << L{"Word:g", "String:dir/x", "Word:write"}
                          << L{"create=Word:", "mode=Int:384"};
    QTest::newRow("unlink") << "unlink \"myfifo\""
                            << "unlink" << L{"String:myfifo"} << L{};
    QTest::newRow("shm_open") << "shm_open s2 \"/B\" rdonly"
                              << "shm_open" << L{"Word:s2", "String:/B", "Word:rdonly"} << L{};
    QTest::newRow("ftruncate") << "ftruncate shm 16"
                               << "ftruncate" << L{"Word:shm", "Int:16"} << L{};
    QTest::newRow("mmap file") << "mmap m2 f 4 read"
                               << "mmap" << L{"Word:m2", "Word:f", "Int:4", "Word:read"} << L{};
    QTest::newRow("munmap") << "munmap m"
                            << "munmap" << L{"Word:m"} << L{};
    QTest::newRow("mem_write") << "mem_write m 12 \"\\x17\\x00\""
                               << "mem_write"
                               << L{"Word:m", "Int:12", QString::fromLatin1("String:\x17\0", 9)}
                               << L{};
    QTest::newRow("mem_read") << "mem_read m 0 4 as int32 echo into age"
                              << "mem_read" << L{"Word:m", "Int:0", "Int:4"}
                              << L{"as=Word:int32", "echo=Word:", "into=Word:age"};
    QTest::newRow("mem_incr") << "mem_incr m 0"
                              << "mem_incr" << L{"Word:m", "Int:0"} << L{};
    QTest::newRow("shm_unlink") << "shm_unlink \"/AOS\""
                                << "shm_unlink" << L{"String:/AOS"} << L{};
    QTest::newRow("sem_open existing") << "sem_open s2 \"/x\""
                                       << "sem_open" << L{"Word:s2", "String:/x"} << L{};
    QTest::newRow("sem_open create")
        << "sem_open s2 \"/x\" create value 3"
        << "sem_open" << L{"Word:s2", "String:/x"} << L{"create=Word:", "value=Int:3"};
    QTest::newRow("sem_wait") << "sem_wait sem"
                              << "sem_wait" << L{"Word:sem"} << L{};
    QTest::newRow("sem_post") << "sem_post sem"
                              << "sem_post" << L{"Word:sem"} << L{};
    QTest::newRow("sem_close") << "sem_close sem"
                               << "sem_close" << L{"Word:sem"} << L{};
    QTest::newRow("sem_unlink") << "sem_unlink \"/sem\""
                                << "sem_unlink" << L{"String:/sem"} << L{};
    QTest::newRow("print %var") << "print \"%var(v) %count(SIGUSR1) %% %status\""
                                << "print" << L{"String:%var(v) %count(SIGUSR1) %% %status"} << L{};
    QTest::newRow("printf") << "printf \"%pid before fork\\n\""
                            << "printf" << L{"String:%pid before fork\n"} << L{};
    QTest::newRow("printf $s") << "printf $s"
                               << "printf" << L{"ParamRef:s"} << L{};
    QTest::newRow("fflush") << "fflush"
                            << "fflush" << L{} << L{};
    QTest::newRow("fork_unchecked") << "fork_unchecked"
                                    << "fork_unchecked" << L{} << L{};
    QTest::newRow("fork_tree") << "fork_tree 2 $n {\n        print \"%label\\n\"\n    }"
                               << "fork_tree" << L{"Int:2", "ParamRef:n"} << L{};
    QTest::newRow("sigaction reap") << "sigaction SIGCHLD reap"
                                    << "sigaction" << L{"Word:SIGCHLD", "Word:reap"} << L{};
    QTest::newRow("mem_write_int") << "mem_write_int m 0 v"
                                   << "mem_write_int" << L{"Word:m", "Int:0", "Word:v"} << L{};
    QTest::newRow("mem_write_int add")
        << "mem_write_int m 8 v add -1"
        << "mem_write_int" << L{"Word:m", "Int:8", "Word:v"} << L{"add=Int:-1"};
    QTest::newRow("mem_write_int add $n")
        << "mem_write_int m 0 v add $n"
        << "mem_write_int" << L{"Word:m", "Int:0", "Word:v"} << L{"add=ParamRef:n"};
}

void TestScenarioParser::statements()
{
    QFETCH(QString, source);
    QFETCH(QString, op);
    QFETCH(QStringList, args);
    QFETCH(QStringList, options);

    const std::string text = std::string(kPrelude) + "    " + source.toStdString() + "\n}\n";
    const ParseResult r = parseScenario(text, "test.ipcv", "test");
    QVERIFY2(r.ok(), qPrintable(errorLines(r).join(QLatin1Char('\n'))));
    QCOMPARE(r.scenario.roots.size(), std::size_t(1));
    const Process &main = r.scenario.roots[0];
    QCOMPARE(q(main.label), QStringLiteral("main"));
    QVERIFY(!main.body.empty());
    const Statement &st = main.body.back();
    QCOMPARE(q(st.op), op);
    QCOMPARE(argsOf(st), args);
    QCOMPARE(optionsOf(st), options);
    QCOMPARE(st.loc.line, kPreludeLines + 1);
    QCOMPARE(st.loc.column, 5);
    QCOMPARE(st.index, kPreludeStatements + 1);
    if (op == QLatin1String("fork") || op == QLatin1String("repeat") ||
        op == QLatin1String("fork_tree")) {
        QCOMPARE(st.body.size(), std::size_t(1));
        QCOMPARE(st.body[0].index, kPreludeStatements + 2);
    }
}

void TestScenarioParser::literals_data()
{
    QTest::addColumn<QString>("literal");
    QTest::addColumn<qint64>("number");

    QTest::newRow("decimal") << "42" << qint64(42);
    QTest::newRow("octal") << "0666" << qint64(0666);
    QTest::newRow("hex") << "0x1F" << qint64(31);
    QTest::newRow("zero") << "0" << qint64(0);
}

void TestScenarioParser::literals()
{
    QFETCH(QString, literal);
    QFETCH(qint64, number);
    const std::string text = "process main {\n    usleep " + literal.toStdString() +
                             "\n    print \"a\\tb\\r\\\\\\\"\\0\\x41\\xff\\n\"\n}\n";
    const ParseResult r = parseScenario(text, "t.ipcv", "t");
    QVERIFY2(r.ok(), qPrintable(errorLines(r).join(QLatin1Char('\n'))));
    QCOMPARE(r.scenario.roots[0].body[0].args[0].number, number);
    QCOMPARE(q(r.scenario.roots[0].body[0].args[0].text), literal);
    const std::string expected("a\tb\r\\\"\0A\xff\n", 10);
    QCOMPARE(r.scenario.roots[0].body[1].args[0].text, expected);
}

void TestScenarioParser::validScopes_data()
{
    QTest::addColumn<QString>("source");

    QTest::newRow("child inherits a pipe") << "process main {\n    pipe p\n    fork {\n"
                                              "        close p.w\n    }\n    close p.r\n}\n";
    QTest::newRow("fork name after its block")
        << "process main {\n    fork c {\n        exit 0\n    }\n    kill c SIGTERM\n"
           "    wait c\n}\n";
    QTest::newRow("a later child sees an earlier one")
        << "process main {\n    fork a {\n        pause\n    }\n    fork b {\n"
           "        kill a SIGTERM\n    }\n    wait b\n    wait a\n}\n";
    QTest::newRow("label of a root defined later")
        << "process a {\n    kill b.1 SIGUSR1\n}\nprocess b {\n    exit 0\n}\n";
    QTest::newRow("same name in two processes")
        << "process a {\n    pipe p\n}\nprocess b {\n    pipe p\n}\n";
    QTest::newRow("a name inside repeat, again in the next repeat")
        << "process main {\n    repeat 2 {\n        pipe p\n    }\n    repeat 2 {\n"
           "        pipe p\n    }\n}\n";
    QTest::newRow("a variable set twice")
        << "process main {\n    pipe p\n    read p.r into v\n    read p.r into v\n"
           "    print \"%var(v)\"\n}\n";
    QTest::newRow("comments and blanks")
        << "# a comment\n\n  process main {   # here too\n\tprint \"# not a comment\"\n}\n";
    QTest::newRow("CRLF line ends") << "process main {\r\n    exit 0\r\n}\r\n";
    QTest::newRow("no final newline") << "process main {\n    exit 0\n}";
}

void TestScenarioParser::validScopes()
{
    QFETCH(QString, source);
    const ParseResult r = parseScenario(source.toStdString(), "t.ipcv", "t");
    QVERIFY2(r.ok(), qPrintable(errorLines(r).join(QLatin1Char('\n'))));
}

void TestScenarioParser::brokenFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("expected");

    const QDir dir(sourceDir() + QStringLiteral("/tests/engine/data/broken"));
    const QStringList files = dir.entryList({QStringLiteral("*.ipcv")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 50, "the broken files are missing");
    for (const QString &file : files) {
        const QString path = dir.filePath(file);
        const QString expectedPath = path.chopped(5) + QStringLiteral(".expected");
        QVERIFY2(QFileInfo::exists(expectedPath), qPrintable(expectedPath));
        const QString expected = QString::fromUtf8(readAll(expectedPath));
        QTest::newRow(qPrintable(file))
            << path << expected.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
}

void TestScenarioParser::brokenFiles()
{
    QFETCH(QString, path);
    QFETCH(QStringList, expected);
    QVERIFY(!expected.isEmpty());
    const ParseResult r = loadScenario(path.toStdString());
    QVERIFY(!r.ok());
    QStringList actual;
    for (const Diagnostic &d : r.errors) {
        QCOMPARE(q(d.file), path);
        const QString line = q(formatDiagnostic(d));
        QVERIFY(line.startsWith(path + QLatin1Char(':')));
        actual << line.mid(path.size() + 1);
    }
    QCOMPARE(actual, expected);
}

void TestScenarioParser::checkReportsAllErrors()
{
    const QString path =
        sourceDir() + QStringLiteral("/tests/engine/data/broken/several-errors.ipcv");
    std::ostringstream out;
    QCOMPARE(runCheck(path.toStdString(), out), 1);
    const QStringList lines = q(out.str()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList expected = {
        path + QStringLiteral(":3:10: error: unknown category 'pipe' (did you mean 'pipes'?)"),
        path + QStringLiteral(":6:5: error: unknown statement 'prnt' (did you mean 'print'?)"),
        path + QStringLiteral(":7:15: error: expected a string (the text to write), found "
                              "'hello' (put text in double quotes)"),
        path + QStringLiteral(":8:14: error: option 'max' needs a value: an integer (the most "
                              "bytes one read returns)"),
        path + QStringLiteral(":9:10: error: out of range: the exit status must be 0 to 255, "
                              "not 300"),
    };
    QCOMPARE(lines, expected);
}

void TestScenarioParser::checkReportsOk()
{
    const QString path = sourceDir() + QStringLiteral("/tests/engine/data/hello-pipe.ipcv");
    std::ostringstream out;
    QCOMPARE(runCheck(path.toStdString(), out), 0);
    QCOMPARE(q(out.str()), path + QStringLiteral(": ok (2 processes, 8 statements)\n"));

    std::ostringstream missing;
    QCOMPARE(runCheck("/nonexistent/dir/x.ipcv", missing), 1);
    QCOMPARE(q(missing.str()), QStringLiteral("/nonexistent/dir/x.ipcv: error: cannot open the "
                                              "file: No such file or directory\n"));
}

void TestScenarioParser::statementIndexAndLocations()
{
    const ParseResult r = loadScenario("pipe-messages");
    QVERIFY(r.ok());
    const Process &main = r.scenario.roots.at(0);
    QStringList order;
    std::vector<int> indexes;
    std::vector<int> lines;
    auto walk = [&](auto &&self, const std::vector<Statement> &body) -> void {
        for (const Statement &st : body) {
            indexes.push_back(st.index);
            lines.push_back(st.loc.line);
            order << q(st.op);
            self(self, st.body);
        }
    };
    walk(walk, main.body);
    QCOMPARE(order, QStringList({"pipe", "fork", "close", "read", "close", "exit", "close",
                                 "repeat", "write", "msleep", "close", "wait"}));
    // File order: the index grows with the line.
    for (std::size_t i = 0; i < indexes.size(); ++i) {
        QCOMPARE(indexes[i], int(i) + 1);
        if (i > 0)
            QVERIFY(lines[i] > lines[i - 1]);
    }
    QCOMPARE(main.loc.line, 12);
    QCOMPARE(main.body[0].loc.line, 13);
    QCOMPARE(main.body[0].args[0].loc.column, 10);
}

void TestScenarioParser::paramOverride_data()
{
    QTest::addColumn<QString>("keyValue");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("integer") << "count=5" << QString() << "count"
                             << "5";
    QTest::newRow("integer with +") << "count=+7" << QString() << "count"
                                    << "7";
    QTest::newRow("string") << "message=Bye = now" << QString() << "message"
                            << "Bye = now";
    QTest::newRow("empty string") << "message=" << QString() << "message"
                                  << "";
    QTest::newRow("unknown key")
        << "cnt=5"
        << "unknown parameter 'cnt' (this scenario's parameters: count, delay_ms, message)"
        << "count"
        << "3";
    QTest::newRow("not an integer") << "count=abc"
                                    << "parameter 'count' needs an integer, got 'abc'"
                                    << "count"
                                    << "3";
    QTest::newRow("trailing junk") << "count=5x"
                                   << "parameter 'count' needs an integer, got '5x'"
                                   << "count"
                                   << "3";
    QTest::newRow("empty integer") << "count="
                                   << "parameter 'count' needs an integer, got ''"
                                   << "count"
                                   << "3";
    QTest::newRow("above max") << "count=500"
                               << "parameter 'count' must be between 1 and 100, got 500"
                               << "count"
                               << "3";
    QTest::newRow("below min") << "count=0"
                               << "parameter 'count' must be between 1 and 100, got 0"
                               << "count"
                               << "3";
    QTest::newRow("huge") << "delay_ms=99999999999999999999999"
                          << "parameter 'delay_ms' must be between 0 and 10000, got "
                             "99999999999999999999999"
                          << "delay_ms"
                          << "1000";
    QTest::newRow("missing =") << "count"
                               << "expected KEY=VALUE, got 'count'"
                               << "count"
                               << "3";
    QTest::newRow("empty key") << "=3"
                               << "expected KEY=VALUE, got '=3' (the key is empty)"
                               << "count"
                               << "3";
}

void TestScenarioParser::paramOverride()
{
    QFETCH(QString, keyValue);
    QFETCH(QString, error);
    QFETCH(QString, key);
    QFETCH(QString, value);

    const ParseResult r = loadScenario("pipe-messages");
    QVERIFY(r.ok());
    ParamValues values = defaultParams(r.scenario);
    QCOMPARE(values.size(), std::size_t(3));
    const std::optional<std::string> result =
        applyParamOverride(r.scenario, values, keyValue.toStdString());
    QCOMPARE(result ? q(*result) : QString(), error);
    QCOMPARE(q(paramValueText(values.at(key.toStdString()))), value);
}

void TestScenarioParser::bindParamsExpands()
{
    const char *text = "param n 2 \"a number\" min 0\n"
                       "param word \"50%\" \"some text\"\n"
                       "param prog \"ls\" \"a program\"\n"
                       "process main {\n"
                       "    sleep $n\n"
                       "    print \"${word} of ${n}\\n\"\n"
                       "    print $word\n"
                       "    print $n\n"
                       "    pipe p\n"
                       "    write p.w \"${word}\"\n"
                       "    read p.r until \"${word}\" max $n\n"
                       "    exec $prog $n \"${prog}\"\n"
                       "    repeat $n {\n"
                       "        usleep $n\n"
                       "    }\n"
                       "}\n";
    const ParseResult r = parseScenario(text, "b.ipcv", "b");
    QVERIFY2(r.ok(), qPrintable(errorLines(r).join(QLatin1Char('\n'))));

    // The range of n is narrowed by `sleep $n` (0..3600) and `max $n` (1..).
    ParamValues values = defaultParams(r.scenario);
    QCOMPARE(q(applyParamOverride(r.scenario, values, "n=4000").value_or("")),
             QStringLiteral("parameter 'n' must be between 1 and 3600, got 4000"));
    QVERIFY(!applyParamOverride(r.scenario, values, "n=7"));
    QVERIFY(!applyParamOverride(r.scenario, values, "word=a%b"));

    const Scenario bound = bindParams(r.scenario, values);
    const std::vector<Statement> &body = bound.roots[0].body;
    QCOMPARE(argsOf(body[0]), QStringList{"Int:7"});
    // In printed text a '%' from a value is doubled so it stays a '%'.
    QCOMPARE(argsOf(body[1]), QStringList{"String:a%%b of 7\n"});
    QCOMPARE(argsOf(body[2]), QStringList{"String:a%%b"});
    QCOMPARE(argsOf(body[3]), QStringList{"String:7"});
    QCOMPARE(argsOf(body[5]), (QStringList{"Word:p.w", "String:a%b"}));
    QCOMPARE(optionsOf(body[6]), (QStringList{"max=Int:7", "until=String:a%b"}));
    QCOMPARE(argsOf(body[7]), (QStringList{"String:ls", "String:7", "String:ls"}));
    QCOMPARE(argsOf(body[8]), QStringList{"Int:7"});
    QCOMPARE(argsOf(body[8].body[0]), QStringList{"Int:7"});
    // The original is untouched.
    QCOMPARE(argsOf(r.scenario.roots[0].body[0]), QStringList{"ParamRef:n"});

    // Missing values take the defaults.
    const Scenario byDefault = bindParams(r.scenario, {});
    QCOMPARE(argsOf(byDefault.roots[0].body[0]), QStringList{"Int:2"});
    QCOMPARE(argsOf(byDefault.roots[0].body[1]), QStringList{"String:50%% of 2\n"});
}

void TestScenarioParser::docExampleParses()
{
    const QByteArray doc = readAll(sourceDir() + QStringLiteral("/docs/scenario-format.md"));
    QVERIFY(!doc.isEmpty());
    const QByteArray example = codeBlockAfter(doc, "## A complete example", 0);
    QVERIFY(example.startsWith("# pipe-messages"));
    const QByteArray file =
        readAll(sourceDir() + QStringLiteral("/resources/scenarios/pipe-messages.ipcv"));
    QCOMPARE(example, file);

    const ParseResult r = parseScenario(example.toStdString(), "doc", "doc");
    QVERIFY2(r.ok(), qPrintable(errorLines(r).join(QLatin1Char('\n'))));
    const Scenario &s = r.scenario;
    QCOMPARE(q(s.id), QStringLiteral("pipe-messages"));
    QCOMPARE(q(s.title), QStringLiteral("Unnamed pipe: parent to child"));
    QCOMPARE(q(s.category), QStringLiteral("pipes"));
    QCOMPARE(s.watch.size(), std::size_t(2));
    QCOMPARE(s.params.size(), std::size_t(3));
    QCOMPARE(q(s.params[0].name), QStringLiteral("count"));
    QCOMPARE(s.params[0].defaultInt, 3);
    QCOMPARE(s.params[0].min, 1);
    QCOMPARE(s.params[0].max, 100);
    QCOMPARE(s.params[1].defaultInt, 1000);
    QVERIFY(s.params[2].type == Param::Type::String);
    QCOMPARE(q(s.params[2].defaultString), QStringLiteral("Hello, world."));
    QCOMPARE(s.roots.size(), std::size_t(1));
    QCOMPARE(q(s.sourceText), QString::fromUtf8(example));
}

void TestScenarioParser::docTutorialParses()
{
    const QByteArray doc = readAll(sourceDir() + QStringLiteral("/docs/scenario-format.md"));
    const QByteArray tutorial = codeBlockAfter(doc, "5. **Check it.**", 3);
    const QString path = sourceDir() + QStringLiteral("/tests/engine/data/hello-pipe.ipcv");
    QCOMPARE(tutorial, readAll(path));
    const ParseResult r = parseScenario(tutorial.toStdString(), "hello-pipe.ipcv", "hello-pipe");
    QVERIFY2(r.ok(), qPrintable(errorLines(r).join(QLatin1Char('\n'))));
    QCOMPARE(q(r.scenario.id), QStringLiteral("hello-pipe"));

    // The mistake the tutorial shows gives the message it shows.
    QByteArray broken = tutorial;
    broken.replace("    write p.w", "    writ p.w");
    const ParseResult bad = parseScenario(broken.toStdString(), "hello-pipe.ipcv", "hello-pipe");
    QCOMPARE(bad.errors.size(), std::size_t(1));
    const QByteArray line = QByteArray::fromStdString(formatDiagnostic(bad.errors[0]));
    QCOMPARE(line, QByteArray("hello-pipe.ipcv:13:5: error: unknown statement 'writ' (did you "
                              "mean 'write'?)"));
    QVERIFY(doc.contains("   " + line + "\n"));
}

void TestScenarioParser::loadErrors_data()
{
    QTest::addColumn<QString>("idOrPath");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown id") << "no-such-scenario"
                                << "unknown scenario 'no-such-scenario': no built-in has this id "
                                   "and there is no such file; run `ipcviz-engine list` to see "
                                   "the built-in scenarios";
    QTest::newRow("misspelled id") << "pipe-mesages"
                                   << "unknown scenario 'pipe-mesages': no built-in has this id "
                                      "and there is no such file (did you mean 'pipe-messages'?); "
                                      "run `ipcviz-engine list` to see the built-in scenarios";
    QTest::newRow("missing file") << "/nonexistent/x.ipcv"
                                  << "cannot open the file: No such file or directory";
    QTest::newRow("directory") << "/"
                               << "is a directory, not a scenario file";
}

void TestScenarioParser::loadErrors()
{
    QFETCH(QString, idOrPath);
    QFETCH(QString, message);
    const ParseResult r = loadScenario(idOrPath.toStdString());
    QCOMPARE(r.errors.size(), std::size_t(1));
    QCOMPARE(q(r.errors[0].file), idOrPath);
    QCOMPARE(r.errors[0].loc.line, 0);
    QCOMPARE(q(r.errors[0].message), message);
    QCOMPARE(q(formatDiagnostic(r.errors[0])), idOrPath + QStringLiteral(": error: ") + message);
}

void TestScenarioParser::loadRefusesFifoAndLargeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // A FIFO with no writer would block a plain open(): it must be refused at once.
    const QString fifo = dir.filePath(QStringLiteral("scenario.ipcv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    ParseResult r = loadScenario(fifo.toStdString());
    QCOMPARE(r.errors.size(), std::size_t(1));
    QCOMPARE(q(r.errors[0].message), QStringLiteral("is not a regular file"));

    const QString big = dir.filePath(QStringLiteral("big.ipcv"));
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray line(1023, '#');
    for (int i = 0; i < 1025; ++i)
        f.write(line + '\n');
    f.close();
    r = loadScenario(big.toStdString());
    QCOMPARE(r.errors.size(), std::size_t(1));
    QCOMPARE(q(r.errors[0].message),
             QStringLiteral("the file is larger than 1 MiB (1049600 bytes): not a scenario"));

    // A file of exactly 1 MiB of comments is read (and lacks a process).
    QVERIFY(f.resize(1024 * 1024));
    r = loadScenario(big.toStdString());
    QCOMPARE(r.errors.size(), std::size_t(1));
    QCOMPARE(q(r.errors[0].message),
             QStringLiteral("no 'process' block: a scenario needs at least one process"));

    // The base name without .ipcv is the default id.
    const QString named = dir.filePath(QStringLiteral("my-own.ipcv"));
    QFile g(named);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("process main {\n    exit 0\n}\n");
    g.close();
    r = loadScenario(named.toStdString());
    QVERIFY(r.ok());
    QCOMPARE(q(r.scenario.id), QStringLiteral("my-own"));
    QCOMPARE(q(r.scenario.sourcePath), named);
}

void TestScenarioParser::nestingLimit()
{
    std::string text = "process main {\n";
    for (int i = 0; i < 40; ++i)
        text += "repeat 1 {\n";
    for (int i = 0; i < 40; ++i)
        text += "}\n";
    text += "}\n";
    const ParseResult r = parseScenario(text, "deep.ipcv", "deep");
    QVERIFY(!r.ok());
    QCOMPARE(q(r.errors[0].message),
             QStringLiteral("blocks are nested too deeply (at most 32 levels)"));
    QCOMPARE(r.errors[0].loc.line, 33);
}

void TestScenarioParser::errorLimit()
{
    std::string text = "process main {\n";
    for (int i = 0; i < 500; ++i)
        text += "    bogus\n";
    text += "}\n";
    const ParseResult r = parseScenario(text, "many.ipcv", "many");
    QCOMPARE(r.errors.size(), kMaxErrors + 1);
    QCOMPARE(q(r.errors.back().message), QStringLiteral("too many errors (100); stopping here"));
}

void TestScenarioParser::garbageNeverCrashes()
{
    // Mutated built-ins and random bytes: the parser must answer (ASan/UBSan watch).
    QRandomGenerator rng(20261126);
    const std::string base = loadScenario("shm-semaphore").scenario.sourceText;
    QVERIFY(!base.empty());
    const char alphabet[] = "{}\"\\$#%.\n \tax0-/";
    for (int round = 0; round < 300; ++round) {
        std::string text = base;
        const int edits = 1 + static_cast<int>(rng.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const auto at =
                static_cast<std::size_t>(rng.bounded(static_cast<quint32>(text.size())));
            const char c = round % 3 == 0 ? static_cast<char>(rng.bounded(256))
                                          : alphabet[rng.bounded(quint32(sizeof alphabet - 1))];
            if (rng.bounded(2))
                text[at] = c;
            else
                text.insert(at, 1, c);
        }
        const ParseResult r = parseScenario(text, "fuzz.ipcv", "fuzz");
        for (const Diagnostic &d : r.errors) {
            QVERIFY(d.loc.line >= 1);
            QVERIFY(d.loc.column >= 1);
            QVERIFY(!d.message.empty());
        }
        if (r.ok()) {
            ParamValues v = defaultParams(r.scenario);
            bindParams(r.scenario, v);
        }
    }
}

void TestScenarioParser::expectDirective_data()
{
    QTest::addColumn<QString>("directive");
    QTest::addColumn<QString>("expect");
    QTest::newRow("default") << QString() << "completed";
    QTest::newRow("completed") << "expect completed"
                               << "completed";
    QTest::newRow("deadlock") << "expect deadlock"
                              << "deadlock";
    QTest::newRow("failed") << "expect failed"
                            << "failed";
    QTest::newRow("timeout") << "expect timeout"
                             << "timeout";
}

void TestScenarioParser::expectDirective()
{
    QFETCH(QString, directive);
    QFETCH(QString, expect);
    const std::string text = directive.toStdString() + "\nprocess main {\n    exit 0\n}\n";
    const ParseResult r = parseScenario(text, "e.ipcv", "e");
    QVERIFY2(r.ok(), qPrintable(errorLines(r).join(QLatin1Char('\n'))));
    QCOMPARE(q(r.scenario.expect), expect);

    // Twice is an error, like every directive but watch and param.
    const std::string twice = directive.isEmpty()
                                  ? std::string("expect deadlock\nexpect failed")
                                  : directive.toStdString() + "\n" + directive.toStdString();
    const ParseResult d = parseScenario(twice + "\nprocess main {\n    exit 0\n}\n", "e.ipcv", "e");
    QCOMPARE(errorLines(d), QStringList{QStringLiteral(
                                "2:1: error: duplicate 'expect' (already given at line 1)")});
}

// fork_tree's integers take parameters, and a parameter used there is held to
// the statement's range.
void TestScenarioParser::forkTreeBindsAndNarrows()
{
    const std::string text = "param depth 2 \"levels\"\n"
                             "param width 3 \"children\" max 100\n"
                             "process main {\n"
                             "    fork_tree $depth $width {\n"
                             "        print \"%label\\n\"\n"
                             "    }\n"
                             "}\n";
    const ParseResult r = parseScenario(text, "t.ipcv", "t");
    QVERIFY2(r.ok(), qPrintable(errorLines(r).join(QLatin1Char('\n'))));
    ParamValues values = defaultParams(r.scenario);
    QVERIFY(!applyParamOverride(r.scenario, values, "width=64"));
    QVERIFY(applyParamOverride(r.scenario, values, "width=65").has_value());
    QVERIFY(applyParamOverride(r.scenario, values, "depth=11").has_value());
    QVERIFY(!applyParamOverride(r.scenario, values, "depth=3"));
    const Scenario bound = bindParams(r.scenario, values);
    const Statement &tree = bound.roots[0].body[0];
    QCOMPARE(q(tree.op), QStringLiteral("fork_tree"));
    QCOMPARE(tree.args[0].kind, Arg::Kind::Int);
    QCOMPARE(tree.args[0].number, 3);
    QCOMPARE(tree.args[1].number, 64);
    std::ostringstream out;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.ipcv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.c_str());
    f.close();
    QCOMPARE(runCheck(path.toStdString(), out), 0);
    QCOMPARE(q(out.str()), path + QStringLiteral(": ok (2 processes, 2 statements)\n"));
}

QTEST_GUILESS_MAIN(TestScenarioParser)
#include "tst_scenarioparser.moc"
