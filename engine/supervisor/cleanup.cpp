#include "supervisor/cleanup.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <semaphore.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ipcviz::supervisor {

namespace {

std::string tmpBase()
{
    const char *t = std::getenv("TMPDIR");
    if (t && t[0] == '/')
        return t;
    return "/tmp";
}

bool pidAlive(pid_t pid)
{
    return kill(pid, 0) == 0 || errno == EPERM;
}

// Parses "ipcviz.<pid>." at the start of `name`; 0 if it is not ours.
pid_t ownerPid(const char *name)
{
    static constexpr char stem[] = "ipcviz.";
    if (std::strncmp(name, stem, sizeof stem - 1) != 0)
        return 0;
    char *end = nullptr;
    const long pid = std::strtol(name + sizeof stem - 1, &end, 10);
    if (pid <= 0 || !end || *end != '.')
        return 0;
    return static_cast<pid_t>(pid);
}

void removeTree(const std::string &path, const std::string &rel, std::vector<Leftover> *found)
{
    DIR *d = opendir(path.c_str());
    if (!d)
        return;
    while (dirent *e = readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
            continue;
        const std::string child = path + "/" + e->d_name;
        const std::string childRel = rel.empty() ? e->d_name : rel + "/" + e->d_name;
        struct stat st {};
        if (lstat(child.c_str(), &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            removeTree(child, childRel, found);
            rmdir(child.c_str());
            continue;
        }
        if (found) {
            const bool fifo = S_ISFIFO(st.st_mode);
            found->push_back(
                {fifo ? "fifo" : "file", (fifo ? "fifo:" : "file:") + childRel, child});
        }
        unlink(child.c_str());
    }
    closedir(d);
}

} // namespace

RunNames makeRunNames()
{
    RunNames n;
    std::string tmpl = tmpBase() + "/ipcviz." + std::to_string(getpid()) + ".XXXXXX";
    if (!mkdtemp(tmpl.data()))
        return n;
    n.runDir = tmpl;
    const std::string suffix = tmpl.substr(tmpl.size() - 6);
    n.shmStem = "ipcviz." + std::to_string(getpid()) + "." + suffix + ".";
    n.prefix = "/" + n.shmStem;
    return n;
}

std::vector<Leftover> removeRunDir(const std::string &runDir)
{
    std::vector<Leftover> found;
    if (runDir.empty())
        return found;
    removeTree(runDir, "", &found);
    rmdir(runDir.c_str());
    return found;
}

std::vector<Leftover> removeIpcNames(const std::string &shmStem)
{
    std::vector<Leftover> found;
    if (shmStem.empty())
        return found;
    DIR *d = opendir("/dev/shm");
    if (!d)
        return found;
    const std::string semStem = "sem." + shmStem;
    std::vector<std::string> names;
    while (dirent *e = readdir(d))
        names.emplace_back(e->d_name);
    closedir(d);
    for (const auto &name : names) {
        if (name.rfind(shmStem, 0) == 0) {
            const std::string logical = name.substr(shmStem.size());
            found.push_back({"shm", "shm:/" + logical, "/" + name});
            shm_unlink(("/" + name).c_str());
        } else if (name.rfind(semStem, 0) == 0) {
            const std::string logical = name.substr(semStem.size());
            found.push_back({"sem", "sem:/" + logical, "/" + name.substr(4)});
            sem_unlink(("/" + name.substr(4)).c_str());
        }
    }
    return found;
}

std::vector<Leftover> inventory(const RunNames &names)
{
    std::vector<Leftover> out;
    struct stat st {};
    if (!names.runDir.empty() && lstat(names.runDir.c_str(), &st) == 0)
        out.push_back({"dir", "", names.runDir});
    DIR *d = opendir("/dev/shm");
    if (d) {
        const std::string semStem = "sem." + names.shmStem;
        while (dirent *e = readdir(d)) {
            const std::string name = e->d_name;
            if (name.rfind(names.shmStem, 0) == 0)
                out.push_back({"shm", "shm:/" + name.substr(names.shmStem.size()), "/" + name});
            else if (name.rfind(semStem, 0) == 0)
                out.push_back({"sem", "sem:/" + name.substr(semStem.size()), "/" + name});
        }
        closedir(d);
    }
    return out;
}

int sweepStaleRuns()
{
    int removed = 0;
    // /dev/shm: "ipcviz.<pid>.…" (shm) and "sem.ipcviz.<pid>.…" (semaphores).
    if (DIR *d = opendir("/dev/shm")) {
        std::vector<std::string> stale;
        while (dirent *e = readdir(d)) {
            const char *n = e->d_name;
            const char *own = std::strncmp(n, "sem.", 4) == 0 ? n + 4 : n;
            const pid_t owner = ownerPid(own);
            if (owner > 0 && owner != getpid() && !pidAlive(owner))
                stale.emplace_back(n);
        }
        closedir(d);
        for (const auto &n : stale) {
            if (unlink(("/dev/shm/" + n).c_str()) == 0)
                ++removed;
        }
    }
    const std::string base = tmpBase();
    if (DIR *d = opendir(base.c_str())) {
        std::vector<std::string> stale;
        while (dirent *e = readdir(d)) {
            const pid_t owner = ownerPid(e->d_name);
            if (owner > 0 && owner != getpid() && !pidAlive(owner))
                stale.emplace_back(e->d_name);
        }
        closedir(d);
        for (const auto &n : stale) {
            const std::string path = base + "/" + n;
            struct stat st {};
            // Only directories we own: never follow a planted symlink.
            if (lstat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != getuid())
                continue;
            removeTree(path, "", nullptr);
            if (rmdir(path.c_str()) == 0)
                ++removed;
        }
    }
    return removed;
}

bool Janitor::start(const RunNames &names)
{
    int alive[2], done[2];
    if (pipe2(alive, O_CLOEXEC) != 0)
        return false;
    if (pipe2(done, O_CLOEXEC) != 0) {
        close(alive[0]);
        close(alive[1]);
        return false;
    }
    // Everything the janitor needs, prepared before fork.
    const std::string runDir = names.runDir;
    const std::string stem = names.shmStem;

    const pid_t mid = fork();
    if (mid < 0)
        return false;
    if (mid == 0) {
        // Double fork: the janitor must not be our child (so waitpid(-1) in
        // the engine ends with ECHILD) and must survive us.
        if (fork() != 0)
            _exit(0);
        setsid();
        signal(SIGHUP, SIG_IGN);
        signal(SIGINT, SIG_IGN);
        signal(SIGTERM, SIG_IGN);
        signal(SIGPIPE, SIG_IGN);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        close(alive[1]);
        close(done[0]);
        const int keepA = alive[0], keepB = done[1];
        for (int fd = 0; fd < 1024; ++fd)
            if (fd != keepA && fd != keepB)
                close(fd);
        const pid_t me = getpid();
        [[maybe_unused]] auto w = write(keepB, &me, sizeof me);
        pid_t pgid = 0;
        for (;;) {
            pid_t v = 0;
            const ssize_t n = read(keepA, &v, sizeof v);
            if (n == static_cast<ssize_t>(sizeof v)) {
                pgid = v;
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            break; // EOF: the engine finished or died
        }
        if (pgid > 1)
            kill(-pgid, SIGKILL);
        removeRunDir(runDir);
        removeIpcNames(stem);
        _exit(0);
    }
    close(alive[0]);
    close(done[1]);
    int status = 0;
    while (waitpid(mid, &status, 0) < 0 && errno == EINTR) {
    }
    m_alive = alive[1];
    m_done = done[0];
    pid_t j = 0;
    if (read(m_done, &j, sizeof j) == static_cast<ssize_t>(sizeof j))
        m_pid = j;
    return m_pid > 0;
}

void Janitor::setProcessGroup(pid_t pgid)
{
    if (m_alive >= 0) {
        [[maybe_unused]] auto w = write(m_alive, &pgid, sizeof pgid);
    }
}

void Janitor::finish(int timeoutMs)
{
    if (m_alive >= 0) {
        close(m_alive);
        m_alive = -1;
    }
    if (m_done < 0)
        return;
    pollfd p{m_done, POLLIN, 0};
    char buf[16];
    for (int waited = 0; waited < timeoutMs; waited += 20) {
        if (poll(&p, 1, 20) > 0 && read(m_done, buf, sizeof buf) <= 0)
            break;
    }
    close(m_done);
    m_done = -1;
}

} // namespace ipcviz::supervisor
