#pragma once

#include <QGraphicsObject>

/// Base of every IPC object on the canvas (pipe, FIFO, shared memory segment,
/// mapped file, semaphore): a framed box with the logical id ("pipe#1"), the real
/// kernel name or path, and a body that each kind draws itself. Subclasses say
/// where data enters and leaves so that tokens and holder links attach there.
class ObjectItem : public QGraphicsObject {
    Q_OBJECT
public:
    ObjectItem(const QString &objId, QGraphicsItem *parent = nullptr);

    QString objId() const { return m_objId; }

    /// First line: what it is ("pipe#1", "FIFO", "shared memory /AOS").
    void setTitle(const QString &title);
    /// Second line: the real name or path in the kernel, or a short status.
    void setSubtitle(const QString &subtitle);
    /// Gone from the system (unlinked and closed): drawn faded, dashed.
    void setGone(bool gone);

    virtual QSizeF size() const = 0;
    /// Scene points where data goes in (writers) and comes out (readers).
    virtual QPointF inAnchor() const;
    virtual QPointF outAnchor() const;
    /// Where the dashed links from holders end, on the box's outline so they stay
    /// visible: on the top side (writers left, readers right), or on the left side
    /// (writers above, readers below) when the object stands beside the tree.
    QPointF writerLinkAnchor(bool fromLeft) const;
    QPointF readerLinkAnchor(bool fromLeft) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    enum { Type = UserType + 2 };
    int type() const override { return Type; }

protected:
    /// Draws the kind-specific part inside @p body (item coordinates).
    virtual void paintBody(QPainter *painter, const QRectF &body) = 0;
    static constexpr qreal kHeaderHeight = 56;

private:
    QString m_objId;
    QString m_title;
    QString m_subtitle;
    bool m_gone = false;
};
