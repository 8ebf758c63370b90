#include "tokenitem.h"

#include "canvasstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QVariantAnimation>

TokenItem::TokenItem(const QString &text, const QColor &color, QGraphicsItem *parent)
    : QGraphicsObject(parent), m_color(color)
{
    m_text = text;
    m_text.replace(QLatin1Char('\n'), QStringLiteral("⏎"));
    const QFontMetricsF fm(CanvasStyle::monoFont());
    m_text = fm.elidedText(m_text, Qt::ElideRight, 220);
    const qreal w = std::max<qreal>(fm.horizontalAdvance(m_text) + 20, 34);
    const qreal h = fm.height() + 10;
    m_rect = QRectF(-w / 2, -h / 2, w, h);
    setZValue(10);
}

void TokenItem::travel(const QPointF &from, const QPointF &to, int durationMs)
{
    // A gentle arc reads as "flowing" and keeps tokens off the straight edges.
    m_route = QPainterPath(from);
    const QPointF mid = (from + to) / 2;
    const QPointF bend(0, -std::min<qreal>(80, QLineF(from, to).length() / 4));
    m_route.quadTo(mid + bend, to);
    setPos(from);

    auto *animation = new QVariantAnimation(this);
    animation->setStartValue(0.0);
    animation->setEndValue(1.0);
    animation->setDuration(std::max(1, durationMs));
    animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &v) { setPos(m_route.pointAtPercent(v.toReal())); });
    connect(animation, &QVariantAnimation::finished, this, &QObject::deleteLater);
    animation->start();
}

QRectF TokenItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

void TokenItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_color.darker(140), 2));
    painter->setBrush(m_color.lighter(160));
    painter->drawRoundedRect(m_rect, m_rect.height() / 2, m_rect.height() / 2);
    painter->setPen(CanvasStyle::inkOn(m_color.lighter(160)));
    painter->setFont(CanvasStyle::monoFont());
    painter->drawText(m_rect, Qt::AlignCenter, m_text);
}
