#pragma once

#include "core/event.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <utility>
#include <vector>

/// What the timeline shows of a run, indexed so that drawing and hit-testing cost
/// what is on screen rather than what happened: the glyph of each event (lane,
/// time, look), the bar of each finished blocking call, the arrows between lanes
/// (a write to the read that got its bytes, a signal's send to its delivery, a
/// fork to the child's start), and for each lane its glyphs in time order, so the
/// glyphs of a time range are found by binary search. Events are added in stream
/// order (add()); an index is a few tens of bytes per event, with no item per event.
class TimelineIndex {
public:
    struct Arrow {
        enum class Kind { Data, Signal, Fork };
        int from = -1; // event index of the write / send / fork
        int to = -1;   // event index of the read / delivery / child's start
        Kind kind = Kind::Data;
    };

    /// Drawn above the plain glyphs: data and signals, in front of output and closes.
    enum class Layer { Plain, Prominent };

    struct Glyph {
        qint64 t = 0;
        int event = -1;
        int begin = -1; // on the end glyph of a finished call: the glyph of its begin
        quint16 lane = 0;
        quint8 style = 0; // see style()
        bool prominent : 1 = false;
        bool hidden : 1 = false; // the begin of a finished call: its end glyph shows the bar
    };

    /// How a glyph looks: a one-letter code on a badge of its family's colour.
    struct Style {
        QString code;
        QColor color;
    };
    static const Style &style(int id);

    /// The lane of the engine (its own events, and those of unknown PIDs).
    static QString engineLane();

    void clear();
    /// Adds the next event of the run (its index is eventCount()).
    void add(const Event &event);
    int eventCount() const { return static_cast<int>(m_glyphOfEvent.size()); }

    /// Lane labels in order of appearance.
    const QStringList &lanes() const { return m_lanes; }
    int laneOf(const QString &label) const { return m_laneByLabel.value(label, -1); }
    /// Largest t seen (ns).
    qint64 maxTime() const { return m_maxT; }

    /// The glyph of an event; nullptr when it has none.
    const Glyph *glyphOf(int eventIndex) const;
    /// The id of an event's glyph (see glyph()); -1 when it has none.
    int glyphIdOf(int eventIndex) const;
    int glyphCount() const { return static_cast<int>(m_glyphs.size()); }
    const Glyph &glyph(int id) const { return m_glyphs[static_cast<size_t>(id)]; }
    /// Where the bar of a finished call starts (its begin's time); -1 for no bar.
    qint64 spanStart(const Glyph &g) const { return g.begin >= 0 ? glyph(g.begin).t : -1; }

    /// The glyphs of @p lane in @p layer, by time (hidden ones left out).
    const std::vector<int> &laneGlyphs(int lane, Layer layer) const;
    /// Positions in laneGlyphs() of the first glyph at or after @p t, and of the first after it.
    qsizetype lowerBound(int lane, Layer layer, qint64 t) const;
    qsizetype upperBound(int lane, Layer layer, qint64 t) const;
    /// Longest bar of a lane (ns), so a range query can reach the bars ending after it.
    qint64 longestSpan(int lane) const;

    /// Every arrow, in the order found.
    const QList<Arrow> &arrows() const { return m_arrows; }
    /// Arrows of one kind from one lane to another, by the time of their head, so
    /// that those of a time range are found by binary search like glyphs.
    struct ArrowGroup {
        Arrow::Kind kind = Arrow::Kind::Data;
        int fromLane = 0;
        int toLane = 0;
        std::vector<int> arrows; // ids in arrows(), by headTime()
        qint64 longest = 0;      // largest time between an arrow's tail and head
    };
    const std::vector<ArrowGroup> &arrowGroups() const { return m_arrowGroups; }
    /// Time of an arrow's head (its `to` event) and tail (its `from` event).
    qint64 headTime(int arrow) const;
    qint64 tailTime(int arrow) const;
    /// Positions in a group's arrows of the first arrow whose head is at or after @p t.
    qsizetype lowerBound(const ArrowGroup &group, qint64 t) const;
    /// Arrows that may cross the time range [from, to] (a superset; check each one).
    QList<int> arrowsNear(qint64 from, qint64 to) const;
    /// The events whose glyphs are visible in [from, to] on every lane (tests, tools).
    QList<int> eventsBetween(qint64 from, qint64 to) const;

private:
    struct Lane {
        std::vector<int> layers[2];
        qint64 longestSpan = 0;
    };

    QString laneLabelOf(const Event &event) const;
    int laneFor(const Event &event);
    void insertInLane(int id);
    void removeFromLane(int id);
    void addArrow(int from, int to, Arrow::Kind kind);
    int cachedStyleOf(const Event &event);
    ArrowGroup &groupFor(Arrow::Kind kind, int fromLane, int toLane);

    std::vector<Glyph> m_glyphs;
    std::vector<int> m_glyphOfEvent; // by event index; -1: none
    std::vector<Lane> m_laneData;
    QStringList m_lanes;
    QHash<QString, int> m_laneByLabel;
    qint64 m_maxT = 0;

    QList<Arrow> m_arrows;
    std::vector<ArrowGroup> m_arrowGroups;
    int m_recentGroup = -1;

    // Matching state, fed as events are added. Objects and lanes are kept by number:
    // hashing a string for every event would cost more than the rest.
    struct ObjectMatch {
        QString id;
        QList<QPair<int, qint64>> pendingData; // (write event, bytes not read yet)
        int lastMemoryWrite = -1;
    };
    ObjectMatch &objectMatch(const QString &id);

    QHash<qint64, QString> m_labelByPid;
    std::vector<std::vector<QPair<QString, int>>> m_openBegins; // by lane: (kind, begin event)
    std::vector<ObjectMatch> m_objects;
    QHash<QString, int> m_objectByName;
    int m_recentLanes[2] = {-1, -1};
    static constexpr int NoStyleYet = -2;
    std::array<std::pair<QString, int>, 4> m_recentStyles{
        {{{}, NoStyleYet}, {{}, NoStyleYet}, {{}, NoStyleYet}, {{}, NoStyleYet}}}; // (kind, style)
    int m_recentObject = -1;
    QHash<QString, QList<int>> m_pendingSignals; // "pid|SIG" -> send events
    QHash<qint64, int> m_pendingForks;           // child pid -> fork event
};
