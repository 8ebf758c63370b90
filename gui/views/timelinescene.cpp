#include "timelinescene.h"

#include "canvasstyle.h"
#include "models/eventdescriber.h"
#include "timelineglyphitem.h"

#include <QCoreApplication>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QtMath>

#include <array>

namespace {

constexpr qreal kRightMargin = 240;
constexpr qreal kMinWidth = 900;
constexpr qreal kNsPerMs = 1e6;

QString engineLane()
{
    return QStringLiteral(" engine");
}

bool isKind(const Event &e, const char *kind)
{
    return e.kind == QLatin1String(kind);
}

bool isDataWrite(const Event &e)
{
    return isKind(e, "pipe.write") || isKind(e, "fifo.write");
}

bool isDataRead(const Event &e)
{
    return isKind(e, "pipe.read") || isKind(e, "fifo.read");
}

bool isMemoryWrite(const Event &e)
{
    return (isKind(e, "shm.write") || isKind(e, "file.write")) && e.has(QStringLiteral("map"));
}

bool isMemoryRead(const Event &e)
{
    return (isKind(e, "shm.read") || isKind(e, "file.read")) && e.has(QStringLiteral("map"));
}

/// Short code and family colour of an event's glyph; an empty code = no glyph.
QPair<QString, QColor> glyphStyle(const Event &e)
{
    const QString &k = e.kind;
    auto family = [&](const char *prefix) { return k.startsWith(QLatin1String(prefix)); };
    const QColor proc(0x45, 0x5a, 0x64), data(0x1e, 0x88, 0xe5), memory(0x8e, 0x24, 0xaa),
        sem(0x00, 0x89, 0x7b), sig(0xe5, 0x39, 0x35), gate(0x9e, 0x9e, 0x9e),
        engine(0xb7, 0x1c, 0x1c), output(0x6d, 0x4c, 0x41), fd(0x78, 0x90, 0x9c);
    if (isKind(e, "gate.release"))
        return {};
    if (isKind(e, "proc.start"))
        return {QStringLiteral("▶"), proc};
    if (isKind(e, "proc.fork"))
        return {QStringLiteral("F"), proc};
    if (isKind(e, "proc.exec"))
        return {QStringLiteral("X"), proc};
    if (isKind(e, "proc.exit"))
        return {QStringLiteral("E"), proc};
    if (isKind(e, "proc.wait"))
        return {QStringLiteral("w"), proc};
    if (isKind(e, "proc.reap"))
        return {QStringLiteral("r"), engine};
    if (isKind(e, "proc.state"))
        return {e.str(QStringLiteral("state")) == QLatin1String("Z") ? QStringLiteral("Z")
                                                                     : QStringLiteral("s"),
                proc};
    if (isKind(e, "proc.output"))
        return {QStringLiteral("O"), output};
    if (isKind(e, "proc.sleep"))
        return {QStringLiteral("z"), gate};
    if (isKind(e, "fd.close"))
        return {QStringLiteral("C"), fd};
    if (isKind(e, "fd.dup"))
        return {QStringLiteral("D"), fd};
    if (family("pipe.") || family("fifo.")) {
        if (k.endsWith(QLatin1String(".write")))
            return {QStringLiteral("W"), data};
        if (k.endsWith(QLatin1String(".read")))
            return {QStringLiteral("R"), data};
        if (k.endsWith(QLatin1String(".open")))
            return {QStringLiteral("o"), data};
        if (k.endsWith(QLatin1String(".unlink")))
            return {QStringLiteral("U"), data};
        return {QStringLiteral("P"), data};
    }
    if (family("shm.") || family("file.")) {
        if (k.endsWith(QLatin1String(".write")))
            return {QStringLiteral("W"), memory};
        if (k.endsWith(QLatin1String(".read")))
            return {QStringLiteral("R"), memory};
        if (k.endsWith(QLatin1String(".map")))
            return {QStringLiteral("M"), memory};
        if (k.endsWith(QLatin1String(".unlink")))
            return {QStringLiteral("U"), memory};
        return {QStringLiteral("S"), memory};
    }
    if (isKind(e, "sem.wait"))
        return {QStringLiteral("−"), sem};
    if (isKind(e, "sem.post"))
        return {QStringLiteral("+"), sem};
    if (family("sem."))
        return {QStringLiteral("S"), sem};
    if (isKind(e, "signal.send"))
        return {QStringLiteral("K"), sig};
    if (isKind(e, "signal.deliver"))
        return {QStringLiteral("!"), sig};
    if (family("signal."))
        return {QStringLiteral("A"), sig};
    if (isKind(e, "gate.wait"))
        return {QStringLiteral("G"), gate};
    if (family("engine."))
        return {QStringLiteral("!"), engine};
    // A kind newer than this app: still on its lane, its tooltip says what it is.
    return {QStringLiteral("·"), family("proc.") ? proc : gate};
}

QString formatTime(qint64 ns, qint64 step)
{
    if (step >= 1'000'000'000)
        return QStringLiteral("%1 s").arg(static_cast<double>(ns) / 1e9, 0, 'g', 6);
    if (step >= 1'000'000)
        return QStringLiteral("%1 ms").arg(static_cast<double>(ns) / 1e6, 0, 'g', 6);
    return QStringLiteral("%1 µs").arg(static_cast<double>(ns) / 1e3, 0, 'g', 6);
}

} // namespace

TimelineScene::TimelineScene(QObject *parent) : QGraphicsScene(parent)
{
    m_cursorLine = new QGraphicsLineItem;
    m_cursorLine->setPen(QPen(CanvasStyle::ink(), 3));
    m_cursorLine->setZValue(20);
    addItem(m_cursorLine);
    updateLanes();
    updateCursor();
}

TimelineScene::~TimelineScene()
{
    clear();
}

void TimelineScene::setPalette(ProcessPalette *palette)
{
    m_sharedPalette = palette;
}

ProcessPalette &TimelineScene::processPalette()
{
    return m_sharedPalette ? *m_sharedPalette : m_ownPalette;
}

void TimelineScene::clearRun()
{
    for (auto &glyph : m_glyphs)
        delete glyph.item;
    m_glyphs.clear();
    for (auto &arrow : m_arrowItems)
        delete arrow.item;
    m_arrowItems.clear();
    m_arrows.clear();
    qDeleteAll(m_laneRects);
    m_laneRects.clear();
    qDeleteAll(m_laneTexts);
    m_laneTexts.clear();
    m_lanes.clear();
    m_events.clear();
    m_ownPalette.clear();
    m_labelByPid.clear();
    m_openBegin.clear();
    m_pendingData.clear();
    m_lastMemoryWrite.clear();
    m_pendingSignals.clear();
    m_pendingForks.clear();
    m_maxT = 0;
    m_cursor = -1;
    m_currentGlyph = -1;
    updateLanes();
    updateCursor();
}

void TimelineScene::setEvents(const EventList &events)
{
    clearRun();
    appendEvents(events);
}

void TimelineScene::appendEvents(const EventList &events)
{
    const int lanesBefore = static_cast<int>(m_lanes.size());
    const qint64 maxBefore = m_maxT;
    for (const Event &e : events) {
        const int index = static_cast<int>(m_events.size());
        m_events.append(e);
        addEvent(index, e);
    }
    if (m_lanes.size() != lanesBefore || m_maxT != maxBefore)
        updateLanes();
}

QString TimelineScene::laneLabelOf(const Event &e) const
{
    if (!e.label.isEmpty())
        return e.label;
    if (isKind(e, "proc.reap") && e.has(QStringLiteral("reaped_label")))
        return e.str(QStringLiteral("reaped_label"));
    return m_labelByPid.value(e.pid, engineLane());
}

int TimelineScene::laneFor(const Event &e)
{
    const QString label = laneLabelOf(e);
    int lane = static_cast<int>(m_lanes.indexOf(label));
    if (lane < 0) {
        lane = static_cast<int>(m_lanes.size());
        m_lanes.append(label);
        if (label != engineLane())
            processPalette().assign(label);
    }
    return lane;
}

void TimelineScene::addEvent(int index, const Event &e)
{
    m_maxT = std::max(m_maxT, e.t);
    if (!e.label.isEmpty() && e.pid > 0)
        m_labelByPid.insert(e.pid, e.label);

    const auto [code, color] = glyphStyle(e);
    if (code.isEmpty())
        return;

    Glyph glyph;
    glyph.t = e.t;
    glyph.lane = laneFor(e);
    glyph.item = new TimelineGlyphItem(index, code, color);
    glyph.item->setToolTip(EventDescriber::describe(e));
    glyph.item->setProminent(isDataWrite(e) || isDataRead(e) || isMemoryWrite(e) ||
                             isMemoryRead(e) || e.kind.startsWith(QLatin1String("signal.")));
    addItem(glyph.item);

    // A blocking call is one bar: the begin glyph gives way to the end glyph.
    const QString key = laneLabelOf(e) + QLatin1Char('|') + e.kind;
    if (e.isBegin()) {
        m_openBegin.insert(key, index);
    } else if (e.isEnd()) {
        const int begin = m_openBegin.contains(key) ? m_openBegin.take(key) : -1;
        if (begin >= 0) {
            auto it = m_glyphs.find(begin);
            if (it != m_glyphs.end() && it->lane == glyph.lane) {
                glyph.spanStart = it->t;
                it->item->setVisible(false);
            }
        }
    }
    m_glyphs.insert(index, glyph);
    placeGlyph(m_glyphs[index]);

    // Connections between lanes.
    const QString obj = e.obj;
    if (isDataWrite(e) && e.isBegin()) {
        m_pendingData[obj].append({index, e.num(QStringLiteral("bytes"))});
    } else if (isDataRead(e) && e.isEnd()) {
        qint64 left = e.num(QStringLiteral("bytes"));
        auto &queue = m_pendingData[obj];
        while (left > 0 && !queue.isEmpty()) {
            auto &front = queue.first();
            const qint64 take = std::min(left, front.second);
            addArrow(front.first, index, Arrow::Kind::Data);
            front.second -= take;
            left -= take;
            if (front.second <= 0)
                queue.removeFirst();
        }
    } else if (isMemoryWrite(e)) {
        m_lastMemoryWrite.insert(obj, index);
    } else if (isMemoryRead(e)) {
        const int from = m_lastMemoryWrite.value(obj, -1);
        if (from >= 0 && laneLabelOf(m_events.at(from)) != laneLabelOf(e))
            addArrow(from, index, Arrow::Kind::Data);
    } else if (isKind(e, "signal.send")) {
        const QString k = QString::number(e.num(QStringLiteral("target"))) + QLatin1Char('|') +
                          e.str(QStringLiteral("signal"));
        m_pendingSignals[k].append(index);
    } else if (isKind(e, "signal.deliver")) {
        const QString k =
            QString::number(e.pid) + QLatin1Char('|') + e.str(QStringLiteral("signal"));
        auto it = m_pendingSignals.find(k);
        if (it != m_pendingSignals.end() && !it->isEmpty())
            addArrow(it->takeFirst(), index, Arrow::Kind::Signal);
    } else if (isKind(e, "proc.fork")) {
        m_pendingForks.insert(e.num(QStringLiteral("child")), index);
    } else if (isKind(e, "proc.start")) {
        const int from = m_pendingForks.value(e.pid, -1);
        if (from >= 0) {
            m_pendingForks.remove(e.pid);
            addArrow(from, index, Arrow::Kind::Fork);
        }
    }
}

void TimelineScene::addArrow(int from, int to, Arrow::Kind kind)
{
    if (!m_glyphs.contains(from) || !m_glyphs.contains(to))
        return;
    for (const Arrow &a : std::as_const(m_arrows)) {
        if (a.from == from && a.to == to)
            return;
    }
    ArrowItem arrow;
    arrow.arrow = {from, to, kind};
    arrow.item = new QGraphicsPathItem;
    QColor color;
    QPen pen;
    switch (kind) {
    case Arrow::Kind::Data:
        color = processPalette().color(laneLabelOf(m_events.at(from)));
        pen = QPen(color, 3);
        break;
    case Arrow::Kind::Signal:
        color = QColor(0xe5, 0x39, 0x35);
        pen = QPen(color, 3, Qt::DashLine);
        break;
    case Arrow::Kind::Fork:
        color = CanvasStyle::mutedInk();
        pen = QPen(color, 2, Qt::DotLine);
        break;
    }
    arrow.item->setPen(pen);
    arrow.item->setZValue(2);
    auto *head = new QGraphicsPolygonItem(arrow.item);
    head->setBrush(color);
    head->setPen(Qt::NoPen);
    addItem(arrow.item);
    m_arrows.append(arrow.arrow);
    m_arrowItems.append(arrow);
    placeArrow(m_arrowItems.last());
}

qreal TimelineScene::xForTime(qint64 ns) const
{
    return static_cast<qreal>(ns) / kNsPerMs * m_pxPerMs;
}

qreal TimelineScene::laneY(const QString &label) const
{
    const auto lane = m_lanes.indexOf(label);
    return lane < 0 ? -1 : kAxisHeight + (static_cast<qreal>(lane) + 0.5) * kLaneHeight;
}

void TimelineScene::placeGlyph(Glyph &glyph)
{
    const qreal x = xForTime(glyph.t);
    glyph.item->setPos(x, kAxisHeight + (glyph.lane + 0.5) * kLaneHeight);
    if (glyph.spanStart >= 0) {
        const Event &e = m_events.at(glyph.item->eventIndex());
        const QString call = e.kind.section(QLatin1Char('.'), 1);
        glyph.item->setSpan(x - xForTime(glyph.spanStart),
                            QCoreApplication::translate("TimelineScene", "in %1()").arg(call));
    }
}

void TimelineScene::placeArrow(ArrowItem &arrow)
{
    const Glyph &a = m_glyphs[arrow.arrow.from];
    const Glyph &b = m_glyphs[arrow.arrow.to];
    const QPointF p1 = a.item->pos();
    const QPointF p2 = b.item->pos();
    const qreal half = TimelineGlyphItem::kSize / 2;
    const qreal dir = p2.y() >= p1.y() ? 1 : -1;
    const QPointF start(p1.x(), p1.y() + dir * half);
    const QPointF end(p2.x(), p2.y() - dir * half);
    QPainterPath path(start);
    if (a.lane == b.lane) {
        path.cubicTo(start + QPointF(0, -40), end + QPointF(0, -40), end);
    } else {
        const qreal dy = (end.y() - start.y()) / 2;
        path.cubicTo(start + QPointF(0, dy), end - QPointF(0, dy), end);
    }
    arrow.item->setPath(path);
    // Arrow head pointing along the path's last direction.
    const qreal angle = qDegreesToRadians(-path.angleAtPercent(1.0));
    const qreal size = 14;
    const QPointF left = end - QPointF(std::cos(angle - 0.4) * size, std::sin(angle - 0.4) * size);
    const QPointF right = end - QPointF(std::cos(angle + 0.4) * size, std::sin(angle + 0.4) * size);
    if (auto *head = static_cast<QGraphicsPolygonItem *>(arrow.item->childItems().value(0)))
        head->setPolygon(QPolygonF({end, left, right}));
}

void TimelineScene::setPixelsPerMs(qreal pixelsPerMs)
{
    m_pxPerMs = std::clamp(pixelsPerMs, 1e-4, 1e6);
    for (auto &glyph : m_glyphs)
        placeGlyph(glyph);
    for (auto &arrow : m_arrowItems)
        placeArrow(arrow);
    updateLanes();
}

void TimelineScene::updateLanes()
{
    const qreal width = std::max(kMinWidth, xForTime(m_maxT) + kRightMargin);
    while (m_laneRects.size() < m_lanes.size()) {
        const int lane = static_cast<int>(m_laneRects.size());
        const QString label = m_lanes.at(lane);
        auto *rect = new QGraphicsRectItem;
        const QColor base = label == engineLane()
                                ? CanvasStyle::toneColor(CanvasStyle::Tone::Engine)
                                : processPalette().color(label);
        rect->setBrush(QColor(base.red(), base.green(), base.blue(), lane % 2 ? 28 : 44));
        rect->setPen(Qt::NoPen);
        rect->setZValue(-1);
        addItem(rect);
        m_laneRects.append(rect);
        auto *text = new QGraphicsSimpleTextItem(
            label == engineLane() ? QCoreApplication::translate("TimelineScene", "engine") : label);
        QFont f = CanvasStyle::titleFont();
        f.setPixelSize(19);
        text->setFont(f);
        text->setBrush(label == engineLane() ? CanvasStyle::ink()
                                             : processPalette().textColor(label));
        text->setZValue(5);
        addItem(text);
        m_laneTexts.append(text);
    }
    for (int lane = 0; lane < m_laneRects.size(); ++lane) {
        const qreal top = kAxisHeight + lane * kLaneHeight;
        m_laneRects[lane]->setRect(-kLabelWidth, top, width + kLabelWidth, kLaneHeight);
        QGraphicsSimpleTextItem *text = m_laneTexts[lane];
        text->setPos(-kLabelWidth + 12, top + (kLaneHeight - text->boundingRect().height()) / 2);
    }
    const qreal height =
        kAxisHeight + static_cast<qreal>(std::max<qsizetype>(1, m_lanes.size())) * kLaneHeight + 10;
    setSceneRect(-kLabelWidth, 0, width + kLabelWidth, height);
    // The axis is drawn in the background: views only repaint what items touched.
    invalidate(sceneRect(), BackgroundLayer);
    updateCursor();
}

qreal TimelineScene::cursorX() const
{
    if (m_cursor < 0 || m_cursor >= m_events.size())
        return 0;
    return xForTime(m_events.at(m_cursor).t);
}

void TimelineScene::setCursorIndex(int index)
{
    m_cursor = std::clamp(index, -1, static_cast<int>(m_events.size()) - 1);
    updateCursor();
}

void TimelineScene::updateCursor()
{
    const qreal x = cursorX();
    const qreal bottom =
        kAxisHeight + static_cast<qreal>(std::max<qsizetype>(1, m_lanes.size())) * kLaneHeight;
    m_cursorLine->setLine(x, kAxisHeight - 8, x, bottom);
    m_cursorLine->setVisible(!m_events.isEmpty());
    if (TimelineGlyphItem *old = glyph(m_currentGlyph))
        old->setCurrent(false);
    m_currentGlyph = m_cursor;
    if (TimelineGlyphItem *now = glyph(m_currentGlyph))
        now->setCurrent(true);
}

TimelineGlyphItem *TimelineScene::glyph(int eventIndex) const
{
    const auto it = m_glyphs.constFind(eventIndex);
    return it == m_glyphs.constEnd() ? nullptr : it->item;
}

void TimelineScene::selectEvent(int index)
{
    clearSelection();
    TimelineGlyphItem *item = glyph(index);
    if (item && !item->isVisible()) {
        // The begin of a finished call: its end glyph carries the bar.
        for (const auto &g : std::as_const(m_glyphs)) {
            if (g.spanStart == m_glyphs.value(index).t && g.lane == m_glyphs.value(index).lane &&
                g.item->eventIndex() > index) {
                item = g.item;
                break;
            }
        }
    }
    if (item)
        item->setSelected(true);
}

void TimelineScene::selectProcess(const QString &label)
{
    const auto lane = m_lanes.indexOf(label);
    for (int i = 0; i < m_laneRects.size(); ++i)
        m_laneRects[i]->setPen(i == lane ? QPen(CanvasStyle::ink(), 3) : QPen(Qt::NoPen));
}

void TimelineScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    const QPointF p = event->scenePos();
    for (QGraphicsItem *item : items(p)) {
        if (auto *g = qgraphicsitem_cast<TimelineGlyphItem *>(item)) {
            Q_EMIT eventActivated(g->eventIndex());
            return;
        }
    }
    const int lane = static_cast<int>(std::floor((p.y() - kAxisHeight) / kLaneHeight));
    if (lane >= 0 && lane < m_lanes.size() && m_lanes[lane] != engineLane()) {
        selectProcess(m_lanes[lane]);
        Q_EMIT processActivated(m_lanes[lane]);
    }
}

void TimelineScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, CanvasStyle::background());
    // Ticks about every 120 px, at 1/2/5 × 10^k ns.
    const qreal nsPerPx = kNsPerMs / m_pxPerMs;
    const qreal wanted = 120 * nsPerPx;
    qint64 step = 1000;
    static constexpr std::array<int, 3> kMantissa = {1, 2, 5};
    for (qint64 p = 1000; static_cast<qreal>(step) < wanted && p < qint64(1e13); p *= 10) {
        bool done = false;
        for (int m : kMantissa) {
            step = p * m;
            if (static_cast<qreal>(step) >= wanted) {
                done = true;
                break;
            }
        }
        if (done)
            break;
    }
    const qint64 first =
        std::max<qint64>(0, static_cast<qint64>(rect.left() * nsPerPx) / step * step);
    QFont f = CanvasStyle::smallFont();
    painter->setFont(f);
    const qreal bottom = sceneRect().bottom();
    for (qint64 t = first; xForTime(t) <= rect.right(); t += step) {
        const qreal x = xForTime(t);
        painter->setPen(QPen(QColor(0xcf, 0xd8, 0xdc), 1));
        painter->drawLine(QPointF(x, kAxisHeight), QPointF(x, bottom));
        painter->setPen(CanvasStyle::mutedInk());
        painter->drawText(QRectF(x + 4, 4, 200, kAxisHeight - 8), Qt::AlignLeft | Qt::AlignVCenter,
                          formatTime(t, step));
    }
}
