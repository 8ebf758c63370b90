#include "edgeitem.h"

#include "canvasstyle.h"

#include <QFontMetricsF>
#include <QPainter>

EdgeItem::EdgeItem(Kind kind, const QString &from, const QString &to, QGraphicsItem *parent)
    : QGraphicsPathItem(parent), m_kind(kind), m_from(from), m_to(to)
{
    setZValue(kind == Kind::Holder ? 0 : 0.5);
}

void EdgeItem::route(const QPointF &start, const QPointF &end, const QColor &color,
                     const QString &caption, Qt::Orientation orientation)
{
    QPainterPath path(start);
    const QPointF bend = orientation == Qt::Vertical ? QPointF(0, (end.y() - start.y()) / 2)
                                                     : QPointF((end.x() - start.x()) / 2, 0);
    path.cubicTo(start + bend, end - bend, end);
    setPath(path);
    QPen pen(color, m_kind == Kind::Holder ? 2.5 : CanvasStyle::lineWidth() + 1);
    pen.setCapStyle(Qt::RoundCap);
    if (m_kind == Kind::Adopted)
        pen.setStyle(Qt::DashLine);
    else if (m_kind == Kind::Holder)
        pen.setDashPattern({4, 3});
    setPen(pen);
    prepareGeometryChange();
    m_caption = caption;
    m_captionAt = path.pointAtPercent(m_kind == Kind::Holder ? 0.75 : 0.5);
}

QRectF EdgeItem::boundingRect() const
{
    QRectF r = QGraphicsPathItem::boundingRect();
    if (!m_caption.isEmpty()) {
        const QFontMetricsF fm(CanvasStyle::smallFont());
        QRectF c(0, 0, fm.horizontalAdvance(m_caption) + 12, fm.height() + 4);
        c.moveCenter(m_captionAt);
        r = r.united(c);
    }
    return r;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QGraphicsPathItem::paint(painter, option, widget);
    if (m_caption.isEmpty())
        return;
    const QFontMetricsF fm(CanvasStyle::smallFont());
    QRectF c(0, 0, fm.horizontalAdvance(m_caption) + 12, fm.height() + 4);
    c.moveCenter(m_captionAt);
    painter->setPen(QPen(pen().color(), 1.5));
    painter->setBrush(CanvasStyle::captionFill());
    painter->drawRoundedRect(c, 5, 5);
    painter->setFont(CanvasStyle::smallFont());
    painter->setPen(CanvasStyle::ink());
    painter->drawText(c, Qt::AlignCenter, m_caption);
}
