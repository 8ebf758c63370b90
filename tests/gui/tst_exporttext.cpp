// Text exporters (Perfetto JSON, CSV, Mermaid, C) on hand-written traces that
// follow engine/PROTOCOL.md, and the save -> load round trip they rely on.

#include "core/tracefile.h"
#include "export/cexporter.h"
#include "export/csvexporter.h"
#include "export/exporterfactory.h"
#include "export/exportformat.h"
#include "export/mermaidexporter.h"
#include "export/perfettoexporter.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(IPCVIZ_SOURCE_DIR "/tests/gui/data/export/") + name;
}

TraceLoadResult loadOk(const QString &name)
{
    TraceLoadResult trace = TraceFile::load(dataPath(name));
    if (!trace.ok() || !trace.errors.isEmpty()) {
        qWarning() << name << trace.fatalError;
        for (const auto &e : trace.errors)
            qWarning() << e.toString();
    }
    return trace;
}

// The records of a trace file as plain JSON objects, read without the app's
// decoder, to check that nothing was lost or changed.
QList<QJsonObject> rawRecords(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> records;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            records.append(QJsonDocument::fromJson(line).object());
    }
    return records;
}

// RFC 4180 reader: quoted fields may hold commas, CR, LF and doubled quotes.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!cell.isEmpty() || cellWasQuoted)
                *ok = false; // a quote inside an unquoted field
            quoted = true;
            cellWasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
            cellWasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            cellWasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            *ok = false; // bare line break outside quotes
        } else {
            cell += c;
        }
    }
    if (quoted || !cell.isEmpty() || !row.isEmpty())
        *ok = false; // every record, the last one too, ends with CRLF
    return rows;
}

/// The X slice of `pid` whose [ts, ts+dur] holds `ts` and whose name starts with
/// one of `kinds`; empty when none.
QJsonObject enclosingSlice(const QJsonArray &events, qint64 pid, double ts,
                           const QStringList &kinds)
{
    for (const auto &v : events) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("ph")).toString() != QLatin1String("X") ||
            o.value(QLatin1String("pid")).toInteger() != pid)
            continue;
        const QString name = o.value(QLatin1String("name")).toString();
        if (std::none_of(kinds.cbegin(), kinds.cend(),
                         [&](const QString &k) { return name.startsWith(k); }))
            continue;
        const double start = o.value(QLatin1String("ts")).toDouble();
        const double dur = o.value(QLatin1String("dur")).toDouble();
        if (ts >= start && ts <= start + dur)
            return o;
    }
    return {};
}

// seq of the event that a slice stands for: its begin's (writes, sends) or its
// end's (reads, deliveries).
qint64 sliceSeq(const QJsonObject &slice, bool useEnd)
{
    const QJsonObject args = slice.value(QLatin1String("args")).toObject();
    if (args.contains(QLatin1String("seq")))
        return args.value(QLatin1String("seq")).toInteger();
    return args.value(useEnd ? QLatin1String("end") : QLatin1String("begin"))
        .toObject()
        .value(QLatin1String("seq"))
        .toInteger(-1);
}

} // namespace

class TestExportText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void perfetto_data();
    void perfetto();
    void perfettoUnfinishedCall();
    void framingRecordsInEvents();
    void csv();
    void csvQuote_data();
    void csvQuote();
    void mermaid_data();
    void mermaid();
    void mermaidCap();
    void mermaidEscape_data();
    void mermaidEscape();
    void formats();
    void cScenarioArgument_data();
    void cScenarioArgument();
    void cEngineMissing();
    void cEngineRefuses();
    void cRealEngine();
};

void TestExportText::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("pipe-messages") << QStringLiteral("pipe-messages.ndjson");
    QTest::newRow("signals") << QStringLiteral("signals.ndjson");
}

