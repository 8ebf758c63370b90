#include "timelineindex.h"

#include <algorithm>
#include <array>

namespace {

bool isKind(const Event &e, const char *kind)
{
    return e.kind == QLatin1String(kind);
}

bool isDataWrite(const Event &e)
{
    return isKind(e, "pipe.write") || isKind(e, "fifo.write");
}

bool isDataRead(const Event &e)
{
    return isKind(e, "pipe.read") || isKind(e, "fifo.read");
}

bool isMemoryWrite(const Event &e)
{
    return (isKind(e, "shm.write") || isKind(e, "file.write")) && e.has(QLatin1StringView("map"));
}

bool isMemoryRead(const Event &e)
{
    return (isKind(e, "shm.read") || isKind(e, "file.read")) && e.has(QLatin1StringView("map"));
}

enum StyleId {
    Start,
    Fork,
    Exec,
    Exit,
    Wait,
    Reap,
    ZombieState,
    State,
    Output,
    Sleep,
    Close,
    Dup,
    DataWrite,
    DataRead,
    DataOpen,
    DataUnlink,
    DataOther,
    MemoryWrite,
    MemoryRead,
    MemoryMap,
    MemoryUnlink,
    MemoryOther,
    SemWait,
    SemPost,
    SemOther,
    SignalSend,
    SignalDeliver,
    SignalOther,
    GateWait,
    EngineEvent,
    UnknownProcess,
    Unknown,
    StyleCount
};

const std::array<TimelineIndex::Style, StyleCount> &styles()
{
    static const std::array<TimelineIndex::Style, StyleCount> table = [] {
        const QColor proc(0x45, 0x5a, 0x64), data(0x1e, 0x88, 0xe5), memory(0x8e, 0x24, 0xaa),
            sem(0x00, 0x89, 0x7b), sig(0xe5, 0x39, 0x35), gate(0x9e, 0x9e, 0x9e),
            engine(0xb7, 0x1c, 0x1c), output(0x6d, 0x4c, 0x41), fd(0x78, 0x90, 0x9c);
        const auto s = [](const char16_t *code, const QColor &color) {
            return TimelineIndex::Style{QString::fromUtf16(code), color};
        };
        return std::array<TimelineIndex::Style, StyleCount>{
            s(u"▶", proc),   s(u"F", proc),   s(u"X", proc),   s(u"E", proc),   s(u"w", proc),
            s(u"r", engine), s(u"Z", proc),   s(u"s", proc),   s(u"O", output), s(u"z", gate),
            s(u"C", fd),     s(u"D", fd),     s(u"W", data),   s(u"R", data),   s(u"o", data),
            s(u"U", data),   s(u"P", data),   s(u"W", memory), s(u"R", memory), s(u"M", memory),
            s(u"U", memory), s(u"S", memory), s(u"−", sem),    s(u"+", sem),    s(u"S", sem),
            s(u"K", sig),    s(u"!", sig),    s(u"A", sig),    s(u"G", gate),   s(u"!", engine),
            s(u"·", proc),   s(u"·", gate)};
    }();
    return table;
}

/// The look of an event's glyph; -1 = no glyph.
int styleOf(const Event &e)
{
    const QString &k = e.kind;
    auto family = [&](const char *prefix) { return k.startsWith(QLatin1String(prefix)); };
    if (isKind(e, "gate.release"))
        return -1;
    if (isKind(e, "proc.start"))
        return Start;
    if (isKind(e, "proc.fork"))
        return Fork;
    if (isKind(e, "proc.exec"))
        return Exec;
    if (isKind(e, "proc.exit"))
        return Exit;
    if (isKind(e, "proc.wait"))
        return Wait;
    if (isKind(e, "proc.reap"))
        return Reap;
    if (isKind(e, "proc.state"))
        return e.str(QLatin1StringView("state")) == QLatin1String("Z") ? ZombieState : State;
    if (isKind(e, "proc.output"))
        return Output;
    if (isKind(e, "proc.sleep"))
        return Sleep;
    if (isKind(e, "fd.close"))
        return Close;
    if (isKind(e, "fd.dup"))
        return Dup;
    if (family("pipe.") || family("fifo.")) {
        if (k.endsWith(QLatin1String(".write")))
            return DataWrite;
        if (k.endsWith(QLatin1String(".read")))
            return DataRead;
        if (k.endsWith(QLatin1String(".open")))
            return DataOpen;
        if (k.endsWith(QLatin1String(".unlink")))
            return DataUnlink;
        return DataOther;
    }
    if (family("shm.") || family("file.")) {
        if (k.endsWith(QLatin1String(".write")))
            return MemoryWrite;
        if (k.endsWith(QLatin1String(".read")))
            return MemoryRead;
        if (k.endsWith(QLatin1String(".map")))
            return MemoryMap;
        if (k.endsWith(QLatin1String(".unlink")))
            return MemoryUnlink;
        return MemoryOther;
    }
    if (isKind(e, "sem.wait"))
        return SemWait;
    if (isKind(e, "sem.post"))
        return SemPost;
    if (family("sem."))
        return SemOther;
    if (isKind(e, "signal.send"))
        return SignalSend;
    if (isKind(e, "signal.deliver"))
        return SignalDeliver;
    if (family("signal."))
        return SignalOther;
    if (isKind(e, "gate.wait"))
        return GateWait;
    if (family("engine."))
        return EngineEvent;
    // A kind newer than this app: still on its lane, its tooltip says what it is.
    return family("proc.") ? UnknownProcess : Unknown;
}

} // namespace

