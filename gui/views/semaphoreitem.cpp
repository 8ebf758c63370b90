#include "semaphoreitem.h"

#include "canvasstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace {
constexpr qreal kWidth = 330;
constexpr qreal kHeight = 150;
} // namespace

SemaphoreItem::SemaphoreItem(const QString &objId, QGraphicsItem *parent)
    : ObjectItem(objId, parent)
{}

void SemaphoreItem::setValue(qint64 value)
{
    m_value = value;
    update();
}

void SemaphoreItem::setWaiters(const QStringList &labels, const QList<QColor> &colors)
{
    m_waiters = labels;
    m_colors = colors;
    update();
}

QSizeF SemaphoreItem::size() const
{
    return QSizeF(kWidth, kHeight);
}

void SemaphoreItem::paintBody(QPainter *painter, const QRectF &body)
{
    using namespace CanvasStyle;
    const qreal d = std::min<qreal>(body.height(), 76);
    const QRectF disc(body.left(), body.top() + (body.height() - d) / 2, d, d);
    // Green when a sem_wait() would pass, red when it would block.
    painter->setPen(QPen(ink(), lineWidth()));
    painter->setBrush(m_value > 0 ? passFill() : blockFill());
    painter->drawEllipse(disc);
    QFont big = titleFont();
    big.setPixelSize(34);
    painter->setFont(big);
    painter->setPen(ink());
    painter->drawText(disc, Qt::AlignCenter, QString::number(m_value));

    const qreal x = disc.right() + 12;
    const qreal w = body.right() - x;
    painter->setFont(smallFont());
    const QFontMetricsF sm(smallFont());
    painter->setPen(mutedInk());
    painter->drawText(QRectF(x, body.top(), w, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      m_waiters.isEmpty()
                          ? QCoreApplication::translate("SemaphoreItem", "nobody waiting")
                          : QCoreApplication::translate("SemaphoreItem", "waiting in sem_wait():"));
    qreal cx = x;
    qreal cy = body.top() + sm.height() + 4;
    for (int i = 0; i < m_waiters.size(); ++i) {
        const qreal chipWidth = sm.horizontalAdvance(m_waiters[i]) + 16;
        if (cx + chipWidth > body.right() && cx > x) {
            cx = x;
            cy += sm.height() + 10;
        }
        if (cy + sm.height() + 6 > body.bottom() + 8)
            break;
        const QRectF chip(cx, cy, chipWidth, sm.height() + 6);
        painter->setPen(Qt::NoPen);
        painter->setBrush(i < m_colors.size() ? m_colors[i] : QColor(Qt::gray));
        painter->drawRoundedRect(chip, 6, 6);
        painter->setPen(inkOn(painter->brush().color()));
        painter->drawText(chip, Qt::AlignCenter, m_waiters[i]);
        cx += chipWidth + 6;
    }
}