void TestExportText::roundTrip()
{
    QFETCH(QString, file);
    const TraceLoadResult original = loadOk(file);
    QVERIFY2(original.ok(), qPrintable(original.fatalError));
    QVERIFY(original.errors.isEmpty());
    QVERIFY(original.end.has_value());

    // Every record of the file, as JSON, is exactly what the app loaded.
    const QList<QJsonObject> raw = rawRecords(dataPath(file));
    QCOMPARE(raw.size(), original.events.size() + 2);
    QCOMPARE(original.hello.fields(), raw.constFirst());
    QCOMPARE(original.end->fields(), raw.constLast());
    for (qsizetype i = 0; i < original.events.size(); ++i) {
        QCOMPARE(original.events.at(i).fields(), raw.at(i + 1));
        QCOMPARE(original.events.at(i).seq, qint64(i));
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString saved = dir.filePath(QStringLiteral("saved.ndjson"));
    QString error;
    QVERIFY2(TraceFile::save(saved, original.hello, original.events, original.end, &error),
             qPrintable(error));
    const TraceLoadResult reloaded = TraceFile::load(saved);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.fatalError));
    QVERIFY(reloaded.errors.isEmpty());
    QCOMPARE(reloaded.hello.fields(), original.hello.fields());
    QVERIFY(reloaded.end.has_value());
    QCOMPARE(reloaded.end->fields(), original.end->fields());
    QCOMPARE(reloaded.events.size(), original.events.size());
    for (qsizetype i = 0; i < original.events.size(); ++i) {
        const Event &a = original.events.at(i);
        const Event &b = reloaded.events.at(i);
        QCOMPARE(b.fields(), a.fields());
        QCOMPARE(b.seq, a.seq);
        QCOMPARE(b.t, a.t);
        QCOMPARE(b.pid, a.pid);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.label, a.label);
        QCOMPARE(b.phase, a.phase);
        QCOMPARE(b.obj, a.obj);
        QCOMPARE(b.line, a.line);
    }

    // Exports of the saved trace are byte for byte those of the original.
    for (const QString &format :
         {QStringLiteral("perfetto"), QStringLiteral("csv"), QStringLiteral("mermaid")}) {
        QByteArray before;
        QByteArray after;
        QBuffer b1(&before);
        QBuffer b2(&after);
        QVERIFY(b1.open(QIODevice::WriteOnly));
        QVERIFY(b2.open(QIODevice::WriteOnly));
        auto exporter = createExporter(format);
        QVERIFY(exporter);
        QVERIFY(exporter->write(original.hello, original.events, original.end, b1));
        QVERIFY(exporter->write(reloaded.hello, reloaded.events, reloaded.end, b2));
        QVERIFY(!before.isEmpty());
        QCOMPARE(after, before);
    }
}

void TestExportText::perfetto_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expectedFlows"); // "writeSeq>readSeq", sorted
    QTest::addColumn<QStringList>("processNames");

    // Writes of 17 bytes each: [0,17) [17,34) [34,51); reads of 17, 20 and 14
    // bytes: the second read gathers two writes, the third write feeds two reads.
    QTest::newRow("pipe-messages")
        << QStringLiteral("pipe-messages.ndjson")
        << QStringList{QStringLiteral("13>20"), QStringLiteral("17>20"), QStringLiteral("17>24"),
                       QStringLiteral("7>9")}
        << QStringList{QStringLiteral("main (4250)"), QStringLiteral("main.1 (4251)")};
    // The failed kill (ESRCH) has no arrow; the user's kill (sent by the engine)
    // has one.
    QTest::newRow("signals") << QStringLiteral("signals.ndjson")
                             << QStringList{QStringLiteral("10>12"), QStringLiteral("5>6")}
                             << QStringList{QStringLiteral("main (4260)"),
                                            QStringLiteral("main.1 (4261)"),
                                            QStringLiteral("ipcviz-engine (4242)")};
}

