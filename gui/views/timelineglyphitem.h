#pragma once

#include <QColor>
#include <QGraphicsItem>

/// One event on a timeline lane: a small badge with a one- or two-letter code
/// (W write, R read, F fork, …) in the colour of its family. When the event is the
/// end of a blocking call, the item also draws the bar of time spent inside it.
class TimelineGlyphItem : public QGraphicsItem {
public:
    TimelineGlyphItem(int eventIndex, const QString &code, const QColor &color,
                      QGraphicsItem *parent = nullptr);

    int eventIndex() const { return m_eventIndex; }
    QString code() const { return m_code; }
    /// Length (px, leftwards from the glyph) of the blocked-call bar; 0 for none.
    void setSpan(qreal width, const QString &caption);
    void setCurrent(bool current);
    /// Data and signal glyphs stay on top of others at the same time (output, close).
    void setProminent(bool prominent);

    static constexpr qreal kSize = 26;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    enum { Type = UserType + 10 };
    int type() const override { return Type; }

private:
    int m_eventIndex;
    QString m_code;
    QColor m_color;
    qreal m_span = 0;
    QString m_spanCaption;
    bool m_current = false;
    qreal m_baseZ = 3;
};
