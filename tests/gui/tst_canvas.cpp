// CanvasScene built headlessly from RunStates: the right items, states in words,
// edges, a pipe with its fill, a tidy layout without overlaps, and time travel.

#include "core/eventdecoder.h"
#include "models/runstate.h"
#include "views/canvasscene.h"
#include "views/canvasstyle.h"
#include "views/edgeitem.h"
#include "views/memoryitem.h"
#include "views/objectitem.h"
#include "views/pipeitem.h"
#include "views/processitem.h"
#include "views/semaphoreitem.h"
#include "views/signalarrowitem.h"
#include "views/tokenitem.h"
#include "views/treelayout.h"

#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QTest>

namespace {

Event decode(const QByteArray &line)
{
    QString error;
    const auto event = EventDecoder::decodeLine(line, &error);
    if (!event)
        qFatal("bad test line %s: %s", line.constData(), qPrintable(error));
    return *event;
}

const QByteArray kHello =
    R"({"type":"hello","protocol":1,"engine":"0.1.0","scenario":"t","params":{},"mode":"free","engine_pid":4242})";

/// The state after @p lines (events without seq: it is added here).
RunState stateFrom(const QList<QByteArray> &lines)
{
    RunState state(decode(kHello));
    int seq = 0;
    for (const QByteArray &line : lines) {
        QByteArray withSeq = line;
        withSeq.insert(1, QByteArray(R"("seq":)") + QByteArray::number(seq++) + ',');
        state.apply(decode(withSeq));
    }
    return state;
}

QList<QByteArray> parentZombieAndPipe()
{
    return {
        R"({"t":1,"pid":100,"label":"main","kind":"proc.start","ppid":4242,"root":true})",
        R"({"t":2,"pid":100,"label":"main","kind":"pipe.create","obj":"pipe#1","fds":[3,4],"ret":0})",
        R"({"t":3,"pid":100,"label":"main","kind":"proc.fork","child":101,"child_label":"main.1","ret":101})",
        R"({"t":4,"pid":101,"label":"main.1","kind":"proc.start","ppid":100,"parent_label":"main"})",
        R"({"t":5,"pid":100,"label":"main","kind":"pipe.write","phase":"begin","obj":"pipe#1","fd":4,"bytes":14,"data":"Hello, world.\n"})",
        R"({"t":6,"pid":100,"label":"main","kind":"pipe.write","phase":"end","obj":"pipe#1","fd":4,"bytes":14,"ret":14})",
        R"({"t":7,"pid":101,"label":"main.1","kind":"proc.state","state":"Z","ppid":100})",
    };
}

bool overlaps(const QList<QGraphicsItem *> &items, QString *which)
{
    for (int i = 0; i < items.size(); ++i) {
        for (int j = i + 1; j < items.size(); ++j) {
            // Compare the drawn shapes' rectangles, not the selection margins.
            const QRectF a = items[i]->mapRectToScene(items[i]->shape().boundingRect());
            const QRectF b = items[j]->mapRectToScene(items[j]->shape().boundingRect());
            if (a.intersects(b)) {
                *which = QStringLiteral("%1 / %2").arg(i).arg(j);
                return true;
            }
        }
    }
    return false;
}

} // namespace

class TestCanvas : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void processStates_data();
    void processStates();
    void treeEdgeAndPipe();
    void emptyStateHasNoItems();
    void scrubbingBackRemovesItems();
    void orphanIsAdoptedByEngine();
    void sharedMemoryAndSemaphore();
    void noOverlapWithManyProcesses_data();
    void noOverlapWithManyProcesses();
    void treeLayoutSurvivesCycles();
    void flowsAreAnimated_data();
    void flowsAreAnimated();
    void rendersWithoutView();
    void cachedCardsFollowStateAndStyle();
};

void TestCanvas::processStates_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("stateText");
    QTest::addColumn<qint64>("pid");
    QTest::newRow("parent running") << "main"
                                    << "running" << qint64(100);
    QTest::newRow("child zombie") << "main.1"
                                  << "zombie" << qint64(101);
}

void TestCanvas::processStates()
{
    QFETCH(QString, label);
    QFETCH(QString, stateText);
    QFETCH(qint64, pid);
    CanvasScene scene;
    scene.showState(stateFrom(parentZombieAndPipe()));
    ProcessItem *item = scene.processItem(label);
    QVERIFY2(item, qPrintable(label));
    QCOMPARE(item->card().label, label);
    QCOMPARE(item->card().pid, pid);
    QVERIFY2(item->card().stateText.startsWith(stateText), qPrintable(item->card().stateText));
}

