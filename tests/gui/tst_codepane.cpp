// Step mode's Code and Explanation panes on a recorded run: the engine's C
// listing with its line table is parsed (bad ones give a located reason), every
// live process has a cursor at the C line of its scenario line, a fork adds a
// cursor on the fork line, exec takes the cursor out of the listing, and a
// blocked read on an empty pipe is explained with who holds its write end.

#include "core/tracefile.h"
#include "models/runmodel.h"
#include "models/runstate.h"
#include "views/codepane.h"
#include "views/explanationpane.h"
#include "views/processpalette.h"
#include "views/stepexplainer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>

namespace {
QString dataFile(const char *name)
{
    return QStringLiteral(IPCVIZ_SOURCE_DIR "/tests/gui/data/") + QLatin1String(name);
}

/// A listing of pipe-messages where scenario line N is C line N + 100.
QString fakeProgram(QHash<int, int> *map)
{
    QStringList lines;
    for (int i = 1; i <= 140; ++i)
        lines << QStringLiteral("/* C line %1 */").arg(i);
    map->clear();
    for (int line : {13, 14, 15, 16, 17, 18, 20, 22, 23, 25, 26})
        map->insert(line, line + 100);
    return lines.join(QLatin1Char('\n'));
}

int indexOfSeq(const RunModel &model, qint64 seq)
{
    for (int i = 0; i < model.eventCount(); ++i) {
        if (model.event(i).seq == seq)
            return i;
    }
    return -1;
}
} // namespace

class TestCodePane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseProgramJson_data();
    void parseProgramJson();
    void cursorsFollowTheRun_data();
    void cursorsFollowTheRun();
    void execLeavesTheListing();
    void blockedReadIsExplained();
    void loadProgramFromEngine();
    void badScenarioGivesReason();
};

void TestCodePane::parseProgramJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("cLineOf14");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("table") << QByteArray(R"({"text":"int main(void)\n{\n}\n","lines":)"
                                         R"([{"line":13,"c_line":2},{"line":14,"c_line":3}]})")
                           << true << 2 << 3 << QString();
    QTest::newRow("first C line of a statement kept")
        << QByteArray(R"({"text":"a\nb\nc\n","lines":[{"line":14,"c_line":3},)"
                      R"({"line":14,"c_line":2}]})")
        << true << 1 << 2 << QString();
    QTest::newRow("no table") << QByteArray(R"({"text":"x"})") << true << 0 << 0 << QString();
    QTest::newRow("not JSON") << QByteArray("int main(void) {}") << false << 0 << 0
                              << QStringLiteral("offset");
    QTest::newRow("no text") << QByteArray(R"({"lines":[]})") << false << 0 << 0
                             << QStringLiteral("\"text\"");
    QTest::newRow("bad entry") << QByteArray(R"({"text":"x","lines":[{"line":3,"c_line":1},)"
                                             R"({"line":0,"c_line":1}]})")
                               << false << 0 << 0 << QStringLiteral("entry 2");
}

void TestCodePane::parseProgramJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(int, entries);
    QFETCH(int, cLineOf14);
    QFETCH(QString, errorPart);
    QString text;
    QHash<int, int> map;
    QString error;
    QCOMPARE(CodePane::parseProgramJson(json, &text, &map, &error), ok);
    if (!ok) {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        return;
    }
    QVERIFY(!text.isEmpty());
    QCOMPARE(map.size(), entries);
    QCOMPARE(map.value(14, 0), cLineOf14);
}

void TestCodePane::cursorsFollowTheRun_data()
{
    QTest::addColumn<qint64>("seq");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("before fork") << qint64(1) << QStringList{QStringLiteral("main")}
                                 << QList<int>{13};
    // The child exists from the fork on, on the fork line, before it runs anything.
    QTest::newRow("at fork") << qint64(2)
                             << QStringList{QStringLiteral("main"), QStringLiteral("main.1")}
                             << QList<int>{14, 14};
    QTest::newRow("child reads") << qint64(6)
                                 << QStringList{QStringLiteral("main"), QStringLiteral("main.1")}
                                 << QList<int>{20, 16};
}

void TestCodePane::cursorsFollowTheRun()
{
    QFETCH(qint64, seq);
    QFETCH(QStringList, labels);
    QFETCH(QList<int>, lines);
    RunModel model;
    const TraceLoadResult trace = TraceFile::load(dataFile("pipe-messages.ndjson"));
    QVERIFY2(trace.ok(), qPrintable(trace.fatalError));
    CodePane pane(&model);
    ProcessPalette palette;
    pane.setProcessPalette(&palette);
    model.loadTrace(trace);
    QHash<int, int> map;
    pane.setProgram(fakeProgram(&map), map);
    const int index = indexOfSeq(model, seq);
    QVERIFY(index >= 0);
    pane.showState(model.stateAt(index));
    const QList<CodePane::Cursor> cursors = pane.cursors();
    QCOMPARE(cursors.size(), labels.size());
    for (int i = 0; i < cursors.size(); ++i) {
        QCOMPARE(cursors[i].label, labels[i]);
        QCOMPARE(cursors[i].scenarioLine, lines[i]);
        QCOMPARE(cursors[i].cLine, lines[i] + 100);
    }
    // Each cursor is drawn on its line of the listing.
    const auto selections = pane.editor()->extraSelections();
    QCOMPARE(selections.size(), cursors.size());
    for (int i = 0; i < selections.size(); ++i)
        QCOMPARE(selections[i].cursor.block().blockNumber() + 1, cursors[i].cLine);
    QVERIFY(pane.execNote().isEmpty());
}

