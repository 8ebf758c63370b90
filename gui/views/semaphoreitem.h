#pragma once

#include "objectitem.h"

#include <QColor>

/// A named POSIX semaphore: its value in large digits and, beside it, the queue
/// of processes blocked in sem_wait(), each as a chip in the process's colour.
class SemaphoreItem : public ObjectItem {
    Q_OBJECT
public:
    explicit SemaphoreItem(const QString &objId, QGraphicsItem *parent = nullptr);

    void setValue(qint64 value);
    /// Waiters in arrival order, with their palette colours (same length or empty).
    void setWaiters(const QStringList &labels, const QList<QColor> &colors);

    qint64 value() const { return m_value; }
    QStringList waiters() const { return m_waiters; }

    QSizeF size() const override;

protected:
    void paintBody(QPainter *painter, const QRectF &body) override;

private:
    qint64 m_value = 0;
    QStringList m_waiters;
    QList<QColor> m_colors;
};
