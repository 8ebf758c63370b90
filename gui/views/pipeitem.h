#pragma once

#include "objectitem.h"

/// A pipe or a FIFO: a tube with its write end on the left and its read end on the
/// right, filled in proportion to the bytes in flight (written, not yet read),
/// with a preview of those bytes inside and who holds each end underneath.
class PipeItem : public ObjectItem {
    Q_OBJECT
public:
    explicit PipeItem(const QString &objId, QGraphicsItem *parent = nullptr);

    /// @p bytes in flight out of @p capacity (the kernel's 64 KiB by default).
    void setFill(qint64 bytes, qint64 capacity);
    /// Text of the bytes in flight (already printable).
    void setPreview(const QString &text);
    /// Labels of the processes holding the write and the read end open.
    void setEnds(const QStringList &writers, const QStringList &readers);

    qint64 bytesInFlight() const { return m_bytes; }
    /// Fill level shown, 0..1 (a non-empty pipe is never drawn empty).
    qreal fillFraction() const;
    QStringList writers() const { return m_writers; }
    QStringList readers() const { return m_readers; }

    QSizeF size() const override;
    QPointF inAnchor() const override;
    QPointF outAnchor() const override;

protected:
    void paintBody(QPainter *painter, const QRectF &body) override;

private:
    QRectF tubeRect() const;

    qint64 m_bytes = 0;
    qint64 m_capacity = 65536;
    QString m_preview;
    QStringList m_writers;
    QStringList m_readers;
};
