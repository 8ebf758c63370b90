// protocol::Record, byte for byte: what a scenario process writes for every
// byte value, for valid, invalid and cut UTF-8, at the 4096-byte line limit and
// past it, and for extreme numbers. The expected lines are written out in full,
// so that a faster Record cannot change a single byte of the event stream
// (engine/PROTOCOL.md) unnoticed.

#include "protocol/record.h"

#include <QtTest>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

using ipcviz::protocol::kMaxLine;
using ipcviz::protocol::kPreviewBytes;
using ipcviz::protocol::kSeqReserve;
using ipcviz::protocol::Record;

class TestRecord : public QObject {
    Q_OBJECT

private slots:
    void everyByteAlone();
    void everyLeadByteBeforeContinuations();
    void allBytesInOnePreview();
    void preview_data();
    void preview();
    void fieldKeepsEverything();
    void numbers_data();
    void numbers();
    void integralTypes();
    void flagsAndRaw();
    void arrays();
    void arrayItemsAreCutAtThePreviewLimit();
    void fieldAtTheLineLimit();
    void previewAtTheLineLimit();
    void numberAtTheLineLimit();
    void overflowDropsTheRestOfTheRecord();
    void arrayThatDoesNotFit();
    void arrayItemsThatDoNotFit();
    void arrayAfterAnOverflow();
    void smallerLimit();
    void headBesideTheLine();
    void limitBelowWhatIsWritten();
    void longestLineStaysUnderTheLimit();
    void pingpongEvents();
    void manyRandomRecords();
};

namespace {

QByteArray line(Record &r)
{
    const auto l = r.finish();
    return QByteArray(l.data(), static_cast<qsizetype>(l.size()));
}

std::string_view view(const QByteArray &b)
{
    return {b.constData(), static_cast<std::size_t>(b.size())};
}

// How a single byte, with nothing after it, appears inside a JSON string.
QByteArray escapedAlone(unsigned char c)
{
    switch (c) {
    case '"':
        return R"(\")";
    case '\\':
        return R"(\\)";
    case '\n':
        return R"(\n)";
    case '\t':
        return R"(\t)";
    case '\r':
        return R"(\r)";
    default:
        break;
    }
    if (c >= 0x20 && c < 0x7F)
        return QByteArray(1, static_cast<char>(c));
    return QByteArray("\\u00") + QByteArray::number(c >> 4, 16) + QByteArray::number(c & 0xF, 16);
}

QByteArray repeated(char c, qsizetype n)
{
    return QByteArray(n, c);
}

} // namespace

void TestRecord::everyByteAlone()
{
    for (int b = 0; b < 256; ++b) {
        const auto c = static_cast<unsigned char>(b);
        const QByteArray in(1, static_cast<char>(c));
        Record r;
        r.preview("data", view(in));
        QCOMPARE(line(r), "{\"data\":\"" + escapedAlone(c) + "\"}\n");
        Record f;
        f.field("s", view(in));
        QCOMPARE(line(f), "{\"s\":\"" + escapedAlone(c) + "\"}\n");
    }
}

// Each byte from 0x80 up, followed by three 0x80 bytes: C2-DF take one, E0-EF
// two and F0-F4 three of them as a character, except E0 and F0, for which
// 80 makes an overlong form; every other byte, and every continuation byte
// left over, is \u00XX.
void TestRecord::everyLeadByteBeforeContinuations()
{
    for (int b = 0x80; b < 256; ++b) {
        const QByteArray in = QByteArray(1, static_cast<char>(b)) + "\x80\x80\x80";
        int taken = 0;
        if (b >= 0xC2 && b <= 0xDF)
            taken = 2;
        else if (b >= 0xE0 && b <= 0xEF)
            taken = 3;
        else if (b >= 0xF0 && b <= 0xF4)
            taken = 4;
        if (b == 0xE0 || b == 0xF0)
            taken = 0;
        QByteArray expected = in.left(taken);
        for (qsizetype i = taken; i < in.size(); ++i)
            expected += escapedAlone(static_cast<unsigned char>(in[i]));
        Record r;
        r.preview("data", view(in));
        QCOMPARE(line(r), "{\"data\":\"" + expected + "\"}\n");
    }
}

void TestRecord::allBytesInOnePreview()
{
    QByteArray in;
    for (int b = 0; b < 256; ++b)
        in += static_cast<char>(b);
    // No lead byte of 0x80..0xFF is followed by a continuation byte here.
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all += escapedAlone(static_cast<unsigned char>(b));
    QByteArray first200;
    for (int b = 0; b < 200; ++b)
        first200 += escapedAlone(static_cast<unsigned char>(b));

    Record whole;
    whole.preview("data", view(in), 256);
    QCOMPARE(line(whole), "{\"data\":\"" + all + "\"}\n");
    QVERIFY(!whole.overflowed());

    Record cut;
    cut.preview("data", view(in));
    QCOMPARE(line(cut), "{\"data\":\"" + first200 + "\",\"truncated\":true}\n");

    // A field has no preview limit.
    Record field;
    field.field("s", view(in));
    QCOMPARE(line(field), "{\"s\":\"" + all + "\"}\n");
}

