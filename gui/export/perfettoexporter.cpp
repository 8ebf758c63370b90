#include "perfettoexporter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <algorithm>
#include <deque>

namespace {

// Signals are instants, but flow arrows bind to slices: they get a slice this
// long (1 ns) so that both ends of their arrow have something to attach to.
constexpr double kPointDurationUs = 0.001;
constexpr double kEdgeUs = 0.0005;

double toUs(qint64 ns)
{
    return static_cast<double>(std::max<qint64>(ns, 0)) / 1000.0;
}

QString category(const QString &kind)
{
    const auto dot = kind.indexOf(QLatin1Char('.'));
    return dot < 0 ? kind : kind.left(dot);
}

QString sliceName(const Event &e)
{
    return e.obj.isEmpty() ? e.kind : e.kind + QLatin1Char(' ') + e.obj;
}

// hello and end are framing records, not events; callers may leave them in.
bool isFraming(const Event &e)
{
    return e.kind == QLatin1String("hello") || e.kind == QLatin1String("end");
}

bool isStreamWrite(const QString &kind)
{
    return kind == QLatin1String("pipe.write") || kind == QLatin1String("fifo.write");
}

bool isStreamRead(const QString &kind)
{
    return kind == QLatin1String("pipe.read") || kind == QLatin1String("fifo.read");
}

bool isSignalEndpoint(const QString &kind)
{
    return kind == QLatin1String("signal.send") || kind == QLatin1String("signal.deliver");
}

// Bytes that really moved: `ret` when the call reported one (-1 = nothing),
// otherwise `bytes`.
qint64 movedBytes(const Event &e)
{
    if (e.has(QStringLiteral("ret")))
        return std::max<qint64>(e.num(QStringLiteral("ret"), 0), 0);
    return std::max<qint64>(e.num(QStringLiteral("bytes"), 0), 0);
}

/// One slice of the output: a begin/end pair, an unmatched half, or an instant.
struct Slice {
    int first = -1; // index of the begin (or only) event
    int last = -1;  // index of the end event; -1 when the call never returned
    double ts = 0;
    double dur = 0;
    bool complete = false; // emitted as "X"
    qint64 pid = 0;

    // Arrows leave a slice near its start (the bytes went in during the call)
    // and reach a slice near its end (the read returned them then), a little
    // inside so that they bind to this slice and to no neighbour.
    double early() const { return ts + std::min(dur / 2.0, kEdgeUs); }
    double late() const { return ts + dur - std::min(dur / 2.0, kEdgeUs); }
};

class Builder {
public:
    Builder(const Event &hello, const EventList &events, const std::optional<Event> &end)
        : m_hello(hello), m_events(events), m_end(end)
    {}

    QJsonDocument build()
    {
        m_enginePid = m_hello.num(QStringLiteral("engine_pid"), -1);
        nameProcesses();
        pairSlices();
        for (const Slice &slice : m_slices)
            emitSlice(slice);
        linkStreams();
        linkSignals();
        emitEnd();

        QJsonObject root;
        root.insert(QStringLiteral("traceEvents"), m_out);
        root.insert(QStringLiteral("displayTimeUnit"), QStringLiteral("ns"));
        QJsonObject other;
        for (const char *key : {"scenario", "title", "source", "engine", "mode", "started"}) {
            const QString k = QLatin1String(key);
            if (m_hello.has(k))
                other.insert(k, m_hello.value(k));
        }
        if (m_end)
            other.insert(QStringLiteral("status"), m_end->str(QStringLiteral("status")));
        root.insert(QStringLiteral("otherData"), other);
        return QJsonDocument(root);
    }

private:
    // Where the end marker goes: the engine, or a "run" track when the hello
    // does not name the engine.
    qint64 endPid() const { return m_enginePid >= 0 ? m_enginePid : 0; }

    void nameProcesses()
    {
        QList<qint64> order;
        QHash<qint64, QString> labels;
        // The engine holds the run's end marker, so it is named even when no
        // event is about it.
        if (m_end) {
            order.append(endPid());
            labels.insert(endPid(), QString());
        }
        for (const Event &e : m_events) {
            if (isFraming(e))
                continue;
            if (!labels.contains(e.pid)) {
                order.append(e.pid);
                labels.insert(e.pid, QString());
            }
            if (labels.value(e.pid).isEmpty() && !e.label.isEmpty())
                labels[e.pid] = e.label;
        }
        int sortIndex = 0;
        for (qint64 pid : std::as_const(order)) {
            QString label = labels.value(pid);
            if (pid == endPid() && label.isEmpty())
                label = m_enginePid >= 0 ? QStringLiteral("ipcviz-engine") : QStringLiteral("run");
            const QString processName =
                label.isEmpty() ? QString::number(pid)
                                : QStringLiteral("%1 (%2)").arg(label, QString::number(pid));
            m_out.append(
                metadata(pid, QStringLiteral("process_name"), QStringLiteral("name"), processName));
            m_out.append(metadata(pid, QStringLiteral("thread_name"), QStringLiteral("name"),
                                  label.isEmpty() ? processName : label));
            m_out.append(metadata(pid, QStringLiteral("process_sort_index"),
                                  QStringLiteral("sort_index"), sortIndex++));
        }
    }

