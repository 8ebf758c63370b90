#pragma once

#include "core/event.h"
#include "models/runstate.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QVector>
#include <future>
#include <vector>

/// One value of a chart series from a given event on: the series is a step
/// function, so a sample holds until the next one.
struct ChartSample {
    qint64 t = 0;   // ns since run start
    int index = -1; // event index that set the value (-1: the run's start)
    double value = 0;

    bool operator==(const ChartSample &) const = default;
};

/// A moment a process blocked in sem_wait (the value it saw was 0).
struct BlockedMoment {
    qint64 t = 0;
    int index = -1;
    QString label;

    bool operator==(const BlockedMoment &) const = default;
};

/// One series of a chart: a key (object id or process label), and its samples in
/// event order, kept only when the value changes.
struct ChartSeriesData {
    QString key;
    QList<ChartSample> samples;

    /// The value at event index (0 before the first sample).
    double valueAt(int index) const;
};

/// The time series the charts draw, computed from a run's events with QtCore only:
/// bytes held in each pipe and FIFO, each semaphore's value and the moments
/// processes blocked on it, how many processes are alive, blocked and zombie, and
/// the bytes each process wrote and read so far. Events are applied through a
/// RunState, so the charts agree with the canvas; samples are kept only on change
/// and decimated for drawing (points()), so a run of any length stays cheap.
///
/// A large append() is worked on in a thread of its own while the caller goes on
/// (a trace of a million events costs the UI thread nothing here); the series
/// accessors wait for it. eventCount(), lastTime(), timeOf() and indexAtTime()
/// are known at once.
class ChartData {
public:
    /// A pipe holds at most this many bytes on Linux (the default pipe size).
    static constexpr qint64 PipeCapacity = 64 * 1024;
    /// Upper bound of points() per series: 4 (first, lowest, highest, last) per
    /// bucket of about 2 pixels of a chart's width.
    static constexpr int DefaultMaxPoints = 1200;

    enum class Count { Alive, Blocked, Zombie };

    ChartData() = default;
    ~ChartData();
    ChartData(const ChartData &) = delete;
    ChartData &operator=(const ChartData &) = delete;

    /// Drops everything and starts a run described by hello.
    void reset(const Event &hello);
    /// Applies the next events of the run (appended in stream order).
    void append(const EventList &events);
    /// reset() then append() of a whole run.
    void setRun(const Event &hello, const EventList &events);

    int eventCount() const { return m_eventCount; }
    /// Time (ns) of the last applied event (0 when none).
    qint64 lastTime() const { return m_lastTime; }
    /// Time (ns) at which event index happened (0 for -1 or out of range).
    qint64 timeOf(int index) const;
    /// The last event index at or before time t (ns); -1 when t precedes them all.
    int indexAtTime(qint64 t) const;

    /// Pipes and FIFOs, in order of appearance: bytes held (at most PipeCapacity).
    const QList<ChartSeriesData> &fillSeries() const { return ready().fill.series; }
    /// Semaphores, in order of appearance: value.
    const QList<ChartSeriesData> &semaphoreSeries() const { return ready().sem.series; }
    /// Moments processes blocked on semaphore obj.
    QList<BlockedMoment> blockedMoments(const QString &obj) const
    {
        return ready().blocked.value(obj);
    }
    const ChartSeriesData &countSeries(Count which) const
    {
        return ready().counts[static_cast<int>(which)];
    }
    /// Processes, in order of appearance: cumulative bytes written / read.
    const QList<ChartSeriesData> &writtenSeries() const { return ready().written.series; }
    const QList<ChartSeriesData> &readSeries() const { return ready().read.series; }

    /// The series as points to draw (x in ms, y the value): a step line ending at
    /// lastTime(), decimated to at most maxPoints points while keeping each time
    /// bucket's extremes (so a short peak, like a full pipe, stays visible).
    QList<QPointF> points(const ChartSeriesData &series, int maxPoints = DefaultMaxPoints) const;
    /// The step line through samples (ends at lastTime), not decimated.
    static QList<QPointF> stepPoints(const QList<ChartSample> &samples, qint64 lastTime);
    /// At most maxPoints of points: per time bucket the first, lowest, highest and
    /// last point, in order.
    static QList<QPointF> decimate(const QList<QPointF> &points, int maxPoints);

private:
    /// Series of one chart, by key and by position of their object or process in
    /// the RunState (positions never change).
    struct SeriesList {
        QList<ChartSeriesData> series;
        QHash<QString, int> byKey;
        std::vector<int> byPosition; // -1: not looked up yet
    };
    static ChartSeriesData &seriesAt(SeriesList &list, qsizetype position, const QString &key);
    static void record(ChartSeriesData &series, const ChartSample &sample);

    /// What the events make, built by one thread at a time.
    struct Series {
        RunState state;
        SeriesList fill;
        SeriesList sem;
        QHash<QString, QList<BlockedMoment>> blocked;
        ChartSeriesData counts[3];
        SeriesList written;
        SeriesList read;

        void apply(const EventList &events, int firstIndex);
        void sample(const Event &event, int index);
    };
    /// The series once every append() so far is worked in.
    const Series &ready() const;

    int m_eventCount = 0;
    qint64 m_lastTime = 0;
    QVector<qint64> m_times; // running maximum of t, so it can be searched
    Series m_series;
    mutable std::future<void> m_work; // a large append() in progress
};
