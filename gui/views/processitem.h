#pragma once

#include "canvasstyle.h"

#include <QGraphicsObject>

/// One process on the canvas: a card with the process's colour, its label, real
/// PID and program name, and a badge giving its state in colour and in words
/// ("blocked in read()", "zombie", "exited (code 0)"). The engine itself is drawn
/// with the same item (tone Engine) as the root that adopts orphans.
class ProcessItem : public QGraphicsObject {
    Q_OBJECT
public:
    /// Everything the card shows; the scene fills it from a RunState.
    struct Card {
        QString label;
        qint64 pid = 0;
        QString program;   // "ipcviz" (interpreter) or the exec'd program
        QString stateText; // translated, e.g. "blocked in read()"
        CanvasStyle::Tone tone = CanvasStyle::Tone::Running;
        QColor color; // from ProcessPalette

        bool operator==(const Card &) const = default;
    };

    explicit ProcessItem(const QString &label, QGraphicsItem *parent = nullptr);

    static QSizeF cardSize();

    QString label() const { return m_card.label; }
    const Card &card() const { return m_card; }
    void setCard(const Card &card);

    /// Where edges attach: middle of the top and bottom sides, in scene coordinates.
    QPointF topAnchor() const;
    QPointF bottomAnchor() const;
    QPointF centerAnchor() const;
    QPointF rightAnchor() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    enum { Type = UserType + 1 };
    int type() const override { return Type; }

private:
    Card m_card;
    // The look the cached picture was drawn in (see setCard()).
    CanvasStyle::Scheme m_scheme = CanvasStyle::scheme();
    qreal m_scale = CanvasStyle::scale();
};
