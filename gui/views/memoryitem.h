#pragma once

#include "objectitem.h"

#include <QByteArray>

/// A shared memory segment or a memory-mapped file: a strip of its first bytes,
/// each shown in hex over its character, with the bytes changed by the latest
/// write highlighted, and the processes that have it mapped.
class MemoryItem : public ObjectItem {
    Q_OBJECT
public:
    explicit MemoryItem(const QString &objId, QGraphicsItem *parent = nullptr);

    /// Bytes per row and rows of the strip: at most bytesShown() bytes are drawn.
    static constexpr int kColumns = 16;
    static constexpr int kRows = 2;
    static int bytesShown() { return kColumns * kRows; }

    /// @p size is the object's size; @p bytes what is known of its content from
    /// offset 0; @p changed lists offsets touched by the latest write.
    void setContent(qint64 size, const QByteArray &bytes, const QList<qint64> &changed);
    void setMappers(const QStringList &labels);

    QByteArray content() const { return m_bytes; }
    QList<qint64> changed() const { return m_changed; }

    QSizeF size() const override;
    /// Rows of the strip actually drawn (1 or kRows), from the object's size.
    int rows() const;
    QPointF inAnchor() const override;
    QPointF outAnchor() const override;

protected:
    void paintBody(QPainter *painter, const QRectF &body) override;

private:
    qint64 m_size = 0;
    QByteArray m_bytes;
    QList<qint64> m_changed;
    QStringList m_mappers;
};
