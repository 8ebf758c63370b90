#pragma once

#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QVector>

/// A deterministic "tidy tree" layout for the process tree: every subtree gets its
/// own horizontal band (wide enough for the subtree's nodes and gaps), children are
/// placed left to right in the order given, and a parent is centred over its
/// children. Because sibling bands never intersect, no two nodes overlap whatever
/// the shape of the tree; the same input always gives the same positions.
class TreeLayout {
public:
    struct Node {
        QString id;
        QString parent; // empty, or an id that is not in the list, for a root
        QSizeF size;
    };

    TreeLayout(qreal horizontalGap, qreal verticalGap);

    /// Top-left position of every node; roots are placed side by side from x = 0.
    /// Nodes whose parent chain loops are treated as roots rather than dropped.
    QHash<QString, QPointF> compute(const QVector<Node> &nodes) const;

private:
    qreal m_hgap;
    qreal m_vgap;
};