    static QJsonObject metadata(qint64 pid, const QString &name, const QString &argName,
                                const QJsonValue &value)
    {
        return QJsonObject{{QStringLiteral("ph"), QStringLiteral("M")},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("pid"), pid},
                           {QStringLiteral("tid"), pid},
                           {QStringLiteral("args"), QJsonObject{{argName, value}}}};
    }

    qint64 traceEndNs() const
    {
        qint64 last = 0;
        for (const Event &e : m_events) {
            if (!isFraming(e))
                last = std::max(last, e.t);
        }
        if (m_end)
            last = std::max(last, m_end->num(QStringLiteral("duration_ns"), 0));
        return last;
    }

    // A process runs one call at a time, so begins and ends pair up per
    // (pid, kind); whatever stays open at the end was still blocked when the run
    // stopped and lasts to the end of the trace.
    void pairSlices()
    {
        QHash<QPair<qint64, QString>, QList<int>> open;
        m_sliceOf.fill(-1, m_events.size());
        for (int i = 0; i < m_events.size(); ++i) {
            const Event &e = m_events.at(i);
            if (isFraming(e))
                continue;
            const auto key = qMakePair(e.pid, e.kind);
            if (e.isBegin()) {
                open[key].append(static_cast<int>(m_slices.size()));
                Slice s;
                s.first = i;
                s.pid = e.pid;
                s.ts = toUs(e.t);
                s.complete = true;
                m_sliceOf[i] = static_cast<int>(m_slices.size());
                m_slices.append(s);
                continue;
            }
            if (e.isEnd()) {
                auto it = open.find(key);
                if (it != open.end() && !it->isEmpty()) {
                    const int index = it->takeLast();
                    Slice &s = m_slices[index];
                    s.last = i;
                    s.dur = std::max(0.0, toUs(e.t) - s.ts);
                    m_sliceOf[i] = index;
                    continue;
                }
            }
            Slice s;
            s.first = i;
            s.pid = e.pid;
            s.ts = toUs(e.t);
            if (e.isEnd() || isSignalEndpoint(e.kind) || isStreamRead(e.kind) ||
                isStreamWrite(e.kind)) {
                s.complete = true;
                s.last = i;
                s.dur = kPointDurationUs;
            }
            m_sliceOf[i] = static_cast<int>(m_slices.size());
            m_slices.append(s);
        }
        // An exec that worked never returns: the begin is the moment the program
        // was replaced, an instant. Any other open call lasts to the end, which
        // keeps every later event of that process nested inside it.
        const double endUs = toUs(traceEndNs());
        for (Slice &s : m_slices) {
            if (!s.complete || s.last >= 0)
                continue;
            if (m_events.at(s.first).kind == QLatin1String("proc.exec"))
                s.complete = false;
            else
                s.dur = std::max(0.0, endUs - s.ts);
        }
    }

    void emitSlice(const Slice &s)
    {
        const Event &first = m_events.at(s.first);
        QJsonObject o{{QStringLiteral("name"), sliceName(first)},
                      {QStringLiteral("cat"), category(first.kind)},
                      {QStringLiteral("ts"), s.ts},
                      {QStringLiteral("pid"), s.pid},
                      {QStringLiteral("tid"), s.pid}};
        if (!s.complete) {
            o.insert(QStringLiteral("ph"), QStringLiteral("i"));
            o.insert(QStringLiteral("s"), QStringLiteral("t"));
            o.insert(QStringLiteral("args"), first.fields());
            m_out.append(o);
            return;
        }
        o.insert(QStringLiteral("ph"), QStringLiteral("X"));
        o.insert(QStringLiteral("dur"), s.dur);
        QJsonObject args;
        if (first.isBegin()) {
            args.insert(QStringLiteral("begin"), first.fields());
            if (s.last >= 0)
                args.insert(QStringLiteral("end"), m_events.at(s.last).fields());
            else
                args.insert(QStringLiteral("unfinished"), true);
        } else {
            args = first.fields();
        }
        o.insert(QStringLiteral("args"), args);
        m_out.append(o);
    }

