// EventDecoder (incremental NDJSON decoding) and TraceFile (load/save).
#include "core/eventdecoder.h"
#include "core/tracefile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(IPCVIZ_SOURCE_DIR "/tests/gui/data/") + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Everything a decoded event carries, for comparisons.
QByteArray fingerprint(const EventList &events)
{
    QByteArray out;
    for (const Event &e : events) {
        out += QByteArray::number(e.seq) + ' ' + QByteArray::number(e.t) + ' ' +
               QByteArray::number(e.pid) + ' ' + QByteArray::number(e.line) + ' ' +
               e.kind.toUtf8() + ' ' + e.label.toUtf8() + ' ' + e.phase.toUtf8() + ' ' +
               e.obj.toUtf8() + ' ' + QJsonDocument(e.fields()).toJson(QJsonDocument::Compact) +
               '\n';
    }
    return out;
}

QByteArray line(qint64 seq, const char *kind = "proc.output")
{
    return QByteArrayLiteral("{\"seq\":") + QByteArray::number(seq) +
           QByteArrayLiteral(",\"t\":100,\"pid\":42,\"label\":\"main\",\"kind\":\"") + kind +
           QByteArrayLiteral("\",\"data\":\"x\"}\n");
}

const QByteArray Hello = QByteArrayLiteral(
    "{\"type\":\"hello\",\"protocol\":1,\"engine\":\"0.1.0\",\"scenario\":\"t\"}\n");
const QByteArray End =
    QByteArrayLiteral("{\"type\":\"end\",\"status\":\"completed\",\"leaks\":[]}\n");

} // namespace

class TestEventDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodesSampleTrace();
    void splitAtEveryBytePosition_data();
    void splitAtEveryBytePosition();
    void chunkSizes_data();
    void chunkSizes();
    void malformedInput_data();
    void malformedInput();
    void refusesNewerProtocol();
    void longLineWithoutNewlineStaysBounded();
    void previewBytes_data();
    void previewBytes();
    void millionLinesAreFast();

    void traceLoadsSample();
    void largeTraceInHalves_data();
    void largeTraceInHalves();
    void continuationMustFollowOn();
    void traceSaveRoundTrip();
    void traceDamaged_data();
    void traceDamaged();
    void traceFatal_data();
    void traceFatal();
};

void TestEventDecoder::decodesSampleTrace()
{
    EventDecoder decoder;
    decoder.feed(readData(QStringLiteral("pipe-messages.ndjson")));
    decoder.finish();
    const EventList events = decoder.takeEvents();
    QVERIFY2(!decoder.hasErrors(), qPrintable(decoder.takeErrors().value(0).toString()));
    QCOMPARE(events.size(), 38); // hello + 36 events + end
    QVERIFY(events.first().isHello());
    QCOMPARE(events.first().str(QStringLiteral("scenario")), QStringLiteral("pipe-messages"));
    QVERIFY(events.last().isEndRecord());
    QCOMPARE(events.last().str(QStringLiteral("status")), QStringLiteral("completed"));
    QVERIFY(decoder.hello().has_value());
    QVERIFY(decoder.hasSeenEnd());
    const Event &write = events.at(8); // seq 7
    QCOMPARE(write.seq, 7);
    QCOMPARE(write.kind, QStringLiteral("pipe.write"));
    QCOMPARE(write.label, QStringLiteral("main"));
    QCOMPARE(write.pid, 4250);
    QCOMPARE(write.line, 22);
    QCOMPARE(write.obj, QStringLiteral("pipe#1"));
    QVERIFY(write.isBegin());
    QCOMPARE(write.num(QStringLiteral("bytes")), 14);
    QCOMPARE(write.dataBytes(), QByteArray("Hello, world.\n"));
    for (qsizetype i = 1; i + 1 < events.size(); ++i)
        QCOMPARE(events.at(i).seq, i - 1);
}

