// `ipcviz export`: runExportCommand() run as a real child process (this test
// binary, started with "export ..." arguments, is the command), so exit status,
// stderr and files are checked exactly as a user or a script sees them.

#include "export/exportcommand.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cstring>

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(IPCVIZ_SOURCE_DIR "/tests/gui/data/export/") + name;
}

struct Outcome {
    int exitCode = -1;
    QString err;
    QByteArray out;
};

Outcome runExport(const QStringList &arguments)
{
    QProcess process;
    // `--to c` asks the engine of this build.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IPCVIZ_ENGINE"), QStringLiteral(IPCVIZ_ENGINE_PATH));
    process.setProcessEnvironment(env);
    process.start(QCoreApplication::applicationFilePath(),
                  QStringList{QStringLiteral("export")} + arguments);
    Outcome outcome;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        outcome.err = QStringLiteral("timed out");
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    outcome.err = QString::fromLocal8Bit(process.readAllStandardError());
    outcome.out = process.readAllStandardOutput();
    return outcome;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formats_data();
    void formats();
    void stdoutOutput();
    void usageErrors_data();
    void usageErrors();
    void damagedTraces_data();
    void damagedTraces();
    void refusedTraces_data();
    void refusedTraces();
    void realEngineRun();

private:
    QTemporaryDir m_dir;
};

void TestExportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestExportCommand::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("perfetto") << QStringLiteral("perfetto") << QStringList();
    QTest::newRow("csv") << QStringLiteral("csv") << QStringList();
    QTest::newRow("mermaid") << QStringLiteral("mermaid") << QStringList();
    QTest::newRow("text") << QStringLiteral("text") << QStringList();
    QTest::newRow("svg") << QStringLiteral("svg") << QStringList();
    QTest::newRow("png default size") << QStringLiteral("png") << QStringList();
    QTest::newRow("png at seq, sized")
        << QStringLiteral("png")
        << QStringList{QStringLiteral("--at"), QStringLiteral("20"), QStringLiteral("--size"),
                       QStringLiteral("640x480")};
}

void TestExportCommand::formats()
{
    QFETCH(QString, format);
    QFETCH(QStringList, extra);
    const QString out = m_dir.filePath(QStringLiteral("out.") + format);
    QFile::remove(out);
    const Outcome r =
        runExport(QStringList{dataPath(QStringLiteral("pipe-messages.ndjson")),
                              QStringLiteral("--to"), format, QStringLiteral("-o"), out} +
                  extra);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("warning")), qPrintable(r.err));
    const QByteArray bytes = readFile(out);
    QVERIFY(!bytes.isEmpty());
    if (format == QLatin1String("perfetto")) {
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.object().value(QLatin1String("traceEvents")).isArray());
    } else if (format == QLatin1String("csv")) {
        // 35 events + the header; the newlines inside data cells are bare LFs.
        QCOMPARE(bytes.count("\r\n"), qsizetype(36));
    } else if (format == QLatin1String("mermaid")) {
        QVERIFY(bytes.startsWith("sequenceDiagram\n"));
    } else if (format == QLatin1String("text")) {
        // A heading, one line per event (35), the end, what was printed.
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.startsWith(QStringLiteral("Scenario pipe-messages")));
        QCOMPARE(text.count(QStringLiteral(" ms] ")), 35);
        QVERIFY(text.contains(QStringLiteral("The run ended: completed")));
        QVERIFY(text.contains(QStringLiteral("What the processes printed:\nHello, \"world\".")));
    } else if (format == QLatin1String("svg")) {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::StartElement) {
        }
        QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
    } else if (format == QLatin1String("png")) {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.size(), extra.isEmpty() ? QSize(1920, 1080) : QSize(640, 480));
    }
}

