#include "timelineeventsitem.h"

#include "canvasstyle.h"
#include "timelinescene.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QtMath>
#include <algorithm>
#include <cmath>
#include <vector>

namespace {

constexpr qreal kHalf = TimelineScene::kGlyphSize / 2;
// Around a badge: its outline (up to 3 px wide) and the room a view repaints.
constexpr qreal kMargin = 4;
// Of arrows whose heads are closer than this (device pixels), between the same
// lanes, only the last is drawn: they would cover the same pixels.
constexpr qreal kArrowSpacing = 2;
// Arrows at most this wide (device pixels) are drawn from cached pixmaps.
constexpr qreal kCachedArrowWidth = 48;

/// An arrow from the glyph at @p p1 to the glyph at @p p2: a curve between their
/// edges (over the lane when both are on one lane) and a head at @p p2.
void paintArrow(QPainter *painter, const QPointF &p1, const QPointF &p2, bool sameLane,
                const QPen &pen)
{
    const qreal dir = p2.y() >= p1.y() ? 1 : -1;
    const QPointF start(p1.x(), p1.y() + dir * kHalf);
    const QPointF end(p2.x(), p2.y() - dir * kHalf);
    QPointF c1;
    QPointF c2;
    if (sameLane) {
        c1 = start + QPointF(0, -40);
        c2 = end + QPointF(0, -40);
    } else {
        const qreal dy = (end.y() - start.y()) / 2;
        c1 = start + QPointF(0, dy);
        c2 = end - QPointF(0, dy);
    }
    QPainterPath path(start);
    path.cubicTo(c1, c2, end);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    // The head points along the curve's last direction: from the last control point.
    const QPointF tangent = end - c2;
    const qreal angle = std::atan2(tangent.y(), tangent.x()) + M_PI;
    const qreal size = 14;
    const QPointF left = end + QPointF(std::cos(angle - 0.4) * size, std::sin(angle - 0.4) * size);
    const QPointF right = end + QPointF(std::cos(angle + 0.4) * size, std::sin(angle + 0.4) * size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(pen.color());
    painter->drawPolygon(QPolygonF({end, left, right}));
}

void paintBar(QPainter *painter, const QColor &color, qreal span, const QString &caption)
{
    // Time spent blocked inside the call, ending at the glyph.
    const QRectF bar(-span, -6, span, 12);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(color.red(), color.green(), color.blue(), 90));
    painter->drawRoundedRect(bar, 5, 5);
    if (caption.isEmpty())
        return;
    // Inside the bar, where it cannot run into the lane above or a glyph.
    QFont f = CanvasStyle::smallFont();
    f.setPixelSize(10);
    const QFontMetricsF fm(f);
    if (fm.horizontalAdvance(caption) + 8 < span - kHalf) {
        painter->setFont(f);
        painter->setPen(CanvasStyle::ink());
        painter->drawText(QRectF(-span + 4, -6, span - kHalf - 4, 12),
                          Qt::AlignLeft | Qt::AlignVCenter, caption);
    }
}

} // namespace

/// What one paint() covers, in scene coordinates and device pixels.
struct TimelineEventsItem::Frame {
    qreal left = 0, right = 0; // exposed x range
    qreal top = 0, bottom = 0;
    qint64 tLeft = 0, tRight = 0; // times of the exposed range, glyph margins included
    qreal scale = 1;              // device pixels per scene unit (x)
    bool pixmaps = false;         // draw badges from cached pixmaps
};

TimelineEventsItem::TimelineEventsItem(const TimelineScene *scene) : m_scene(scene)
{
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(3);
}

void TimelineEventsItem::setRect(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

void TimelineEventsItem::paintGlyph(QPainter *painter, const QString &code, const QColor &color,
                                    bool emphasised, qreal span, const QString &caption)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (span > 1)
        paintBar(painter, color, span, caption);
    const QRectF r(-kHalf, -kHalf, 2 * kHalf, 2 * kHalf);
    painter->setPen(
        QPen(emphasised ? CanvasStyle::ink() : color.darker(150), emphasised ? 3 : 1.5));
    painter->setBrush(color);
    painter->drawRoundedRect(r, 6, 6);
    QFont f = CanvasStyle::smallFont();
    f.setBold(true);
    f.setPixelSize(14);
    painter->setFont(f);
    painter->setPen(Qt::white);
    painter->drawText(r, Qt::AlignCenter, code);
}

const QPixmap &TimelineEventsItem::badge(int style, bool emphasised, qreal scale)
{
    const auto scaleKey = static_cast<quint64>(std::lround(scale * 64));
    const quint64 key = (scaleKey << 16) | (quint64(emphasised) << 8) | quint64(style);
    auto it = m_badges.find(key);
    if (it != m_badges.end())
        return *it;
    const qreal side = 2 * (kHalf + kMargin);
    QPixmap pixmap(qCeil(side * scale), qCeil(side * scale));
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.translate(side / 2, side / 2);
    const TimelineIndex::Style &s = TimelineIndex::style(style);
    paintGlyph(&p, s.code, s.color, emphasised, 0, QString());
    p.end();
    return *m_badges.insert(key, pixmap);
}