void TestEventDecoder::splitAtEveryBytePosition_data()
{
    QTest::addColumn<QByteArray>("input");
    const QByteArray sample = readData(QStringLiteral("zombie.ndjson"));
    QTest::newRow("LF") << sample;
    QByteArray crlf = sample;
    crlf.replace("\n", "\r\n");
    QTest::newRow("CRLF") << crlf;
    QByteArray noFinalNewline = sample;
    noFinalNewline.chop(1);
    QTest::newRow("no final newline") << noFinalNewline;
}

void TestEventDecoder::splitAtEveryBytePosition()
{
    QFETCH(QByteArray, input);
    EventDecoder whole;
    whole.feed(input);
    whole.finish();
    const QByteArray expected = fingerprint(whole.takeEvents());
    QVERIFY(!whole.hasErrors());
    QVERIFY(!expected.isEmpty());
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        EventDecoder split;
        split.feed(QByteArrayView(input).first(cut));
        split.feed(QByteArrayView(input).sliced(cut));
        split.finish();
        if (fingerprint(split.takeEvents()) != expected)
            QFAIL(qPrintable(QStringLiteral("different events when split at byte %1").arg(cut)));
        QVERIFY2(!split.hasErrors(),
                 qPrintable(QStringLiteral("errors when split at byte %1").arg(cut)));
        QCOMPARE(split.lineCount(), whole.lineCount());
    }
}

void TestEventDecoder::chunkSizes_data()
{
    QTest::addColumn<int>("chunk");
    for (int chunk : {1, 2, 3, 7, 64, 4095, 4096, 100000})
        QTest::addRow("%d bytes", chunk) << chunk;
}

void TestEventDecoder::chunkSizes()
{
    QFETCH(int, chunk);
    const QByteArray input = readData(QStringLiteral("pipe-messages.ndjson"));
    EventDecoder whole;
    whole.feed(input);
    const QByteArray expected = fingerprint(whole.takeEvents());
    EventDecoder decoder;
    EventList events;
    for (qsizetype pos = 0; pos < input.size(); pos += chunk) {
        decoder.feed(QByteArrayView(input).sliced(pos, qMin<qsizetype>(chunk, input.size() - pos)));
        events += decoder.takeEvents(); // taking in between must not lose anything
    }
    decoder.finish();
    events += decoder.takeEvents();
    QCOMPARE(fingerprint(events), expected);
    QVERIFY(!decoder.hasErrors());
}

