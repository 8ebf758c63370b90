#include "treelayout.h"

#include <QSet>

#include <algorithm>
#include <functional>

TreeLayout::TreeLayout(qreal horizontalGap, qreal verticalGap)
    : m_hgap(horizontalGap), m_vgap(verticalGap)
{}

QHash<QString, QPointF> TreeLayout::compute(const QVector<Node> &nodes) const
{
    QHash<QString, int> indexOf;
    for (int i = 0; i < nodes.size(); ++i)
        indexOf.insert(nodes[i].id, i);

    // A node is a root if its parent is unknown or if it lies on a parent loop (a
    // malformed trace must not make the layout recurse forever); breaking the loop
    // there keeps every other node under its own parent.
    auto onLoop = [&](int i) {
        QSet<int> seen;
        for (int q = indexOf.value(nodes[i].parent, -1); q >= 0;
             q = indexOf.value(nodes[q].parent, -1)) {
            if (q == i)
                return true;
            if (seen.contains(q))
                return false; // leads into a loop it is not part of
            seen.insert(q);
        }
        return false;
    };
    QVector<QVector<int>> children(nodes.size());
    QVector<int> roots;
    for (int i = 0; i < nodes.size(); ++i) {
        const int p = indexOf.value(nodes[i].parent, -1);
        if (p < 0 || onLoop(i))
            roots.append(i);
        else
            children[p].append(i);
    }

    // Depth of each level decides its y; a level is as tall as its tallest node.
    QVector<int> depth(nodes.size(), 0);
    QVector<qreal> levelHeight;
    std::function<void(int, int)> measureDepth = [&](int n, int d) {
        depth[n] = d;
        if (levelHeight.size() <= d)
            levelHeight.resize(d + 1, 0);
        levelHeight[d] = std::max(levelHeight[d], nodes[n].size.height());
        for (int c : children[n])
            measureDepth(c, d + 1);
    };
    for (int r : roots)
        measureDepth(r, 0);
    QVector<qreal> levelY(levelHeight.size(), 0);
    for (int d = 1; d < levelHeight.size(); ++d)
        levelY[d] = levelY[d - 1] + levelHeight[d - 1] + m_vgap;

    QVector<qreal> bandWidth(nodes.size(), 0);
    std::function<qreal(int)> measureWidth = [&](int n) {
        qreal sum = 0;
        for (int c : children[n])
            sum += measureWidth(c);
        if (!children[n].isEmpty())
            sum += m_hgap * static_cast<qreal>(children[n].size() - 1);
        bandWidth[n] = std::max(nodes[n].size.width(), sum);
        return bandWidth[n];
    };

    QHash<QString, QPointF> result;
    std::function<void(int, qreal)> place = [&](int n, qreal left) {
        const qreal band = bandWidth[n];
        qreal childrenWidth = 0;
        for (int c : children[n])
            childrenWidth += bandWidth[c];
        if (!children[n].isEmpty())
            childrenWidth += m_hgap * static_cast<qreal>(children[n].size() - 1);
        qreal x = left + (band - childrenWidth) / 2;
        for (int c : children[n]) {
            place(c, x);
            x += bandWidth[c] + m_hgap;
        }
        const qreal w = nodes[n].size.width();
        result.insert(nodes[n].id, QPointF(left + (band - w) / 2, levelY[depth[n]]));
    };

    qreal left = 0;
    for (int r : roots) {
        measureWidth(r);
        place(r, left);
        left += bandWidth[r] + m_hgap;
    }
    return result;
}