void TestExportCommand::stdoutOutput()
{
    const Outcome r =
        runExport({dataPath(QStringLiteral("signals.ndjson")), QStringLiteral("--to"),
                   QStringLiteral("mermaid"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("sequenceDiagram\n"));
    QVERIFY(r.out.contains("kill SIGUSR1"));
}

void TestExportCommand::usageErrors_data()
{
    const QString trace = dataPath(QStringLiteral("pipe-messages.ndjson"));
    const QString out = QStringLiteral("/nonexistent-dir/never-written");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList() << QStringLiteral("no trace file given");
    QTest::newRow("no format") << QStringList{trace, QStringLiteral("-o"), out}
                               << QStringLiteral("--to FORMAT is required");
    QTest::newRow("unknown format")
        << QStringList{trace, QStringLiteral("--to"), QStringLiteral("pdf"), QStringLiteral("-o"),
                       out}
        << QStringLiteral("unknown format \"pdf\"; use one of perfetto|csv|mermaid|svg|png|c|text");
    QTest::newRow("no output") << QStringList{trace, QStringLiteral("--to"), QStringLiteral("csv")}
                               << QStringLiteral("-o OUT is required");
    QTest::newRow("two traces") << QStringList{trace,
                                               trace,
                                               QStringLiteral("--to"),
                                               QStringLiteral("csv"),
                                               QStringLiteral("-o"),
                                               out}
                                << QStringLiteral("one trace file only");
    QTest::newRow("unknown option") << QStringList{trace,
                                                   QStringLiteral("--to"),
                                                   QStringLiteral("csv"),
                                                   QStringLiteral("-o"),
                                                   out,
                                                   QStringLiteral("--colour")}
                                    << QStringLiteral("colour");
    QTest::newRow("--at for csv")
        << QStringList{trace, QStringLiteral("--to"), QStringLiteral("csv"), QStringLiteral("-o"),
                       out,   QStringLiteral("--at"), QStringLiteral("3")}
        << QStringLiteral("--at applies to svg and png only");
    QTest::newRow("--at not a number")
        << QStringList{trace, QStringLiteral("--to"), QStringLiteral("png"), QStringLiteral("-o"),
                       out,   QStringLiteral("--at"), QStringLiteral("end")}
        << QStringLiteral("--at needs an event number");
    QTest::newRow("--size malformed") << QStringList{trace,
                                                     QStringLiteral("--to"),
                                                     QStringLiteral("png"),
                                                     QStringLiteral("-o"),
                                                     out,
                                                     QStringLiteral("--size"),
                                                     QStringLiteral("1920*1080")}
                                      << QStringLiteral("--size needs WIDTHxHEIGHT");
    QTest::newRow("--size too large") << QStringList{trace,
                                                     QStringLiteral("--to"),
                                                     QStringLiteral("png"),
                                                     QStringLiteral("-o"),
                                                     out,
                                                     QStringLiteral("--size"),
                                                     QStringLiteral("99999x99999")}
                                      << QStringLiteral("--size needs WIDTHxHEIGHT");
}

void TestExportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome r = runExport(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Usage: ipcviz export TRACE")), qPrintable(r.err));
}

void TestExportCommand::damagedTraces_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<int>("rows"); // CSV rows exported, header included
    QTest::newRow("truncated last line")
        << QStringLiteral("truncated.ndjson")
        << QStringList{QStringLiteral("truncated.ndjson:35: warning: invalid JSON"),
                       QStringLiteral("warning: no end record"),
                       QStringLiteral("valid events exported: 33")}
        << 34;
    QTest::newRow("garbage line in the middle")
        << QStringLiteral("garbage.ndjson")
        << QStringList{QStringLiteral("garbage.ndjson:13: warning: invalid JSON"),
                       QStringLiteral("valid events exported: 35")}
        << 36;
    QTest::newRow("seq out of order")
        << QStringLiteral("out-of-order.ndjson")
        << QStringList{QStringLiteral("out-of-order.ndjson:7: warning: seq 4 comes after 5"),
                       QStringLiteral("warning: events were out of order; sorted by seq"),
                       QStringLiteral("valid events exported: 35")}
        << 36;
}

void TestExportCommand::damagedTraces()
{
    QFETCH(QString, file);
    QFETCH(QStringList, messages);
    QFETCH(int, rows);
    const QString out = m_dir.filePath(file + QStringLiteral(".csv"));
    const Outcome r = runExport(
        {dataPath(file), QStringLiteral("--to"), QStringLiteral("csv"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    for (const QString &message : messages)
        QVERIFY2(r.err.contains(message), qPrintable(message + QStringLiteral("\n---\n") + r.err));
    const QByteArray csv = readFile(out);
    // Rows end with CRLF (newlines inside data cells are bare LFs): every valid
    // event was exported.
    QCOMPARE(csv.count("\r\n"), qsizetype(rows));

    // The Perfetto export of a damaged trace is still a valid document.
    const QString json = m_dir.filePath(file + QStringLiteral(".json"));
    const Outcome p = runExport({dataPath(file), QStringLiteral("--to"), QStringLiteral("perfetto"),
                                 QStringLiteral("-o"), json});
    QCOMPARE(p.exitCode, 0);
    QJsonParseError error;
    QJsonDocument::fromJson(readFile(json), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestExportCommand::refusedTraces_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("newer protocol") << dataPath(QStringLiteral("newer-protocol.ndjson"))
                                    << QStringLiteral("protocol version 2");
    QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("no-such-trace.ndjson"))
                                  << QStringLiteral("no such file");
    QTest::newRow("not a trace") << dataPath(QStringLiteral("not-a-trace.txt"))
                                 << QStringLiteral("not an ipcviz trace");
    QTest::newRow("empty") << dataPath(QStringLiteral("empty.ndjson"))
                           << QStringLiteral("is empty");
}

void TestExportCommand::refusedTraces()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString out = m_dir.filePath(QStringLiteral("refused.json"));
    QFile::remove(out);
    const Outcome r = runExport(
        {file, QStringLiteral("--to"), QStringLiteral("perfetto"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(!QFile::exists(out), "nothing is written for a refused trace");
}

void TestExportCommand::realEngineRun()
{
    // A real run of the engine, recorded with --trace, exports like a hand-written one.
    const QString trace = m_dir.filePath(QStringLiteral("real.ndjson"));
    QProcess engine;
    engine.start(QStringLiteral(IPCVIZ_ENGINE_PATH),
                 {QStringLiteral("run"), QStringLiteral("pipe-messages"), QStringLiteral("--param"),
                  QStringLiteral("delay_ms=20"), QStringLiteral("--trace"), trace});
    QVERIFY2(engine.waitForStarted(), qPrintable(engine.errorString()));
    engine.closeWriteChannel();
    QVERIFY(engine.waitForFinished(60000));
    QVERIFY2(engine.exitStatus() == QProcess::NormalExit && engine.exitCode() == 0,
             engine.readAllStandardError().constData());

    for (const QString &format :
         {QStringLiteral("perfetto"), QStringLiteral("csv"), QStringLiteral("mermaid"),
          QStringLiteral("png"), QStringLiteral("c")}) {
        const QString out = m_dir.filePath(QStringLiteral("real.") + format);
        const Outcome r =
            runExport({trace, QStringLiteral("--to"), format, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(format + QStringLiteral(": ") + r.err));
        QVERIFY2(!r.err.contains(QLatin1String("warning")), qPrintable(r.err));
        QVERIFY(!readFile(out).isEmpty());
    }

    // Three messages, each written once and read by the child: at least three
    // data arrows in Perfetto.
    const QJsonObject doc =
        QJsonDocument::fromJson(readFile(m_dir.filePath(QStringLiteral("real.perfetto")))).object();
    int flowStarts = 0;
    for (const auto &v : doc.value(QLatin1String("traceEvents")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("ph")).toString() == QLatin1String("s") &&
            o.value(QLatin1String("cat")).toString() == QLatin1String("data"))
            ++flowStarts;
    }
    QVERIFY2(flowStarts >= 3, qPrintable(QString::number(flowStarts)));
}

int main(int argc, char **argv)
{
    // Started by the test itself as the export command.
    if (argc > 1 && std::strcmp(argv[1], "export") == 0)
        return runExportCommand(argc, argv);
    QCoreApplication app(argc, argv);
    TestExportCommand test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exportcommand.moc"
