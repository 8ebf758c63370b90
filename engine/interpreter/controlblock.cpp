#include "interpreter/controlblock.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <ctime>
#include <linux/futex.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ipcviz::interpreter {

ControlBlock *createControlBlock()
{
    void *p = mmap(nullptr, sizeof(ControlBlock), PROT_READ | PROT_WRITE,
                   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return nullptr;
    // Anonymous mappings are zero-filled: every atomic starts at 0.
    auto *cb = static_cast<ControlBlock *>(p);
    cb->processCap = 64;
    cb->objectCap = 256;
    return cb;
}

void destroyControlBlock(ControlBlock *cb)
{
    if (cb)
        munmap(cb, sizeof(ControlBlock));
}

int allocateSlot(ControlBlock &cb, std::string_view label)
{
    const int cap = cb.processCap < kMaxSlots ? cb.processCap : kMaxSlots;
    const int slot = cb.nextSlot.fetch_add(1);
    if (slot >= cap)
        return -1;
    ProcSlot &s = cb.slots[slot];
    const std::size_t n = label.size() < kLabelSize - 1 ? label.size() : kLabelSize - 1;
    std::memcpy(s.label, label.data(), n);
    s.label[n] = '\0';
    return slot;
}

int findSlot(const ControlBlock &cb, std::string_view label)
{
    const int n = cb.nextSlot.load() < kMaxSlots ? cb.nextSlot.load() : kMaxSlots;
    for (int i = 0; i < n; ++i)
        if (label == cb.slots[i].label)
            return i;
    return -1;
}

int findSlotByPid(const ControlBlock &cb, std::int32_t pid)
{
    const int n = cb.nextSlot.load() < kMaxSlots ? cb.nextSlot.load() : kMaxSlots;
    for (int i = 0; i < n; ++i)
        if (cb.slots[i].pid.load() == pid)
            return i;
    return -1;
}

void futexWait(std::atomic<std::uint32_t> &word, std::uint32_t seen, int timeoutMs)
{
    static_assert(sizeof(std::atomic<std::uint32_t>) == sizeof(std::uint32_t));
    timespec ts{timeoutMs / 1000, (timeoutMs % 1000) * 1000000L};
    // Not FUTEX_PRIVATE: the word lives in memory shared between processes.
    syscall(SYS_futex, reinterpret_cast<std::uint32_t *>(&word), FUTEX_WAIT, seen,
            timeoutMs < 0 ? nullptr : &ts, nullptr, 0);
}

void futexWake(std::atomic<std::uint32_t> &word)
{
    syscall(SYS_futex, reinterpret_cast<std::uint32_t *>(&word), FUTEX_WAKE, INT_MAX, nullptr,
            nullptr, 0);
}

void gateWait(ProcSlot &slot, std::uint32_t seen)
{
    while (slot.gate.load() == seen)
        futexWait(slot.gate, seen, -1);
}

void gateRelease(ProcSlot &slot)
{
    slot.gate.fetch_add(1);
    futexWake(slot.gate);
}

std::int64_t monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace ipcviz::interpreter
