#include "supervisor/procstat.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace ipcviz::supervisor {

long long runCount(pid_t pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/schedstat", pid);
    const int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    char buf[128];
    const ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    unsigned long long onCpu = 0, waiting = 0, runs = 0;
    if (std::sscanf(buf, "%llu %llu %llu", &onCpu, &waiting, &runs) != 3)
        return -1;
    return static_cast<long long>(runs);
}

ProcStat readProcStat(pid_t pid)
{
    ProcStat st;
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", pid);
    const int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return st;
    char buf[1024];
    const ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return st;
    buf[n] = '\0';
    // The command name may hold spaces and parentheses: parse after the last ')'.
    const char *p = std::strrchr(buf, ')');
    if (!p || p[1] == '\0')
        return st;
    int ppid = 0, pgid = 0;
    char state = '?';
    if (std::sscanf(p + 2, "%c %d %d", &state, &ppid, &pgid) != 3)
        return st;
    st.exists = true;
    st.state = state;
    st.ppid = ppid;
    st.pgid = pgid;
    return st;
}

std::vector<pid_t> childrenOf(pid_t parent)
{
    std::vector<pid_t> out;
    DIR *d = opendir("/proc");
    if (!d)
        return out;
    while (dirent *e = readdir(d)) {
        char *end = nullptr;
        const long pid = std::strtol(e->d_name, &end, 10);
        if (pid <= 0 || *end != '\0')
            continue;
        const ProcStat st = readProcStat(static_cast<pid_t>(pid));
        if (st.exists && st.ppid == parent)
            out.push_back(static_cast<pid_t>(pid));
    }
    closedir(d);
    return out;
}

} // namespace ipcviz::supervisor
