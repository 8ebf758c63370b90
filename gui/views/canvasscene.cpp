#include "canvasscene.h"

#include <QGraphicsSceneMouseEvent>

#include "canvasstyle.h"
#include "edgeitem.h"
#include "memoryitem.h"
#include "models/runstate.h"
#include "pipeitem.h"
#include "processdescriber.h"
#include "processitem.h"
#include "semaphoreitem.h"
#include "signalarrowitem.h"
#include "tokenitem.h"
#include "treelayout.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCanvas, "ipcviz.canvas")

namespace {
constexpr qreal kTreeHGap = 40;
constexpr qreal kTreeVGap = 70;
constexpr qreal kObjectGap = 40;
constexpr qreal kObjectsTopGap = 110;
constexpr qreal kObjectsSideGap = 160;
constexpr int kMaxLiveAnimations = 40;

} // namespace

QString CanvasScene::engineNodeId()
{
    // A space cannot appear in a scenario label, so this never collides.
    return QStringLiteral(" engine");
}

CanvasScene::CanvasScene(QObject *parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(CanvasStyle::background());
    // Items move and appear as the run goes; BSP indexing would only churn.
    setItemIndexMethod(NoIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &CanvasScene::onSelectionChanged);
}

CanvasScene::~CanvasScene()
{
    // Items go before the hashes that point at them.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &CanvasScene::onSelectionChanged);
    clear();
}

void CanvasScene::setPalette(ProcessPalette *palette)
{
    m_sharedPalette = palette;
}

ProcessPalette &CanvasScene::processPalette()
{
    return m_sharedPalette ? *m_sharedPalette : m_ownPalette;
}

void CanvasScene::setAnimationDuration(int ms)
{
    m_animationMs = std::max(0, ms);
}

void CanvasScene::clearRun()
{
    m_selecting = true;
    clear();
    m_processes.clear();
    m_objects.clear();
    m_objectOrder.clear();
    m_objectHolders.clear();
    m_edges.clear();
    m_ownPalette.clear();
    m_selecting = false;
    setSceneRect(QRectF());
}

void CanvasScene::showState(const RunState &state)
{
    m_selecting = true; // removing a selected item must not look like a user's choice
    updateProcesses(state);
    updateObjects(state);
    layoutTree(state);
    layoutObjects();
    rebuildEdges(state);
    m_selecting = false;
    // Keep the scene rect snug around the drawing (plus a margin) so "fit" works.
    setSceneRect(itemsBoundingRect().adjusted(-60, -60, 60, 60));
}

