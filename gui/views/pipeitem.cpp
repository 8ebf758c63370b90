#include "pipeitem.h"

#include "canvasstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace {
constexpr qreal kWidth = 330;
constexpr qreal kHeight = 172;
constexpr qreal kTubeTop = 60;
constexpr qreal kTubeHeight = 44;
} // namespace

PipeItem::PipeItem(const QString &objId, QGraphicsItem *parent) : ObjectItem(objId, parent) {}

void PipeItem::setFill(qint64 bytes, qint64 capacity)
{
    m_bytes = std::max<qint64>(0, bytes);
    m_capacity = std::max<qint64>(1, capacity);
    update();
}

void PipeItem::setPreview(const QString &text)
{
    m_preview = text;
    update();
}

void PipeItem::setEnds(const QStringList &writers, const QStringList &readers)
{
    m_writers = writers;
    m_readers = readers;
    update();
}

qreal PipeItem::fillFraction() const
{
    if (m_bytes <= 0)
        return 0;
    // A few bytes in a 64 KiB pipe would be invisible: show at least a sliver.
    return std::clamp(static_cast<qreal>(m_bytes) / static_cast<qreal>(m_capacity), 0.06, 1.0);
}

QSizeF PipeItem::size() const
{
    return QSizeF(kWidth, kHeight);
}

QRectF PipeItem::tubeRect() const
{
    return QRectF(10, kTubeTop, kWidth - 20, kTubeHeight);
}

QPointF PipeItem::inAnchor() const
{
    const QRectF t = tubeRect();
    return mapToScene(QPointF(t.left(), t.center().y()));
}

QPointF PipeItem::outAnchor() const
{
    const QRectF t = tubeRect();
    return mapToScene(QPointF(t.right(), t.center().y()));
}

void PipeItem::paintBody(QPainter *painter, const QRectF &)
{
    using namespace CanvasStyle;
    const QRectF tube = tubeRect();
    painter->setPen(QPen(ink(), lineWidth()));
    painter->setBrush(cellFill());
    painter->drawRoundedRect(tube, tube.height() / 2, tube.height() / 2);

    // Bytes queue up at the read end (right) like water in a tube.
    if (m_bytes > 0) {
        const qreal w = tube.width() * fillFraction();
        const QRectF fill(tube.right() - w, tube.top(), w, tube.height());
        QPainterPath tubePath;
        tubePath.addRoundedRect(tube.adjusted(2, 2, -2, -2), tube.height() / 2, tube.height() / 2);
        QPainterPath fillPath;
        fillPath.addRect(fill);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fluid());
        painter->drawPath(tubePath.intersected(fillPath));
    }
    painter->setFont(monoFont());
    painter->setPen(ink());
    const QFontMetricsF mm(monoFont());
    QString shown = m_preview;
    shown.replace(QLatin1Char('\n'), QStringLiteral("⏎"));
    painter->drawText(tube.adjusted(16, 0, -16, 0), Qt::AlignCenter,
                      mm.elidedText(shown, Qt::ElideLeft, tube.width() - 32));

    painter->setFont(smallFont());
    const QFontMetricsF sm(smallFont());
    const qreal y = tube.bottom() + 4;
    const qreal half = tube.width() / 2 - 4;
    const QString bytesText =
        QCoreApplication::translate("PipeItem", "%n byte(s) in flight", nullptr, int(m_bytes));
    painter->setPen(mutedInk());
    painter->drawText(QRectF(tube.left(), y, tube.width(), sm.height()), Qt::AlignCenter,
                      bytesText);
    const QString none = QCoreApplication::translate("PipeItem", "nobody");
    const QString w = QCoreApplication::translate("PipeItem", "write: %1")
                          .arg(m_writers.isEmpty() ? none : m_writers.join(QStringLiteral(", ")));
    const QString r = QCoreApplication::translate("PipeItem", "read: %1")
                          .arg(m_readers.isEmpty() ? none : m_readers.join(QStringLiteral(", ")));
    painter->setPen(ink());
    painter->drawText(QRectF(tube.left(), y + sm.height(), half, sm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, sm.elidedText(w, Qt::ElideRight, half));
    painter->drawText(QRectF(tube.center().x() + 4, y + sm.height(), half, sm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, sm.elidedText(r, Qt::ElideRight, half));
}