void TestCodePane::execLeavesTheListing()
{
    RunModel model;
    CodePane pane(&model);
    Event hello;
    hello.kind = QStringLiteral("hello");
    hello.setField(QStringLiteral("scenario"), QStringLiteral("exec-ls"));
    model.reset(hello);
    QHash<int, int> map{{3, 10}, {5, 12}};
    pane.setProgram(QStringLiteral("a\n").repeated(20), map);
    auto event = [](qint64 seq, const char *label, const char *kind, int line) {
        Event e;
        e.seq = seq;
        e.pid = QByteArray(label) == "main" ? 100 : 101;
        e.label = QLatin1String(label);
        e.kind = QLatin1String(kind);
        e.line = line;
        return e;
    };
    Event start = event(0, "main", "proc.start", 0);
    start.setField(QStringLiteral("root"), true);
    Event fork = event(1, "main", "proc.fork", 3);
    fork.setField(QStringLiteral("child"), 101);
    fork.setField(QStringLiteral("child_label"), QStringLiteral("main.1"));
    Event exec = event(2, "main.1", "proc.exec", 5);
    exec.phase = QStringLiteral("begin");
    exec.setField(QStringLiteral("path"), QStringLiteral("ls"));
    exec.setField(QStringLiteral("argv"), QJsonArray{QStringLiteral("ls"), QStringLiteral("-l")});
    model.appendEvents({start, fork, exec});

    pane.showState(model.stateAt(1));
    QCOMPARE(pane.cursors().size(), 2);
    QCOMPARE(pane.cursors().at(1).cLine, 10);

    pane.showState(model.stateAt(2));
    const RunState state = model.stateAt(2);
    QVERIFY(state.process(QStringLiteral("main.1")));
    QCOMPARE(pane.cursors().size(), 1);
    QCOMPARE(pane.cursors().first().label, QStringLiteral("main"));
    QVERIFY2(pane.execNote().contains(QStringLiteral("main.1")) &&
                 pane.execNote().contains(QStringLiteral("ls")),
             qPrintable(pane.execNote()));
}

void TestCodePane::blockedReadIsExplained()
{
    RunModel model;
    const TraceLoadResult trace = TraceFile::load(dataFile("pipe-messages.ndjson"));
    QVERIFY2(trace.ok(), qPrintable(trace.fatalError));
    ExplanationPane pane(&model);
    model.loadTrace(trace);
    const int readBegins = indexOfSeq(model, 6);
    const RunState state = model.stateAt(readBegins);
    const ProcessState *child = state.process(QStringLiteral("main.1"));
    QVERIFY(child);
    QCOMPARE(child->state, ProcessState::State::Blocked);
    const QString why = StepExplainer::explainBlocked(state, *child);
    QVERIFY2(why.startsWith(QStringLiteral(
                 "read blocks: pipe#1 is empty and main still holds its write end open")),
             qPrintable(why));
    pane.showState(state);
    QVERIFY2(pane.plainText().contains(why), qPrintable(pane.plainText()));
    // The step just done is the read itself, with its arguments.
    QVERIFY2(pane.plainText().contains(QStringLiteral("read(pipe#1, fd 3, max 1024)")),
             qPrintable(pane.plainText()));

    // Once the data is there, the read returns: nothing blocks any more.
    const RunState later = model.stateAt(indexOfSeq(model, 10));
    QCOMPARE(StepExplainer::explainBlocked(later, *later.process(QStringLiteral("main.1"))),
             QString());
}

void TestCodePane::loadProgramFromEngine()
{
    if (!QFileInfo(QStringLiteral(IPCVIZ_ENGINE_PATH)).isExecutable())
        QSKIP("ipcviz-engine is not built");
    RunModel model;
    CodePane pane(&model);
    const TraceLoadResult trace = TraceFile::load(dataFile("pipe-messages.ndjson"));
    QVERIFY(trace.ok());
    QVERIFY2(pane.loadProgram(QStringLiteral(IPCVIZ_ENGINE_PATH), trace.hello),
             qPrintable(pane.errorText()));
    const QString text = pane.programText();
    QVERIFY2(text.contains(QStringLiteral("fork()")), qPrintable(text.left(400)));
    // The run's parameter values are in the listing.
    QVERIFY(text.contains(QStringLiteral("50")));
    const QHash<int, int> map = pane.lineMap();
    if (map.isEmpty())
        QSKIP("this engine's `c` has no --json line table yet");
    const QStringList lines = text.split(QLatin1Char('\n'));
    QVERIFY(map.value(14) > 0 && map.value(14) <= lines.size());
    QVERIFY2(lines.at(map.value(14) - 1).contains(QStringLiteral("fork")),
             qPrintable(lines.at(map.value(14) - 1)));
    QVERIFY(lines.at(map.value(16) - 1).contains(QStringLiteral("read")));
}

void TestCodePane::badScenarioGivesReason()
{
    if (!QFileInfo(QStringLiteral(IPCVIZ_ENGINE_PATH)).isExecutable())
        QSKIP("ipcviz-engine is not built");
    RunModel model;
    CodePane pane(&model);
    Event hello;
    hello.kind = QStringLiteral("hello");
    hello.setField(QStringLiteral("scenario"), QStringLiteral("no-such-scenario-xyz"));
    QVERIFY(!pane.loadProgram(QStringLiteral(IPCVIZ_ENGINE_PATH), hello));
    QVERIFY2(pane.errorText().contains(QStringLiteral("no-such-scenario-xyz")),
             qPrintable(pane.errorText()));
    QVERIFY(pane.programText().isEmpty());
}

QTEST_MAIN(TestCodePane)
#include "tst_codepane.moc"
