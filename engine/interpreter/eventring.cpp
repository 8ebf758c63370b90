#include "interpreter/eventring.h"

#include <cerrno>
#include <csignal>
#include <cstddef>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>

namespace ipcviz::interpreter {

namespace {

// A record in a ring: this header, then the line, padded to kAlign bytes. A
// header whose length is kWrap says "the rest of the ring is unused; go on at
// its start" (records never wrap, so the reader can hand on a line in place).
struct RecordHeader {
    std::uint64_t ticket;
    std::uint32_t length;
    std::uint32_t unused;
    protocol::RecordHead head;
    std::uint64_t unused2;
};
static_assert(sizeof(RecordHeader) == 32);
constexpr std::uint64_t kAlign = sizeof(RecordHeader); // so a wrap marker always fits
constexpr std::uint32_t kWrap = 0xffffffffu;
constexpr std::size_t kPage = 4096;

// Room for the fastest stream between two of the supervisor's passes (it naps
// 0.3 ms while events flow; pipe-pingpong fills about 120 KiB per process in
// that time). Pages are only backed once used.
constexpr std::uint64_t kMainRingBytes = 512 * 1024;
constexpr std::uint64_t kHandlerRingBytes = 32 * 1024;

constexpr std::uint64_t padded(std::uint64_t n)
{
    return (n + kAlign - 1) / kAlign * kAlign;
}

std::size_t controlBytes(std::uint32_t rings)
{
    const std::size_t n = kPage + rings * sizeof(EventRing);
    return (n + kPage - 1) / kPage * kPage;
}

std::size_t mappingBytes(int slots)
{
    return controlBytes(static_cast<std::uint32_t>(2 * slots)) +
           static_cast<std::size_t>(slots) * (kMainRingBytes + kHandlerRingBytes);
}

char *ringData(EventRingSet &set, int ring)
{
    char *base = reinterpret_cast<char *>(&set) + controlBytes(set.rings);
    return base + static_cast<std::size_t>(ring / 2) * (set.mainSize + set.handlerSize) +
           (ring % 2 ? set.mainSize : 0);
}

std::uint64_t ringSize(const EventRingSet &set, int ring)
{
    return ring % 2 ? set.handlerSize : set.mainSize;
}

// The reader frees room; a writer waiting for it is woken. (A seq_cst store:
// the writer sets `waiting` and then reads `tail`, so one of us sees the other.)
void advanceTail(EventRing &ring, std::uint64_t tail)
{
    ring.tail.store(tail);
    if (ring.waiting.load() != 0) {
        ring.waiting.store(0);
        ring.room.fetch_add(1);
        futexWake(ring.room);
    }
}

void ringDoorbell(EventRingSet &set, int doorbellFd)
{
    std::atomic_thread_fence(std::memory_order_seq_cst);
    if (set.readerIdle.load(std::memory_order_relaxed) != 0 && set.readerIdle.exchange(0) != 0) {
        const char bell = '!';
        ssize_t n;
        do
            n = write(doorbellFd, &bell, 1);
        while (n < 0 && errno == EINTR);
    }
}

} // namespace

EventRingSet *createEventRings(int slots, std::int32_t enginePid)
{
    void *p = mmap(nullptr, mappingBytes(slots), PROT_READ | PROT_WRITE,
                   MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return nullptr;
    auto *set = static_cast<EventRingSet *>(p); // zero-filled: every counter starts at 0
    set->rings = static_cast<std::uint32_t>(2 * slots);
    set->enginePid = enginePid;
    set->mainSize = kMainRingBytes;
    set->handlerSize = kHandlerRingBytes;
    return set;
}

void destroyEventRings(EventRingSet *set)
{
    if (set)
        munmap(set, mappingBytes(static_cast<int>(set->rings / 2)));
}

EventRing &ringAt(EventRingSet &set, int ring)
{
    return reinterpret_cast<EventRing *>(reinterpret_cast<char *>(&set) + kPage)[ring];
}

const EventRing &ringAt(const EventRingSet &set, int ring)
{
    return reinterpret_cast<const EventRing *>(reinterpret_cast<const char *>(&set) + kPage)[ring];
}

bool putEvent(EventRingSet &set, int ringIndex, std::string_view line,
              const protocol::RecordHead &recordHead, int doorbellFd)
{
    EventRing &ring = ringAt(set, ringIndex);
    char *data = ringData(set, ringIndex);
    const std::uint64_t size = ringSize(set, ringIndex);
    const std::uint64_t need = sizeof(RecordHeader) + padded(line.size());
    std::uint64_t head = ring.head.load(std::memory_order_relaxed); // only this writer moves it
    std::uint64_t offset = head % size;
    const std::uint64_t skip = offset + need > size ? size - offset : 0;

    // Backpressure: wait for the supervisor to make room, as a full pipe did.
    while (head + skip + need - ring.tail.load(std::memory_order_acquire) > size) {
        const std::uint32_t seen = ring.room.load();
        ring.waiting.store(1);
        if (head + skip + need - ring.tail.load() <= size)
            break;
        ringDoorbell(set, doorbellFd);
        futexWait(ring.room, seen, 200);
        if (ring.room.load() == seen && kill(set.enginePid, 0) != 0 && errno == ESRCH)
            return false;
    }
    if (skip) {
        RecordHeader wrap{0, kWrap, 0, {}, 0};
        std::memcpy(data + offset, &wrap, sizeof wrap);
        head += skip;
        offset = 0;
    }
    // The ticket's fetch_add releases this store: a reader that sees the
    // ticket taken sees the flag set (or cleared after the publication).
    ring.claiming.store(1, std::memory_order_relaxed);
    RecordHeader h{set.ticket.fetch_add(1), static_cast<std::uint32_t>(line.size()), 0, recordHead,
                   0};
    std::memcpy(data + offset, &h, sizeof h);
    std::memcpy(data + offset + sizeof h, line.data(), line.size());
    ring.head.store(head + need, std::memory_order_release);
    ring.claiming.store(0, std::memory_order_release); // after the head: a reader seeing 0 sees it
    ringDoorbell(set, doorbellFd);
    return true;
}

// ---------------------------------------------------------------------------
// Reader

int EventReader::ringCount() const
{
    const int used = 2 * m_control->nextSlot.load(std::memory_order_relaxed);
    const int all = static_cast<int>(m_set->rings);
    return used < all ? used : all;
}

const char *EventReader::firstRecord(int ringIndex)
{
    EventRing &ring = ringAt(*m_set, ringIndex);
    const char *data = ringData(*m_set, ringIndex);
    const std::uint64_t size = ringSize(*m_set, ringIndex);
    std::uint64_t tail = ring.tail.load(std::memory_order_relaxed);
    const std::uint64_t head = ring.head.load(std::memory_order_acquire);
    if (tail == head)
        return nullptr;
    std::uint32_t length;
    std::memcpy(&length, data + tail % size + offsetof(RecordHeader, length), sizeof length);
    if (length == kWrap) {
        tail += size - tail % size;
        advanceTail(ring, tail);
        if (tail == head)
            return nullptr;
    }
    return data + tail % size;
}

EventReader::Next EventReader::next(std::string_view &line)
{
    const int rings = ringCount();
    auto holds = [&](int r) {
        const char *at = firstRecord(r);
        if (!at)
            return false;
        RecordHeader h;
        std::memcpy(&h, at, sizeof h);
        // A ticket below m_next was given up as lost (skipLost) and then
        // published after all: hand it on late rather than drop it.
        if (h.ticket > m_next)
            return false;
        m_late = h.ticket < m_next;
        line = std::string_view(at + sizeof h, h.length);
        m_head = h.head;
        m_current = r;
        m_currentBytes = sizeof h + padded(h.length);
        return true;
    };
    // Processes usually write runs of events: look where the last one was first.
    if (m_last < rings && holds(m_last))
        return Next::Record;
    for (int r = 0; r < rings; ++r)
        if (r != m_last && holds(r))
            return Next::Record;
    return m_set->ticket.load() > m_next ? Next::InFlight : Next::Empty;
}

void EventReader::consume()
{
    if (m_current < 0)
        return;
    EventRing &ring = ringAt(*m_set, m_current);
    advanceTail(ring, ring.tail.load(std::memory_order_relaxed) + m_currentBytes);
    m_last = m_current;
    m_current = -1;
    if (!m_late)
        ++m_next;
}

bool EventReader::pending() const
{
    const int rings = ringCount();
    for (int r = 0; r < rings; ++r) {
        const EventRing &ring = ringAt(*m_set, r);
        if (ring.head.load(std::memory_order_acquire) != ring.tail.load(std::memory_order_relaxed))
            return true;
    }
    return false;
}

bool EventReader::goIdle()
{
    m_set->readerIdle.store(1);
    std::atomic_thread_fence(std::memory_order_seq_cst);
    if (!pending())
        return true;
    m_set->readerIdle.store(0);
    return false;
}

} // namespace ipcviz::interpreter
