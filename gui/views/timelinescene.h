#pragma once

#include "core/event.h"
#include "processpalette.h"
#include "timelineindex.h"

#include <QGraphicsScene>
#include <optional>

class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class TimelineEventsItem;

/// The run on a time axis: one lane per process (in order of appearance), each
/// event a glyph at its time, blocking calls as bars from begin to end, and arrows
/// for what connects lanes: data (a write to the read that returned its bytes),
/// signals (send to delivery) and forks (parent to child). A vertical line marks
/// the time cursor.
///
/// Glyphs and arrows are not items: a TimelineIndex holds them, and one item
/// paints those in the exposed part of the scene (at most one glyph per pixel
/// column and lane where they crowd), so a run of a million events draws as fast
/// as a short one. Like CanvasScene it needs no view: setEvents() then render()
/// works headlessly. In the app the scene follows the run model's event list
/// (followEvents()) instead of copying it. Indexes are positions in that list.
class TimelineScene : public QGraphicsScene {
    Q_OBJECT
public:
    using Arrow = TimelineIndex::Arrow;

    /// Where an event's glyph is drawn (scene coordinates), for tests and tools.
    struct GlyphInfo {
        QPointF pos;          // centre of the badge
        QString code;         // the letter on it
        qreal span = 0;       // length of the blocked-call bar left of it (px), 0 for none
        bool visible = false; // false for the begin of a finished call (its end shows the bar)
        bool prominent = false;
    };

    static constexpr qreal kLaneHeight = 64;
    static constexpr qreal kLabelWidth = 170;
    static constexpr qreal kAxisHeight = 36;
    static constexpr qreal kGlyphSize = 26;

    explicit TimelineScene(QObject *parent = nullptr);
    ~TimelineScene() override;

    /// Shared colours (not owned); nullptr = the scene's own palette.
    void setPalette(ProcessPalette *palette);
    using QGraphicsScene::setPalette; // the widget palette stays reachable
    ProcessPalette &processPalette();

    void clearRun();
    /// Replaces everything with @p events (indexes 0..n-1). When @p events is the
    /// list the scene follows, it is indexed again, not copied.
    void setEvents(const EventList &events);
    /// Adds events after those already shown (their indexes continue). Only for a
    /// scene that holds its own events (not one that follows a list).
    void appendEvents(const EventList &events);
    /// Shows the events of a list that lives elsewhere and only grows (the run
    /// model's), without a copy: call showAppended() after events were added to it.
    void followEvents(const EventList *events);
    /// Indexes what was appended to the followed list since the last call.
    void showAppended();
    int eventCount() const { return m_index.eventCount(); }
    /// The events shown (the followed list, or the scene's own).
    const EventList &events() const { return m_source ? *m_source : m_own; }
    const TimelineIndex &index() const { return m_index; }

    /// Horizontal scale; everything follows at the next paint.
    void setPixelsPerMs(qreal pixelsPerMs);
    qreal pixelsPerMs() const { return m_pxPerMs; }
    /// Duration covered by the events, in ns.
    qint64 duration() const { return m_index.maxTime(); }
    qreal xForTime(qint64 ns) const;
    /// The time at scene x (inverse of xForTime()).
    qint64 timeForX(qreal x) const;

    /// The event the cursor is on (-1: before the first).
    void setCursorIndex(int index);
    int cursorIndex() const { return m_cursor; }
    qreal cursorX() const;

    QStringList lanes() const { return m_index.lanes(); }
    /// Centre y of a lane, -1 when unknown.
    qreal laneY(const QString &label) const;
    qreal laneCenterY(int lane) const;
    QList<Arrow> arrows() const { return m_index.arrows(); }
    /// The glyph of an event; nothing when the event has none.
    std::optional<GlyphInfo> glyph(int eventIndex) const;
    /// The event whose glyph (or bar) is drawn on top at @p scenePos; -1 when none.
    int eventAt(const QPointF &scenePos) const;
    /// What a blocked-call bar says, for the end event of the call ("in read()").
    QString spanCaption(int eventIndex) const;

    void selectEvent(int index);
    int selectedEvent() const { return m_selected; }
    void selectProcess(const QString &label);

Q_SIGNALS:
    void eventActivated(int index);
    void processActivated(const QString &label);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void indexUpTo(int count);
    void updateLanes();
    void updateCursor();

    ProcessPalette m_ownPalette;
    ProcessPalette *m_sharedPalette = nullptr;
    const EventList *m_source = nullptr; // followed list, not owned
    EventList m_own;
    TimelineIndex m_index;
    TimelineEventsItem *m_eventsItem = nullptr;
    QList<QGraphicsRectItem *> m_laneRects;
    QList<QGraphicsSimpleTextItem *> m_laneTexts;
    QGraphicsLineItem *m_cursorLine = nullptr;
    qreal m_pxPerMs = 0.3;
    int m_cursor = -1;
    int m_selected = -1;
};