void TestRecord::preview_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("limit"); // -1: the default (kPreviewBytes)
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QByteArray() << -1
                           << QByteArray(R"({"data":""})"
                                         "\n");
    QTest::newRow("plain") << QByteArray("Hello, world.") << -1
                           << QByteArray(R"({"data":"Hello, world."})"
                                         "\n");
    QTest::newRow("escapes") << QByteArray("a\"b\\c\nd\te\rf\bg\fh\x7fi/") << -1
                             << QByteArray(R"({"data":"a\"b\\c\nd\te\rf\u0008g\u000ch\u007fi/"})"
                                           "\n");
    QTest::newRow("nul bytes") << QByteArray("\0a\0", 3) << -1
                               << QByteArray(R"({"data":"\u0000a\u0000"})"
                                             "\n");
    QTest::newRow("two-byte") << QByteArray("caf\xC3\xA9") << -1
                              << QByteArray("{\"data\":\"caf\xC3\xA9\"}\n");
    QTest::newRow("three-byte") << QByteArray("\xE2\x82\xAC") << -1
                                << QByteArray("{\"data\":\"\xE2\x82\xAC\"}\n");
    QTest::newRow("four-byte") << QByteArray("\xF0\x9F\x98\x80!") << -1
                               << QByteArray("{\"data\":\"\xF0\x9F\x98\x80!\"}\n");
    QTest::newRow("lone continuation") << QByteArray("a\x80z") << -1
                                       << QByteArray(R"({"data":"a\u0080z"})"
                                                     "\n");
    QTest::newRow("two-byte missing its end") << QByteArray("a\xC3") << -1
                                              << QByteArray(R"({"data":"a\u00c3"})"
                                                            "\n");
    QTest::newRow("three-byte missing its end") << QByteArray("\xE2\x82") << -1
                                                << QByteArray(R"({"data":"\u00e2\u0082"})"
                                                              "\n");
    QTest::newRow("four-byte missing its end") << QByteArray("\xF0\x9F\x98") << -1
                                               << QByteArray(R"({"data":"\u00f0\u009f\u0098"})"
                                                             "\n");
    QTest::newRow("lead byte then ascii") << QByteArray("\xC3"
                                                        "A")
                                          << -1
                                          << QByteArray(R"({"data":"\u00c3A"})"
                                                        "\n");
    QTest::newRow("lead byte then lead byte") << QByteArray("\xE2\xE2\x82\xAC") << -1
                                              << QByteArray("{\"data\":\"\\u00e2\xE2\x82\xAC\"}\n");
    QTest::newRow("overlong C0") << QByteArray("\xC0\x80") << -1
                                 << QByteArray(R"({"data":"\u00c0\u0080"})"
                                               "\n");
    QTest::newRow("overlong C1") << QByteArray("\xC1\xBF") << -1
                                 << QByteArray(R"({"data":"\u00c1\u00bf"})"
                                               "\n");
    // Not UTF-8 although shaped like it (RFC 3629): escaped byte by byte.
    QTest::newRow("overlong E0") << QByteArray("\xE0\x80\x80") << -1
                                 << QByteArray(R"({"data":"\u00e0\u0080\u0080"})"
                                               "\n");
    QTest::newRow("overlong F0") << QByteArray("\xF0\x8F\xBF\xBF") << -1
                                 << QByteArray(R"({"data":"\u00f0\u008f\u00bf\u00bf"})"
                                               "\n");
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << -1
                               << QByteArray(R"({"data":"\u00ed\u00a0\u0080"})"
                                             "\n");
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << -1
                                    << QByteArray(R"({"data":"\u00f4\u0090\u0080\u0080"})"
                                                  "\n");
    // Their neighbours are characters.
    QTest::newRow("U+0800") << QByteArray("\xE0\xA0\x80") << -1
                            << QByteArray("{\"data\":\"\xE0\xA0\x80\"}\n");
    QTest::newRow("U+D7FF") << QByteArray("\xED\x9F\xBF") << -1
                            << QByteArray("{\"data\":\"\xED\x9F\xBF\"}\n");
    QTest::newRow("U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << -1
                              << QByteArray("{\"data\":\"\xF4\x8F\xBF\xBF\"}\n");
    QTest::newRow("F5 is never a lead byte") << QByteArray("\xF5\x80\x80\x80") << -1
                                             << QByteArray(R"({"data":"\u00f5\u0080\u0080\u0080"})"
                                                           "\n");
    QTest::newRow("FF") << QByteArray("\xFF\xFE") << -1
                        << QByteArray(R"({"data":"\u00ff\u00fe"})"
                                      "\n");
    QTest::newRow("limit 0") << QByteArray("abc") << 0
                             << QByteArray(R"({"data":"","truncated":true})"
                                           "\n");
    QTest::newRow("limit 0 of nothing") << QByteArray() << 0
                                        << QByteArray(R"({"data":""})"
                                                      "\n");
    QTest::newRow("limit equals size") << QByteArray("abc") << 3
                                       << QByteArray(R"({"data":"abc"})"
                                                     "\n");
    QTest::newRow("limit cuts ascii") << QByteArray("abcd") << 3
                                      << QByteArray(R"({"data":"abc","truncated":true})"
                                                    "\n");
    QTest::newRow("limit above size") << QByteArray("abc") << 1000
                                      << QByteArray(R"({"data":"abc"})"
                                                    "\n");
    QTest::newRow("three-byte cut after one byte")
        << QByteArray("ab\xE2\x82\xAC") << 3
        << QByteArray(R"({"data":"ab\u00e2","truncated":true})"
                      "\n");
    QTest::newRow("three-byte cut after two bytes")
        << QByteArray("ab\xE2\x82\xAC") << 4
        << QByteArray(R"({"data":"ab\u00e2\u0082","truncated":true})"
                      "\n");
    QTest::newRow("three-byte just fits")
        << QByteArray("ab\xE2\x82\xAC") << 5 << QByteArray("{\"data\":\"ab\xE2\x82\xAC\"}\n");
    QTest::newRow("four-byte cut after three bytes")
        << QByteArray("\xF0\x9F\x98\x80") << 3
        << QByteArray(R"({"data":"\u00f0\u009f\u0098","truncated":true})"
                      "\n");
    QTest::newRow("escape at the limit") << QByteArray("ab\"c") << 3
                                         << QByteArray(R"({"data":"ab\"","truncated":true})"
                                                       "\n");
    QTest::newRow("default limit, 200 ascii")
        << repeated('x', 200) << -1 << QByteArray("{\"data\":\"" + repeated('x', 200) + "\"}\n");
    QTest::newRow("default limit, 201 ascii")
        << repeated('x', 201) << -1
        << QByteArray("{\"data\":\"" + repeated('x', 200) + "\",\"truncated\":true}\n");
    QTest::newRow("default limit cuts a two-byte character")
        << QByteArray(repeated('x', 199) + "\xC3\xA9") << -1
        << QByteArray("{\"data\":\"" + repeated('x', 199) + "\\u00c3\",\"truncated\":true}\n");
    QTest::newRow("default limit ends with a two-byte character")
        << QByteArray(repeated('x', 198) + "\xC3\xA9") << -1
        << QByteArray("{\"data\":\"" + repeated('x', 198) + "\xC3\xA9\"}\n");
    QTest::newRow("default limit cuts a four-byte character")
        << QByteArray(repeated('x', 198) + "\xF0\x9F\x98\x80") << -1
        << QByteArray("{\"data\":\"" + repeated('x', 198) +
                      "\\u00f0\\u009f\",\"truncated\":true}\n");
    QTest::newRow("default limit, 200 quotes")
        << repeated('"', 300) << -1
        << QByteArray("{\"data\":\"" + QByteArray("\\\"").repeated(200) +
                      "\",\"truncated\":true}\n");
    QTest::newRow("default limit, 200 control bytes")
        << repeated('\x01', 300) << -1
        << QByteArray("{\"data\":\"" + QByteArray("\\u0001").repeated(200) +
                      "\",\"truncated\":true}\n");
}

