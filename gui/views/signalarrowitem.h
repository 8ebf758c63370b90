#pragma once

#include <QColor>
#include <QGraphicsObject>

/// A signal on its way: an arrow that grows from the sender to the target with the
/// signal's name at its head, then fades and removes itself.
class SignalArrowItem : public QGraphicsObject {
    Q_OBJECT
public:
    SignalArrowItem(const QString &signal, const QColor &color, const QPointF &from,
                    const QPointF &to, QGraphicsItem *parent = nullptr);

    /// Grows over @p durationMs, stays a moment, fades, then deletes itself.
    void start(int durationMs);
    QString signalName() const { return m_signal; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_signal;
    QColor m_color;
    QPointF m_from;
    QPointF m_to;
    qreal m_progress = 0;
};