void TestCanvas::treeEdgeAndPipe()
{
    CanvasScene scene;
    scene.showState(stateFrom(parentZombieAndPipe()));
    // The engine node plus the two processes.
    QCOMPARE(scene.processItems().size(), 3);
    QVERIFY(scene.processItem(CanvasScene::engineNodeId()));

    bool parentEdge = false;
    bool rootEdge = false;
    for (EdgeItem *edge : scene.edgeItems()) {
        if (edge->kind() == EdgeItem::Kind::Tree && edge->from() == QLatin1String("main") &&
            edge->to() == QLatin1String("main.1"))
            parentEdge = true;
        if (edge->kind() == EdgeItem::Kind::Tree && edge->from() == CanvasScene::engineNodeId() &&
            edge->to() == QLatin1String("main"))
            rootEdge = true;
    }
    QVERIFY(parentEdge);
    QVERIFY(rootEdge);

    auto *pipe = dynamic_cast<PipeItem *>(scene.objectItem(QStringLiteral("pipe#1")));
    QVERIFY(pipe);
    QCOMPARE(pipe->bytesInFlight(), qint64(14));
    QVERIFY(pipe->fillFraction() > 0);
    QVERIFY(pipe->fillFraction() <= 1);
    QVERIFY(pipe->writers().contains(QStringLiteral("main")));

    // The child is below its parent; the pipe is outside the tree: beside a tall
    // tree (this one), below a wide one.
    const QPointF parent = scene.processItem(QStringLiteral("main"))->pos();
    const QPointF child = scene.processItem(QStringLiteral("main.1"))->pos();
    QVERIFY(child.y() > parent.y());
    QRectF tree;
    for (ProcessItem *p : scene.processItems())
        tree = tree.united(p->sceneBoundingRect());
    const QRectF pipeRect = pipe->sceneBoundingRect();
    QVERIFY(pipeRect.left() > tree.right() || pipeRect.top() > tree.bottom());
}

void TestCanvas::emptyStateHasNoItems()
{
    CanvasScene scene;
    scene.showState(RunState(decode(kHello)));
    QVERIFY(scene.isEmpty());
    QVERIFY(scene.items().isEmpty());
}

void TestCanvas::scrubbingBackRemovesItems()
{
    CanvasScene scene;
    const auto lines = parentZombieAndPipe();
    scene.showState(stateFrom(lines));
    ProcessItem *main = scene.processItem(QStringLiteral("main"));
    QVERIFY(scene.processItem(QStringLiteral("main.1")));
    // Back to the state after the pipe was created: no child yet, same item for main.
    scene.showState(stateFrom(lines.mid(0, 2)));
    QVERIFY(!scene.processItem(QStringLiteral("main.1")));
    QCOMPARE(scene.processItem(QStringLiteral("main")), main);
    auto *pipe = dynamic_cast<PipeItem *>(scene.objectItem(QStringLiteral("pipe#1")));
    QVERIFY(pipe);
    QCOMPARE(pipe->bytesInFlight(), qint64(0));
    QCOMPARE(pipe->fillFraction(), 0.0);
}

void TestCanvas::orphanIsAdoptedByEngine()
{
    auto lines = parentZombieAndPipe().mid(0, 4);
    lines.append(R"({"t":8,"pid":100,"label":"main","kind":"proc.exit","code":0})");
    lines.append(
        R"({"t":9,"pid":101,"label":"main.1","kind":"proc.state","state":"S","ppid":4242})");
    CanvasScene scene;
    scene.showState(stateFrom(lines));
    bool adopted = false;
    for (EdgeItem *edge : scene.edgeItems()) {
        if (edge->to() == QLatin1String("main.1")) {
            QCOMPARE(edge->kind(), EdgeItem::Kind::Adopted);
            QCOMPARE(edge->from(), CanvasScene::engineNodeId());
            adopted = true;
        }
    }
    QVERIFY(adopted);
    QVERIFY(scene.processItem(QStringLiteral("main"))
                ->card()
                .stateText.startsWith(QStringLiteral("exited")));
}

