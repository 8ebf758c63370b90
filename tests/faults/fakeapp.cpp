// A stand-in for the ipcviz app, for the fault suite: it starts the engine the
// way the app does (a child with pipes on its stdin and stdout), forwards the
// engine's events to its own stdout and its own stdin lines to the engine, so
// a test can kill it with SIGKILL at any moment, as a crashing app would die.
// The line "close" on its stdin makes it close both pipes to the engine
// instead (an app that drops the engine without dying); it then waits for the
// engine and prints "#engine-exited STATUS".
//
// Usage: ipcviz-fakeapp ENGINE ARG...

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

bool writeAll(int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

int waitEngine(pid_t engine)
{
    int status = 0;
    while (waitpid(engine, &status, 0) < 0) {
        if (errno != EINTR)
            return -1;
    }
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: ipcviz-fakeapp ENGINE ARG...\n");
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    int toEngine[2], fromEngine[2];
    if (pipe2(toEngine, O_CLOEXEC) != 0 || pipe2(fromEngine, O_CLOEXEC) != 0) {
        std::perror("ipcviz-fakeapp: pipe2");
        return 1;
    }
    const pid_t engine = fork();
    if (engine < 0) {
        std::perror("ipcviz-fakeapp: fork");
        return 1;
    }
    if (engine == 0) {
        // dup2 clears FD_CLOEXEC on the copies; the originals close at exec.
        if (dup2(toEngine[0], STDIN_FILENO) < 0 || dup2(fromEngine[1], STDOUT_FILENO) < 0)
            _exit(127);
        execv(argv[1], argv + 1);
        _exit(127);
    }
    close(toEngine[0]);
    close(fromEngine[1]);
    int engineIn = toEngine[1];
    int engineOut = fromEngine[0];
    bool ownInput = true;
    std::string commands;
    char buf[65536];
    for (;;) {
        pollfd fds[2] = {{ownInput ? STDIN_FILENO : -1, POLLIN, 0}, {engineOut, POLLIN, 0}};
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return 1;
        }
        if (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = read(engineOut, buf, sizeof buf);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break; // the engine closed its stdout: it is ending
            if (!writeAll(STDOUT_FILENO, buf, static_cast<std::size_t>(n)))
                return 1;
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                ownInput = false;
                continue;
            }
            commands.append(buf, static_cast<std::size_t>(n));
            for (auto nl = commands.find('\n'); nl != std::string::npos; nl = commands.find('\n')) {
                const std::string line = commands.substr(0, nl + 1);
                commands.erase(0, nl + 1);
                if (line == "close\n") {
                    close(engineIn);
                    close(engineOut);
                    const int status = waitEngine(engine);
                    std::printf("#engine-exited %d\n", status);
                    return 0;
                }
                // A failed write means the engine is gone; its end shows that.
                writeAll(engineIn, line.data(), line.size());
            }
        }
    }
    close(engineIn);
    close(engineOut);
    const int status = waitEngine(engine);
    std::printf("#engine-exited %d\n", status);
    return 0;
}