void CanvasScene::updateProcesses(const RunState &state)
{
    QSet<QString> alive;
    if (!state.processes().isEmpty()) {
        alive.insert(engineNodeId());
        ProcessItem *engine = m_processes.value(engineNodeId());
        if (!engine) {
            engine = new ProcessItem(engineNodeId());
            addItem(engine);
            m_processes.insert(engineNodeId(), engine);
        }
        ProcessItem::Card card;
        card.label = tr("engine");
        card.pid = state.hello().num(QStringLiteral("engine_pid"));
        card.program = QStringLiteral("ipcviz-engine");
        card.stateText = tr("supervisor");
        card.tone = CanvasStyle::Tone::Engine;
        engine->setCard(card);
    }
    for (const ProcessState &p : state.processes()) {
        processPalette().assign(p.label);
        alive.insert(p.label);
        ProcessItem *item = m_processes.value(p.label);
        if (!item) {
            item = new ProcessItem(p.label);
            addItem(item);
            m_processes.insert(p.label, item);
        }
        ProcessItem::Card card;
        card.label = p.label;
        card.pid = p.pid;
        card.program = p.program.isEmpty() ? tr("interpreter") : p.program;
        card.stateText = ProcessDescriber::stateText(p);
        card.tone = ProcessDescriber::tone(p);
        card.color = processPalette().color(p.label);
        item->setCard(card);
    }
    for (auto it = m_processes.begin(); it != m_processes.end();) {
        if (alive.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_processes.erase(it);
    }
}

void CanvasScene::updateObjects(const RunState &state)
{
    QSet<QString> present;
    m_objectOrder.clear();
    m_objectHolders.clear();
    for (const ObjectState &o : state.objects()) {
        // A mapping (map#N) is drawn as the mappers of its object, not as a box.
        if (o.kind == ObjectState::Kind::Map)
            continue;
        ObjectItem *item = m_objects.value(o.id);
        QStringList holders;
        switch (o.kind) {
        case ObjectState::Kind::Pipe:
        case ObjectState::Kind::Fifo: {
            auto *pipe = dynamic_cast<PipeItem *>(item);
            if (!pipe) {
                delete item;
                pipe = new PipeItem(o.id);
                addItem(pipe);
                item = pipe;
            }
            pipe->setTitle(o.id);
            pipe->setSubtitle(o.kind == ObjectState::Kind::Pipe
                                  ? tr("unnamed pipe, created by %1").arg(o.createdBy)
                                  : o.name);
            pipe->setFill(o.inFlight, 65536);
            pipe->setPreview(QString::fromUtf8(o.inFlightData));
            pipe->setEnds(o.writers, o.readers);
            holders = o.writers + o.readers;
            break;
        }
        case ObjectState::Kind::Shm:
        case ObjectState::Kind::File: {
            auto *memory = dynamic_cast<MemoryItem *>(item);
            if (!memory) {
                delete item;
                memory = new MemoryItem(o.id);
                addItem(memory);
                item = memory;
            }
            memory->setTitle(o.id);
            memory->setSubtitle(o.name);
            QList<qint64> changed;
            for (qsizetype i = 0; i < o.changed.size(); ++i) {
                if (o.changed.at(i))
                    changed.append(i);
            }
            memory->setContent(o.size, o.bytes, changed);
            for (const ProcessState &p : state.processes()) {
                if (!p.isAlive())
                    continue;
                for (const MappingInfo &m : p.mappings) {
                    if (m.obj == o.id && !holders.contains(p.label))
                        holders.append(p.label);
                }
            }
            memory->setMappers(holders);
            break;
        }
        case ObjectState::Kind::Sem: {
            auto *sem = dynamic_cast<SemaphoreItem *>(item);
            if (!sem) {
                delete item;
                sem = new SemaphoreItem(o.id);
                addItem(sem);
                item = sem;
            }
            sem->setTitle(o.id);
            sem->setSubtitle(o.name);
            sem->setValue(o.value);
            QList<QColor> colors;
            for (const QString &label : o.waiting)
                colors.append(processPalette().color(label));
            sem->setWaiters(o.waiting, colors);
            holders = o.waiting;
            break;
        }
        case ObjectState::Kind::Map:
            break;
        }
        item->setGone(o.unlinked && holders.isEmpty());
        m_objects.insert(o.id, item);
        m_objectOrder.append(o.id);
        m_objectHolders.insert(
            o.id, holders.isEmpty() && !o.createdBy.isEmpty() ? QStringList{o.createdBy} : holders);
        present.insert(o.id);
    }
    for (auto it = m_objects.begin(); it != m_objects.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_objects.erase(it);
    }
}

QString CanvasScene::treeParentOf(const RunState &state, const ProcessState &p) const
{
    if (p.root || p.parentLabel.isEmpty())
        return engineNodeId();
    const ProcessState *parent = state.process(p.parentLabel);
    if (!parent)
        return engineNodeId();
    const qint64 enginePid = state.hello().num(QStringLiteral("engine_pid"), -1);
    if (p.ppid > 0 && p.ppid == enginePid)
        return engineNodeId(); // the kernel re-parented it: an orphan
    // When a parent ends first, its live children are re-parented to the engine
    // (the subreaper) at that moment; a child that ended after its parent was one.
    if (!parent->isAlive() && parent->endedAt >= 0 &&
        (p.isAlive() || (p.endedAt >= 0 && p.endedAt > parent->endedAt)))
        return engineNodeId();
    return p.parentLabel;
}

void CanvasScene::layoutTree(const RunState &state)
{
    if (state.processes().isEmpty())
        return;
    QVector<TreeLayout::Node> nodes;
    nodes.append({engineNodeId(), QString(), ProcessItem::cardSize()});
    for (const ProcessState &p : state.processes())
        nodes.append({p.label, treeParentOf(state, p), ProcessItem::cardSize()});
    const auto positions = TreeLayout(kTreeHGap, kTreeVGap).compute(nodes);
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        if (ProcessItem *item = m_processes.value(it.key()))
            item->setPos(it.value());
    }
}