void TestRecord::preview()
{
    QFETCH(QByteArray, input);
    QFETCH(int, limit);
    QFETCH(QByteArray, expected);
    Record r;
    if (limit < 0)
        r.preview("data", view(input));
    else
        r.preview("data", view(input), static_cast<std::size_t>(limit));
    QCOMPARE(line(r), expected);
    QVERIFY(!r.overflowed());
}

void TestRecord::fieldKeepsEverything()
{
    // field() has no preview limit and never says `truncated`; it escapes as
    // preview() does.
    const QByteArray text = repeated('y', 1000) + "\xC3\xA9\xC3" + "\"";
    Record r;
    r.field("s", view(text));
    QCOMPARE(line(r), "{\"s\":\"" + repeated('y', 1000) + "\xC3\xA9\\u00c3\\\"\"}\n");
    Record c;
    c.field("s", "a\xE2\x82");
    QCOMPARE(line(c), QByteArray(R"({"s":"a\u00e2\u0082"})"
                                 "\n"));
}

void TestRecord::numbers_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QByteArray>("expected");
    const auto row = [](const char *name, std::int64_t v, const char *text) {
        QTest::newRow(name) << static_cast<qint64>(v) << QByteArray(text);
    };
    row("zero", 0, "0");
    row("one", 1, "1");
    row("minus one", -1, "-1");
    row("nine", 9, "9");
    row("ten", 10, "10");
    row("minus ten", -10, "-10");
    row("99", 99, "99");
    row("100", 100, "100");
    row("4096", 4096, "4096");
    row("nanoseconds", 3129591, "3129591");
    row("10^18", 1000000000000000000, "1000000000000000000");
    row("-10^18", -1000000000000000000, "-1000000000000000000");
    row("INT32_MAX", std::numeric_limits<std::int32_t>::max(), "2147483647");
    row("INT32_MIN", std::numeric_limits<std::int32_t>::min(), "-2147483648");
    row("UINT32_MAX", std::numeric_limits<std::uint32_t>::max(), "4294967295");
    row("INT64_MAX", std::numeric_limits<std::int64_t>::max(), "9223372036854775807");
    row("INT64_MAX - 1", std::numeric_limits<std::int64_t>::max() - 1, "9223372036854775806");
    row("INT64_MIN", std::numeric_limits<std::int64_t>::min(), "-9223372036854775808");
    row("INT64_MIN + 1", std::numeric_limits<std::int64_t>::min() + 1, "-9223372036854775807");
}