void TestExportText::perfetto()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expectedFlows);
    QFETCH(QStringList, processNames);

    const TraceLoadResult trace = loadOk(file);
    QVERIFY(trace.ok());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    PerfettoExporter exporter;
    QVERIFY2(exporter.write(trace.hello, trace.events, trace.end, buffer),
             qPrintable(exporter.errorString()));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value(QLatin1String("displayTimeUnit")).toString(), QStringLiteral("ns"));
    const QJsonArray events = doc.object().value(QLatin1String("traceEvents")).toArray();
    QVERIFY(!events.isEmpty());

    QHash<qint64, QString> processName;
    QHash<qint64, QString> threadName;
    QSet<qint64> pidsUsed;
    QHash<qint64, QList<QJsonObject>> flows;
    int slices = 0;
    for (const auto &v : events) {
        const QJsonObject o = v.toObject();
        const QString ph = o.value(QLatin1String("ph")).toString();
        const qint64 pid = o.value(QLatin1String("pid")).toInteger(-1);
        QVERIFY2(!ph.isEmpty(), "every trace event has a phase");
        if (ph == QLatin1String("M")) {
            const QString value =
                o.value(QLatin1String("args")).toObject().value(QLatin1String("name")).toString();
            if (o.value(QLatin1String("name")).toString() == QLatin1String("process_name"))
                processName.insert(pid, value);
            if (o.value(QLatin1String("name")).toString() == QLatin1String("thread_name"))
                threadName.insert(pid, value);
            continue;
        }
        pidsUsed.insert(pid);
        QCOMPARE(o.value(QLatin1String("tid")).toInteger(-2), pid);
        QVERIFY(o.value(QLatin1String("ts")).isDouble());
        QVERIFY(o.value(QLatin1String("ts")).toDouble() >= 0);
        if (ph == QLatin1String("X")) {
            ++slices;
            QVERIFY(o.value(QLatin1String("dur")).isDouble());
            QVERIFY(o.value(QLatin1String("dur")).toDouble() >= 0);
        } else if (ph == QLatin1String("i")) {
            QVERIFY(!o.value(QLatin1String("s")).toString().isEmpty());
        } else if (ph == QLatin1String("s") || ph == QLatin1String("f")) {
            flows[o.value(QLatin1String("id")).toInteger(-1)].append(o);
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected phase ") + ph));
        }
    }
    QVERIFY(slices > 0);
    for (qint64 pid : std::as_const(pidsUsed)) {
        QVERIFY2(processName.contains(pid), qPrintable(QString::number(pid)));
        QVERIFY(threadName.contains(pid));
    }
    for (const QString &name : processNames)
        QVERIFY2(processName.values().contains(name), qPrintable(name));

    // Every flow id: one start inside a write/send slice, one end inside a
    // read/delivery slice of the receiving process.
    QStringList found;
    for (auto it = flows.cbegin(); it != flows.cend(); ++it) {
        QCOMPARE(it->size(), 2);
        const QJsonObject &a = it->at(0);
        const QJsonObject &b = it->at(1);
        const QJsonObject &s =
            a.value(QLatin1String("ph")).toString() == QLatin1String("s") ? a : b;
        const QJsonObject &f = &s == &a ? b : a;
        QCOMPARE(s.value(QLatin1String("ph")).toString(), QStringLiteral("s"));
        QCOMPARE(f.value(QLatin1String("ph")).toString(), QStringLiteral("f"));
        QCOMPARE(f.value(QLatin1String("bp")).toString(), QStringLiteral("e"));
        const QJsonObject from =
            enclosingSlice(events, s.value(QLatin1String("pid")).toInteger(),
                           s.value(QLatin1String("ts")).toDouble(),
                           {QStringLiteral("pipe.write"), QStringLiteral("fifo.write"),
                            QStringLiteral("signal.send")});
        const QJsonObject to =
            enclosingSlice(events, f.value(QLatin1String("pid")).toInteger(),
                           f.value(QLatin1String("ts")).toDouble(),
                           {QStringLiteral("pipe.read"), QStringLiteral("fifo.read"),
                            QStringLiteral("signal.deliver")});
        // Arrows go forward in time: bytes are read after they were written.
        QVERIFY(s.value(QLatin1String("ts")).toDouble() <= f.value(QLatin1String("ts")).toDouble());
        QVERIFY2(!from.isEmpty(), "flow start inside a write or send slice");
        QVERIFY2(!to.isEmpty(), "flow end inside a read or delivery slice");
        found.append(QStringLiteral("%1>%2").arg(sliceSeq(from, false)).arg(sliceSeq(to, true)));
    }
    found.sort();
    QCOMPARE(found, expectedFlows);
}

