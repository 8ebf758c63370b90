// TimelineScene built headlessly from events: lanes per process, glyphs,
// arrows that connect a write to the read that got its bytes, a signal's send
// to its delivery, a fork to the child's start; zoom and cursor.

#include "core/eventdecoder.h"
#include "core/tracefile.h"
#include "views/timelineglyphitem.h"
#include "views/timelinescene.h"

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
        TimelineGlyphItem *g = scene.glyph(i);
        QVERIFY(g);
        QCOMPARE(g->pos().x(), scene.xForTime(1000 * (i + 1)));
    }
    QCOMPARE(scene.glyph(2)->pos().y(), scene.laneY(QStringLiteral("main.1")));
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
    QVERIFY(!scene.glyph(0)->isVisible());
    QVERIFY(scene.glyph(1)->isVisible());
    // The end glyph's bar reaches back to the begin.
    QVERIFY(scene.glyph(1)->boundingRect().width() >=
            scene.xForTime(9000000) - scene.xForTime(1000000));
}

void TestTimeline::zoomMovesGlyphs()
{
    TimelineScene scene;
    scene.setEvents(decodeAll({
        R"({"t":0,"pid":10,"label":"main","kind":"proc.start","root":true})",
        R"({"t":10000000,"pid":10,"label":"main","kind":"proc.output","stream":"stdout","data":"x"})",
    }));
    const qreal before = scene.glyph(1)->pos().x();
    scene.setPixelsPerMs(scene.pixelsPerMs() * 2);
    QCOMPARE(scene.glyph(1)->pos().x(), before * 2);
    QVERIFY(scene.sceneRect().right() >= scene.glyph(1)->pos().x());
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

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
