#pragma once

#include "timelineindex.h"

#include <QGraphicsItem>
#include <QHash>
#include <QPixmap>
#include <map>
#include <tuple>

class TimelineScene;

/// Paints the events of a TimelineScene: every glyph (a badge with a one-letter
/// code in its family's colour: W write, R read, F fork, …; the end of a blocking
/// call also draws the bar of the time spent inside it) and every arrow between
/// lanes, in the exposed part of the scene only, found through the scene's
/// TimelineIndex. Where glyphs crowd (a million events across a window), each lane
/// shows the topmost glyph of each pixel column, which is what one item per event
/// would have shown; arrows likewise. Badges are drawn from cached pixmaps on
/// raster devices and as shapes elsewhere (SVG export).
class TimelineEventsItem : public QGraphicsItem {
public:
    explicit TimelineEventsItem(const TimelineScene *scene);

    /// The area to paint (the scene's rect).
    void setRect(const QRectF &rect);
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// One badge centred on the origin, with its bar reaching @p span to the left.
    static void paintGlyph(QPainter *painter, const QString &code, const QColor &color,
                           bool emphasised, qreal span, const QString &caption);

private:
    struct Frame;
    void paintArrows(QPainter *painter, const Frame &frame);
    void paintArrowAt(QPainter *painter, const Frame &frame, const QPointF &from, const QPointF &to,
                      bool sameLane, const QPen &pen, TimelineIndex::Arrow::Kind kind);
    void paintLayers(QPainter *painter, const Frame &frame);
    void paintOne(QPainter *painter, const Frame &frame, int glyphId, bool emphasised);
    const QPixmap &badge(int style, bool emphasised, qreal scale);

    const TimelineScene *m_scene;
    QRectF m_rect;
    QHash<quint64, QPixmap> m_badges; // by style, emphasis and scale
    struct CachedArrow {
        QPixmap pixmap;
        QPointF offset; // of the pixmap's corner from the arrow's tail
    };
    using ArrowKey = std::tuple<QRgb, long, qint64, long, int, bool>; // colour, scale,
                                                                      // dx, dy, kind, one lane
    static constexpr size_t MaxCachedArrows = 512;
    std::map<ArrowKey, CachedArrow> m_arrows;
};
