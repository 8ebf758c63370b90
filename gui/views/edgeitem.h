#pragma once

#include <QGraphicsPathItem>

/// A connection drawn on the canvas: a parent → child edge of the process tree
/// (solid; dashed when the child is an orphan adopted by the engine), or a link
/// from a process to an object it holds open or mapped (thin, in the process's
/// colour, with a short caption such as "write end").
class EdgeItem : public QGraphicsPathItem {
public:
    enum class Kind { Tree, Adopted, Holder };

    EdgeItem(Kind kind, const QString &from, const QString &to, QGraphicsItem *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString from() const { return m_from; }
    QString to() const { return m_to; }

    /// Routes the edge between two scene points: a smooth S-curve leaving and
    /// arriving vertically, or horizontally.
    void route(const QPointF &start, const QPointF &end, const QColor &color,
               const QString &caption = {}, Qt::Orientation orientation = Qt::Vertical);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    enum { Type = UserType + 3 };
    int type() const override { return Type; }

private:
    Kind m_kind;
    QString m_from;
    QString m_to;
    QString m_caption;
    QPointF m_captionAt;
};
