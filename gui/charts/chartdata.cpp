#include "chartdata.h"

#include <algorithm>

double ChartSeriesData::valueAt(int index) const
{
    double value = 0;
    for (const ChartSample &sample : samples) {
        if (sample.index > index)
            break;
        value = sample.value;
    }
    return value;
}

namespace {
// Appends of fewer events are worked in at once: a thread costs more than they do.
constexpr qsizetype BackgroundEvents = 1000;
} // namespace

ChartData::~ChartData()
{
    ready();
}

const ChartData::Series &ChartData::ready() const
{
    if (m_work.valid())
        m_work.get();
    return m_series;
}

void ChartData::reset(const Event &hello)
{
    ready();
    m_eventCount = 0;
    m_lastTime = 0;
    m_times.clear();
    m_series = Series();
    m_series.state = RunState(hello);
}

void ChartData::append(const EventList &events)
{
    ready(); // one batch after the other, in order
    const int first = m_eventCount;
    m_times.reserve(m_times.size() + events.size());
    for (const Event &event : events) {
        m_lastTime = std::max(m_lastTime, event.t);
        m_times.append(m_lastTime);
    }
    m_eventCount += static_cast<int>(events.size());
    if (events.size() < BackgroundEvents) {
        m_series.apply(events, first);
        return;
    }
    // The events are shared with the caller, read-only: no copy.
    m_work = std::async(std::launch::async,
                        [series = &m_series, events, first] { series->apply(events, first); });
}

void ChartData::setRun(const Event &hello, const EventList &events)
{
    reset(hello);
    append(events);
}

void ChartData::Series::apply(const EventList &events, int firstIndex)
{
    int index = firstIndex;
    for (const Event &event : events) {
        state.apply(event);
        sample(event, index++);
    }
}

qint64 ChartData::timeOf(int index) const
{
    if (index < 0 || index >= m_times.size())
        return 0;
    return m_times.at(index);
}

int ChartData::indexAtTime(qint64 t) const
{
    const auto it = std::upper_bound(m_times.cbegin(), m_times.cend(), t);
    return static_cast<int>(it - m_times.cbegin()) - 1;
}

void ChartData::record(ChartSeriesData &series, const ChartSample &sample)
{
    if (!series.samples.isEmpty() && series.samples.constLast().value == sample.value)
        return;
    series.samples.append(sample);
}

ChartSeriesData &ChartData::seriesAt(SeriesList &list, qsizetype position, const QString &key)
{
    // Objects and processes keep their position in the state: the key is looked up
    // once per position, not at every event.
    if (position >= static_cast<qsizetype>(list.byPosition.size()))
        list.byPosition.resize(static_cast<size_t>(position) + 1, -1);
    int &series = list.byPosition[static_cast<size_t>(position)];
    if (series < 0) {
        auto it = list.byKey.constFind(key);
        if (it == list.byKey.cend()) {
            it = list.byKey.insert(key, static_cast<int>(list.series.size()));
            list.series.append(ChartSeriesData{key, {}});
        }
        series = *it;
    }
    return list.series[series];
}

void ChartData::Series::sample(const Event &event, int index)
{
    // Every object and process is looked at after each event rather than only the
    // event's own: a close or an exit changes other values, and the lists are short.
    const QList<ObjectState> &objects = state.objects();
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const ObjectState &object = objects.at(i);
        switch (object.kind) {
        case ObjectState::Kind::Pipe:
        case ObjectState::Kind::Fifo:
            // RunState counts a write's bytes from its begin, also those of a writer
            // that then blocks on a full pipe; the kernel never holds more than the
            // pipe's capacity, so neither does the chart.
            record(seriesAt(fill, i, object.id),
                   ChartSample{event.t, index,
                               static_cast<double>(std::min(object.inFlight, PipeCapacity))});
            break;
        case ObjectState::Kind::Sem:
            record(seriesAt(sem, i, object.id),
                   ChartSample{event.t, index, static_cast<double>(object.value)});
            break;
        default:
            break;
        }
    }
    // The value in a sem.wait begin is the one seen just before the call: 0 means
    // the caller is about to sleep in the kernel.
    if (event.kind == QLatin1String("sem.wait") && event.isBegin()) {
        const ObjectState *object = state.object(event.obj);
        const qint64 seen = event.num(QLatin1StringView("value"), object ? object->value : 0);
        if (seen <= 0)
            blocked[event.obj].append(BlockedMoment{event.t, index, event.label});
    }

    int alive = 0;
    int blocked = 0;
    int zombie = 0;
    const QList<ProcessState> &processes = state.processes();
    for (qsizetype i = 0; i < processes.size(); ++i) {
        const ProcessState &process = processes.at(i);
        alive += process.isAlive() ? 1 : 0;
        blocked += process.state == ProcessState::State::Blocked ? 1 : 0;
        zombie += process.state == ProcessState::State::Zombie ? 1 : 0;
        record(seriesAt(written, i, process.label),
               ChartSample{event.t, index, static_cast<double>(process.bytesWritten)});
        record(seriesAt(read, i, process.label),
               ChartSample{event.t, index, static_cast<double>(process.bytesRead)});
    }
    record(counts[static_cast<int>(Count::Alive)], ChartSample{event.t, index, double(alive)});
    record(counts[static_cast<int>(Count::Blocked)], ChartSample{event.t, index, double(blocked)});
    record(counts[static_cast<int>(Count::Zombie)], ChartSample{event.t, index, double(zombie)});
}

