#include "processitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {
constexpr qreal kWidth = 250;
constexpr qreal kHeight = 118;
constexpr qreal kStripe = 12;
} // namespace

ProcessItem::ProcessItem(const QString &label, QGraphicsItem *parent) : QGraphicsObject(parent)
{
    m_card.label = label;
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(2);
    // Drawn once per state into a pixmap: hundreds of cards repaint from it.
    setCacheMode(DeviceCoordinateCache);
}

QSizeF ProcessItem::cardSize()
{
    return QSizeF(kWidth, kHeight);
}

void ProcessItem::setCard(const Card &card)
{
    // The card is cached as a picture: draw it again only when it or the style changed.
    if (card == m_card && m_scheme == CanvasStyle::scheme() && m_scale == CanvasStyle::scale())
        return;
    m_scheme = CanvasStyle::scheme();
    m_scale = CanvasStyle::scale();
    m_card = card;
    setToolTip(QCoreApplication::translate("ProcessItem", "%1 (PID %2): %3")
                   .arg(card.label)
                   .arg(card.pid)
                   .arg(card.stateText));
    update();
}

QPointF ProcessItem::topAnchor() const
{
    return mapToScene(QPointF(kWidth / 2, 0));
}

QPointF ProcessItem::bottomAnchor() const
{
    return mapToScene(QPointF(kWidth / 2, kHeight));
}

QPointF ProcessItem::rightAnchor() const
{
    return mapToScene(QPointF(kWidth, kHeight / 2));
}

QPointF ProcessItem::centerAnchor() const
{
    return mapToScene(QPointF(kWidth / 2, kHeight / 2));
}

QRectF ProcessItem::boundingRect() const
{
    const qreal m = CanvasStyle::lineWidth() * 2;
    return QRectF(-m, -m, kWidth + 2 * m, kHeight + 2 * m);
}

QPainterPath ProcessItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(QRectF(0, 0, kWidth, kHeight), CanvasStyle::kRadius, CanvasStyle::kRadius);
    return path;
}

void ProcessItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    using namespace CanvasStyle;
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card(0, 0, kWidth, kHeight);
    const bool gone = m_card.tone == Tone::Reaped;
    const QColor accent = m_card.tone == Tone::Engine ? toneColor(Tone::Engine) : m_card.color;

    // A reaped process is a ghost: still in the tree for context, visibly gone.
    painter->setOpacity(gone ? 0.55 : 1.0);
    QPen border(isSelected() ? highlight().darker(130) : accent,
                isSelected() ? lineWidth() * 2 : lineWidth());
    if (gone)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(objectFill());
    painter->drawRoundedRect(card, kRadius, kRadius);

    // Colour stripe on the left identifies the process in every view.
    QPainterPath stripe;
    stripe.addRoundedRect(QRectF(0, 0, kStripe * 2, kHeight), kRadius, kRadius);
    QPainterPath clip;
    clip.addRect(QRectF(0, 0, kStripe, kHeight));
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawPath(stripe.intersected(clip));

    const qreal x = kStripe + 10;
    const qreal textWidth = kWidth - x - 10;
    const QFontMetricsF titleMetrics(titleFont());
    // Hundreds of cards fitted in the view are too small to read: colours only then.
    const bool legible =
        option->levelOfDetailFromTransform(painter->worldTransform()) * titleMetrics.height() >= 4;
    painter->setPen(ink());
    painter->setFont(titleFont());
    if (legible)
        painter->drawText(QRectF(x, 6, textWidth, titleMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          titleMetrics.elidedText(m_card.label, Qt::ElideRight, textWidth));

    painter->setFont(bodyFont());
    const QFontMetricsF bodyMetrics(bodyFont());
    QString second = m_card.pid > 0
                         ? QCoreApplication::translate("ProcessItem", "PID %1").arg(m_card.pid)
                         : QString();
    if (!m_card.program.isEmpty())
        second =
            second.isEmpty()
                ? m_card.program
                : QCoreApplication::translate("ProcessItem", "%1 · %2").arg(second, m_card.program);
    painter->setPen(mutedInk());
    if (legible)
        painter->drawText(QRectF(x, 38, textWidth, bodyMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          bodyMetrics.elidedText(second, Qt::ElideRight, textWidth));

    // The state badge: colour and words together, never colour alone.
    const QFontMetricsF badgeMetrics(smallFont());
    const QRectF badge(x, kHeight - 12 - badgeMetrics.height() - 8, textWidth,
                       badgeMetrics.height() + 8);
    painter->setPen(Qt::NoPen);
    painter->setBrush(toneColor(m_card.tone));
    painter->drawRoundedRect(badge, 6, 6);
    QFont badgeFont = smallFont();
    badgeFont.setBold(true);
    painter->setFont(badgeFont);
    painter->setPen(toneTextColor(m_card.tone));
    if (legible)
        painter->drawText(badge.adjusted(8, 0, -8, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(badgeFont).elidedText(m_card.stateText, Qt::ElideRight,
                                                              badge.width() - 16));
}