void TimelineEventsItem::paintOne(QPainter *painter, const Frame &frame, int glyphId,
                                  bool emphasised)
{
    const TimelineIndex::Glyph &g = m_scene->index().glyph(glyphId);
    const TimelineIndex::Style &style = TimelineIndex::style(g.style);
    const QPointF centre(m_scene->xForTime(g.t), m_scene->laneCenterY(g.lane));
    const qint64 spanStart = m_scene->index().spanStart(g);
    const qreal span = spanStart >= 0 ? centre.x() - m_scene->xForTime(spanStart) : 0;
    // A bar hidden under its own badge is not drawn.
    const bool bar = span > kHalf;
    if (!frame.pixmaps) {
        painter->save();
        painter->translate(centre);
        paintGlyph(painter, style.code, style.color, emphasised, bar ? span : 0,
                   bar ? m_scene->spanCaption(g.event) : QString());
        painter->restore();
        return;
    }
    if (bar) {
        painter->save();
        painter->translate(centre);
        painter->setRenderHint(QPainter::Antialiasing);
        paintBar(painter, style.color, span, m_scene->spanCaption(g.event));
        painter->restore();
    }
    const QPixmap &pixmap = badge(g.style, emphasised, frame.scale);
    const qreal side = 2 * (kHalf + kMargin);
    painter->drawPixmap(centre - QPointF(side / 2, side / 2), pixmap);
}

void TimelineEventsItem::paintLayers(QPainter *painter, const Frame &frame)
{
    const TimelineIndex &index = m_scene->index();
    // Scene x of one device pixel, for finding where a pixel column ends.
    const qreal pixel = 1 / frame.scale;
    for (const TimelineIndex::Layer layer :
         {TimelineIndex::Layer::Plain, TimelineIndex::Layer::Prominent}) {
        for (int lane = 0; lane < index.lanes().size(); ++lane) {
            const qreal y = m_scene->laneCenterY(lane);
            if (y + kHalf + kMargin < frame.top || y - kHalf - kMargin > frame.bottom)
                continue;
            const std::vector<int> &ids = index.laneGlyphs(lane, layer);
            // Bars reach left from their glyph: look that much further right.
            const qsizetype end =
                index.upperBound(lane, layer, frame.tRight + index.longestSpan(lane));
            qsizetype at = index.lowerBound(lane, layer, frame.tLeft);
            while (at < end) {
                // Of the glyphs in this pixel column, the last one is on top.
                const qreal x = m_scene->xForTime(index.glyph(ids[size_t(at)]).t);
                const qreal columnEnd = (std::floor(x * frame.scale) + 1) * pixel;
                qsizetype next = index.lowerBound(lane, layer, m_scene->timeForX(columnEnd));
                if (next <= at)
                    next = at + 1;
                next = std::min(next, end);
                paintOne(painter, frame, ids[size_t(next - 1)], false);
                at = next;
            }
        }
    }
    // The glyph at the cursor and the selected one stand out, on top.
    for (const int event : {m_scene->cursorIndex(), m_scene->selectedEvent()}) {
        const int id = index.glyphIdOf(event);
        if (id >= 0 && !index.glyph(id).hidden)
            paintOne(painter, frame, id, true);
    }
}

