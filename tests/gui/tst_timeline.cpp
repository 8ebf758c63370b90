// TimelineScene built headlessly from events: lanes per process, glyphs,
// arrows that connect a write to the read that got its bytes, a signal's send
// to its delivery, a fork to the child's start; zoom and cursor.

#include "core/eventdecoder.h"
#include "core/tracefile.h"
#include "views/timelineindex.h"
#include "views/timelinescene.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

namespace {

EventList decodeAll(const QList<QByteArray> &lines)
{
    EventList events;
    int seq = 0;
    for (const QByteArray &line : lines) {
        QByteArray withSeq = line;
        withSeq.insert(1, QByteArray(R"("seq":)") + QByteArray::number(seq++) + ',');
        QString error;
        const auto e = EventDecoder::decodeLine(withSeq, &error);
        if (!e)
            qFatal("bad test line %s: %s", withSeq.constData(), qPrintable(error));
        events.append(*e);
    }
    return events;
}

using Kind = TimelineScene::Arrow::Kind;

} // namespace

Q_DECLARE_METATYPE(TimelineScene::Arrow::Kind)

class TestTimeline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lanesPerProcess();
    void arrows_data();
    void arrows();
    void readWithoutWriteHasNoArrow();
    void blockingCallIsOneBar();
    void zoomMovesGlyphs();
    void cursorFollowsEvent();
    void incrementalAppendMatchesBatch();
    void sampleTrace();
    void indexFindsTimeRange();
    void followedListIsNotCopied();
    void crowdedLaneIsPaintedEverywhere();
    void topGlyphWinsClicks();
};

void TestTimeline::lanesPerProcess()
{
    TimelineScene scene;
    scene.setEvents(decodeAll({
        R"({"t":1000,"pid":10,"label":"main","kind":"proc.start","root":true})",
        R"({"t":2000,"pid":10,"label":"main","kind":"proc.fork","child":11,"child_label":"main.1","ret":11})",
        R"({"t":3000,"pid":11,"label":"main.1","kind":"proc.start","parent_label":"main"})",
        R"({"t":4000,"pid":10,"label":"main","kind":"proc.fork","child":12,"child_label":"main.2","ret":12})",
        R"({"t":5000,"pid":12,"label":"main.2","kind":"proc.start","parent_label":"main"})",
    }));
    QCOMPARE(scene.lanes(), (QStringList{QStringLiteral("main"), QStringLiteral("main.1"),
                                         QStringLiteral("main.2")}));
    QVERIFY(scene.laneY(QStringLiteral("main")) < scene.laneY(QStringLiteral("main.1")));
    QVERIFY(scene.laneY(QStringLiteral("main.1")) < scene.laneY(QStringLiteral("main.2")));
    QCOMPARE(scene.laneY(QStringLiteral("nobody")), -1.0);
    // Every glyph sits on its process's lane, at its time.
    for (int i = 0; i < scene.eventCount(); ++i) {
        const auto g = scene.glyph(i);
        QVERIFY(g);
        QCOMPARE(g->pos.x(), scene.xForTime(1000 * (i + 1)));
    }
    QCOMPARE(scene.glyph(2)->pos.y(), scene.laneY(QStringLiteral("main.1")));
}