void TestEventDecoder::malformedInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("events"); // hello and end included
    QTest::addColumn<QList<int>>("errorLines");
    QTest::addColumn<QString>("message"); // part of the first error's message

    QTest::newRow("valid") << Hello + line(0) + line(1) + End << 4 << QList<int>{} << QString();
    QTest::newRow("invalid JSON") << Hello + line(0) + "{\"seq\":1,\"kind\":\n" + line(1) << 3
                                  << QList<int>{3} << QStringLiteral("invalid JSON");
    QTest::newRow("not an object") << Hello + "[1,2,3]\n" + line(0) << 2 << QList<int>{2}
                                   << QStringLiteral("not a JSON object");
    QTest::newRow("bare string") << Hello + "\"hello\"\n" + line(0) << 2 << QList<int>{2}
                                 << QStringLiteral("JSON");
    QTest::newRow("missing kind") << Hello + "{\"seq\":0,\"t\":1,\"pid\":2}\n" + line(0) << 2
                                  << QList<int>{2} << QStringLiteral("neither a \"kind\"");
    QTest::newRow("kind not a string") << Hello + "{\"seq\":0,\"kind\":7}\n" + line(0) << 2
                                       << QList<int>{2} << QStringLiteral("neither a \"kind\"");
    QTest::newRow("missing seq") << Hello + "{\"kind\":\"proc.start\",\"pid\":1}\n" + line(0) << 2
                                 << QList<int>{2} << QStringLiteral("seq");
    QTest::newRow("unknown type") << Hello + "{\"type\":\"hullo\"}\n" + line(0) << 2
                                  << QList<int>{2} << QStringLiteral("unknown record type");
    QTest::newRow("binary garbage")
        << Hello + QByteArray("\x00\xff\xfe\x01garbage\x7f", 12) + "\n" + line(0) << 2
        << QList<int>{2} << QStringLiteral("invalid JSON");
    QTest::newRow("invalid UTF-8 in a string")
        << Hello + "{\"seq\":0,\"kind\":\"proc.output\",\"data\":\"\xc3\x28\"}\n" + line(0) << 2
        << QList<int>{2} << QStringLiteral("invalid JSON");
    QTest::newRow("line over 4096 bytes")
        << Hello + "{\"seq\":0,\"kind\":\"proc.output\",\"data\":\"" + QByteArray(5000, 'a') +
               "\"}\n" + line(0)
        << 2 << QList<int>{2} << QStringLiteral("4096");
    QTest::newRow("line of exactly 4096 bytes")
        << Hello + "{\"seq\":0,\"kind\":\"proc.output\",\"data\":\"" + QByteArray(4095 - 40, 'a') +
               "\"}\n"
        << 2 << QList<int>{} << QString();
    QTest::newRow("overlong last line without newline")
        << Hello + line(0) + "{\"seq\":1,\"data\":\"" + QByteArray(6000, 'b') << 2 << QList<int>{3}
        << QStringLiteral("4096");
    QTest::newRow("seq gap") << Hello + line(0) + line(3) + line(4) << 4 << QList<int>{3}
                             << QStringLiteral("2 events missing");
    QTest::newRow("seq backwards") << Hello + line(0) + line(1) + line(1) + line(2) << 5
                                   << QList<int>{4} << QStringLiteral("out of order");
    QTest::newRow("first seq not 0")
        << Hello + line(5) << 2 << QList<int>{2} << QStringLiteral("first seq is 5");
    QTest::newRow("CRLF") << QByteArray(Hello + line(0) + End).replace("\n", "\r\n") << 3
                          << QList<int>{} << QString();
    QTest::newRow("empty lines") << "\n" + Hello + "\n  \n\r\n" + line(0) + "\n"
                                 << 2 << QList<int>{} << QString();
    QTest::newRow("final line without newline")
        << Hello + line(0) + line(1).chopped(1) << 3 << QList<int>{} << QString();
    QTest::newRow("event before hello")
        << line(0) + Hello + line(1) << 3 << QList<int>{1, 2} << QStringLiteral("before the hello");
    QTest::newRow("second hello") << Hello + line(0) + Hello + line(1) << 3 << QList<int>{3}
                                  << QStringLiteral("second hello");
    QTest::newRow("event after end")
        << Hello + line(0) + End + line(1) << 4 << QList<int>{4} << QStringLiteral("after the end");
    QTest::newRow("hello without protocol")
        << "{\"type\":\"hello\"}\n" + line(0) << 2 << QList<int>{1} << QStringLiteral("protocol");
}

void TestEventDecoder::malformedInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, events);
    QFETCH(QList<int>, errorLines);
    QFETCH(QString, message);

    EventDecoder decoder;
    decoder.feed(input);
    decoder.finish();
    QCOMPARE(decoder.takeEvents().size(), events);
    const DecodeErrorList errors = decoder.takeErrors();
    QList<int> lines;
    for (const DecodeError &error : errors) {
        lines.append(static_cast<int>(error.lineNumber));
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.excerpt.size() <= EventDecoder::ExcerptBytes);
    }
    QCOMPARE(lines, errorLines);
    if (!message.isEmpty())
        QVERIFY2(errors.first().message.contains(message), qPrintable(errors.first().message));
    QCOMPARE(decoder.errorCount(), errorLines.size());
}

