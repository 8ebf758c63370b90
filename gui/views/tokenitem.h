#pragma once

#include <QColor>
#include <QGraphicsObject>
#include <QPainterPath>

class QVariantAnimation;

/// A moving chip of data (what a write() put into a pipe, what a read() took
/// out), travelling along a curve from one anchor to another and removing itself
/// when it arrives. Its colour is the writing process's.
class TokenItem : public QGraphicsObject {
    Q_OBJECT
public:
    TokenItem(const QString &text, const QColor &color, QGraphicsItem *parent = nullptr);

    /// Starts the trip from @p from to @p to (scene coordinates) lasting
    /// @p durationMs; the item deletes itself at the end.
    void travel(const QPointF &from, const QPointF &to, int durationMs);
    /// Where the trip goes, for tests.
    QPainterPath route() const { return m_route; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    QColor m_color;
    QRectF m_rect;
    QPainterPath m_route;
};