void CanvasScene::layoutObjects()
{
    QRectF tree;
    for (ProcessItem *item : std::as_const(m_processes))
        tree = tree.isNull() ? item->sceneBoundingRect() : tree.united(item->sceneBoundingRect());

    // A tall, narrow tree (the usual parent and child or two) gets its objects in a
    // column beside it, which fills a wide screen better; a wide tree gets them in a
    // row underneath. Each object wants to sit next to the processes that hold it;
    // then a sweep pushes neighbours apart, keeping the order and removing overlaps.
    m_objectsBeside = tree.height() > tree.width();
    struct Place {
        QString id;
        qreal ideal;
        int order;
    };
    QVector<Place> places;
    for (int i = 0; i < m_objectOrder.size(); ++i) {
        const QString &id = m_objectOrder[i];
        qreal sum = 0;
        int n = 0;
        for (const QString &label : m_objectHolders.value(id)) {
            if (ProcessItem *p = m_processes.value(label)) {
                sum += m_objectsBeside ? p->centerAnchor().y() : p->centerAnchor().x();
                ++n;
            }
        }
        const qreal fallback = (m_objectsBeside ? tree.top() : tree.left()) + i * 300.0;
        places.append({id, n > 0 ? sum / n : fallback, i});
    }
    std::stable_sort(places.begin(), places.end(),
                     [](const Place &a, const Place &b) { return a.ideal < b.ideal; });
    qreal next = -1e12;
    for (const Place &place : places) {
        ObjectItem *item = m_objects.value(place.id);
        const QSizeF size = item->size();
        if (m_objectsBeside) {
            const qreal top = std::max(place.ideal - size.height() / 2, next);
            item->setPos(tree.right() + kObjectsSideGap, top);
            next = top + size.height() + kObjectGap;
        } else {
            const qreal left = std::max(place.ideal - size.width() / 2, next);
            item->setPos(left, tree.bottom() + kObjectsTopGap);
            next = left + size.width() + kObjectGap;
        }
    }
}

QPointF CanvasScene::processAnchor(const QString &label) const
{
    if (ProcessItem *item = m_processes.value(label))
        return item->centerAnchor();
    if (ProcessItem *engine = m_processes.value(engineNodeId()))
        return engine->centerAnchor();
    return {};
}

void CanvasScene::rebuildEdges(const RunState &state)
{
    for (EdgeItem *edge : std::as_const(m_edges))
        delete edge;
    m_edges.clear();

    for (const ProcessState &p : state.processes()) {
        const QString parent = treeParentOf(state, p);
        ProcessItem *from = m_processes.value(parent);
        ProcessItem *to = m_processes.value(p.label);
        if (!from || !to)
            continue;
        const bool adopted = parent == engineNodeId() && !p.root && !p.parentLabel.isEmpty();
        auto *edge =
            new EdgeItem(adopted ? EdgeItem::Kind::Adopted : EdgeItem::Kind::Tree, parent, p.label);
        edge->route(from->bottomAnchor(), to->topAnchor(), CanvasStyle::mutedInk(),
                    adopted ? tr("orphan, adopted") : QString());
        addItem(edge);
        m_edges.append(edge);
    }

    for (const ObjectState &o : state.objects()) {
        ObjectItem *object = m_objects.value(o.id);
        if (!object)
            continue;
        auto link = [&](const QString &label, const QPointF &at, const QString &caption) {
            ProcessItem *p = m_processes.value(label);
            if (!p)
                return;
            auto *edge = new EdgeItem(EdgeItem::Kind::Holder, label, o.id);
            if (m_objectsBeside)
                edge->route(p->rightAnchor(), at, processPalette().color(label), caption,
                            Qt::Horizontal);
            else
                edge->route(p->bottomAnchor(), at, processPalette().color(label), caption);
            addItem(edge);
            m_edges.append(edge);
        };
        const QPointF top = m_objectsBeside
                                ? object->mapToScene(QPointF(0, object->size().height() / 2))
                                : object->mapToScene(QPointF(object->size().width() / 2, 0));
        switch (o.kind) {
        case ObjectState::Kind::Pipe:
        case ObjectState::Kind::Fifo:
            for (const QString &w : o.writers)
                link(w, object->writerLinkAnchor(m_objectsBeside), tr("write"));
            for (const QString &r : o.readers)
                link(r, object->readerLinkAnchor(m_objectsBeside), tr("read"));
            break;
        case ObjectState::Kind::Shm:
        case ObjectState::Kind::File:
            for (const QString &label : m_objectHolders.value(o.id))
                link(label, top, QString());
            break;
        case ObjectState::Kind::Sem:
            for (const QString &label : o.waiting)
                link(label, top, tr("sem_wait"));
            break;
        case ObjectState::Kind::Map:
            break;
        }
    }
}