void TestTimeline::arrows_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<Kind>("kind");

    const QByteArray start0 =
        R"({"t":1000,"pid":10,"label":"main","kind":"proc.start","root":true})";
    const QByteArray start1 =
        R"({"t":1500,"pid":11,"label":"main.1","kind":"proc.start","parent_label":"main"})";
    QTest::newRow("pipe write -> read")
        << QList<
               QByteArray>{start0,
                           start1,
                           R"({"t":2000,"pid":10,"label":"main","kind":"pipe.write","phase":"begin","obj":"pipe#1","bytes":6,"data":"hello\n"})",
                           R"({"t":2100,"pid":10,"label":"main","kind":"pipe.write","phase":"end","obj":"pipe#1","bytes":6,"ret":6})",
                           R"({"t":2500,"pid":11,"label":"main.1","kind":"pipe.read","phase":"begin","obj":"pipe#1","max":1024})",
                           R"({"t":3000,"pid":11,"label":"main.1","kind":"pipe.read","phase":"end","obj":"pipe#1","bytes":6,"ret":6,"data":"hello\n"})"}
        << 2 << 5 << Kind::Data;
    QTest::newRow("fifo write -> read")
        << QList<
               QByteArray>{start0, start1,
                           R"({"t":2000,"pid":10,"label":"main","kind":"fifo.write","phase":"begin","obj":"fifo:f","bytes":3,"data":"abc"})",
                           R"({"t":3000,"pid":11,"label":"main.1","kind":"fifo.read","phase":"end","obj":"fifo:f","bytes":3,"ret":3,"data":"abc"})"}
        << 2 << 3 << Kind::Data;
    QTest::newRow("signal send -> deliver")
        << QList<
               QByteArray>{start0, start1,
                           R"({"t":2000,"pid":10,"label":"main","kind":"signal.send","target":11,"target_label":"main.1","signal":"SIGUSR1","ret":0})",
                           R"({"t":2200,"pid":11,"label":"main.1","kind":"signal.deliver","signal":"SIGUSR1","count":1})"}
        << 2 << 3 << Kind::Signal;
    QTest::newRow("fork -> child start")
        << QList<
               QByteArray>{start0,
                           R"({"t":1200,"pid":10,"label":"main","kind":"proc.fork","child":11,"child_label":"main.1","ret":11})",
                           start1}
        << 1 << 2 << Kind::Fork;
    QTest::newRow("shm write -> read in another process")
        << QList<
               QByteArray>{start0, start1,
                           R"({"t":2000,"pid":10,"label":"main","kind":"shm.write","obj":"shm:/A","map":"map#1","offset":0,"bytes":2,"data":"hi"})",
                           R"({"t":3000,"pid":11,"label":"main.1","kind":"shm.read","obj":"shm:/A","map":"map#2","offset":0,"bytes":2,"data":"hi"})"}
        << 2 << 3 << Kind::Data;
}

void TestTimeline::arrows()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(Kind, kind);
    TimelineScene scene;
    scene.setEvents(decodeAll(lines));
    const auto arrows = scene.arrows();
    bool found = false;
    for (const auto &a : arrows) {
        if (a.from == from && a.to == to) {
            QCOMPARE(a.kind, kind);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(QStringLiteral("%1 arrows").arg(arrows.size())));
}

void TestTimeline::readWithoutWriteHasNoArrow()
{
    TimelineScene scene;
    scene.setEvents(decodeAll({
        R"({"t":1000,"pid":11,"label":"main.1","kind":"pipe.read","phase":"begin","obj":"pipe#1","max":1024})",
        R"({"t":2000,"pid":11,"label":"main.1","kind":"pipe.read","phase":"end","obj":"pipe#1","bytes":0,"ret":0})",
        R"({"t":3000,"pid":11,"label":"main.1","kind":"signal.deliver","signal":"SIGUSR1","count":1})",
    }));
    QVERIFY(scene.arrows().isEmpty());
}

void TestTimeline::blockingCallIsOneBar()
{
    TimelineScene scene;
    scene.setEvents(decodeAll({
        R"({"t":1000000,"pid":11,"label":"main.1","kind":"pipe.read","phase":"begin","obj":"pipe#1","max":1024})",
        R"({"t":9000000,"pid":11,"label":"main.1","kind":"pipe.read","phase":"end","obj":"pipe#1","bytes":0,"ret":0})",
    }));
    QVERIFY(!scene.glyph(0)->visible);
    QVERIFY(scene.glyph(1)->visible);
    // The end glyph's bar reaches back to the begin.
    QVERIFY(scene.glyph(1)->span >= scene.xForTime(9000000) - scene.xForTime(1000000));
    // A click on the bar finds the call's end.
    const qreal y = scene.laneY(QStringLiteral("main.1"));
    QCOMPARE(scene.eventAt(QPointF(scene.xForTime(5000000), y)), 1);
    QCOMPARE(scene.eventAt(QPointF(scene.xForTime(5000000), y + TimelineScene::kLaneHeight)), -1);
}

void TestTimeline::zoomMovesGlyphs()
{
    TimelineScene scene;
    scene.setEvents(decodeAll({
        R"({"t":0,"pid":10,"label":"main","kind":"proc.start","root":true})",
        R"({"t":10000000,"pid":10,"label":"main","kind":"proc.output","stream":"stdout","data":"x"})",
    }));
    const qreal before = scene.glyph(1)->pos.x();
    scene.setPixelsPerMs(scene.pixelsPerMs() * 2);
    QCOMPARE(scene.glyph(1)->pos.x(), before * 2);
    QVERIFY(scene.sceneRect().right() >= scene.glyph(1)->pos.x());
}

void TestTimeline::cursorFollowsEvent()
{
    TimelineScene scene;
    scene.setEvents(decodeAll({
        R"({"t":0,"pid":10,"label":"main","kind":"proc.start","root":true})",
        R"({"t":5000000,"pid":10,"label":"main","kind":"proc.output","stream":"stdout","data":"x"})",
    }));
    scene.setCursorIndex(1);
    QCOMPARE(scene.cursorX(), scene.xForTime(5000000));
    scene.setCursorIndex(-1);
    QCOMPARE(scene.cursorIndex(), -1);
    QCOMPARE(scene.cursorX(), 0.0);
    scene.setCursorIndex(99); // clamped
    QCOMPARE(scene.cursorIndex(), 1);
}

void TestTimeline::incrementalAppendMatchesBatch()
{
    const EventList events = decodeAll({
        R"({"t":1000,"pid":10,"label":"main","kind":"proc.start","root":true})",
        R"({"t":1500,"pid":11,"label":"main.1","kind":"proc.start","parent_label":"main"})",
        R"({"t":2000,"pid":10,"label":"main","kind":"pipe.write","phase":"begin","obj":"pipe#1","bytes":6,"data":"hello\n"})",
        R"({"t":3000,"pid":11,"label":"main.1","kind":"pipe.read","phase":"end","obj":"pipe#1","bytes":6,"ret":6,"data":"hello\n"})",
    });
    TimelineScene batch;
    batch.setEvents(events);
    TimelineScene live;
    for (const Event &e : events)
        live.appendEvents({e});
    QCOMPARE(live.lanes(), batch.lanes());
    QCOMPARE(live.arrows().size(), batch.arrows().size());
    QCOMPARE(live.arrows().size(), 1);
}

void TestTimeline::sampleTrace()
{
    const auto trace = TraceFile::load(
        QStringLiteral(IPCVIZ_SOURCE_DIR "/tests/gui/data/export/pipe-messages.ndjson"));
    if (!trace.ok())
        QSKIP("the model engineer's sample trace is not there");
    TimelineScene scene;
    scene.setEvents(trace.events);
    QVERIFY(scene.lanes().contains(QStringLiteral("main")));
    QVERIFY(scene.lanes().contains(QStringLiteral("main.1")));
    int data = 0;
    for (const auto &a : scene.arrows())
        data += a.kind == Kind::Data ? 1 : 0;
    QVERIFY2(data >= 3, qPrintable(QString::number(data))); // three messages went through
}

void TestTimeline::indexFindsTimeRange()
{
    // Three lanes, times not quite in stream order, blocking calls whose begin gives
    // way to the end: the index must find exactly the glyphs shown in a range.
    QList<QByteArray> lines;
    QRandomGenerator random(7);
    qint64 t = 0;
    for (int i = 0; i < 3000; ++i) {
        t += random.bounded(1000);
        const qint64 jitter = t + random.bounded(-300, 300);
        const QByteArray label = "main." + QByteArray::number(i % 3);
        const QByteArray pid = QByteArray::number(10 + i % 3);
        const char *kind = i % 5 == 0 ? "proc.output" : "pipe.read";
        const char *phase = i % 2 ? R"(,"phase":"end")" : R"(,"phase":"begin")";
        lines.append(R"({"t":)" + QByteArray::number(std::max<qint64>(0, jitter)) + R"(,"pid":)" +
                     pid + R"(,"label":")" + label + R"(","kind":")" + kind + '"' +
                     (i % 5 == 0 ? QByteArray() : QByteArray(phase)) + R"(,"obj":"pipe#1"})");
    }
    const EventList events = decodeAll(lines);
    TimelineIndex index;
    for (const Event &e : events)
        index.add(e);
    QCOMPARE(index.eventCount(), events.size());
    for (int round = 0; round < 50; ++round) {
        const qint64 from = random.bounded(t);
        const qint64 to = from + random.bounded(t / 10);
        QList<int> expected;
        for (int i = 0; i < events.size(); ++i) {
            const TimelineIndex::Glyph *g = index.glyphOf(i);
            if (g && !g->hidden && g->t >= from && g->t <= to)
                expected.append(i);
        }
        QCOMPARE(index.eventsBetween(from, to), expected);
    }
    // Every lane's glyphs are in time order.
    for (int lane = 0; lane < index.lanes().size(); ++lane) {
        for (const auto layer : {TimelineIndex::Layer::Plain, TimelineIndex::Layer::Prominent}) {
            const std::vector<int> &ids = index.laneGlyphs(lane, layer);
            for (size_t i = 1; i < ids.size(); ++i)
                QVERIFY(index.glyph(ids[i - 1]).t <= index.glyph(ids[i]).t);
        }
    }
}

void TestTimeline::followedListIsNotCopied()
{
    const EventList all = decodeAll({
        R"({"t":1000,"pid":10,"label":"main","kind":"proc.start","root":true})",
        R"({"t":1500,"pid":11,"label":"main.1","kind":"proc.start","parent_label":"main"})",
        R"({"t":2000,"pid":10,"label":"main","kind":"pipe.write","phase":"begin","obj":"pipe#1","bytes":6,"data":"hello\n"})",
        R"({"t":3000,"pid":11,"label":"main.1","kind":"pipe.read","phase":"end","obj":"pipe#1","bytes":6,"ret":6,"data":"hello\n"})",
    });
    EventList model;
    TimelineScene scene;
    scene.followEvents(&model);
    for (const Event &e : all) {
        model.append(e);
        scene.showAppended();
        QCOMPARE(scene.eventCount(), model.size());
        QCOMPARE(&scene.events(), &model);
    }
    QCOMPARE(scene.arrows().size(), 1);
    // Showing the same list again indexes it again, still without a copy.
    scene.setEvents(model);
    QCOMPARE(&scene.events(), &model);
    QCOMPARE(scene.eventCount(), 4);
    QCOMPARE(scene.arrows().size(), 1);
    // A new run: the list starts again.
    model.clear();
    scene.clearRun();
    scene.showAppended();
    QCOMPARE(scene.eventCount(), 0);
}

void TestTimeline::crowdedLaneIsPaintedEverywhere()
{
    // 50,000 outputs on one lane across 500 px: far more glyphs than pixels. Each
    // pixel column of the lane must still show a glyph, none may be left blank.
    QList<QByteArray> lines;
    for (int i = 0; i < 50000; ++i)
        lines.append(R"({"t":)" + QByteArray::number(i * 200) +
                     R"(,"pid":10,"label":"main","kind":"proc.output","data":"x"})");
    TimelineScene scene;
    scene.setEvents(decodeAll(lines));
    const qreal width = 500;
    scene.setPixelsPerMs(width / (static_cast<qreal>(scene.duration()) / 1e6));
    const QRectF source(0, 0, width, scene.sceneRect().height());
    QImage image(source.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter, QRectF(image.rect()), source);
    painter.end();
    const int y = static_cast<int>(scene.laneY(QStringLiteral("main")));
    for (int x = 0; x < static_cast<int>(width) - 1; ++x) {
        const QColor c = image.pixelColor(x, y - 8);
        QVERIFY2(c.lightness() < 200, qPrintable(QStringLiteral("column %1 is blank").arg(x)));
    }
}

void TestTimeline::topGlyphWinsClicks()
{
    // At the same moment, a write (drawn above) and an output: the click gets the write.
    TimelineScene scene;
    scene.setEvents(decodeAll({
        R"({"t":1000,"pid":10,"label":"main","kind":"pipe.write","obj":"pipe#1","bytes":1,"data":"x"})",
        R"({"t":1000,"pid":10,"label":"main","kind":"proc.output","data":"y"})",
    }));
    const QPointF at(scene.xForTime(1000), scene.laneY(QStringLiteral("main")));
    QCOMPARE(scene.eventAt(at), 0);
    scene.setCursorIndex(1); // the glyph at the cursor is drawn on top of all
    QCOMPARE(scene.eventAt(at), 1);
    QCOMPARE(scene.eventAt(at + QPointF(200, 0)), -1);
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
