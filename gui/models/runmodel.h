#pragma once

#include "core/event.h"
#include "runstate.h"

#include <QObject>
#include <memory>
#include <optional>

class RunStateCache;
struct TraceLoadResult;

/// The one model of a run that every view shares: hello, every event (append-only
/// while the run goes on) and end, plus the time-travel cursor. Fed the same way
/// live (EngineClient, see RunFeeder) and from a trace (loadTrace()): reset(),
/// appendEvents()..., finish(). The cursor is the index of the last event the
/// views show (-1: before the first); "live" means it follows the tail.
class RunModel : public QObject {
    Q_OBJECT
public:
    explicit RunModel(QObject *parent = nullptr);
    ~RunModel() override;

    const Event &hello() const { return m_hello; }
    const EventList &events() const { return m_events; }
    int eventCount() const { return static_cast<int>(m_events.size()); }
    const Event &event(int index) const { return m_events.at(index); }
    const std::optional<Event> &end() const { return m_end; }
    bool hasStarted() const { return m_started; }
    bool hasEnded() const { return m_end.has_value(); }

    /// Index of the last event shown: eventCount()-1 when live, else the cursor.
    int cursor() const;
    bool isLive() const { return m_live; }
    /// Moves the cursor (clamped to [-1, eventCount()-1]) and leaves live mode;
    /// setting it to the last index does not turn live on (use setLive()).
    void setCursor(int index);
    void setLive(bool live);

    /// The state at the cursor / at any index (fast: checkpointed).
    RunState currentState() const;
    RunState stateAt(int index) const;
    RunStateCache *stateCache() const { return m_cache.get(); }

    /// Fills the model from a loaded trace through reset/append/finish (a trace
    /// without end stays "not ended"). The cursor goes live.
    void loadTrace(const TraceLoadResult &trace);

public Q_SLOTS:
    /// A new run: drops everything, keeps hello, cursor live.
    void reset(const Event &hello);
    void appendEvents(const EventList &events);
    void finish(const Event &end);
    /// Back to empty (no run).
    void clear();

Q_SIGNALS:
    void runReset();
    void eventsAppended(int first, int last);
    void runEnded();
    /// The shown index changed (also when live and events arrive).
    void cursorChanged(int index);
    void liveChanged(bool live);

private:
    Event m_hello;
    EventList m_events;
    std::optional<Event> m_end;
    std::unique_ptr<RunStateCache> m_cache;
    int m_cursor = -1;
    bool m_live = true;
    bool m_started = false;
};