void TestRecord::numbers()
{
    QFETCH(qint64, value);
    QFETCH(QByteArray, expected);
    Record r;
    r.number("n", value);
    QCOMPARE(line(r), "{\"n\":" + expected + "}\n");
    Record f;
    f.field("n", static_cast<std::int64_t>(value));
    QCOMPARE(line(f), "{\"n\":" + expected + "}\n");
    Record a;
    a.beginArray("a").item(value).item(value).endArray();
    QCOMPARE(line(a), "{\"a\":[" + expected + "," + expected + "]}\n");
}

void TestRecord::integralTypes()
{
    Record r;
    r.field("i", -5)
        .field("u", 7u)
        .field("c", static_cast<signed char>(-128))
        .field("uc", static_cast<unsigned char>(255))
        .field("s", static_cast<short>(-32768))
        .field("sz", std::size_t{4096})
        .field("u64", std::numeric_limits<std::uint64_t>::max()) // wraps to -1
        .field("l", -9000000000L);
    QCOMPARE(line(r),
             QByteArray(
                 R"({"i":-5,"u":7,"c":-128,"uc":255,"s":-32768,"sz":4096,"u64":-1,"l":-9000000000})"
                 "\n"));
}

void TestRecord::flagsAndRaw()
{
    Record r;
    r.flag("yes", true).flag("no", false).raw("obj", R"({"a":[1,2]})").raw("empty", "");
    QCOMPARE(line(r), QByteArray(R"({"yes":true,"no":false,"obj":{"a":[1,2]},"empty":})"
                                 "\n"));
    // Keys are written as given.
    Record k;
    k.field("", "v").field("with space", 1);
    QCOMPARE(line(k), QByteArray(R"({"":"v","with space":1})"
                                 "\n"));
    Record empty;
    QCOMPARE(line(empty), QByteArray("{}\n"));
}

void TestRecord::arrays()
{
    Record r;
    r.field("path", "ls")
        .beginArray("argv")
        .item("ls")
        .item("-l")
        .item("a\"b\xC3")
        .endArray()
        .beginArray("fds")
        .item(3)
        .item(4)
        .endArray()
        .beginArray("none")
        .endArray()
        .field("after", 1);
    QCOMPARE(line(r), QByteArray(R"({"path":"ls","argv":["ls","-l","a\"b\u00c3"],"fds":[3,4],)"
                                 R"("none":[],"after":1})"
                                 "\n"));
    // finish() closes an array left open.
    Record open;
    open.beginArray("a").item(1);
    QCOMPARE(line(open), QByteArray(R"({"a":[1]})"
                                    "\n"));
    Record first;
    first.beginArray("a").item("x").endArray();
    QCOMPARE(line(first), QByteArray(R"({"a":["x"]})"
                                     "\n"));
}

void TestRecord::arrayItemsAreCutAtThePreviewLimit()
{
    // Items are cut at kPreviewBytes without a word.
    Record r;
    r.beginArray("a")
        .item(std::string_view(repeated('z', 300)))
        .item(view(repeated('z', 199) + "\xE2\x82\xAC"))
        .endArray();
    QCOMPARE(line(r),
             "{\"a\":[\"" + repeated('z', 200) + "\",\"" + repeated('z', 199) + "\\u00e2\"]}\n");
    QVERIFY(!r.overflowed());
}

