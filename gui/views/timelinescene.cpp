#include "timelinescene.h"

#include "canvasstyle.h"
#include "models/eventdescriber.h"
#include "timelineeventsitem.h"

#include <QCoreApplication>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QToolTip>

#include <array>
#include <cmath>

namespace {

constexpr qreal kRightMargin = 240;
constexpr qreal kMinWidth = 900;
constexpr qreal kNsPerMs = 1e6;
// Half the height a glyph's item had: where a click or a tooltip still finds it.
constexpr qreal kHitHalf = TimelineScene::kGlyphSize / 2 + 4;

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
    // A few items only (lanes, cursor, the events): no index needed.
    setItemIndexMethod(NoIndex);
    m_eventsItem = new TimelineEventsItem(this);
    addItem(m_eventsItem);
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
    qDeleteAll(m_laneRects);
    m_laneRects.clear();
    qDeleteAll(m_laneTexts);
    m_laneTexts.clear();
    m_own.clear();
    m_index.clear();
    m_ownPalette.clear();
    m_cursor = -1;
    m_selected = -1;
    updateLanes();
    updateCursor();
    m_eventsItem->update();
}

void TimelineScene::setEvents(const EventList &events)
{
    if (&events == m_source) {
        clearRun();
        showAppended();
        return;
    }
    m_source = nullptr;
    clearRun();
    appendEvents(events);
}

void TimelineScene::appendEvents(const EventList &events)
{
    Q_ASSERT(!m_source);
    if (m_own.isEmpty())
        m_own = events; // shared, not copied
    else
        m_own.append(events);
    indexUpTo(static_cast<int>(m_own.size()));
}

void TimelineScene::followEvents(const EventList *events)
{
    m_source = events;
    clearRun();
    showAppended();
}

void TimelineScene::showAppended()
{
    if (!m_source)
        return;
    if (m_source->size() < m_index.eventCount()) {
        // The list started again (a new run) without clearRun(): index it anew.
        clearRun();
    }
    indexUpTo(static_cast<int>(m_source->size()));
}

void TimelineScene::indexUpTo(int count)
{
    const EventList &all = events();
    const qsizetype lanesBefore = m_index.lanes().size();
    const qint64 maxBefore = m_index.maxTime();
    for (int i = m_index.eventCount(); i < count; ++i)
        m_index.add(all.at(i));
    const QStringList &lanes = m_index.lanes();
    for (qsizetype lane = lanesBefore; lane < lanes.size(); ++lane) {
        if (lanes.at(lane) != TimelineIndex::engineLane())
            processPalette().assign(lanes.at(lane));
    }
    if (lanes.size() != lanesBefore || m_index.maxTime() != maxBefore)
        updateLanes();
    m_eventsItem->update();
}

qreal TimelineScene::xForTime(qint64 ns) const
{
    return static_cast<qreal>(ns) / kNsPerMs * m_pxPerMs;
}

qint64 TimelineScene::timeForX(qreal x) const
{
    const qreal ns = x / m_pxPerMs * kNsPerMs;
    // Far outside the run (a zoomed-out view's margins): any time out there will do.
    return static_cast<qint64>(std::clamp(ns, -9e18, 9e18));
}

qreal TimelineScene::laneCenterY(int lane) const
{
    return kAxisHeight + (static_cast<qreal>(lane) + 0.5) * kLaneHeight;
}

qreal TimelineScene::laneY(const QString &label) const
{
    const int lane = m_index.laneOf(label);
    return lane < 0 ? -1 : laneCenterY(lane);
}

std::optional<TimelineScene::GlyphInfo> TimelineScene::glyph(int eventIndex) const
{
    const TimelineIndex::Glyph *g = m_index.glyphOf(eventIndex);
    if (!g)
        return std::nullopt;
    GlyphInfo info;
    info.pos = QPointF(xForTime(g->t), laneCenterY(g->lane));
    info.code = TimelineIndex::style(g->style).code;
    const qint64 spanStart = m_index.spanStart(*g);
    info.span = spanStart >= 0 ? info.pos.x() - xForTime(spanStart) : 0;
    info.visible = !g->hidden;
    info.prominent = g->prominent;
    return info;
}

QString TimelineScene::spanCaption(int eventIndex) const
{
    if (eventIndex < 0 || eventIndex >= events().size())
        return {};
    const QString call = events().at(eventIndex).kind.section(QLatin1Char('.'), 1);
    return QCoreApplication::translate("TimelineScene", "in %1()").arg(call);
}

int TimelineScene::eventAt(const QPointF &p) const
{
    const int lane = static_cast<int>(std::floor((p.y() - kAxisHeight) / kLaneHeight));
    if (lane < 0 || lane >= m_index.lanes().size() ||
        std::abs(p.y() - laneCenterY(lane)) > kHitHalf)
        return -1;
    // What is drawn last is on top: the cursor's glyph, then data and signals, then
    // the others, the latest of each.
    const auto hits = [&](const TimelineIndex::Glyph &g) {
        const qreal x = xForTime(g.t);
        const qint64 spanStart = m_index.spanStart(g);
        const qreal bar = spanStart >= 0 ? x - xForTime(spanStart) : 0;
        return p.x() >= x - kHitHalf - bar && p.x() <= x + kHitHalf;
    };
    const TimelineIndex::Glyph *current = m_index.glyphOf(m_cursor);
    if (current && !current->hidden && current->lane == lane && hits(*current))
        return m_cursor;
    const qint64 from = timeForX(p.x() - kHitHalf);
    const qint64 to = timeForX(p.x() + kHitHalf) + m_index.longestSpan(lane);
    for (const TimelineIndex::Layer layer :
         {TimelineIndex::Layer::Prominent, TimelineIndex::Layer::Plain}) {
        const std::vector<int> &ids = m_index.laneGlyphs(lane, layer);
        const qsizetype first = m_index.lowerBound(lane, layer, from);
        for (qsizetype i = m_index.upperBound(lane, layer, to) - 1; i >= first; --i) {
            const TimelineIndex::Glyph &g = m_index.glyph(ids[static_cast<size_t>(i)]);
            if (hits(g))
                return g.event;
        }
    }
    return -1;
}