void TestExportText::perfettoUnfinishedCall()
{
    // A trace cut while the child was blocked in read(): that read is still a
    // slice, it lasts to the end of the trace, and it is marked unfinished.
    const TraceLoadResult trace = TraceFile::load(dataPath(QStringLiteral("truncated.ndjson")));
    QVERIFY(trace.ok());
    QVERIFY(!trace.end.has_value());
    const QJsonArray events = PerfettoExporter::toJson(trace.hello, trace.events, trace.end)
                                  .object()
                                  .value(QLatin1String("traceEvents"))
                                  .toArray();
    bool sawUnfinished = false;
    for (const auto &v : events) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("ph")).toString() != QLatin1String("X"))
            continue;
        QVERIFY(o.value(QLatin1String("dur")).toDouble() >= 0);
        const QJsonObject args = o.value(QLatin1String("args")).toObject();
        if (args.value(QLatin1String("unfinished")).toBool()) {
            sawUnfinished = true;
            // main's proc.wait begin (seq 30) never got its end in the cut trace.
            QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("proc.wait"));
            const double endUs =
                o.value(QLatin1String("ts")).toDouble() + o.value(QLatin1String("dur")).toDouble();
            QCOMPARE(endUs, static_cast<double>(trace.events.constLast().t) / 1000.0);
        }
    }
    QVERIFY(sawUnfinished);
}

void TestExportText::framingRecordsInEvents()
{
    // A caller may pass the event list with hello and end still in it (as the
    // decoder gives them): the exports are the same.
    const TraceLoadResult trace = loadOk(QStringLiteral("signals.ndjson"));
    QVERIFY(trace.end.has_value());
    EventList all = trace.events;
    all.prepend(trace.hello);
    all.append(*trace.end);
    QCOMPARE(PerfettoExporter::toJson(trace.hello, all, trace.end),
             PerfettoExporter::toJson(trace.hello, trace.events, trace.end));
    QCOMPARE(CsvExporter::toCsv(all), CsvExporter::toCsv(trace.events));
    QCOMPARE(MermaidExporter::toMermaid(trace.hello, all, trace.end),
             MermaidExporter::toMermaid(trace.hello, trace.events, trace.end));
}

