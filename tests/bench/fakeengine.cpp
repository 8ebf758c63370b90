#include "fakeengine.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

double secondsSince(const timespec &start)
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<double>(now.tv_sec - start.tv_sec) +
           static_cast<double>(now.tv_nsec - start.tv_nsec) / 1e9;
}

bool writeAll(const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false; // the app went away
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

int streamTrace(const char *path, double rate)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "fake engine: cannot read %s\n", path);
        return 2;
    }
    const std::string trace((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<size_t> lineEnds; // one past each '\n'
    for (size_t i = 0; i < trace.size(); ++i) {
        if (trace[i] == '\n')
            lineEnds.push_back(i + 1);
    }
    if (lineEnds.empty() || lineEnds.back() != trace.size())
        lineEnds.push_back(trace.size());

    // The hello goes out at once, like the engine's; then the events at `rate`.
    size_t sentLines = 1;
    size_t sentBytes = lineEnds.front();
    if (!writeAll(trace.data(), sentBytes))
        return 1;
    constexpr size_t MaxWrite = 1 << 20;
    timespec start{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    while (sentLines < lineEnds.size()) {
        size_t due = lineEnds.size();
        if (rate > 0)
            due = std::min(due, 1 + static_cast<size_t>(rate * secondsSince(start)));
        if (due <= sentLines) {
            const timespec pause{0, 500'000};
            nanosleep(&pause, nullptr);
            continue;
        }
        size_t end = lineEnds[due - 1];
        if (end - sentBytes > MaxWrite) {
            // Whole lines only, at most MaxWrite bytes (unless one line is longer).
            size_t last = sentLines;
            while (last + 1 < due && lineEnds[last + 1] - sentBytes <= MaxWrite)
                ++last;
            due = last + 1;
            end = lineEnds[last];
        }
        if (!writeAll(trace.data() + sentBytes, end - sentBytes))
            return 1;
        sentBytes = end;
        sentLines = due;
    }
    return 0;
}

} // namespace

namespace FakeEngine {

bool isRequested()
{
    const char *trace = std::getenv("IPCVIZ_BENCH_FAKE_TRACE");
    return trace && *trace;
}

int run(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "run") == 0) {
        const char *rate = std::getenv("IPCVIZ_BENCH_FAKE_RATE");
        return streamTrace(std::getenv("IPCVIZ_BENCH_FAKE_TRACE"), rate ? std::atof(rate) : 0.0);
    }
    const char *real = std::getenv("IPCVIZ_BENCH_REAL_ENGINE");
    if (!real || !*real) {
        std::fprintf(stderr, "fake engine: IPCVIZ_BENCH_REAL_ENGINE is not set\n");
        return 2;
    }
    argv[0] = const_cast<char *>(real);
    ::execv(real, argv);
    std::fprintf(stderr, "fake engine: cannot run %s: %s\n", real, std::strerror(errno));
    return 127;
}

} // namespace FakeEngine
