// Event and RecordParser: the compact, lazily decoded event must say exactly what
// the eager decoding (Qt's JSON parser into a QJsonObject) says, for the lines the
// engine writes and for every odd line a damaged or hand-written trace may hold.

#include "core/event.h"
#include "core/eventdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTest>

namespace {

/// What the app decoded before events were compact: Qt's parser, then the checks.
struct Reference {
    bool ok = false;
    QString error;
    QJsonObject fields;
    qint64 seq = -1, t = 0, pid = 0;
    int line = 0;
    QString kind, label, phase, obj;
};

Reference referenceDecode(const QByteArray &line)
{
    Reference r;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return r;
    const QJsonObject o = document.object();
    r.fields = o;
    const QJsonValue type = o.value(QLatin1String("type"));
    if (!type.isUndefined()) {
        const QString name = type.toString();
        if (name != QLatin1String("hello") && name != QLatin1String("end"))
            return r;
        r.ok = true;
        r.kind = name;
        return r;
    }
    if (!o.value(QLatin1String("kind")).isString() ||
        o.value(QLatin1String("kind")).toString().isEmpty() ||
        o.value(QLatin1String("seq")).toInteger(-1) < 0)
        return r;
    r.ok = true;
    r.seq = o.value(QLatin1String("seq")).toInteger(-1);
    r.t = o.value(QLatin1String("t")).toInteger(0);
    r.pid = o.value(QLatin1String("pid")).toInteger(0);
    r.line = static_cast<int>(o.value(QLatin1String("line")).toInteger(0));
    r.kind = o.value(QLatin1String("kind")).toString();
    r.label = o.value(QLatin1String("label")).toString();
    r.phase = o.value(QLatin1String("phase")).toString();
    r.obj = o.value(QLatin1String("obj")).toString();
    return r;
}

/// Empty when the event says what the reference says, else the first difference.
QString compare(const Event &e, const Reference &r)
{
    if (e.seq != r.seq || e.t != r.t || e.pid != r.pid || e.line != r.line)
        return QStringLiteral("numbers differ: seq %1/%2 t %3/%4 pid %5/%6 line %7/%8")
            .arg(e.seq)
            .arg(r.seq)
            .arg(e.t)
            .arg(r.t)
            .arg(e.pid)
            .arg(r.pid)
            .arg(e.line)
            .arg(r.line);
    if (e.kind != r.kind || e.label != r.label || e.phase != r.phase || e.obj != r.obj)
        return QStringLiteral("strings differ");
    if (e.fields() != r.fields)
        return QStringLiteral("fields() differ: %1 vs %2")
            .arg(QString::fromUtf8(QJsonDocument(e.fields()).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(QJsonDocument(r.fields).toJson(QJsonDocument::Compact)));
    const QStringList keys =
        r.fields.keys() + QStringList{QStringLiteral("absent"), QStringLiteral("seq"),
                                      QStringLiteral("kind"), QStringLiteral("line")};
    for (const QString &key : keys) {
        const QJsonValue v = r.fields.value(key);
        if (e.value(key) != v)
            return QStringLiteral("value(%1) differs").arg(key);
        if (e.value(QLatin1StringView(key.toLatin1())) != v)
            return QStringLiteral("value(Latin-1 %1) differs").arg(key);
        if (e.str(key) != v.toString())
            return QStringLiteral("str(%1) differs").arg(key);
        const qint64 num = v.isDouble() ? static_cast<qint64>(v.toDouble()) : -77;
        if (e.num(key, -77) != num)
            return QStringLiteral("num(%1) differs: %2 vs %3")
                .arg(key)
                .arg(e.num(key, -77))
                .arg(num);
        if (e.has(key) != r.fields.contains(key))
            return QStringLiteral("has(%1) differs").arg(key);
    }
    if (e.dataBytes() != Event::previewToBytes(r.fields.value(QLatin1String("data")).toString()))
        return QStringLiteral("dataBytes() differs");
    return {};
}

/// A random ordinary record, then damaged or made odd in a random way.
QByteArray randomLine(QRandomGenerator &random)
{
    const auto pick = [&random](const QList<QByteArray> &choices) {
        return choices.at(random.bounded(static_cast<int>(choices.size())));
    };
    const QList<QByteArray> numbers{"0",
                                    "7",
                                    "-3",
                                    "123456789012345678",
                                    "1234567890123456789",
                                    "99999999999999999999",
                                    "1.0",
                                    "1.",
                                    ".5",
                                    "1e2",
                                    "-0",
                                    "2147483648",
                                    "01",
                                    "-",
                                    "1E+2",
                                    "3.25",
                                    "1e400"};
    const QList<QByteArray> strings{R"("main")",
                                    R"("main.1")",
                                    R"("")",
                                    R"("a\"b")",
                                    R"("tab\there")",
                                    R"("\u00e8\u0041")",
                                    R"("\ud83d\ude00")",
                                    R"("\ud800")",
                                    R"("x\/y")",
                                    "\"caf\xc3\xa9\"",
                                    "\"raw\ttab\"",
                                    R"("bad\x")",
                                    "\"del\x7f\"",
                                    R"("\u004")",
                                    R"("hello\n")",
                                    R"("\\")"};
    const QList<QByteArray> others{"true",      "false",
                                   "null",      "[3,4]",
                                   "[ 3 , 4 ]", "[]",
                                   "{}",        R"({"a":{"b":[1,"x"]}})",
                                   "[1,]",      R"({"a":1,"a":2})",
                                   "tru",       "[[[[[[1]]]]]]"};
    const QList<QByteArray> keys{"seq",   "t",    "pid",  "line",      "kind", "label",
                                 "phase", "obj",  "data", "bytes",     "fd",   "ret",
                                 "args",  "type", "",     "k\\u0065y", "fds"};
    const auto value = [&] {
        switch (random.bounded(3)) {
        case 0:
            return pick(numbers);
        case 1:
            return pick(strings);
        default:
            return pick(others);
        }
    };
    // Mostly sensible records, with a common field now and then odd.
    QList<QByteArray> members{"\"seq\":" + QByteArray::number(random.bounded(1000)),
                              "\"t\":" + QByteArray::number(random.bounded(1'000'000'000)),
                              R"("pid":42)", R"("kind":"pipe.write")", R"("label":"main")"};
    for (int i = random.bounded(5); i > 0; --i)
        members.append('"' + pick(keys) + "\":" + value());
    if (random.bounded(3) == 0)
        members[random.bounded(static_cast<int>(members.size()))] =
            '"' + pick(keys) + "\":" + value();
    QByteArray line = '{' + members.join(random.bounded(4) == 0 ? ", " : ",") + '}';
    switch (random.bounded(8)) {
    case 0:
        line.insert(random.bounded(static_cast<int>(line.size())),
                    pick({" ", "\t", "x", ",", "\""}));
        break;
    case 1:
        line.truncate(random.bounded(static_cast<int>(line.size())));
        break;
    case 2:
        line = "  " + line + " \r";
        break;
    case 3:
        line += " x";
        break;
    default:
        break;
    }
    return line;
}

} // namespace

class TestEvent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lazyFieldsEqualEager_data();
    void lazyFieldsEqualEager();
    void randomLinesDecodeAsQtDoes();
    void repeatedStringsShareStorage();
    void eventStaysSmall();
    void setFieldsLeavesMembers();
    void copiesShareText();
};

void TestEvent::initTestCase()
{
    // The decoder reports every seq out of order at debug level: too many to read.
    QLoggingCategory::setFilterRules(QStringLiteral("ipcviz.*.debug=false"));
}

void TestEvent::lazyFieldsEqualEager_data()
{
    QTest::addColumn<QByteArray>("line");
    const auto row = [](const char *name, const char *line) {
        QTest::newRow(name) << QByteArray(line);
    };
    row("engine write",
        R"({"seq":18,"t":31814449,"pid":5108,"label":"main","kind":"pipe.write","phase":"begin","line":27,"obj":"pipe#1","fd":4,"bytes":64,"data":"xxxx"})");
    row("no extra fields", R"({"seq":0,"t":1,"pid":2,"label":"main","kind":"proc.start"})");
    row("arrays and objects",
        R"({"seq":1,"kind":"pipe.create","fds":[3,4],"args":{"obj":"p","max":[1,{"x":null}]}})");
    row("escapes", R"({"seq":2,"kind":"proc.output","data":"a\"b\\c\/d\n\t\u00e8\ud83d\ude00"})");
    row("spaces everywhere", " { \"seq\" : 3 , \"kind\" : \"fd.close\" , \"fd\" : [ 1 , 2 ] } ");
    row("UTF-8 text", "{\"seq\":4,\"kind\":\"proc.output\",\"data\":\"caf\xc3\xa9\"}");
    row("escaped label", R"({"seq":5,"kind":"proc.start","label":"ma\u0069n"})");
    row("number kinds", R"({"seq":6,"kind":"x","a":1.5,"b":1e3,"c":-0,"d":12345678901234567890})");
    row("line beyond int", R"({"seq":7,"kind":"x","line":99999999999})");
    row("string time", R"({"seq":8,"t":"8","kind":"x"})");
    row("duplicate key", R"({"seq":9,"kind":"x","bytes":1,"bytes":2})");
    row("duplicate common key", R"({"seq":9,"kind":"x","label":"a","label":"b"})");
    row("hello", R"({"type":"hello","protocol":1,"engine_pid":77,"params":{"rounds":3}})");
    row("end", R"({"type":"end","status":"completed","leaks":[]})");
    row("empty phase", R"({"seq":10,"kind":"x","phase":""})");
    row("key with escape", R"({"seq":11,"kind":"x","d\u0061ta":"y"})");
    row("raw control character", "{\"seq\":12,\"kind\":\"x\",\"data\":\"a\tb\"}");
    row("bytes above 0x7f escaped", R"({"seq":13,"kind":"x","data":"\u0080\u009f\u00ff"})");
}

void TestEvent::lazyFieldsEqualEager()
{
    QFETCH(QByteArray, line);
    const Reference reference = referenceDecode(line);
    QVERIFY(reference.ok);
    QString error;
    const std::optional<Event> event = EventDecoder::decodeLine(line, &error);
    QVERIFY2(event, qPrintable(error));
    const QString difference = compare(*event, reference);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestEvent::randomLinesDecodeAsQtDoes()
{
    QRandomGenerator random(20261126);
    EventDecoder decoder; // one decoder: its interned strings and text blocks are shared
    for (int i = 0; i < 20000; ++i) {
        const QByteArray line = randomLine(random);
        const Reference reference = referenceDecode(line);
        QString error;
        const std::optional<Event> single = EventDecoder::decodeLine(line, &error);
        QVERIFY2(single.has_value() == reference.ok,
                 qPrintable(QStringLiteral("%1: decoded %2, Qt %3 (%4)")
                                .arg(QString::fromUtf8(line))
                                .arg(single.has_value())
                                .arg(reference.ok)
                                .arg(error)));
        if (!reference.ok)
            continue;
        QString difference = compare(*single, reference);
        QVERIFY2(difference.isEmpty(),
                 qPrintable(QString::fromUtf8(line) + QStringLiteral(": ") + difference));
        decoder.feed(line + '\n');
        const EventList events = decoder.takeEvents();
        decoder.takeErrors(); // seq order is not the point here
        QCOMPARE(events.size(), 1);
        difference = compare(events.first(), reference);
        QVERIFY2(difference.isEmpty(),
                 qPrintable(QString::fromUtf8(line) + QStringLiteral(": ") + difference));
    }
}

void TestEvent::repeatedStringsShareStorage()
{
    EventDecoder decoder;
    decoder.feed(R"({"type":"hello","protocol":1}
{"seq":0,"pid":1,"label":"main.1","kind":"pipe.read","phase":"begin","obj":"pipe#1","fd":3}
{"seq":1,"pid":1,"label":"main.1","kind":"pipe.read","phase":"end","obj":"pipe#1","ret":4}
)");
    const EventList events = decoder.takeEvents();
    QCOMPARE(events.size(), 3);
    const Event &a = events.at(1);
    const Event &b = events.at(2);
    QCOMPARE(a.label, QStringLiteral("main.1"));
    QCOMPARE(a.label.constData(), b.label.constData());
    QCOMPARE(a.kind.constData(), b.kind.constData());
    QCOMPARE(a.obj.constData(), b.obj.constData());
    QVERIFY(a.phase != b.phase);
    // Their texts hold only what is not a common field.
    QCOMPARE(QByteArray(a.text().json().toByteArray()), QByteArray(R"({"fd":3})"));
    QCOMPARE(QByteArray(b.text().json().toByteArray()), QByteArray(R"({"ret":4})"));
}

void TestEvent::eventStaysSmall()
{
    // A million events must fit in a few hundred MB: the members plus one shared text.
    QVERIFY2(sizeof(Event) <= 144, qPrintable(QString::number(sizeof(Event))));
}

void TestEvent::setFieldsLeavesMembers()
{
    Event e;
    e.kind = QStringLiteral("gate.wait");
    e.setFields(QJsonObject{{QStringLiteral("obj"), QStringLiteral("p")}});
    e.setField(QStringLiteral("max"), 5);
    QCOMPARE(e.kind, QStringLiteral("gate.wait"));
    QVERIFY(e.obj.isEmpty()); // the member stays as it was
    QCOMPARE(e.str(QStringLiteral("obj")), QStringLiteral("p"));
    QCOMPARE(e.num(QStringLiteral("max")), qint64(5));
    QCOMPARE(e.fields(), (QJsonObject{{QStringLiteral("obj"), QStringLiteral("p")},
                                      {QStringLiteral("max"), 5}}));
    QVERIFY(!e.has(QStringLiteral("kind")));
    QVERIFY(Event().fields().isEmpty());
    QVERIFY(!Event().has(QStringLiteral("seq")));
}

void TestEvent::copiesShareText()
{
    const auto event = EventDecoder::decodeLine(
        R"({"seq":1,"kind":"pipe.write","obj":"pipe#1","data":"hello","bytes":5})", nullptr);
    QVERIFY(event);
    const Event copy = *event; // NOLINT: the copy is the point
    QCOMPARE(copy.text().json().data(), event->text().json().data());
    QCOMPARE(copy.dataBytes(), QByteArray("hello"));
    QCOMPARE(copy.num(QStringLiteral("bytes")), qint64(5));
}

QTEST_GUILESS_MAIN(TestEvent)
#include "tst_event.moc"