void TestExportText::csv()
{
    const TraceLoadResult trace = loadOk(QStringLiteral("pipe-messages.ndjson"));
    QVERIFY(trace.ok());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvExporter exporter;
    QVERIFY(exporter.write(trace.hello, trace.events, trace.end, buffer));

    bool ok = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes), &ok);
    QVERIFY2(ok, "the CSV parses as RFC 4180");
    QCOMPARE(rows.size(), trace.events.size() + 1);
    const QStringList header = rows.constFirst();
    const QStringList common{QStringLiteral("seq"),  QStringLiteral("t"),
                             QStringLiteral("pid"),  QStringLiteral("label"),
                             QStringLiteral("kind"), QStringLiteral("phase"),
                             QStringLiteral("obj"),  QStringLiteral("line")};
    QCOMPARE(header.mid(0, common.size()), common);
    QStringList rest = header.mid(common.size());
    QStringList sorted = rest;
    sorted.sort();
    QCOMPARE(rest, sorted);
    for (const char *field : {"data", "fds", "ret", "child_label", "root", "max"})
        QVERIFY2(rest.contains(QLatin1String(field)), field);

    for (qsizetype i = 1; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).size(), header.size());
    const auto cell = [&](int seq, const char *column) {
        return rows.at(seq + 1).at(header.indexOf(QLatin1String(column)));
    };
    // A comma, quotes and a newline survive.
    QCOMPARE(cell(7, "data"), QStringLiteral("Hello, \"world\".\n"));
    QCOMPARE(cell(7, "kind"), QStringLiteral("pipe.write"));
    QCOMPARE(cell(7, "phase"), QStringLiteral("begin"));
    QCOMPARE(cell(1, "fds"), QStringLiteral("[3,4]"));
    QCOMPARE(cell(0, "root"), QStringLiteral("true"));
    QCOMPARE(cell(12, "t"), QStringLiteral("20107000"));
    QCOMPARE(cell(0, "phase"), QString());
    for (qsizetype i = 0; i < trace.events.size(); ++i)
        QCOMPARE(cell(static_cast<int>(i), "seq"), QString::number(trace.events.at(i).seq));
}

void TestExportText::csvQuote_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("pipe#1") << QStringLiteral("pipe#1");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("empty") << QString() << QString();
}

void TestExportText::csvQuote()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvExporter::quote(cell), expected);
}

void TestExportText::mermaid_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("mustContain");
    QTest::newRow("pipe-messages")
        << QStringLiteral("pipe-messages.ndjson")
        << QStringList{
               QStringLiteral("participant O_pipe_1 as pipe#35;1"),
               QStringLiteral("participant P_main as main (4250)"),
               QStringLiteral("P_main->>P_main_1: fork() = 4251"),
               QStringLiteral("P_main->>O_pipe_1: write #quot;Hello, #quot;world#quot;.\\n#quot;"),
               QStringLiteral("O_pipe_1->>P_main_1: read = 0 (end of file)"),
               QStringLiteral("P_main_1-->>P_main: exit(0)"),
               QStringLiteral("P_main->>P_main: wait() = 4251")};
    QTest::newRow("signals")
        << QStringLiteral("signals.ndjson")
        << QStringList{QStringLiteral("P_main-)P_main_1: kill SIGUSR1"),
                       QStringLiteral("P_ipcviz_engine-)P_main_1: kill SIGUSR1 (from the user)"),
                       QStringLiteral("Note over P_main_1: zombie"),
                       QStringLiteral("Note over P_main_1: SIGUSR1 handler ran (2 so far)"),
                       QStringLiteral("P_main-xP_9999: kill SIGTERM failed: ESRCH")};
}

void TestExportText::mermaid()
{
    QFETCH(QString, file);
    QFETCH(QStringList, mustContain);
    const TraceLoadResult trace = loadOk(file);
    QVERIFY(trace.ok());
    const QString text = MermaidExporter::toMermaid(trace.hello, trace.events, trace.end);
    QVERIFY(text.startsWith(QLatin1String("sequenceDiagram\n")));
    for (const QString &needle : mustContain)
        QVERIFY2(text.contains(needle), qPrintable(needle + QStringLiteral("\n---\n") + text));
    // The same trace always gives the same diagram.
    QCOMPARE(MermaidExporter::toMermaid(trace.hello, trace.events, trace.end), text);

    // Every participant used by a message or a note was declared first.
    static const QRegularExpression participant(QStringLiteral("^    participant (\\w+) as .+$"));
    static const QRegularExpression message(
        QStringLiteral("^    (\\w+)(->>|-->>|-x|--x|-\\)|--\\))(\\w+): \\S.*$"));
    static const QRegularExpression note(
        QStringLiteral("^    Note over (\\w+)(?:,(\\w+))?: \\S.*$"));
    QSet<QString> declared;
    int messages = 0;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1)) {
        if (line.startsWith(QLatin1String("    %%")))
            continue;
        if (const auto m = participant.match(line); m.hasMatch()) {
            QVERIFY2(!declared.contains(m.captured(1)), qPrintable(line));
            declared.insert(m.captured(1));
            continue;
        }
        QStringList used;
        if (const auto m = message.match(line); m.hasMatch()) {
            used << m.captured(1) << m.captured(3);
            ++messages;
        } else if (const auto n = note.match(line); n.hasMatch()) {
            used << n.captured(1);
            if (!n.captured(2).isEmpty())
                used << n.captured(2);
        } else {
            QFAIL(qPrintable(QStringLiteral("not a Mermaid statement: ") + line));
        }
        for (const QString &id : std::as_const(used))
            QVERIFY2(declared.contains(id), qPrintable(id + QStringLiteral(" in ") + line));
        // No raw character that ends a Mermaid statement or starts an entity.
        const QString textPart = line.section(QLatin1String(": "), 1);
        QVERIFY2(!textPart.contains(QLatin1Char(';')) ||
                     textPart.count(QLatin1Char(';')) == textPart.count(QLatin1Char('#')),
                 qPrintable(line));
    }
    QVERIFY(messages > 5);
}

