#include "timelineglyphitem.h"

#include "canvasstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

TimelineGlyphItem::TimelineGlyphItem(int eventIndex, const QString &code, const QColor &color,
                                     QGraphicsItem *parent)
    : QGraphicsItem(parent), m_eventIndex(eventIndex), m_code(code), m_color(color)
{
    setFlag(ItemIsSelectable);
    setZValue(3);
}

void TimelineGlyphItem::setSpan(qreal width, const QString &caption)
{
    prepareGeometryChange();
    m_span = std::max<qreal>(0, width);
    m_spanCaption = caption;
}

void TimelineGlyphItem::setCurrent(bool current)
{
    if (m_current == current)
        return;
    m_current = current;
    setZValue(current ? 5 : m_baseZ);
    update();
}

void TimelineGlyphItem::setProminent(bool prominent)
{
    m_baseZ = prominent ? 4 : 3;
    if (!m_current)
        setZValue(m_baseZ);
}

QRectF TimelineGlyphItem::boundingRect() const
{
    const qreal h = kSize / 2 + 4;
    return QRectF(-h - m_span, -h, 2 * h + m_span, 2 * h);
}

void TimelineGlyphItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_span > 1) {
        // Time spent blocked inside the call, ending at this glyph.
        const QRectF bar(-m_span, -6, m_span, 12);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(m_color.red(), m_color.green(), m_color.blue(), 90));
        painter->drawRoundedRect(bar, 5, 5);
        if (!m_spanCaption.isEmpty()) {
            QFont f = CanvasStyle::smallFont();
            f.setPixelSize(12);
            const QFontMetricsF fm(f);
            if (fm.horizontalAdvance(m_spanCaption) + 8 < m_span - kSize / 2) {
                painter->setFont(f);
                painter->setPen(CanvasStyle::ink());
                painter->drawText(
                    QRectF(-m_span + 4, -kSize / 2 - 2, m_span - kSize / 2 - 4, kSize / 2 - 4),
                    Qt::AlignLeft | Qt::AlignBottom, m_spanCaption);
            }
        }
    }
    const QRectF r(-kSize / 2, -kSize / 2, kSize, kSize);
    const bool emphasised = m_current || isSelected();
    painter->setPen(
        QPen(emphasised ? CanvasStyle::ink() : m_color.darker(150), emphasised ? 3 : 1.5));
    painter->setBrush(m_color);
    painter->drawRoundedRect(r, 6, 6);
    QFont f = CanvasStyle::smallFont();
    f.setBold(true);
    f.setPixelSize(14);
    painter->setFont(f);
    painter->setPen(Qt::white);
    painter->drawText(r, Qt::AlignCenter, m_code);
}
