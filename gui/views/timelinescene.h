#pragma once

#include "core/event.h"
#include "processpalette.h"

#include <QGraphicsScene>
#include <QHash>

class QGraphicsLineItem;
class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class TimelineGlyphItem;

/// The run on a time axis: one lane per process (in order of appearance), each
/// event a glyph at its time, blocking calls as bars from begin to end, and arrows
/// for what connects lanes: data (a write to the read that returned its bytes),
/// signals (send to delivery) and forks (parent to child). A vertical line marks
/// the time cursor.
///
/// Like CanvasScene it needs no view: setEvents() then render() works headlessly.
/// Events are appended incrementally during a live run; indexes are positions in
/// the run's event list (RunModel::events()).
class TimelineScene : public QGraphicsScene {
    Q_OBJECT
public:
    struct Arrow {
        enum class Kind { Data, Signal, Fork };
        int from = -1; // event index of the write / send / fork
        int to = -1;   // event index of the read / delivery / child's start
        Kind kind = Kind::Data;
    };

    static constexpr qreal kLaneHeight = 64;
    static constexpr qreal kLabelWidth = 170;
    static constexpr qreal kAxisHeight = 36;

    explicit TimelineScene(QObject *parent = nullptr);
    ~TimelineScene() override;

    /// Shared colours (not owned); nullptr = the scene's own palette.
    void setPalette(ProcessPalette *palette);
    using QGraphicsScene::setPalette; // the widget palette stays reachable

    void clearRun();
    /// Replaces everything with @p events (indexes 0..n-1).
    void setEvents(const EventList &events);
    /// Adds events after those already shown (their indexes continue).
    void appendEvents(const EventList &events);
    int eventCount() const { return static_cast<int>(m_events.size()); }

    /// Horizontal scale; everything is re-placed.
    void setPixelsPerMs(qreal pixelsPerMs);
    qreal pixelsPerMs() const { return m_pxPerMs; }
    /// Duration covered by the events, in ns.
    qint64 duration() const { return m_maxT; }
    qreal xForTime(qint64 ns) const;

    /// The event the cursor is on (-1: before the first).
    void setCursorIndex(int index);
    int cursorIndex() const { return m_cursor; }
    qreal cursorX() const;

    QStringList lanes() const { return m_lanes; }
    /// Centre y of a lane, -1 when unknown.
    qreal laneY(const QString &label) const;
    QList<Arrow> arrows() const { return m_arrows; }
    TimelineGlyphItem *glyph(int eventIndex) const;

    void selectEvent(int index);
    void selectProcess(const QString &label);

Q_SIGNALS:
    void eventActivated(int index);
    void processActivated(const QString &label);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    struct Glyph {
        TimelineGlyphItem *item = nullptr;
        qint64 t = 0;
        qint64 spanStart = -1; // t of the begin event when this is an end
        int lane = 0;
    };
    struct ArrowItem {
        Arrow arrow;
        QGraphicsPathItem *item = nullptr;
    };

    ProcessPalette &processPalette();
    int laneFor(const Event &event);
    void addEvent(int index, const Event &event);
    void addArrow(int from, int to, Arrow::Kind kind);
    void placeGlyph(Glyph &glyph);
    void placeArrow(ArrowItem &arrow);
    void updateLanes();
    void updateCursor();
    QString laneLabelOf(const Event &event) const;

    ProcessPalette m_ownPalette;
    ProcessPalette *m_sharedPalette = nullptr;
    EventList m_events;
    QHash<int, Glyph> m_glyphs; // by event index (not every event has one)
    QList<Arrow> m_arrows;
    QList<ArrowItem> m_arrowItems;
    QStringList m_lanes;
    QList<QGraphicsRectItem *> m_laneRects;
    QList<QGraphicsSimpleTextItem *> m_laneTexts;
    QGraphicsLineItem *m_cursorLine = nullptr;
    qreal m_pxPerMs = 0.3;
    qint64 m_maxT = 0;
    int m_cursor = -1;
    int m_currentGlyph = -1;
    bool m_selecting = false;

    // Matching state, fed as events are appended.
    QHash<qint64, QString> m_labelByPid;
    QHash<QString, int> m_openBegin;                         // "label|kind" -> begin index
    QHash<QString, QList<QPair<int, qint64>>> m_pendingData; // obj -> (write index, bytes left)
    QHash<QString, int> m_lastMemoryWrite;                   // obj -> index
    QHash<QString, QList<int>> m_pendingSignals;             // "pid|SIG" -> send indexes
    QHash<qint64, int> m_pendingForks;                       // child pid -> fork index
};