// A record may hold kMaxLine - kSeqReserve bytes, of which 8 stay free for
// closing brackets: after `{"k":"` + text + `"` the length must stay at or
// under 4064 - 8 = 4056, so a text of 4049 plain bytes is the longest.
void TestRecord::fieldAtTheLineLimit()
{
    QCOMPARE(kMaxLine - kSeqReserve, std::size_t{4064});
    // Ending in a plain byte, an escape, \u00XX or a multi-byte character: the
    // longest padding fits, one byte more and the field is left out whole.
    const QByteArray tails[][2] = {
        {"a", "a"}, {"\n", "\\n"}, {"\x01", "\\u0001"}, {"\xE2\x82\xAC", "\xE2\x82\xAC"}};
    for (const auto &[tail, escaped] : tails) {
        const qsizetype pad = 4049 - escaped.size();
        Record r;
        r.field("k", view(repeated('a', pad) + tail));
        QCOMPARE(line(r), "{\"k\":\"" + repeated('a', pad) + escaped + "\"}\n");
        QVERIFY(!r.overflowed());
        Record s;
        s.field("k", view(repeated('a', pad + 1) + tail));
        QCOMPARE(line(s), QByteArray("{}\n"));
        QVERIFY(s.overflowed());
    }
    {
        // After other fields: the field that does not fit is left out whole,
        // the ones before stay.
        Record r;
        r.field("t", 1).field("k", view(repeated('b', 4049 - 6)));
        QCOMPARE(line(r), "{\"t\":1,\"k\":\"" + repeated('b', 4043) + "\"}\n");
        Record s;
        s.field("t", 1).field("k", view(repeated('b', 4049 - 5)));
        QCOMPARE(line(s), QByteArray("{\"t\":1}\n"));
        QVERIFY(s.overflowed());
    }
    {
        // Escapes that grow a short text past the limit: 700 control bytes
        // are 4,200 bytes escaped.
        Record r;
        r.field("t", 2).field("k", view(repeated('\x02', 700)));
        QCOMPARE(line(r), QByteArray("{\"t\":2}\n"));
        QVERIFY(r.overflowed());
    }
}

void TestRecord::previewAtTheLineLimit()
{
    // 600 bytes of output are at most 3,600 escaped: they fit (kOutputChunk).
    {
        Record r;
        r.field("kind", "proc.output").preview("data", view(repeated('\x1b', 600)), 600);
        QCOMPARE(line(r), "{\"kind\":\"proc.output\",\"data\":\"" +
                              QByteArray("\\u001b").repeated(600) + "\"}\n");
        QVERIFY(!r.overflowed());
    }
    // `"data":"` + text + `"` + `,"truncated":true` must fit as a whole.
    const QByteArray truncated = ",\"truncated\":true"; // 17 bytes
    {
        // {"p":"<text>","truncated":true}: 1 + 5 + n + 1 + 17 <= 4056.
        const qsizetype n = 4056 - 24;
        Record r;
        r.preview("p", view(repeated('c', n + 1)), static_cast<std::size_t>(n));
        QCOMPARE(line(r), "{\"p\":\"" + repeated('c', n) + "\"" + truncated + "}\n");
        QVERIFY(!r.overflowed());
        Record s;
        s.preview("p", view(repeated('c', n + 2)), static_cast<std::size_t>(n + 1));
        QCOMPARE(line(s), QByteArray("{}\n"));
        QVERIFY(s.overflowed());
        // Without the cut, the longer text fits.
        Record u;
        u.preview("p", view(repeated('c', n + 1)), static_cast<std::size_t>(n + 1));
        QCOMPARE(line(u), "{\"p\":\"" + repeated('c', n + 1) + "\"}\n");
    }
}

void TestRecord::numberAtTheLineLimit()
{
    // {"k":"<pad>","n":<digits>: 1 + 5 + pad + 1 + 5 + digits <= 4056.
    const auto padded = [](qsizetype pad, std::int64_t n) {
        Record r;
        r.field("k", view(repeated('p', pad))).number("n", n);
        return line(r);
    };
    const qsizetype pad = 4056 - 12 - 20; // room for exactly 20 characters
    const auto min = std::numeric_limits<std::int64_t>::min();
    QCOMPARE(padded(pad, min),
             "{\"k\":\"" + repeated('p', pad) + "\",\"n\":-9223372036854775808}\n");
    QCOMPARE(padded(pad + 1, min), "{\"k\":\"" + repeated('p', pad + 1) + "\"}\n");
    QCOMPARE(padded(pad + 1, std::numeric_limits<std::int64_t>::max()),
             "{\"k\":\"" + repeated('p', pad + 1) + "\",\"n\":9223372036854775807}\n");
    QCOMPARE(padded(pad + 19, 7), "{\"k\":\"" + repeated('p', pad + 19) + "\",\"n\":7}\n");
    QCOMPARE(padded(pad + 20, 7), "{\"k\":\"" + repeated('p', pad + 20) + "\"}\n");
    // A flag the same way: `,"f":true` is 9 bytes, `,"f":false` 10.
    Record t;
    t.field("k", view(repeated('p', 4056 - 7 - 9))).flag("f", true);
    QCOMPARE(line(t), "{\"k\":\"" + repeated('p', 4040) + "\",\"f\":true}\n");
    Record f;
    f.field("k", view(repeated('p', 4056 - 7 - 9))).flag("f", false);
    QCOMPARE(line(f), "{\"k\":\"" + repeated('p', 4040) + "\"}\n");
    QVERIFY(f.overflowed());
}