void CanvasScene::animateFlows(const DataFlowList &flows)
{
    if (m_animationMs <= 0)
        return;
    int running = 0;
    for (QGraphicsItem *item : items()) {
        if (dynamic_cast<TokenItem *>(item) || dynamic_cast<SignalArrowItem *>(item))
            ++running;
    }
    for (const DataFlow &flow : flows) {
        // A flood of events (pace 0) would bury the picture in tokens.
        if (running++ >= kMaxLiveAnimations)
            return;
        if (flow.kind == DataFlow::Kind::Signal) {
            const QString sender = flow.from.isEmpty() ? engineNodeId() : flow.from;
            const QColor color = flow.from.isEmpty()
                                     ? CanvasStyle::toneColor(CanvasStyle::Tone::Engine)
                                     : processPalette().color(flow.from).darker(115);
            auto *arrow = new SignalArrowItem(flow.signal, color, processAnchor(sender),
                                              processAnchor(flow.to));
            addItem(arrow);
            arrow->start(m_animationMs);
            continue;
        }
        ObjectItem *object = m_objects.value(flow.obj);
        if (!object)
            continue;
        const QString text = QString::fromUtf8(flow.data);
        const QString who = flow.kind == DataFlow::Kind::Write ? flow.from : flow.to;
        const QColor color = processPalette().color(flow.from.isEmpty() ? who : flow.from);
        auto *token = new TokenItem(
            text.isEmpty() ? QCoreApplication::translate("CanvasScene", "%n byte(s)", nullptr,
                                                         static_cast<int>(flow.bytes))
                           : text,
            color);
        addItem(token);
        if (flow.kind == DataFlow::Kind::Write)
            token->travel(processAnchor(flow.from), object->inAnchor(), m_animationMs);
        else
            token->travel(object->outAnchor(), processAnchor(flow.to), m_animationMs);
    }
}

ProcessItem *CanvasScene::processItem(const QString &label) const
{
    return m_processes.value(label);
}

ObjectItem *CanvasScene::objectItem(const QString &id) const
{
    return m_objects.value(id);
}

QList<ProcessItem *> CanvasScene::processItems() const
{
    return m_processes.values();
}

QList<ObjectItem *> CanvasScene::objectItems() const
{
    return m_objects.values();
}

QList<EdgeItem *> CanvasScene::edgeItems() const
{
    return m_edges;
}

void CanvasScene::selectProcess(const QString &label)
{
    m_selecting = true;
    clearSelection();
    if (ProcessItem *item = m_processes.value(label))
        item->setSelected(true);
    m_selecting = false;
}

void CanvasScene::selectObject(const QString &id)
{
    m_selecting = true;
    clearSelection();
    if (ObjectItem *item = m_objects.value(id))
        item->setSelected(true);
    m_selecting = false;
}

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    // The card's badge and text are children of the ProcessItem: walk up to it.
    for (QGraphicsItem *item = itemAt(event->scenePos(), QTransform()); item;
         item = item->parentItem()) {
        if (auto *p = dynamic_cast<ProcessItem *>(item)) {
            if (p->label() != engineNodeId())
                Q_EMIT processClicked(p->label());
            return;
        }
    }
}

void CanvasScene::onSelectionChanged()
{
    if (m_selecting)
        return;
    const auto selected = selectedItems();
    if (selected.isEmpty())
        return;
    if (auto *p = dynamic_cast<ProcessItem *>(selected.first())) {
        if (p->label() != engineNodeId())
            Q_EMIT processActivated(p->label());
    } else if (auto *o = dynamic_cast<ObjectItem *>(selected.first())) {
        Q_EMIT objectActivated(o->objId());
    }
    qCDebug(lcCanvas) << "selected" << selected.size() << "items";
}