void TestExportText::mermaidCap()
{
    const TraceLoadResult trace = loadOk(QStringLiteral("pipe-messages.ndjson"));
    const QString full = MermaidExporter::toMermaid(trace.hello, trace.events, trace.end, 1000);
    const QString capped = MermaidExporter::toMermaid(trace.hello, trace.events, trace.end, 5);
    const auto statements = [](const QString &text) {
        int n = 0;
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("    ")) &&
                !line.contains(QLatin1String("participant ")) &&
                !line.startsWith(QLatin1String("    %%")))
                ++n;
        }
        return n;
    };
    const int all = statements(full);
    QVERIFY(all > 6);
    // Five statements, then one note that counts the rest.
    QCOMPARE(statements(capped), 6);
    const QString last = capped.trimmed().section(QLatin1Char('\n'), -1);
    QVERIFY2(last.contains(QLatin1String("Note over")) &&
                 last.contains(QStringLiteral("%1 more message").arg(all - 5)),
             qPrintable(last));
    QVERIFY(!full.contains(QLatin1String("more message")));
}

void TestExportText::mermaidEscape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("read 14 bytes") << QStringLiteral("read 14 bytes");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a#59;b");
    QTest::newRow("hash") << QStringLiteral("pipe#1") << QStringLiteral("pipe#35;1");
    QTest::newRow("html") << QStringLiteral("<b>") << QStringLiteral("#lt;b#gt;");
    QTest::newRow("quote") << QStringLiteral("\"x\"") << QStringLiteral("#quot;x#quot;");
    QTest::newRow("newline") << QStringLiteral("a\nb\tc") << QStringLiteral("a\\nb\\tc");
    QTest::newRow("control") << QString(QChar(0x01)) << QStringLiteral("\\x01");
}

void TestExportText::mermaidEscape()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(MermaidExporter::escapeText(text), expected);
    QCOMPARE(MermaidExporter::sanitizeId(QStringLiteral("main.1")), QStringLiteral("main_1"));
    QCOMPARE(MermaidExporter::sanitizeId(QStringLiteral("4251")), QStringLiteral("_4251"));
}

void TestExportText::formats()
{
    QStringList ids;
    for (const ExportFormat &format : exportFormats()) {
        ids.append(format.id);
        QVERIFY(!format.name.isEmpty());
        QVERIFY(!format.suffix.isEmpty());
        QVERIFY(format.filter.contains(format.suffix));
        QVERIFY2(createExporter(format.id) != nullptr, qPrintable(format.id));
    }
    QCOMPARE(ids,
             (QStringList{QStringLiteral("perfetto"), QStringLiteral("csv"),
                          QStringLiteral("mermaid"), QStringLiteral("svg"), QStringLiteral("png"),
                          QStringLiteral("c"), QStringLiteral("text")}));
    QVERIFY(!findExportFormat(QStringLiteral("pdf")));
    QVERIFY(createExporter(QStringLiteral("pdf")) == nullptr);
    QVERIFY(findExportFormat(QStringLiteral("png"))->draws);
    QVERIFY(!findExportFormat(QStringLiteral("csv"))->draws);
}