void TestEventDecoder::refusesNewerProtocol()
{
    EventDecoder decoder;
    const QByteArray input =
        "{\"type\":\"hello\",\"protocol\":2,\"engine\":\"9.0\"}\n" + line(0) + line(1);
    // Fed byte by byte: the refusal must hold whatever the chunking.
    for (const char c : input)
        decoder.feed(QByteArrayView(&c, 1));
    decoder.finish();
    QVERIFY(decoder.isRefused());
    QVERIFY(decoder.takeEvents().isEmpty());
    const DecodeErrorList errors = decoder.takeErrors();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().lineNumber, 1);
    QVERIFY(errors.first().message.contains(QStringLiteral("protocol version 2")));
    decoder.feed(line(2));
    QVERIFY(decoder.takeEvents().isEmpty());
    QVERIFY(decoder.takeErrors().isEmpty());

    decoder.reset();
    QVERIFY(!decoder.isRefused());
    decoder.feed(Hello + line(0));
    QCOMPARE(decoder.takeEvents().size(), 2);
}

void TestEventDecoder::longLineWithoutNewlineStaysBounded()
{
    EventDecoder decoder;
    decoder.feed(Hello);
    const QByteArray chunk(1000, 'z');
    for (int i = 0; i < 10000; ++i) // 10 MB of one line
        decoder.feed(chunk);
    decoder.feed("\n" + line(0));
    decoder.finish();
    const EventList events = decoder.takeEvents();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().seq, 0);
    const DecodeErrorList errors = decoder.takeErrors();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().lineNumber, 2);
    QCOMPARE(errors.first().excerpt, QByteArray(EventDecoder::ExcerptBytes, 'z'));
    QCOMPARE(decoder.lineCount(), 3);
}

void TestEventDecoder::previewBytes_data()
{
    QTest::addColumn<QString>("preview");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("ascii") << QStringLiteral("Hello, world.\n") << QByteArray("Hello, world.\n");
    QTest::newRow("escaped NUL and control")
        << QString::fromUtf16(u"a\u0000b\u001b", 4) << QByteArray("a\0b\x1b", 4);
    QTest::newRow("escaped raw byte 0x80") << QString::fromUtf16(u"\u0080x") << QByteArray("\x80x");
    QTest::newRow("UTF-8 text") << QString::fromUtf16(u"caf\u00e9 \u20ac")
                                << QByteArray("caf\xc3\xa9 \xe2\x82\xac");
}

void TestEventDecoder::previewBytes()
{
    QFETCH(QString, preview);
    QFETCH(QByteArray, bytes);
    QCOMPARE(Event::previewToBytes(preview), bytes);
}

