#pragma once
// How events travel from the scenario processes to the supervisor: rings in
// shared memory, not one write(2) per event.
//
// Every process has two rings: one for its main flow and one for its signal
// handlers (which block all signals while they write, so each ring has one
// writer at a time). A writer takes a ticket from a counter shared by the
// whole run before it publishes a record, and the supervisor hands records on
// in ticket order. Because a process takes the ticket of a call's `begin`
// before it makes the call, a reader's `end` can never come out before the
// writer's `begin`: the stream keeps the order the pipe gave it, at no system
// call per event.
//
// Beside each line goes the record's head (protocol::RecordHead: its pid,
// where its kind stands, its phase), noted while the line was formatted, so
// the supervisor keeps track of every process without parsing JSON.
//
// A ticket is "in flight" between the moment it is taken and the moment its
// record is published. While a process holds one its ring's `claiming` flag
// is set; a ticket that is missing while no live process is claiming belongs
// to a process that was killed in between, and the reader skips it.
//
// The supervisor sleeps in poll(2) on the doorbell (the old event pipe, one
// byte written only when the reader said it was idle), so a busy run costs no
// system calls, and an idle supervisor is woken by the first event.
//
// Everything a writer does is async-signal-safe: atomics, memcpy, write(2) and
// futex(2).

#include "interpreter/controlblock.h"
#include "protocol/record.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ipcviz::interpreter {

struct EventRing {
    alignas(64) std::atomic<std::uint64_t> head; // bytes published (writer)
    std::atomic<std::uint32_t> claiming;         // 1 while holding an unpublished ticket
    std::atomic<std::uint32_t> waiting;          // 1 while the writer waits for room
    alignas(64) std::atomic<std::uint64_t> tail; // bytes consumed (reader)
    std::atomic<std::uint32_t> room;             // futex word: bumped when the reader frees room
};

struct EventRingSet {
    alignas(64) std::atomic<std::uint64_t> ticket; // the next ticket to hand out
    alignas(64) std::atomic<std::uint32_t> readerIdle;
    std::uint32_t rings; // 2 per process slot
    std::int32_t enginePid;
    std::uint64_t mainSize;    // data bytes of a main-flow ring
    std::uint64_t handlerSize; // data bytes of a signal-handler ring
};

/// Maps the rings of a run with `slots` processes; nullptr on failure.
EventRingSet *createEventRings(int slots, std::int32_t enginePid);
void destroyEventRings(EventRingSet *set);

inline int mainRing(int slot)
{
    return 2 * slot;
}
inline int handlerRing(int slot)
{
    return 2 * slot + 1;
}

EventRing &ringAt(EventRingSet &set, int ring);
const EventRing &ringAt(const EventRingSet &set, int ring);

/// Publishes one record (a complete line, '\n' included) on `ring`, waiting
/// while it is full. Rings the doorbell `doorbellFd` when the reader is idle.
/// Returns false when the supervisor has gone away.
/// `head` goes beside the line, for the supervisor (protocol::RecordHead).
bool putEvent(EventRingSet &set, int ring, std::string_view line, const protocol::RecordHead &head,
              int doorbellFd);

/// The supervisor's side: hands records on in ticket order.
class EventReader {
public:
    enum class Next {
        Record,   // `line` is the next record; call consume() when done with it
        Empty,    // every ticket handed out so far has been read
        InFlight, // the next ticket is held by a process that has not published it yet
    };

    EventReader(EventRingSet *set, const ControlBlock *control) : m_set(set), m_control(control) {}

    Next next(std::string_view &line);
    /// The head its writer gave the record next() returned.
    const protocol::RecordHead &head() const { return m_head; }
    /// Frees the record next() returned and moves to the following ticket.
    void consume();
    /// When next() said InFlight: skips the missing ticket if no live process
    /// can still publish it (its writer was killed). `alive(pid)` tells
    /// whether a process can still run. Returns true when it skipped one.
    template <typename Alive> bool skipLost(Alive alive)
    {
        const int rings = ringCount();
        for (int r = 0; r < rings; ++r) {
            if (ringAt(*m_set, r).claiming.load() == 0)
                continue;
            const std::int32_t pid = m_control->slots[r / 2].pid.load();
            if (pid > 0 && alive(pid))
                return false;
        }
        std::string_view line;
        if (next(line) != Next::InFlight)
            return false; // published after all
        ++m_next;
        ++m_lost;
        return true;
    }
    /// Whether any ring holds records not read yet.
    bool pending() const;
    /// Tells writers that the reader is about to sleep (they will ring the
    /// doorbell), unless something arrived meanwhile; returns whether it may sleep.
    bool goIdle();
    void wakeUp() { m_set->readerIdle.store(0); }
    std::uint64_t lost() const { return m_lost; }

private:
    int ringCount() const;
    /// The first unread record of `ring` (its header), past a wrap marker;
    /// nullptr when the ring has nothing unread.
    const char *firstRecord(int ring);

    EventRingSet *m_set;
    const ControlBlock *m_control;
    std::uint64_t m_next = 0;         // the ticket to hand on next
    int m_last = 0;                   // ring that held the previous record
    int m_current = -1;               // ring of the record next() returned
    std::uint64_t m_currentBytes = 0; // and its size in the ring
    bool m_late = false;              // that record's ticket was skipped as lost
    protocol::RecordHead m_head;
    std::uint64_t m_lost = 0;
};

} // namespace ipcviz::interpreter