void TestRecord::overflowDropsTheRestOfTheRecord()
{
    // Once a field did not fit, every later one is left out too, even one
    // that would fit: the record says less, never something out of order.
    Record r;
    r.field("t", 1)
        .field("big", view(repeated('a', 5000)))
        .field("small", "x")
        .number("n", 2)
        .flag("f", true)
        .raw("r", "{}")
        .preview("data", "abc");
    QCOMPARE(line(r), QByteArray("{\"t\":1}\n"));
    QVERIFY(r.overflowed());
}

void TestRecord::arrayThatDoesNotFit()
{
    // No room even for `,"argv":[`: the array is left out whole, and so is
    // what comes after it.
    const qsizetype pad = 4056 - 7 - 9 + 1; // `,"argv":[` is 9 bytes; one too many
    Record r;
    r.field("k", view(repeated('q', pad)))
        .beginArray("argv")
        .item("a")
        .item(1)
        .endArray()
        .field("after", 1);
    QCOMPARE(line(r), "{\"k\":\"" + repeated('q', pad) + "\"}\n");
    QVERIFY(r.overflowed());
    // One byte less: the key and `[` fit, no item does; `]` still closes it.
    Record s;
    s.field("k", view(repeated('q', pad - 1))).beginArray("argv").item("a").item(1).endArray();
    QCOMPARE(line(s), "{\"k\":\"" + repeated('q', pad - 1) + "\",\"argv\":[]}\n");
    QVERIFY(s.overflowed());
    // Left open and dropped: finish() adds no `]`.
    Record o;
    o.field("k", view(repeated('q', pad))).beginArray("argv").item("a");
    QCOMPARE(line(o), "{\"k\":\"" + repeated('q', pad) + "\"}\n");
}

void TestRecord::arrayItemsThatDoNotFit()
{
    // Items go in while they fit; the first that does not fit ends the list
    // (later, shorter ones are left out too).
    Record r;
    r.beginArray("argv");
    for (int i = 0; i < 100; ++i)
        r.item(view(repeated(static_cast<char>('a' + i % 26), 100)));
    r.item("x").item(1).endArray().field("after", 1);
    const QByteArray out = line(r);
    QVERIFY(r.overflowed());
    // {"argv":[ is 9 bytes, each item 102 plus a comma after the first:
    // 9 + 102 + 38 * 103 = 4025; a 40th would end at 4128.
    QByteArray expected = "{\"argv\":[";
    for (int i = 0; i < 39; ++i) {
        if (i > 0)
            expected += ',';
        expected += '"' + repeated(static_cast<char>('a' + i % 26), 100) + '"';
    }
    expected += "]}\n";
    QCOMPARE(out, expected);
    QVERIFY(out.size() <= qsizetype(kMaxLine - kSeqReserve));
}

void TestRecord::arrayAfterAnOverflow()
{
    // An array opened after an overflow keeps its key and brackets but no item.
    Record r;
    r.field("big", view(repeated('a', 5000))).beginArray("fds").item(3).item(4).endArray();
    QCOMPARE(line(r), QByteArray(R"({"fds":[]})"
                                 "\n"));
    QVERIFY(r.overflowed());
}

void TestRecord::headBesideTheLine()
{
    // What the supervisor reads instead of parsing: pid, kind, phase, noted
    // when they are written with pid(), kind() and phase().
    Record r;
    r.field("t", 12).pid(4242).field("label", "main.1").kind("pipe.write");
    r.phase("begin").field("obj", "pipe#1");
    const std::string_view line = r.finish();
    QCOMPARE(std::string(line),
             std::string(R"({"t":12,"pid":4242,"label":"main.1","kind":"pipe.write",)"
                         R"("phase":"begin","obj":"pipe#1"})"
                         "\n"));
    QCOMPARE(r.head().pid, 4242);
    QCOMPARE(std::string(r.head().kind(line)), std::string("pipe.write"));
    QCOMPARE(r.head().phase, ipcviz::protocol::RecordHead::kBegin);

    Record e;
    e.pid(-1).kind("pipe.read").phase("end");
    QCOMPARE(e.head().pid, -1);
    QCOMPARE(e.head().phase, ipcviz::protocol::RecordHead::kEnd);
    QCOMPARE(std::string(e.head().kind(e.finish())), std::string("pipe.read"));

    // No phase, no kind: nothing claimed.
    Record i;
    i.pid(1).kind("proc.start");
    QCOMPARE(i.head().phase, ipcviz::protocol::RecordHead::kNoPhase);
    Record none;
    none.field("t", 1).field("kind", "not noted");
    QCOMPARE(none.head().kindAt, std::uint16_t{0});
    QVERIFY(none.head().kind(none.finish()).empty());

    // A kind that did not fit is not claimed either.
    Record full;
    full.setLimit(20);
    full.pid(1).kind("a-kind-too-long-to-fit");
    QVERIFY(full.overflowed());
    QCOMPARE(full.head().kindAt, std::uint16_t{0});
}

