#include "objectitem.h"

#include "canvasstyle.h"

#include <QFontMetricsF>
#include <QPainter>

ObjectItem::ObjectItem(const QString &objId, QGraphicsItem *parent)
    : QGraphicsObject(parent), m_objId(objId), m_title(objId)
{
    setFlag(ItemIsSelectable);
    setZValue(1);
}

void ObjectItem::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void ObjectItem::setSubtitle(const QString &subtitle)
{
    m_subtitle = subtitle;
    setToolTip(m_subtitle.isEmpty() ? m_title : m_title + QLatin1Char('\n') + m_subtitle);
    update();
}

void ObjectItem::setGone(bool gone)
{
    m_gone = gone;
    update();
}

QPointF ObjectItem::inAnchor() const
{
    return mapToScene(QPointF(0, size().height() / 2));
}

QPointF ObjectItem::outAnchor() const
{
    return mapToScene(QPointF(size().width(), size().height() / 2));
}

QPointF ObjectItem::writerLinkAnchor(bool fromLeft) const
{
    return mapToScene(fromLeft ? QPointF(0, size().height() * 0.3)
                               : QPointF(size().width() * 0.25, 0));
}

QPointF ObjectItem::readerLinkAnchor(bool fromLeft) const
{
    return mapToScene(fromLeft ? QPointF(0, size().height() * 0.7)
                               : QPointF(size().width() * 0.75, 0));
}

QRectF ObjectItem::boundingRect() const
{
    const qreal m = CanvasStyle::lineWidth() * 2;
    return QRectF(QPointF(0, 0), size()).adjusted(-m, -m, m, m);
}

void ObjectItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    using namespace CanvasStyle;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setOpacity(m_gone ? 0.5 : 1.0);
    const QRectF frame(QPointF(0, 0), size());
    QPen pen(isSelected() ? highlight().darker(130) : ink(),
             isSelected() ? lineWidth() * 2 : lineWidth());
    if (m_gone)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(panelFill());
    painter->drawRoundedRect(frame, kRadius / 2, kRadius / 2);

    const qreal w = frame.width() - 20;
    painter->setPen(ink());
    painter->setFont(titleFont());
    const QFontMetricsF tm(titleFont());
    painter->drawText(QRectF(10, 4, w, tm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      tm.elidedText(m_title, Qt::ElideRight, w));
    painter->setFont(smallFont());
    painter->setPen(mutedInk());
    const QFontMetricsF sm(smallFont());
    // Paths are long; the end (the file name) is the informative part.
    painter->drawText(QRectF(10, 4 + tm.height(), w, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      sm.elidedText(m_subtitle, Qt::ElideLeft, w));

    paintBody(painter, frame.adjusted(10, kHeaderHeight, -10, -8));
}