void TestExportText::cScenarioArgument_data()
{
    QTest::addColumn<QString>("hello");
    QTest::addColumn<QString>("expected");
    QTest::newRow("builtin")
        << QStringLiteral(
               R"({"type":"hello","protocol":1,"scenario":"pipe-messages","source":"builtin:pipe-messages"})")
        << QStringLiteral("pipe-messages");
    QTest::newRow("file")
        << QStringLiteral(
               R"({"type":"hello","protocol":1,"scenario":"mine","source":"/home/ada/mine.ipcv"})")
        << QStringLiteral("/home/ada/mine.ipcv");
    QTest::newRow("no source") << QStringLiteral(
                                      R"({"type":"hello","protocol":1,"scenario":"fork-basic"})")
                               << QStringLiteral("fork-basic");
    QTest::newRow("nothing") << QStringLiteral(R"({"type":"hello","protocol":1})") << QString();
}

void TestExportText::cScenarioArgument()
{
    QFETCH(QString, hello);
    QFETCH(QString, expected);
    Event e;
    e.kind = QStringLiteral("hello");
    e.setFields(QJsonDocument::fromJson(hello.toUtf8()).object());
    QCOMPARE(CExporter::scenarioArgument(e), expected);
}

void TestExportText::cEngineMissing()
{
    const TraceLoadResult trace = loadOk(QStringLiteral("pipe-messages.ndjson"));
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-engine"));
    CExporter exporter(missing);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(!exporter.write(trace.hello, trace.events, trace.end, buffer));
    QVERIFY2(exporter.errorString().contains(missing), qPrintable(exporter.errorString()));
    QVERIFY(bytes.isEmpty());

    // No scenario in the hello: nothing to ask the engine.
    Event hello;
    hello.kind = QStringLiteral("hello");
    QVERIFY(!exporter.write(hello, trace.events, trace.end, buffer));
    QVERIFY(exporter.errorString().contains(QLatin1String("scenario")));
}

void TestExportText::cEngineRefuses()
{
    // An engine that says no: its exit status and its words reach the user.
    QTemporaryDir dir;
    const QString engine = dir.filePath(QStringLiteral("ipcviz-engine"));
    QFile script(engine);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho \"ipcviz-engine: unknown scenario '$2'\" >&2\nexit 1\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    const TraceLoadResult trace = loadOk(QStringLiteral("pipe-messages.ndjson"));
    CExporter exporter(engine);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(!exporter.write(trace.hello, trace.events, trace.end, buffer));
    QVERIFY2(exporter.errorString().contains(QLatin1String("unknown scenario 'pipe-messages'")),
             qPrintable(exporter.errorString()));
    QVERIFY2(exporter.errorString().contains(QLatin1String("1")),
             qPrintable(exporter.errorString()));
    QVERIFY(bytes.isEmpty());
}

void TestExportText::cRealEngine()
{
    const QString engine = QStringLiteral(IPCVIZ_ENGINE_PATH);
    const TraceLoadResult trace = loadOk(QStringLiteral("pipe-messages.ndjson"));
    CExporter exporter(engine);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY2(exporter.write(trace.hello, trace.events, trace.end, buffer),
             qPrintable(exporter.errorString()));
    QVERIFY2(bytes.contains("#include"), bytes.constData());
    QVERIFY2(bytes.contains("pipe("), bytes.constData());
    QVERIFY2(bytes.contains("fork("), bytes.constData());
}

QTEST_MAIN(TestExportText)
#include "tst_exporttext.moc"