void TestRecord::smallerLimit()
{
    // setLimit: the same rules under a smaller limit (8 bytes stay free).
    Record r;
    r.setLimit(30);
    r.field("a", "0123456789").field("b", "0123456789").field("c", 1);
    QCOMPARE(line(r), QByteArray(R"({"a":"0123456789"})"
                                 "\n"));
    QVERIFY(r.overflowed());
    // `{"a":"0123456789","b":1` is 23 bytes: 23 + 8 > 30, but 22 + 8 fits.
    Record s;
    s.setLimit(30);
    s.field("a", "0123456789").field("b", 1);
    QCOMPARE(line(s), QByteArray(R"({"a":"0123456789"})"
                                 "\n"));
    Record t;
    t.setLimit(31);
    t.field("a", "0123456789").field("b", 1);
    QCOMPARE(line(t), QByteArray(R"({"a":"0123456789","b":1})"
                                 "\n"));
    QVERIFY(!t.overflowed());
    // A limit above the line limit is the line limit: never past the buffer.
    Record big;
    big.setLimit(std::size_t{1} << 20);
    big.field("a", std::string(5000, 'x'));
    QVERIFY(big.overflowed());
    QVERIFY(line(big).size() <= static_cast<qsizetype>(ipcviz::protocol::kMaxLine));
    // A preview that would fit, but not with its `truncated`.
    // `{"d":"abcde","truncated":true}` is 29 bytes.
    Record p;
    p.setLimit(37);
    p.preview("d", "abcdefghij", 5);
    QCOMPARE(line(p), QByteArray(R"({"d":"abcde","truncated":true})"
                                 "\n"));
    Record q;
    q.setLimit(37);
    q.preview("d", "abcdefghij", 6);
    QCOMPARE(line(q), QByteArray("{}\n"));
}

void TestRecord::limitBelowWhatIsWritten()
{
    Record r;
    r.field("a", 1);
    r.setLimit(3);
    r.field("b", 2).beginArray("c").item(1).endArray().flag("d", true);
    QCOMPARE(line(r), QByteArray(R"({"a":1})"
                                 "\n"));
    QVERIFY(r.overflowed());
    Record z;
    z.setLimit(0);
    z.field("a", 1).preview("p", "");
    QCOMPARE(line(z), QByteArray("{}\n"));
    QVERIFY(z.overflowed());
}

void TestRecord::longestLineStaysUnderTheLimit()
{
    // Whatever is asked, the line with its `"seq":N,` stays within kMaxLine.
    for (int n = 4000; n < 4100; ++n) {
        Record r;
        r.field("t", std::numeric_limits<std::int64_t>::min())
            .preview("data", view(repeated('w', n)), static_cast<std::size_t>(n))
            .beginArray("a")
            .item(1)
            .endArray();
        const QByteArray out = line(r);
        QVERIFY(out.size() + qsizetype(kSeqReserve) <= qsizetype(kMaxLine));
        QVERIFY(out.endsWith("}\n"));
    }
}

void TestRecord::pingpongEvents()
{
    // The events of pipe-pingpong as the interpreter writes them.
    const QByteArray data = repeated('x', 64);
    Record b;
    b.field("t", std::int64_t{3128491})
        .field("pid", 8694)
        .field("label", "main")
        .field("kind", "pipe.write")
        .field("phase", "begin")
        .field("line", 27)
        .field("obj", "pipe#1")
        .field("fd", 4)
        .field("bytes", std::int64_t{64})
        .preview("data", view(data));
    QCOMPARE(line(b), "{\"t\":3128491,\"pid\":8694,\"label\":\"main\",\"kind\":\"pipe.write\","
                      "\"phase\":\"begin\",\"line\":27,\"obj\":\"pipe#1\",\"fd\":4,\"bytes\":64,"
                      "\"data\":\"" +
                          data + "\"}\n");
    Record e;
    e.field("t", std::int64_t{3131912})
        .field("pid", 8695)
        .field("label", "main.1")
        .field("kind", "pipe.read")
        .field("phase", "end")
        .field("line", 18)
        .field("obj", "pipe#1")
        .field("fd", 3)
        .field("ret", std::int64_t{64})
        .field("bytes", std::int64_t{64})
        .preview("data", view(data));
    QCOMPARE(line(e), "{\"t\":3131912,\"pid\":8695,\"label\":\"main.1\",\"kind\":\"pipe.read\","
                      "\"phase\":\"end\",\"line\":18,\"obj\":\"pipe#1\",\"fd\":3,\"ret\":64,"
                      "\"bytes\":64,\"data\":\"" +
                          data + "\"}\n");
}