void TimelineScene::setPixelsPerMs(qreal pixelsPerMs)
{
    m_pxPerMs = std::clamp(pixelsPerMs, 1e-4, 1e6);
    updateLanes();
    m_eventsItem->update();
}

void TimelineScene::updateLanes()
{
    const QStringList &lanes = m_index.lanes();
    const qreal width = std::max(kMinWidth, xForTime(m_index.maxTime()) + kRightMargin);
    while (m_laneRects.size() < lanes.size()) {
        const int lane = static_cast<int>(m_laneRects.size());
        const QString label = lanes.at(lane);
        const bool engine = label == TimelineIndex::engineLane();
        auto *rect = new QGraphicsRectItem;
        const QColor base = engine ? CanvasStyle::toneColor(CanvasStyle::Tone::Engine)
                                   : processPalette().color(label);
        rect->setBrush(QColor(base.red(), base.green(), base.blue(), lane % 2 ? 28 : 44));
        rect->setPen(Qt::NoPen);
        rect->setZValue(-1);
        addItem(rect);
        m_laneRects.append(rect);
        auto *text = new QGraphicsSimpleTextItem(
            engine ? QCoreApplication::translate("TimelineScene", "engine") : label);
        QFont f = CanvasStyle::titleFont();
        f.setPixelSize(19);
        text->setFont(f);
        text->setBrush(engine ? CanvasStyle::ink() : processPalette().textColor(label));
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
        kAxisHeight + static_cast<qreal>(std::max<qsizetype>(1, lanes.size())) * kLaneHeight + 10;
    setSceneRect(-kLabelWidth, 0, width + kLabelWidth, height);
    m_eventsItem->setRect(sceneRect());
    // The axis is drawn in the background: views only repaint what items touched.
    invalidate(sceneRect(), BackgroundLayer);
    updateCursor();
}

qreal TimelineScene::cursorX() const
{
    if (m_cursor < 0 || m_cursor >= eventCount())
        return 0;
    return xForTime(events().at(m_cursor).t);
}

void TimelineScene::setCursorIndex(int index)
{
    const int cursor = std::clamp(index, -1, eventCount() - 1);
    if (cursor != m_cursor)
        m_eventsItem->update(); // the glyph at the cursor stands out
    m_cursor = cursor;
    updateCursor();
}

void TimelineScene::updateCursor()
{
    const qreal x = cursorX();
    const qreal bottom =
        kAxisHeight +
        static_cast<qreal>(std::max<qsizetype>(1, m_index.lanes().size())) * kLaneHeight;
    m_cursorLine->setPen(QPen(CanvasStyle::ink(), 3)); // the scheme may have changed
    m_cursorLine->setLine(x, kAxisHeight - 8, x, bottom);
    m_cursorLine->setVisible(eventCount() > 0);
}

void TimelineScene::selectEvent(int index)
{
    const TimelineIndex::Glyph *g = m_index.glyphOf(index);
    if (g && g->hidden) {
        // The begin of a finished call: its end glyph carries the bar.
        const int beginId = m_index.glyphIdOf(index);
        for (int id = beginId + 1; id < m_index.glyphCount(); ++id) {
            const TimelineIndex::Glyph &end = m_index.glyph(id);
            if (end.begin == beginId) {
                g = &end;
                break;
            }
        }
    }
    m_selected = g && !g->hidden ? g->event : -1;
    m_eventsItem->update();
}

void TimelineScene::selectProcess(const QString &label)
{
    const int lane = m_index.laneOf(label);
    for (int i = 0; i < m_laneRects.size(); ++i)
        m_laneRects[i]->setPen(i == lane ? QPen(CanvasStyle::ink(), 3) : QPen(Qt::NoPen));
}

void TimelineScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    const QPointF p = event->scenePos();
    const int hit = eventAt(p);
    if (hit >= 0) {
        m_selected = hit;
        m_eventsItem->update();
        Q_EMIT eventActivated(hit);
        return;
    }
    if (m_selected >= 0) {
        m_selected = -1;
        m_eventsItem->update();
    }
    const QStringList &lanes = m_index.lanes();
    const int lane = static_cast<int>(std::floor((p.y() - kAxisHeight) / kLaneHeight));
    if (lane >= 0 && lane < lanes.size() && lanes[lane] != TimelineIndex::engineLane()) {
        selectProcess(lanes[lane]);
        Q_EMIT processActivated(lanes[lane]);
    }
}

void TimelineScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    const int hit = eventAt(event->scenePos());
    if (hit < 0) {
        QGraphicsScene::helpEvent(event);
        return;
    }
    // Made when asked: a million tooltips would cost more than the events.
    QToolTip::showText(event->screenPos(), EventDescriber::describe(events().at(hit)),
                       event->widget());
    event->setAccepted(true);
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
        painter->setPen(QPen(CanvasStyle::gridLine(), 1));
        painter->drawLine(QPointF(x, kAxisHeight), QPointF(x, bottom));
        painter->setPen(CanvasStyle::mutedInk());
        painter->drawText(QRectF(x + 4, 4, 200, kAxisHeight - 8), Qt::AlignLeft | Qt::AlignVCenter,
                          formatTime(t, step));
    }
}
