#include "signalarrowitem.h"

#include "canvasstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSequentialAnimationGroup>
#include <QVariantAnimation>
#include <QtMath>

SignalArrowItem::SignalArrowItem(const QString &signal, const QColor &color, const QPointF &from,
                                 const QPointF &to, QGraphicsItem *parent)
    : QGraphicsObject(parent), m_signal(signal), m_color(color), m_from(from), m_to(to)
{
    setZValue(11);
}

void SignalArrowItem::start(int durationMs)
{
    auto *group = new QSequentialAnimationGroup(this);
    auto *grow = new QVariantAnimation(group);
    grow->setStartValue(0.0);
    grow->setEndValue(1.0);
    grow->setDuration(std::max(1, durationMs));
    grow->setEasingCurve(QEasingCurve::OutCubic);
    connect(grow, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_progress = v.toReal();
        update();
    });
    group->addAnimation(grow);
    group->addPause(std::max(1, durationMs));
    auto *fade = new QVariantAnimation(group);
    fade->setStartValue(1.0);
    fade->setEndValue(0.0);
    fade->setDuration(std::max(1, durationMs / 2));
    connect(fade, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &v) { setOpacity(v.toReal()); });
    group->addAnimation(fade);
    connect(group, &QAbstractAnimation::finished, this, &QObject::deleteLater);
    group->start();
}

QRectF SignalArrowItem::boundingRect() const
{
    const QFontMetricsF fm(CanvasStyle::titleFont());
    const qreal m = 30 + fm.height();
    return QRectF(m_from, m_to).normalized().adjusted(-m - 160, -m, m + 160, m);
}

void SignalArrowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QPointF head = m_from + (m_to - m_from) * m_progress;
    const QLineF line(m_from, head);
    if (line.length() < 1)
        return;
    QPen pen(m_color, 5, Qt::SolidLine, Qt::RoundCap);
    painter->setPen(pen);
    painter->drawLine(line);

    // Arrow head.
    const qreal angle = qDegreesToRadians(-line.angle());
    const qreal size = 22;
    const QPointF left =
        head - QPointF(std::cos(angle - 0.45) * size, std::sin(angle - 0.45) * size);
    const QPointF right =
        head - QPointF(std::cos(angle + 0.45) * size, std::sin(angle + 0.45) * size);
    painter->setBrush(m_color);
    painter->setPen(Qt::NoPen);
    painter->drawPolygon(QPolygonF({head, left, right}));

    // Signal name on a white label so it stays legible over edges.
    const QFont font = CanvasStyle::titleFont();
    const QFontMetricsF fm(font);
    QRectF label(0, 0, fm.horizontalAdvance(m_signal) + 16, fm.height() + 6);
    label.moveCenter(head + QPointF(0, -fm.height()));
    painter->setBrush(CanvasStyle::captionFill());
    painter->setPen(QPen(m_color, 2));
    painter->drawRoundedRect(label, 6, 6);
    painter->setFont(font);
    painter->setPen(CanvasStyle::readableOn(m_color.darker(130), CanvasStyle::captionFill()));
    painter->drawText(label, Qt::AlignCenter, m_signal);
}