namespace {

/// decimate() over a sequence given by its size and an accessor, so that a series
/// of a million samples is decimated without first being copied as points.
template <typename At> QList<QPointF> decimateSequence(qsizetype count, At at, int maxPoints)
{
    constexpr int PerBucket = 4;
    if (count <= maxPoints || maxPoints < PerBucket) {
        QList<QPointF> all;
        const qsizetype n = count <= maxPoints ? count : std::max(maxPoints, 0);
        all.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            all.append(at(i));
        return all;
    }
    const int buckets = maxPoints / PerBucket;
    const double x0 = at(0).x();
    const double width = at(count - 1).x() - x0;
    const auto bucketOf = [&](const QPointF &p) {
        if (width <= 0)
            return 0;
        return std::min(buckets - 1, static_cast<int>((p.x() - x0) / width * buckets));
    };
    QList<QPointF> out;
    out.reserve(maxPoints);
    qsizetype first = 0;
    while (first < count) {
        // The bucket of the point at `first`, and every following point in it.
        const QPointF start = at(first);
        const int bucket = bucketOf(start);
        qsizetype last = first;
        qsizetype low = first;
        qsizetype high = first;
        double lowY = start.y();
        double highY = start.y();
        while (last + 1 < count) {
            const QPointF p = at(last + 1);
            if (bucketOf(p) != bucket)
                break;
            ++last;
            if (p.y() < lowY) {
                low = last;
                lowY = p.y();
            }
            if (p.y() > highY) {
                high = last;
                highY = p.y();
            }
        }
        qsizetype picks[PerBucket] = {first, low, high, last};
        std::sort(std::begin(picks), std::end(picks));
        for (int i = 0; i < PerBucket; ++i) {
            if (i == 0 || picks[i] != picks[i - 1])
                out.append(at(picks[i]));
        }
        first = last + 1;
    }
    return out;
}

constexpr double NsPerMs = 1e6;

} // namespace

QList<QPointF> ChartData::points(const ChartSeriesData &series, int maxPoints) const
{
    // The step line of stepPoints(), point by point: each sample after the first
    // adds the old value at its time, then its own value; then the line runs on
    // to lastTime().
    const QList<ChartSample> &samples = series.samples;
    if (samples.isEmpty())
        return {};
    const auto x = [&samples](qsizetype k) {
        return static_cast<double>(samples.at(k).t) / NsPerMs;
    };
    const qsizetype steps = 2 * samples.size() - 1;
    const double end = static_cast<double>(m_lastTime) / NsPerMs;
    const bool tail = end > x(samples.size() - 1);
    const auto at = [&](qsizetype i) {
        if (i == steps)
            return QPointF(end, samples.constLast().value);
        const qsizetype k = (i + 1) / 2;
        return QPointF(x(k), samples.at(i % 2 ? k - 1 : k).value);
    };
    return decimateSequence(steps + (tail ? 1 : 0), at, maxPoints);
}

QList<QPointF> ChartData::stepPoints(const QList<ChartSample> &samples, qint64 lastTime)
{
    QList<QPointF> points;
    points.reserve(samples.size() * 2 + 1);
    for (const ChartSample &sample : samples) {
        const double x = static_cast<double>(sample.t) / NsPerMs;
        if (!points.isEmpty())
            points.append(QPointF(x, points.constLast().y()));
        points.append(QPointF(x, sample.value));
    }
    if (!points.isEmpty()) {
        const double end = static_cast<double>(lastTime) / NsPerMs;
        if (end > points.constLast().x())
            points.append(QPointF(end, points.constLast().y()));
    }
    return points;
}

QList<QPointF> ChartData::decimate(const QList<QPointF> &points, int maxPoints)
{
    if (points.size() <= maxPoints)
        return points;
    return decimateSequence(
        points.size(), [&points](qsizetype i) { return points.at(i); }, maxPoints);
}