namespace {

// A small deterministic generator (splitmix64), the same on every machine.
struct Random {
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

// Text made of pieces that matter to escaping: plain runs, escapes, control
// bytes, whole and broken UTF-8, any byte at all.
std::string randomText(Random &rnd, std::size_t maxLen)
{
    static const char *const pieces[] = {"a",
                                         "Hello, world.",
                                         "\"",
                                         "\\",
                                         "\n",
                                         "\t",
                                         "\r",
                                         "\x01",
                                         "\x7f",
                                         "\xC3\xA9",
                                         "\xC3",
                                         "\xE2\x82\xAC",
                                         "\xE2\x82",
                                         "\xF0\x9F\x98\x80",
                                         "\xF0\x9F",
                                         "\x80",
                                         "\xBF",
                                         "\xED\xA0\x80",
                                         "\xF5",
                                         "\xFF",
                                         "xxxxxxxxxxxxxxxx"};
    const std::size_t n = rnd.below(maxLen + 1);
    std::string s;
    while (s.size() < n) {
        if (rnd.below(4) == 0)
            s += static_cast<char>(rnd.below(256));
        else
            s += pieces[rnd.below(std::size(pieces))];
    }
    s.resize(n);
    return s;
}

} // namespace

void TestRecord::manyRandomRecords()
{
    // Thousands of records of random fields, lengths and limits, hashed
    // (FNV-1a) with their overflowed() flags. The hash was taken from the
    // implementation this test was written against; it moves only if some
    // byte of some line does.
    Random rnd{20261126};
    std::uint64_t hash = 0xcbf29ce484222325ull;
    const auto mix = [&hash](std::string_view bytes) {
        for (unsigned char c : bytes) {
            hash ^= c;
            hash *= 0x100000001b3ull;
        }
    };
    std::size_t overflows = 0;
    for (int i = 0; i < 20000; ++i) {
        Record r;
        if (rnd.below(8) == 0)
            r.setLimit(rnd.below(kMaxLine - kSeqReserve + 1));
        const std::size_t ops = 1 + rnd.below(14);
        // Long texts now and then, so that records reach the limit.
        const std::size_t maxText = rnd.below(4) == 0 ? 5000 : 300;
        for (std::size_t k = 0; k < ops; ++k) {
            const std::string key = randomText(rnd, 3);
            switch (rnd.below(9)) {
            case 0: {
                std::int64_t v = static_cast<std::int64_t>(rnd.next());
                if (rnd.below(2) == 0)
                    v >>= rnd.below(64);
                r.number(key, v);
                break;
            }
            case 1:
                r.field(key, randomText(rnd, maxText));
                break;
            case 2:
                r.preview(key, randomText(rnd, maxText), rnd.below(400));
                break;
            case 3:
                r.preview(key, randomText(rnd, maxText));
                break;
            case 4:
                r.flag(key, rnd.below(2) == 0);
                break;
            case 5:
                r.raw(key, randomText(rnd, 40));
                break;
            case 6: {
                r.beginArray(key);
                const std::size_t items = rnd.below(8);
                for (std::size_t j = 0; j < items; ++j) {
                    if (rnd.below(2) == 0)
                        r.item(static_cast<std::int64_t>(rnd.next()));
                    else
                        r.item(randomText(rnd, maxText));
                }
                if (rnd.below(4) != 0)
                    r.endArray();
                break;
            }
            default:
                r.field(key, static_cast<std::int64_t>(rnd.below(100000)));
                break;
            }
        }
        const bool overflowed = r.overflowed();
        const auto l = r.finish();
        QVERIFY(l.size() + kSeqReserve <= kMaxLine);
        mix(l);
        mix(overflowed ? "1" : "0");
        overflows += overflowed ? 1 : 0;
    }
    // Enough of them reach the limit for the hash to cover it.
    QVERIFY(overflows > 1000);
    // (Taken again when surrogates and overlong forms became \u00XX: the
    // random pieces include a surrogate.)
    QCOMPARE(hash, std::uint64_t{18230904171358049469ull});
}

QTEST_APPLESS_MAIN(TestRecord)
#include "tst_record.moc"