    void emitFlow(const Slice &from, const Slice &to, const QString &name, const QString &cat)
    {
        const qint64 id = ++m_lastFlowId;
        m_out.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("s")},
                                 {QStringLiteral("id"), id},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("cat"), cat},
                                 {QStringLiteral("ts"), from.early()},
                                 {QStringLiteral("pid"), from.pid},
                                 {QStringLiteral("tid"), from.pid}});
        m_out.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("f")},
                                 {QStringLiteral("bp"), QStringLiteral("e")},
                                 {QStringLiteral("id"), id},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("cat"), cat},
                                 {QStringLiteral("ts"), to.late()},
                                 {QStringLiteral("pid"), to.pid},
                                 {QStringLiteral("tid"), to.pid}});
    }

    /// A run of bytes that went into (or came out of) one stream object.
    struct Chunk {
        int slice = -1;
        qint64 offset = 0;
        qint64 size = 0;
    };

    // Writes are placed in stream order of their begin (a pipe write is atomic and
    // happens after its begin was emitted), reads in stream order of their end
    // (a read's bytes are known only then). A `pipe.create` of the same logical
    // object starts a new pipe, so byte counts start again from zero.
    void linkStreams()
    {
        QHash<QString, int> generation;
        QMap<QString, QList<Chunk>> writes; // key: obj + generation
        QMap<QString, QList<Chunk>> reads;
        QHash<QString, qint64> written;
        QHash<QString, qint64> read;
        for (int i = 0; i < m_events.size(); ++i) {
            const Event &e = m_events.at(i);
            if (e.kind == QLatin1String("pipe.create")) {
                generation[e.obj] += 1;
                continue;
            }
            if (e.obj.isEmpty())
                continue;
            const QString key =
                e.obj + QLatin1Char('\n') + QString::number(generation.value(e.obj));
            const int sliceIndex = m_sliceOf.value(i, -1);
            if (sliceIndex < 0)
                continue;
            const Slice &s = m_slices.at(sliceIndex);
            if (isStreamWrite(e.kind) && s.first == i) {
                const Event &result = s.last >= 0 ? m_events.at(s.last) : e;
                const qint64 size = s.last >= 0
                                        ? movedBytes(result)
                                        : std::max<qint64>(e.num(QStringLiteral("bytes")), 0);
                if (size > 0) {
                    writes[key].append(Chunk{sliceIndex, written.value(key), size});
                    written[key] += size;
                }
            } else if (isStreamRead(e.kind) && s.last == i) {
                const qint64 size = movedBytes(e);
                if (size > 0) {
                    reads[key].append(Chunk{sliceIndex, read.value(key), size});
                    read[key] += size;
                }
            }
        }
        for (auto it = reads.cbegin(); it != reads.cend(); ++it) {
            const QList<Chunk> w = writes.value(it.key());
            const QString obj = it.key().section(QLatin1Char('\n'), 0, 0);
            qsizetype wi = 0;
            for (const Chunk &r : it.value()) {
                // Skip writes that ended before this read starts; then every write
                // overlapping [r.offset, r.offset + r.size) fed this read.
                while (wi < w.size() && w.at(wi).offset + w.at(wi).size <= r.offset)
                    ++wi;
                for (qsizetype k = wi; k < w.size() && w.at(k).offset < r.offset + r.size; ++k)
                    emitFlow(m_slices.at(w.at(k).slice), m_slices.at(r.slice), obj,
                             QStringLiteral("data"));
            }
        }
    }

    // Sends and deliveries pair in order per (target PID, signal). A send that
    // failed (ret -1) delivers nothing.
    void linkSignals()
    {
        QHash<QPair<qint64, QString>, std::deque<int>> pending;
        for (int i = 0; i < m_events.size(); ++i) {
            const Event &e = m_events.at(i);
            const QString signal = e.str(QStringLiteral("signal"));
            if (e.kind == QLatin1String("signal.send")) {
                if (e.num(QStringLiteral("ret"), 0) < 0)
                    continue;
                pending[qMakePair(e.num(QStringLiteral("target"), -1), signal)].push_back(i);
            } else if (e.kind == QLatin1String("signal.deliver")) {
                auto &queue = pending[qMakePair(e.pid, signal)];
                if (queue.empty())
                    continue;
                const int send = queue.front();
                queue.pop_front();
                emitFlow(m_slices.at(m_sliceOf.at(send)), m_slices.at(m_sliceOf.at(i)), signal,
                         QStringLiteral("signal"));
            }
        }
    }

    void emitEnd()
    {
        if (!m_end)
            return;
        const qint64 pid = endPid();
        m_out.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("i")},
                                 {QStringLiteral("s"), QStringLiteral("g")},
                                 {QStringLiteral("name"), QStringLiteral("end: %1").arg(m_end->str(
                                                              QStringLiteral("status")))},
                                 {QStringLiteral("cat"), QStringLiteral("run")},
                                 {QStringLiteral("ts"), toUs(traceEndNs())},
                                 {QStringLiteral("pid"), pid},
                                 {QStringLiteral("tid"), pid},
                                 {QStringLiteral("args"), m_end->fields()}});
    }

    const Event &m_hello;
    const EventList &m_events;
    const std::optional<Event> &m_end;
    qint64 m_enginePid = -1;
    QList<Slice> m_slices;
    QList<int> m_sliceOf; // event index -> slice index
    QJsonArray m_out;
    qint64 m_lastFlowId = 0;
};

} // namespace

QJsonDocument PerfettoExporter::toJson(const Event &hello, const EventList &events,
                                       const std::optional<Event> &end)
{
    return Builder(hello, events, end).build();
}

bool PerfettoExporter::write(const Event &hello, const EventList &events,
                             const std::optional<Event> &end, QIODevice &out)
{
    clearError();
    return writeAll(out, toJson(hello, events, end).toJson(QJsonDocument::Compact));
}
