#pragma once
// The run's control block: anonymous MAP_SHARED memory created by the
// supervisor before the first fork, so every scenario process shares it.
// It holds one slot per process (its PID, label and step gate) and the run's
// settings. The slot counter doubles as the engine's own fork cap, which also
// binds root (RLIMIT_NPROC does not).

#include <atomic>
#include <cstdint>
#include <string_view>

namespace ipcviz::interpreter {

inline constexpr int kMaxSlots = 1024;
inline constexpr int kLabelSize = 64;

struct ProcSlot {
    std::atomic<std::int32_t> pid;
    // Futex word: the supervisor increments it to release the process waiting
    // at its gate.
    std::atomic<std::uint32_t> gate;
    // Birth handshake, so that a parent's proc.fork always precedes its
    // child's proc.start and first gate.wait in the stream: 0 forked, 1 the
    // parent has reported the fork, 2 the child has announced itself.
    std::atomic<std::uint32_t> born;
    char label[kLabelSize];
};

struct ControlBlock {
    std::atomic<std::int32_t> nextSlot;
    std::int32_t processCap; // at most this many processes per run
    std::int64_t startNs;    // CLOCK_MONOTONIC at run start
    std::int32_t stepMode;   // 1: every process stops at a gate before each step
    std::int32_t paceMs;     // free-run slow motion
    std::int32_t enginePid;
    // IPC objects made by the run (pipes, FIFOs, created files, shm objects,
    // semaphores), against the run's cap.
    std::atomic<std::int32_t> objects;
    std::int32_t objectCap;
    ProcSlot slots[kMaxSlots];
};

/// Maps a fresh control block (anonymous, shared); nullptr on failure.
ControlBlock *createControlBlock();
void destroyControlBlock(ControlBlock *cb);

/// Takes the next slot for a process about to be forked, or -1 when the
/// run's process cap is reached.
int allocateSlot(ControlBlock &cb, std::string_view label);

/// Returns the slot whose label is `label`, or -1.
int findSlot(const ControlBlock &cb, std::string_view label);
int findSlotByPid(const ControlBlock &cb, std::int32_t pid);

/// Waits until `word` differs from `seen` or `timeoutMs` passes (-1: forever).
void futexWait(std::atomic<std::uint32_t> &word, std::uint32_t seen, int timeoutMs);
void futexWake(std::atomic<std::uint32_t> &word);

/// Blocks until the gate word changes from `seen` (futex on shared memory).
void gateWait(ProcSlot &slot, std::uint32_t seen);
/// Releases the process waiting at `slot`'s gate.
void gateRelease(ProcSlot &slot);

/// CLOCK_MONOTONIC in ns (async-signal-safe).
std::int64_t monotonicNs();

} // namespace ipcviz::interpreter
