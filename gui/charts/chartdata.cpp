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

void ChartData::reset(const Event &hello)
{
    *this = ChartData();
    m_state = RunState(hello);
}

void ChartData::append(const EventList &events)
{
    for (const Event &event : events) {
        const int index = m_eventCount++;
        m_lastTime = std::max(m_lastTime, event.t);
        m_times.append(m_lastTime);
        m_state.apply(event);
        sample(event, index);
    }
}

void ChartData::setRun(const Event &hello, const EventList &events)
{
    reset(hello);
    append(events);
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

void ChartData::record(QList<ChartSeriesData> &list, QHash<QString, int> &byKey, const QString &key,
                       const ChartSample &sample)
{
    auto it = byKey.constFind(key);
    if (it == byKey.cend()) {
        it = byKey.insert(key, static_cast<int>(list.size()));
        list.append(ChartSeriesData{key, {}});
    }
    record(list[*it], sample);
}

void ChartData::sample(const Event &event, int index)
{
    // Every object and process is looked at after each event rather than only the
    // event's own: a close or an exit changes other values, and the lists are short.
    for (const ObjectState &object : m_state.objects()) {
        const ChartSample s{event.t, index, 0};
        switch (object.kind) {
        case ObjectState::Kind::Pipe:
        case ObjectState::Kind::Fifo:
            // RunState counts a write's bytes from its begin, also those of a writer
            // that then blocks on a full pipe; the kernel never holds more than the
            // pipe's capacity, so neither does the chart.
            record(m_fill, m_fillByKey, object.id,
                   ChartSample{s.t, s.index,
                               static_cast<double>(std::min(object.inFlight, PipeCapacity))});
            break;
        case ObjectState::Kind::Sem:
            record(m_sem, m_semByKey, object.id,
                   ChartSample{s.t, s.index, static_cast<double>(object.value)});
            break;
        default:
            break;
        }
    }
    // The value in a sem.wait begin is the one seen just before the call: 0 means
    // the caller is about to sleep in the kernel.
    if (event.kind == QLatin1String("sem.wait") && event.isBegin()) {
        const ObjectState *object = m_state.object(event.obj);
        const qint64 seen = event.num(QStringLiteral("value"), object ? object->value : 0);
        if (seen <= 0)
            m_blocked[event.obj].append(BlockedMoment{event.t, index, event.label});
    }

    int alive = 0;
    int blocked = 0;
    int zombie = 0;
    for (const ProcessState &process : m_state.processes()) {
        alive += process.isAlive() ? 1 : 0;
        blocked += process.state == ProcessState::State::Blocked ? 1 : 0;
        zombie += process.state == ProcessState::State::Zombie ? 1 : 0;
        record(m_written, m_writtenByKey, process.label,
               ChartSample{event.t, index, static_cast<double>(process.bytesWritten)});
        record(m_read, m_readByKey, process.label,
               ChartSample{event.t, index, static_cast<double>(process.bytesRead)});
    }
    record(m_counts[static_cast<int>(Count::Alive)], ChartSample{event.t, index, double(alive)});
    record(m_counts[static_cast<int>(Count::Blocked)],
           ChartSample{event.t, index, double(blocked)});
    record(m_counts[static_cast<int>(Count::Zombie)], ChartSample{event.t, index, double(zombie)});
}

QList<QPointF> ChartData::points(const ChartSeriesData &series, int maxPoints) const
{
    return decimate(stepPoints(series.samples, m_lastTime), maxPoints);
}

QList<QPointF> ChartData::stepPoints(const QList<ChartSample> &samples, qint64 lastTime)
{
    constexpr double NsPerMs = 1e6;
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
    constexpr int PerBucket = 4;
    if (points.size() <= maxPoints || maxPoints < PerBucket)
        return points.size() <= maxPoints ? points : points.mid(0, std::max(maxPoints, 0));
    const int buckets = maxPoints / PerBucket;
    const double x0 = points.constFirst().x();
    const double width = points.constLast().x() - x0;
    QList<QPointF> out;
    out.reserve(maxPoints);
    qsizetype first = 0;
    while (first < points.size()) {
        // The bucket of the point at `first`, and every following point in it.
        const auto bucketOf = [&](const QPointF &p) {
            if (width <= 0)
                return 0;
            return std::min(buckets - 1, static_cast<int>((p.x() - x0) / width * buckets));
        };
        const int bucket = bucketOf(points.at(first));
        qsizetype last = first;
        qsizetype low = first;
        qsizetype high = first;
        while (last + 1 < points.size() && bucketOf(points.at(last + 1)) == bucket) {
            ++last;
            if (points.at(last).y() < points.at(low).y())
                low = last;
            if (points.at(last).y() > points.at(high).y())
                high = last;
        }
        qsizetype picks[PerBucket] = {first, low, high, last};
        std::sort(std::begin(picks), std::end(picks));
        for (int i = 0; i < PerBucket; ++i) {
            if (i == 0 || picks[i] != picks[i - 1])
                out.append(points.at(picks[i]));
        }
        first = last + 1;
    }
    return out;
}
