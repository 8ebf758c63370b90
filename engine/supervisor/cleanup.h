#pragma once
// Everything that makes "nothing leaks" hold: the run's private names, the
// janitor that outlives a killed engine, the sweep of debris left by engines
// that died before cleaning up, and the final inventory of a run.

#include <string>
#include <sys/types.h>
#include <vector>

namespace ipcviz::supervisor {

/// The run's private names: a 0700 directory for FIFOs and files and a prefix
/// for shm/semaphore names, sharing one unpredictable suffix and the engine's
/// PID (so a sweep can tell a dead owner's debris).
struct RunNames {
    std::string runDir;  // /tmp/ipcviz.<pid>.<random>
    std::string prefix;  // /ipcviz.<pid>.<random>.
    std::string shmStem; // ipcviz.<pid>.<random>.   (entry names under /dev/shm)
};

/// Creates the run directory (mkdtemp). Empty runDir on failure, errno set.
RunNames makeRunNames();

/// Something found (and removed) after a run, or something that survived.
struct Leftover {
    std::string what; // fifo, file, shm, sem, dir, process
    std::string obj;  // logical id when known
    std::string name; // kernel name or path
};

/// Removes every FIFO/file inside the run directory and the directory itself;
/// lists what was there.
std::vector<Leftover> removeRunDir(const std::string &runDir);
/// Unlinks every /dev/shm entry of this run (shm objects and semaphores).
std::vector<Leftover> removeIpcNames(const std::string &shmStem);
/// What of the run still exists (directory, /dev/shm names).
std::vector<Leftover> inventory(const RunNames &names);

/// Removes what engines that are no longer alive left behind (their PID is
/// in every name). Returns how many entries were removed.
int sweepStaleRuns();

/// The janitor: a process outside the run (own session, not our child) that
/// waits for the engine's end and then kills the run's process group and
/// removes its names. It is what keeps `kill -9` of the engine clean.
class Janitor {
public:
    bool start(const RunNames &names);
    /// Tells the janitor which process group the run uses.
    void setProcessGroup(pid_t pgid);
    /// Normal end: let it go and wait (bounded) until it has exited.
    void finish(int timeoutMs);
    pid_t pid() const { return m_pid; }
    int aliveFd() const { return m_alive; }

private:
    pid_t m_pid = 0;
    int m_alive = -1; // write end; EOF tells the janitor the engine is gone
    int m_done = -1;  // read end; EOF tells us the janitor has finished
};

} // namespace ipcviz::supervisor
