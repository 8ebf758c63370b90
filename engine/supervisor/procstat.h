#pragma once
// Reading what the kernel says about a process, from /proc/PID/stat.

#include <sys/types.h>
#include <vector>

namespace ipcviz::supervisor {

struct ProcStat {
    bool exists = false;
    char state = '?'; // R, S, D, Z, T, X, ...
    pid_t ppid = 0;
    pid_t pgid = 0;
};

ProcStat readProcStat(pid_t pid);
/// How many times `pid` has been given a CPU (/proc/PID/schedstat), or -1 when
/// the kernel does not say: a sleeping process whose count moved has run in
/// between.
long long runCount(pid_t pid);
/// PIDs of every process whose parent is `parent` (a scan of /proc).
std::vector<pid_t> childrenOf(pid_t parent);

} // namespace ipcviz::supervisor