void TestCanvas::sharedMemoryAndSemaphore()
{
    const QList<QByteArray> lines = {
        R"({"t":1,"pid":100,"label":"main","kind":"proc.start","ppid":4242,"root":true})",
        R"({"t":2,"pid":100,"label":"main","kind":"shm.open","obj":"shm:/AOS","name":"/ipcviz.1.x.AOS","mode":"rdwr","created":true,"fd":3})",
        R"({"t":3,"pid":100,"label":"main","kind":"shm.truncate","obj":"shm:/AOS","size":64})",
        R"({"t":4,"pid":100,"label":"main","kind":"shm.map","obj":"shm:/AOS","map":"map#1","size":64,"prot":"rdwr"})",
        R"({"t":5,"pid":100,"label":"main","kind":"shm.write","obj":"shm:/AOS","map":"map#1","offset":0,"bytes":2,"data":"Hi"})",
        R"({"t":6,"pid":100,"label":"main","kind":"sem.open","obj":"sem:/S","name":"/ipcviz.1.x.S","created":true,"value":0})",
        R"({"t":7,"pid":100,"label":"main","kind":"sem.wait","phase":"begin","obj":"sem:/S","value":0})",
    };
    CanvasScene scene;
    // Right after the write its two bytes are highlighted...
    scene.showState(stateFrom(lines.mid(0, 5)));
    auto *memory = dynamic_cast<MemoryItem *>(scene.objectItem(QStringLiteral("shm:/AOS")));
    QVERIFY(memory);
    QVERIFY(memory->content().startsWith("Hi"));
    QCOMPARE(memory->changed(), (QList<qint64>{0, 1}));
    // ...and after the next event they are plain again, the content stays.
    scene.showState(stateFrom(lines));
    QCOMPARE(scene.objectItem(QStringLiteral("shm:/AOS")), memory);
    QVERIFY(memory->content().startsWith("Hi"));
    QVERIFY(memory->changed().isEmpty());
    auto *sem = dynamic_cast<SemaphoreItem *>(scene.objectItem(QStringLiteral("sem:/S")));
    QVERIFY(sem);
    QCOMPARE(sem->value(), qint64(0));
    QCOMPARE(sem->waiters(), QStringList{QStringLiteral("main")});
    QVERIFY(scene.processItem(QStringLiteral("main"))
                ->card()
                .stateText.contains(QStringLiteral("sem_wait")));
}

void TestCanvas::noOverlapWithManyProcesses_data()
{
    QTest::addColumn<QString>("shape");
    QTest::newRow("flat: one parent, 39 children") << "flat";
    QTest::newRow("chain of 40") << "chain";
    QTest::newRow("binary tree") << "binary";
    QTest::newRow("uneven") << "uneven";
}