void TestEventDecoder::millionLinesAreFast()
{
    constexpr int Lines = 1000000;
    QByteArray input = Hello;
    input.reserve(Lines * 110);
    for (int i = 0; i < Lines; ++i)
        input += line(i, "pipe.write");
    input += End;
    QElapsedTimer timer;
    timer.start();
    EventDecoder decoder;
    qsizetype total = 0;
    // Chunks as a pipe delivers them.
    for (qsizetype pos = 0; pos < input.size(); pos += 65536) {
        decoder.feed(QByteArrayView(input).sliced(pos, qMin<qsizetype>(65536, input.size() - pos)));
        total += decoder.takeEvents().size();
    }
    decoder.finish();
    total += decoder.takeEvents().size();
    const qint64 ms = timer.elapsed();
    qInfo("decoded %d lines in %lld ms", Lines + 2, ms);
    QCOMPARE(total, Lines + 2);
    QVERIFY(!decoder.hasErrors());
    // Generous for sanitizer builds on a shared machine; quadratic buffering would
    // take minutes.
    QVERIFY2(ms < 30000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
}

void TestEventDecoder::traceLoadsSample()
{
    const TraceLoadResult trace = TraceFile::load(dataPath(QStringLiteral("pipe-messages.ndjson")));
    QVERIFY2(trace.ok(), qPrintable(trace.fatalError));
    QVERIFY2(trace.errors.isEmpty(), qPrintable(trace.errors.value(0).toString()));
    QVERIFY(trace.hello.isHello());
    QCOMPARE(trace.hello.num(QStringLiteral("protocol")), 1);
    QCOMPARE(trace.events.size(), 36);
    QVERIFY(trace.end.has_value());
    QCOMPARE(trace.end->str(QStringLiteral("status")), QStringLiteral("completed"));
}

void TestEventDecoder::largeTraceInHalves_data()
{
    // A file large enough to be decoded in two halves at once, intact or damaged in
    // its second half: it must load exactly as the same bytes decoded in one go.
    QTest::addColumn<QByteArray>("damage"); // what replaces line 70000
    QTest::newRow("intact") << QByteArray();
    QTest::newRow("garbage line") << QByteArray("this is not JSON\n");
    QTest::newRow("seq gap") << line(70005);
    QTest::newRow("second hello") << Hello;
    QTest::newRow("end too early") << End;
    QTest::newRow("blank line") << QByteArray("   \n");
}

void TestEventDecoder::largeTraceInHalves()
{
    QFETCH(QByteArray, damage);
    constexpr int Lines = 100000; // about 11 MB
    QByteArray input = Hello;
    for (int i = 0; i < Lines; ++i)
        input += i == 70000 && !damage.isEmpty() ? damage : line(i, "pipe.write");
    input += End;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.ndjson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(input);
    file.close();

    const TraceLoadResult halves = TraceFile::load(path);
    const TraceLoadResult whole = TraceFile::loadFromData(input, path);
    QCOMPARE(halves.ok(), whole.ok());
    QCOMPARE(halves.events.size(), whole.events.size());
    QCOMPARE(fingerprint(halves.events), fingerprint(whole.events));
    QCOMPARE(halves.hello.fields(), whole.hello.fields());
    QCOMPARE(halves.end.has_value(), whole.end.has_value());
    QCOMPARE(halves.errors.size(), whole.errors.size());
    for (qsizetype i = 0; i < whole.errors.size(); ++i) {
        QCOMPARE(halves.errors.at(i).lineNumber, whole.errors.at(i).lineNumber);
        QCOMPARE(halves.errors.at(i).message, whole.errors.at(i).message);
    }
}

void TestEventDecoder::continuationMustFollowOn()
{
    EventDecoder first;
    first.feed(Hello + line(0) + line(1));
    EventDecoder rest;
    rest.continueStream();
    rest.feed(line(2) + line(3) + End);
    rest.finish();
    EventDecoder wrong;
    wrong.continueStream();
    wrong.feed(line(5)); // seq 2 to 4 missing: not a continuation of `first`
    QVERIFY(!first.append(std::move(wrong)));
    QVERIFY(first.append(std::move(rest)));
    QVERIFY(first.hasSeenEnd());
    QCOMPARE(first.lineCount(), 6);
    const EventList events = first.takeEvents();
    QCOMPARE(events.size(), 6);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(events.at(i + 1).seq, qint64(i));
    QVERIFY(!first.hasErrors());
}

void TestEventDecoder::traceSaveRoundTrip()
{
    const TraceLoadResult original =
        TraceFile::load(dataPath(QStringLiteral("pipe-messages.ndjson")));
    QVERIFY(original.ok());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("run.ndjson"));
    QString error;
    QVERIFY2(TraceFile::save(path, original.hello, original.events, original.end, &error),
             qPrintable(error));
    const TraceLoadResult reloaded = TraceFile::load(path);
    QVERIFY(reloaded.ok());
    QVERIFY(reloaded.errors.isEmpty());
    QCOMPARE(reloaded.hello.fields(), original.hello.fields());
    QCOMPARE(fingerprint(reloaded.events), fingerprint(original.events));
    QCOMPARE(reloaded.end->fields(), original.end->fields());

    // Canonical: one compact line per record, saved twice gives the same bytes.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.count('\n'), 38);
    QVERIFY(bytes.startsWith("{\"engine\":\"0.1.0\","));
    QCOMPARE(TraceFile::serialize(reloaded.hello, reloaded.events, reloaded.end), bytes);

    QVERIFY(!TraceFile::save(dir.filePath(QStringLiteral("no/such/dir/x.ndjson")), original.hello,
                             original.events, original.end, &error));
    QVERIFY(error.contains(QStringLiteral("no/such/dir")));
}