const TimelineIndex::Style &TimelineIndex::style(int id)
{
    return styles().at(static_cast<size_t>(std::clamp(id, 0, StyleCount - 1)));
}

QString TimelineIndex::engineLane()
{
    return QStringLiteral(" engine");
}

void TimelineIndex::clear()
{
    *this = TimelineIndex();
}

int TimelineIndex::glyphIdOf(int eventIndex) const
{
    if (eventIndex < 0 || eventIndex >= eventCount())
        return -1;
    return m_glyphOfEvent[static_cast<size_t>(eventIndex)];
}

const TimelineIndex::Glyph *TimelineIndex::glyphOf(int eventIndex) const
{
    const int id = glyphIdOf(eventIndex);
    return id < 0 ? nullptr : &m_glyphs[static_cast<size_t>(id)];
}

const std::vector<int> &TimelineIndex::laneGlyphs(int lane, Layer layer) const
{
    return m_laneData[static_cast<size_t>(lane)].layers[static_cast<int>(layer)];
}

qsizetype TimelineIndex::lowerBound(int lane, Layer layer, qint64 t) const
{
    const std::vector<int> &ids = laneGlyphs(lane, layer);
    return std::lower_bound(ids.cbegin(), ids.cend(), t,
                            [this](int id, qint64 value) { return glyph(id).t < value; }) -
           ids.cbegin();
}

qsizetype TimelineIndex::upperBound(int lane, Layer layer, qint64 t) const
{
    const std::vector<int> &ids = laneGlyphs(lane, layer);
    return std::upper_bound(ids.cbegin(), ids.cend(), t,
                            [this](qint64 value, int id) { return value < glyph(id).t; }) -
           ids.cbegin();
}

qint64 TimelineIndex::longestSpan(int lane) const
{
    return m_laneData[static_cast<size_t>(lane)].longestSpan;
}

QString TimelineIndex::laneLabelOf(const Event &e) const
{
    if (!e.label.isEmpty())
        return e.label;
    if (isKind(e, "proc.reap") && e.has(QLatin1StringView("reaped_label")))
        return e.str(QLatin1StringView("reaped_label"));
    return m_labelByPid.value(e.pid, engineLane());
}

int TimelineIndex::laneFor(const Event &e)
{
    const QString label = laneLabelOf(e);
    // Consecutive events are mostly on one or two lanes: compare before hashing.
    for (const int lane : m_recentLanes) {
        if (lane >= 0 && m_lanes.at(lane) == label)
            return lane;
    }
    auto it = m_laneByLabel.constFind(label);
    if (it == m_laneByLabel.cend()) {
        it = m_laneByLabel.insert(label, static_cast<int>(m_lanes.size()));
        m_lanes.append(label);
        m_laneData.emplace_back();
        m_openBegins.emplace_back();
    }
    m_recentLanes[1] = m_recentLanes[0];
    m_recentLanes[0] = *it;
    return *it;
}

TimelineIndex::ObjectMatch &TimelineIndex::objectMatch(const QString &id)
{
    if (m_recentObject >= 0 && m_objects[static_cast<size_t>(m_recentObject)].id == id)
        return m_objects[static_cast<size_t>(m_recentObject)];
    auto it = m_objectByName.constFind(id);
    if (it == m_objectByName.cend()) {
        it = m_objectByName.insert(id, static_cast<int>(m_objects.size()));
        m_objects.push_back(ObjectMatch{id, {}, -1});
    }
    m_recentObject = *it;
    return m_objects[static_cast<size_t>(*it)];
}

void TimelineIndex::insertInLane(int id)
{
    const Glyph &g = glyph(id);
    std::vector<int> &ids =
        m_laneData[g.lane].layers[static_cast<int>(g.prominent ? Layer::Prominent : Layer::Plain)];
    // Events come in stream order, nearly always in time order too.
    if (ids.empty() || glyph(ids.back()).t <= g.t) {
        ids.push_back(id);
        return;
    }
    const auto at = std::upper_bound(ids.begin(), ids.end(), g.t, [this](qint64 value, int other) {
        return value < glyph(other).t;
    });
    ids.insert(at, id);
}