void TestCanvas::noOverlapWithManyProcesses()
{
    QFETCH(QString, shape);
    QList<QByteArray> lines;
    QStringList labels{QStringLiteral("main")};
    QList<qint64> pids{1000};
    lines.append(
        R"({"t":1,"pid":1000,"label":"main","kind":"proc.start","ppid":4242,"root":true})");
    QHash<int, int> childCount;
    for (int i = 1; i < 40; ++i) {
        int parent = 0;
        if (shape == QLatin1String("chain"))
            parent = i - 1;
        else if (shape == QLatin1String("binary"))
            parent = (i - 1) / 2;
        else if (shape == QLatin1String("uneven"))
            parent = (i * 7 + 3) % i; // deterministic, mixes deep and wide branches
        const int n = ++childCount[parent];
        const QString label = labels[parent] + QLatin1Char('.') + QString::number(n);
        const qint64 pid = 1000 + i;
        labels.append(label);
        pids.append(pid);
        lines.append(
            QStringLiteral(
                R"({"t":%1,"pid":%2,"label":"%3","kind":"proc.start","ppid":%4,"parent_label":"%5"})")
                .arg(i + 1)
                .arg(pid)
                .arg(label)
                .arg(pids[parent])
                .arg(labels[parent])
                .toUtf8());
    }
    lines.append(
        R"({"t":99,"pid":1000,"label":"main","kind":"pipe.create","obj":"pipe#1","fds":[3,4],"ret":0})");
    lines.append(
        R"({"t":99,"pid":1000,"label":"main","kind":"pipe.create","obj":"pipe#2","fds":[5,6],"ret":0})");
    CanvasScene scene;
    scene.showState(stateFrom(lines));
    QCOMPARE(scene.processItems().size(), 41);
    QList<QGraphicsItem *> boxes;
    for (ProcessItem *p : scene.processItems())
        boxes.append(p);
    for (ObjectItem *o : scene.objectItems())
        boxes.append(o);
    QCOMPARE(boxes.size(), 43);
    QString which;
    QVERIFY2(!overlaps(boxes, &which), qPrintable(which));
}

void TestCanvas::treeLayoutSurvivesCycles()
{
    // a <-> b loop and c under a: all placed, nothing hangs.
    const QVector<TreeLayout::Node> nodes = {
        {QStringLiteral("a"), QStringLiteral("b"), QSizeF(10, 10)},
        {QStringLiteral("b"), QStringLiteral("a"), QSizeF(10, 10)},
        {QStringLiteral("c"), QStringLiteral("a"), QSizeF(10, 10)},
    };
    const auto positions = TreeLayout(5, 5).compute(nodes);
    QCOMPARE(positions.size(), 3);
    QVERIFY(positions.value(QStringLiteral("c")).y() > positions.value(QStringLiteral("a")).y());
}

void TestCanvas::flowsAreAnimated_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("durationMs");
    QTest::addColumn<int>("tokens");
    QTest::addColumn<int>("arrows");
    QTest::newRow("write") << int(DataFlow::Kind::Write) << 60 << 1 << 0;
    QTest::newRow("read") << int(DataFlow::Kind::Read) << 60 << 1 << 0;
    QTest::newRow("signal") << int(DataFlow::Kind::Signal) << 60 << 0 << 1;
    QTest::newRow("animations off") << int(DataFlow::Kind::Write) << 0 << 0 << 0;
}

void TestCanvas::flowsAreAnimated()
{
    QFETCH(int, kind);
    QFETCH(int, durationMs);
    QFETCH(int, tokens);
    QFETCH(int, arrows);
    CanvasScene scene;
    scene.setAnimationDuration(durationMs);
    scene.showState(stateFrom(parentZombieAndPipe()));
    DataFlow flow;
    flow.kind = static_cast<DataFlow::Kind>(kind);
    flow.from = QStringLiteral("main");
    flow.to = QStringLiteral("main.1");
    flow.obj = QStringLiteral("pipe#1");
    flow.bytes = 14;
    flow.data = "Hello, world.\n";
    flow.signal = QStringLiteral("SIGUSR1");
    scene.animateFlows({flow});
    auto count = [&scene](auto *type) {
        int n = 0;
        for (QGraphicsItem *item : scene.items())
            n += dynamic_cast<decltype(type)>(item) ? 1 : 0;
        return n;
    };
    QCOMPARE(count(static_cast<TokenItem *>(nullptr)), tokens);
    QCOMPARE(count(static_cast<SignalArrowItem *>(nullptr)), arrows);
    if (tokens > 0) {
        TokenItem *token = nullptr;
        for (QGraphicsItem *item : scene.items())
            token = token ? token : dynamic_cast<TokenItem *>(item);
        ObjectItem *pipe = scene.objectItem(QStringLiteral("pipe#1"));
        // Writes end at the pipe's write end; reads start at its read end.
        const QPainterPath route = token->route();
        if (flow.kind == DataFlow::Kind::Write)
            QCOMPARE(route.pointAtPercent(1), pipe->inAnchor());
        else
            QCOMPARE(route.pointAtPercent(0), pipe->outAnchor());
    }
    // Animations clean up after themselves.
    QTRY_COMPARE(count(static_cast<TokenItem *>(nullptr)), 0);
    QTRY_COMPARE(count(static_cast<SignalArrowItem *>(nullptr)), 0);
}

void TestCanvas::rendersWithoutView()
{
    CanvasScene scene;
    scene.showState(stateFrom(parentZombieAndPipe()));
    const QRectF bounds = scene.itemsBoundingRect();
    QVERIFY(bounds.width() > 0 && bounds.height() > 0);
    QImage image(800, 600, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    scene.render(&painter, QRectF(0, 0, 800, 600), bounds);
    painter.end();
    // Something was drawn: at least one pixel differs from the corner.
    const QRgb corner = image.pixel(0, 0);
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; y += 4) {
        for (int x = 0; x < image.width() && !drawn; x += 4)
            drawn = image.pixel(x, y) != corner;
    }
    QVERIFY(drawn);
}

void TestCanvas::cachedCardsFollowStateAndStyle()
{
    // Cards are drawn into cached pictures: a new state or colour scheme must show
    // on the card itself.
    const QList<QByteArray> lines = parentZombieAndPipe();
    CanvasScene scene;
    scene.setAnimationDuration(0);
    QGraphicsView view(&scene);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto card = [&view, &scene] {
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        view.viewport()->render(&image);
        const ProcessItem *item = scene.processItem(QStringLiteral("main.1"));
        const QRect rect = view.mapFromScene(item->sceneBoundingRect()).boundingRect();
        return image.copy(rect.adjusted(8, 8, -8, -8)); // inside its outline
    };
    scene.showState(stateFrom(lines.mid(0, 4))); // main.1 running
    const QImage running = card();
    QCOMPARE(card(), running);         // nothing changed: the same picture
    scene.showState(stateFrom(lines)); // main.1 a zombie
    const QImage zombie = card();
    QVERIFY(zombie != running);
    const CanvasStyle::Scheme scheme = CanvasStyle::scheme();
    CanvasStyle::setScheme(scheme == CanvasStyle::Scheme::Dark ? CanvasStyle::Scheme::Light
                                                               : CanvasStyle::Scheme::Dark);
    scene.showState(stateFrom(lines)); // same state, other colours
    const QImage restyled = card();
    CanvasStyle::setScheme(scheme);
    QVERIFY(restyled != zombie);
    scene.showState(stateFrom(lines));
    QCOMPARE(card(), zombie);
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