void TestEventDecoder::traceDamaged_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("events");
    QTest::addColumn<bool>("hasEnd");
    QTest::addColumn<QList<int>>("errorLines"); // 0: whole-file remark
    QTest::addColumn<QString>("lastMessage");

    const QByteArray sample = readData(QStringLiteral("pipe-messages.ndjson"));
    const QList<QByteArray> lines = sample.split('\n');
    QByteArray truncated = sample.left(sample.indexOf("\"kind\":\"proc.sleep\"")); // mid-line 11
    QTest::newRow("truncated mid-line")
        << truncated << 9 << false << QList<int>{11, 11} << QStringLiteral("no end record");
    QByteArray garbage;
    for (int i = 0; i < lines.size(); ++i) {
        garbage += lines.at(i);
        if (i < lines.size() - 1)
            garbage += '\n';
        if (i == 4)
            garbage += QByteArray("\x01\x02\x03 not json\n", 13);
    }
    QTest::newRow("garbage line") << garbage << 36 << true << QList<int>{6}
                                  << QStringLiteral("JSON");
    QByteArray swapped;
    for (int i = 0; i < lines.size(); ++i) {
        const int from = i == 10 ? 11 : i == 11 ? 10 : i; // two events swapped
        swapped += lines.at(from);
        if (i < lines.size() - 1)
            swapped += '\n';
    }
    QTest::newRow("two events swapped")
        << swapped << 36 << true << QList<int>{11, 12, 0} << QStringLiteral("sorted by seq");
    QTest::newRow("repeated event")
        << lines.at(0) + '\n' + lines.at(1) + '\n' + lines.at(1) + '\n' + lines.at(2) + '\n' +
               lines.last()
        << 2 << false << QList<int>{3, 0, 4} << QStringLiteral("no end record");
}

void TestEventDecoder::traceDamaged()
{
    QFETCH(QByteArray, data);
    QFETCH(int, events);
    QFETCH(bool, hasEnd);
    QFETCH(QList<int>, errorLines);
    QFETCH(QString, lastMessage);
    const TraceLoadResult trace = TraceFile::loadFromData(data, QStringLiteral("damaged.ndjson"));
    QVERIFY2(trace.ok(), qPrintable(trace.fatalError));
    QCOMPARE(trace.events.size(), events);
    QCOMPARE(trace.end.has_value(), hasEnd);
    QList<int> lines;
    for (const DecodeError &error : trace.errors)
        lines.append(static_cast<int>(error.lineNumber));
    QCOMPARE(lines, errorLines);
    QVERIFY2(trace.errors.last().message.contains(lastMessage),
             qPrintable(trace.errors.last().message));
    for (qsizetype i = 1; i < trace.events.size(); ++i)
        QVERIFY(trace.events.at(i - 1).seq < trace.events.at(i).seq);
}

void TestEventDecoder::traceFatal_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("data"); // written to path when not empty
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QStringLiteral("missing.ndjson") << QByteArray()
                                  << QStringLiteral("no such file");
    QTest::newRow("folder") << QString() << QByteArray() << QStringLiteral("folder");
    QTest::newRow("empty file") << QStringLiteral("empty.ndjson") << QByteArray("\n\n")
                                << QStringLiteral("empty");
    QTest::newRow("not a trace") << QStringLiteral("notes.txt")
                                 << QByteArray("Dear students,\nplease read chapter 3.\n")
                                 << QStringLiteral("not an ipcviz trace");
    QTest::newRow("newer protocol") << QStringLiteral("v2.ndjson")
                                    << QByteArray("{\"type\":\"hello\",\"protocol\":2}\n") + line(0)
                                    << QStringLiteral("protocol version 2");
}

void TestEventDecoder::traceFatal()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString full = dir.filePath(path);
    if (!data.isEmpty()) {
        QFile file(full);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }
    const TraceLoadResult trace = TraceFile::load(full);
    QVERIFY(!trace.ok());
    QVERIFY2(trace.fatalError.contains(message), qPrintable(trace.fatalError));
    QVERIFY(trace.events.isEmpty());
}

QTEST_GUILESS_MAIN(TestEventDecoder)
#include "tst_eventdecoder.moc"