void TimelineIndex::removeFromLane(int id)
{
    const Glyph &g = glyph(id);
    std::vector<int> &ids =
        m_laneData[g.lane].layers[static_cast<int>(g.prominent ? Layer::Prominent : Layer::Plain)];
    auto it = std::lower_bound(ids.begin(), ids.end(), g.t,
                               [this](int other, qint64 value) { return glyph(other).t < value; });
    while (it != ids.end() && *it != id)
        ++it;
    if (it != ids.end())
        ids.erase(it);
}

void TimelineIndex::add(const Event &e)
{
    const int index = eventCount();
    m_glyphOfEvent.push_back(-1);
    m_maxT = std::max(m_maxT, e.t);
    if (!e.label.isEmpty() && e.pid > 0) {
        const auto it = m_labelByPid.find(e.pid);
        if (it == m_labelByPid.end())
            m_labelByPid.insert(e.pid, e.label);
        else if (*it != e.label)
            *it = e.label; // a PID used again by another process
    }

    const int style = cachedStyleOf(e);
    if (style < 0)
        return;

    Glyph glyph;
    glyph.t = e.t;
    glyph.event = index;
    glyph.lane = static_cast<quint16>(laneFor(e));
    glyph.style = static_cast<quint8>(style);
    glyph.prominent = isDataWrite(e) || isDataRead(e) || isMemoryWrite(e) || isMemoryRead(e) ||
                      e.kind.startsWith(QLatin1String("signal."));
    const int id = static_cast<int>(m_glyphs.size());

    // A blocking call is one bar: the begin glyph gives way to the end glyph.
    auto &open = m_openBegins[glyph.lane]; // calls begun on this lane, by kind
    const auto openCall = std::find_if(
        open.begin(), open.end(), [&e](const QPair<QString, int> &c) { return c.first == e.kind; });
    if (e.isBegin()) {
        if (openCall != open.end())
            openCall->second = index;
        else
            open.push_back({e.kind, index});
    } else if (e.isEnd()) {
        int begin = -1;
        if (openCall != open.end()) {
            begin = openCall->second;
            open.erase(openCall);
        }
        const int beginId = begin >= 0 ? m_glyphOfEvent[static_cast<size_t>(begin)] : -1;
        if (beginId >= 0 && m_glyphs[static_cast<size_t>(beginId)].lane == glyph.lane) {
            Glyph &opened = m_glyphs[static_cast<size_t>(beginId)];
            glyph.begin = beginId;
            if (!opened.hidden) {
                removeFromLane(beginId);
                m_glyphs[static_cast<size_t>(beginId)].hidden = true;
            }
            Lane &lane = m_laneData[glyph.lane];
            lane.longestSpan = std::max(lane.longestSpan, glyph.t - opened.t);
        }
    }
    m_glyphs.push_back(glyph);
    m_glyphOfEvent.back() = id;
    insertInLane(id);

    // Connections between lanes.
    const QString &obj = e.obj;
    if (isDataWrite(e) && e.isBegin()) {
        objectMatch(obj).pendingData.append({index, e.num(QLatin1StringView("bytes"))});
    } else if (isDataRead(e) && e.isEnd()) {
        qint64 left = e.num(QLatin1StringView("bytes"));
        auto &queue = objectMatch(obj).pendingData;
        while (left > 0 && !queue.isEmpty()) {
            auto &front = queue.first();
            const qint64 take = std::min(left, front.second);
            addArrow(front.first, index, Arrow::Kind::Data);
            front.second -= take;
            left -= take;
            if (front.second <= 0)
                queue.removeFirst();
        }
    } else if (isMemoryWrite(e)) {
        objectMatch(obj).lastMemoryWrite = index;
    } else if (isMemoryRead(e)) {
        const Glyph *from = glyphOf(objectMatch(obj).lastMemoryWrite);
        if (from && from->lane != glyph.lane)
            addArrow(from->event, index, Arrow::Kind::Data);
    } else if (isKind(e, "signal.send")) {
        const QString k = QString::number(e.num(QLatin1StringView("target"))) + QLatin1Char('|') +
                          e.str(QLatin1StringView("signal"));
        m_pendingSignals[k].append(index);
    } else if (isKind(e, "signal.deliver")) {
        const QString k =
            QString::number(e.pid) + QLatin1Char('|') + e.str(QLatin1StringView("signal"));
        auto it = m_pendingSignals.find(k);
        if (it != m_pendingSignals.end() && !it->isEmpty())
            addArrow(it->takeFirst(), index, Arrow::Kind::Signal);
    } else if (isKind(e, "proc.fork")) {
        m_pendingForks.insert(e.num(QLatin1StringView("child")), index);
    } else if (isKind(e, "proc.start")) {
        const int from = m_pendingForks.value(e.pid, -1);
        if (from >= 0) {
            m_pendingForks.remove(e.pid);
            addArrow(from, index, Arrow::Kind::Fork);
        }
    }
}

