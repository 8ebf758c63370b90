#include "memoryitem.h"

#include "canvasstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace {
constexpr qreal kCell = 26;
constexpr qreal kWidth = 20 + kCell * MemoryItem::kColumns;
constexpr qreal kRowHeight = 44; // hex line + character line
constexpr qreal kHeaderAndFooter = 56 + 52;

QString printable(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u == 0)
        return QStringLiteral("·");
    if (u == '\n')
        return QStringLiteral("⏎");
    if (u < 0x20 || u >= 0x7f)
        return QStringLiteral("?");
    return QString(QLatin1Char(c));
}
} // namespace

MemoryItem::MemoryItem(const QString &objId, QGraphicsItem *parent) : ObjectItem(objId, parent) {}

static int rowsFor(qint64 size, qsizetype known)
{
    const qint64 shown = std::min<qint64>(std::max<qint64>(size, known), MemoryItem::bytesShown());
    return static_cast<int>(std::clamp<qint64>(
        (shown + MemoryItem::kColumns - 1) / MemoryItem::kColumns, 1, MemoryItem::kRows));
}

int MemoryItem::rows() const
{
    return rowsFor(m_size, m_bytes.size());
}

void MemoryItem::setContent(qint64 size, const QByteArray &bytes, const QList<qint64> &changed)
{
    if (rowsFor(size, bytes.size()) != rows())
        prepareGeometryChange();
    m_size = size;
    m_bytes = bytes;
    m_changed = changed;
    update();
}

void MemoryItem::setMappers(const QStringList &labels)
{
    m_mappers = labels;
    update();
}

QSizeF MemoryItem::size() const
{
    // A small segment gets one row; the layout asks for the size on every state.
    return QSizeF(kWidth, kHeaderAndFooter + kRowHeight * rows());
}

// Writers and readers both reach into the middle of the segment: no direction.
QPointF MemoryItem::inAnchor() const
{
    return mapToScene(QPointF(kWidth / 2, 56));
}

QPointF MemoryItem::outAnchor() const
{
    return inAnchor();
}

void MemoryItem::paintBody(QPainter *painter, const QRectF &body)
{
    using namespace CanvasStyle;
    const QFontMetricsF mm(monoFont());
    const qreal shownBytes = static_cast<qreal>(
        std::min<qint64>(std::max<qint64>(m_size, m_bytes.size()), bytesShown()));
    const int cells = rows() * kColumns;
    for (int i = 0; i < cells; ++i) {
        const int row = i / kColumns;
        const int col = i % kColumns;
        const QRectF cell(body.left() + col * kCell, body.top() + row * kRowHeight, kCell,
                          kRowHeight - 4);
        const bool inside = i < shownBytes;
        const bool known = i < m_bytes.size();
        const bool hot = m_changed.contains(i);
        painter->setPen(QPen(gridLine(), 1));
        painter->setBrush(!inside ? emptyCellFill() : hot ? highlight() : cellFill());
        painter->drawRect(cell);
        if (!inside || !known)
            continue;
        const char c = m_bytes.at(i);
        painter->setPen(hot ? inkOn(highlight()) : mutedInk());
        QFont small = monoFont();
        small.setPixelSize(12);
        painter->setFont(small);
        painter->drawText(
            QRectF(cell.left(), cell.top(), cell.width(), cell.height() / 2), Qt::AlignCenter,
            QStringLiteral("%1").arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0')));
        painter->setFont(monoFont());
        painter->setPen(hot ? inkOn(highlight()) : ink());
        painter->drawText(QRectF(cell.left(), cell.center().y(), cell.width(), cell.height() / 2),
                          Qt::AlignCenter, printable(c));
    }

    painter->setFont(smallFont());
    const QFontMetricsF sm(smallFont());
    const qreal y = body.top() + rows() * kRowHeight + 2;
    QString sizeText =
        QCoreApplication::translate("MemoryItem", "%n byte(s)", nullptr, int(m_size));
    if (m_size > bytesShown())
        sizeText = QCoreApplication::translate("MemoryItem", "%1, first %2 shown")
                       .arg(sizeText)
                       .arg(bytesShown());
    painter->setPen(mutedInk());
    painter->drawText(QRectF(body.left(), y, body.width(), sm.height()), Qt::AlignLeft, sizeText);
    const QString mappers =
        QCoreApplication::translate("MemoryItem", "mapped by: %1")
            .arg(m_mappers.isEmpty() ? QCoreApplication::translate("MemoryItem", "nobody")
                                     : m_mappers.join(QStringLiteral(", ")));
    painter->setPen(ink());
    painter->drawText(QRectF(body.left(), y + sm.height(), body.width(), sm.height()),
                      Qt::AlignLeft, sm.elidedText(mappers, Qt::ElideRight, body.width()));
}