void TimelineEventsItem::paintArrows(QPainter *painter, const Frame &frame)
{
    const TimelineIndex &index = m_scene->index();
    ProcessPalette &palette = const_cast<TimelineScene *>(m_scene)->processPalette();
    // Scene x of the spacing between arrows that are drawn (device pixels).
    const qreal spacing = kArrowSpacing / frame.scale;
    struct Shown {
        int arrow;
        int group;
    };
    std::vector<Shown> shown;
    const std::vector<TimelineIndex::ArrowGroup> &groups = index.arrowGroups();
    for (int g = 0; g < static_cast<int>(groups.size()); ++g) {
        const TimelineIndex::ArrowGroup &group = groups[size_t(g)];
        const qreal y1 = m_scene->laneCenterY(group.fromLane);
        const qreal y2 = m_scene->laneCenterY(group.toLane);
        if (std::max(y1, y2) + 60 < frame.top || std::min(y1, y2) - 60 > frame.bottom)
            continue;
        const std::vector<int> &ids = group.arrows;
        const auto end = index.lowerBound(group, frame.tRight + group.longest + 1);
        auto at = index.lowerBound(group, frame.tLeft - group.longest);
        while (at < end) {
            // Arrows whose heads share a few pixels cover the same pixels: the last one.
            const qreal head = m_scene->xForTime(index.headTime(ids[size_t(at)]));
            const qreal columnEnd = (std::floor(head / spacing) + 1) * spacing;
            auto next = index.lowerBound(group, m_scene->timeForX(columnEnd));
            next = std::min(std::max(next, at + 1), end);
            const int id = ids[size_t(next - 1)];
            at = next;
            const qreal x1 = m_scene->xForTime(index.tailTime(id));
            const qreal x2 = m_scene->xForTime(index.headTime(id));
            if (std::max(x1, x2) + kHalf < frame.left || std::min(x1, x2) - kHalf > frame.right)
                continue;
            shown.push_back({id, g});
        }
    }
    // In the order they were found, the later on top, as they happened.
    std::sort(shown.begin(), shown.end(),
              [](const Shown &a, const Shown &b) { return a.arrow < b.arrow; });
    for (const Shown &s : shown) {
        const TimelineIndex::ArrowGroup &group = groups[size_t(s.group)];
        QPen pen;
        switch (group.kind) {
        case TimelineIndex::Arrow::Kind::Data:
            pen = QPen(palette.color(index.lanes().at(group.fromLane)), 3);
            break;
        case TimelineIndex::Arrow::Kind::Signal:
            pen = QPen(QColor(0xe5, 0x39, 0x35), 3, Qt::DashLine);
            break;
        case TimelineIndex::Arrow::Kind::Fork:
            pen = QPen(CanvasStyle::mutedInk(), 2, Qt::DotLine);
            break;
        }
        const QPointF from(m_scene->xForTime(index.tailTime(s.arrow)),
                           m_scene->laneCenterY(group.fromLane));
        const QPointF to(m_scene->xForTime(index.headTime(s.arrow)),
                         m_scene->laneCenterY(group.toLane));
        paintArrowAt(painter, frame, from, to, group.fromLane == group.toLane, pen, group.kind);
    }
}

void TimelineEventsItem::paintArrowAt(QPainter *painter, const Frame &frame, const QPointF &from,
                                      const QPointF &to, bool sameLane, const QPen &pen,
                                      TimelineIndex::Arrow::Kind kind)
{
    const qreal dx = to.x() - from.x();
    // Crowded arrows are short and alike: drawn once into a pixmap, then copied.
    if (!frame.pixmaps || std::abs(dx) * frame.scale > kCachedArrowWidth) {
        paintArrow(painter, from, to, sameLane, pen);
        return;
    }
    const qint64 dxPixels = std::llround(dx * frame.scale);
    const ArrowKey key{pen.color().rgba(),
                       std::lround(frame.scale * 64),
                       dxPixels,
                       std::lround(to.y() - from.y()),
                       static_cast<int>(kind),
                       sameLane};
    auto it = m_arrows.find(key);
    if (it == m_arrows.end()) {
        // The arrow from the origin, in a pixmap whose corner is `offset` from it.
        const QPointF head(static_cast<qreal>(dxPixels) / frame.scale, to.y() - from.y());
        const QRectF bounds = QRectF(QPointF(0, 0), head).normalized().adjusted(-20, -60, 20, 60);
        QPixmap pixmap((bounds.size() * frame.scale).toSize());
        pixmap.setDevicePixelRatio(frame.scale);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(-bounds.topLeft());
        paintArrow(&p, QPointF(0, 0), head, sameLane, pen);
        p.end();
        if (m_arrows.size() > MaxCachedArrows)
            m_arrows.clear();
        it = m_arrows.emplace(key, CachedArrow{pixmap, bounds.topLeft()}).first;
    }
    painter->drawPixmap(from + it->second.offset, it->second.pixmap);
}

void TimelineEventsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_scene->eventCount() == 0)
        return;
    const QRectF exposed = option->exposedRect.isEmpty() ? m_rect : option->exposedRect;
    Frame frame;
    frame.left = exposed.left();
    frame.right = exposed.right();
    frame.top = exposed.top();
    frame.bottom = exposed.bottom();
    const qreal reach = kHalf + kMargin;
    frame.tLeft = m_scene->timeForX(frame.left - reach);
    frame.tRight = m_scene->timeForX(frame.right + reach);
    const QTransform transform = painter->worldTransform();
    frame.scale = std::max<qreal>(1e-6, std::abs(transform.m11()));
    // Cached badges: on raster devices without rotation; shapes elsewhere (SVG).
    frame.pixmaps = painter->paintEngine() &&
                    painter->paintEngine()->type() == QPaintEngine::Raster &&
                    transform.type() <= QTransform::TxScale &&
                    qFuzzyCompare(std::abs(transform.m11()), std::abs(transform.m22()));
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    Frame pixmapFrame = frame;
    pixmapFrame.scale = frame.scale * dpr;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    paintArrows(painter, pixmapFrame);
    paintLayers(painter, pixmapFrame);
    painter->restore();
}
