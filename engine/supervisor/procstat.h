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
/// PIDs of every process whose parent is `parent` (a scan of /proc).
std::vector<pid_t> childrenOf(pid_t parent);

} // namespace ipcviz::supervisor