int TimelineIndex::cachedStyleOf(const Event &e)
{
    // The look follows from the kind alone (but for proc.state): a run has a few
    // kinds, so the last ones seen answer most events without a string compare chain.
    if (e.kind == QLatin1String("proc.state"))
        return styleOf(e);
    for (const auto &[kind, style] : m_recentStyles) {
        if (style != NoStyleYet && kind == e.kind)
            return style;
    }
    const int style = styleOf(e);
    std::rotate(m_recentStyles.rbegin(), m_recentStyles.rbegin() + 1, m_recentStyles.rend());
    m_recentStyles.front() = {e.kind, style};
    return style;
}

qint64 TimelineIndex::headTime(int arrow) const
{
    return glyphOf(m_arrows.at(arrow).to)->t;
}

qint64 TimelineIndex::tailTime(int arrow) const
{
    return glyphOf(m_arrows.at(arrow).from)->t;
}

TimelineIndex::ArrowGroup &TimelineIndex::groupFor(Arrow::Kind kind, int fromLane, int toLane)
{
    const auto is = [&](const ArrowGroup &g) {
        return g.kind == kind && g.fromLane == fromLane && g.toLane == toLane;
    };
    if (m_recentGroup >= 0 && is(m_arrowGroups[static_cast<size_t>(m_recentGroup)]))
        return m_arrowGroups[static_cast<size_t>(m_recentGroup)];
    auto it = std::find_if(m_arrowGroups.begin(), m_arrowGroups.end(), is);
    if (it == m_arrowGroups.end()) {
        m_arrowGroups.push_back(ArrowGroup{kind, fromLane, toLane, {}, 0});
        it = m_arrowGroups.end() - 1;
    }
    m_recentGroup = static_cast<int>(it - m_arrowGroups.begin());
    return *it;
}

void TimelineIndex::addArrow(int from, int to, Arrow::Kind kind)
{
    const Glyph *a = glyphOf(from);
    const Glyph *b = glyphOf(to);
    if (!a || !b)
        return;
    // Arrows are found while adding their head's event: a repeat is among the last ones.
    for (auto it = m_arrows.crbegin(); it != m_arrows.crend() && it->to == to; ++it) {
        if (it->from == from)
            return;
    }
    const int id = static_cast<int>(m_arrows.size());
    m_arrows.append(Arrow{from, to, kind});
    ArrowGroup &group = groupFor(kind, a->lane, b->lane);
    group.longest = std::max(group.longest, std::abs(b->t - a->t));
    if (group.arrows.empty() || headTime(group.arrows.back()) <= b->t) {
        group.arrows.push_back(id);
        return;
    }
    const auto at =
        std::upper_bound(group.arrows.begin(), group.arrows.end(), b->t,
                         [this](qint64 value, int other) { return value < headTime(other); });
    group.arrows.insert(at, id);
}

qsizetype TimelineIndex::lowerBound(const ArrowGroup &group, qint64 t) const
{
    return std::lower_bound(group.arrows.cbegin(), group.arrows.cend(), t,
                            [this](int id, qint64 value) { return headTime(id) < value; }) -
           group.arrows.cbegin();
}

QList<int> TimelineIndex::arrowsNear(qint64 from, qint64 to) const
{
    QList<int> found;
    for (const ArrowGroup &group : m_arrowGroups) {
        for (auto i = lowerBound(group, from - group.longest);
             i < static_cast<qsizetype>(group.arrows.size()) &&
             headTime(group.arrows[static_cast<size_t>(i)]) <= to + group.longest;
             ++i)
            found.append(group.arrows[static_cast<size_t>(i)]);
    }
    std::sort(found.begin(), found.end());
    return found;
}

QList<int> TimelineIndex::eventsBetween(qint64 from, qint64 to) const
{
    QList<int> found;
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        for (const Layer layer : {Layer::Plain, Layer::Prominent}) {
            const std::vector<int> &ids = laneGlyphs(lane, layer);
            const qsizetype end = upperBound(lane, layer, to);
            for (qsizetype i = lowerBound(lane, layer, from); i < end; ++i)
                found.append(glyph(ids[static_cast<size_t>(i)]).event);
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}
