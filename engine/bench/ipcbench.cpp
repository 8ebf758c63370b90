#include "bench/ipcbench.h"

#include "protocol/record.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <memory>
#include <semaphore.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ipcviz::bench {

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

double cpuOf(const rusage &r)
{
    return static_cast<double>(r.ru_utime.tv_sec + r.ru_stime.tv_sec) +
           static_cast<double>(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
}

Spread spreadOf(std::vector<double> v)
{
    Spread s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.min = v.front();
    s.max = v.back();
    s.median = v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    return s;
}

bool writeAll(int fd, const char *p, std::size_t n)
{
    while (n > 0) {
        const ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += w;
        n -= static_cast<std::size_t>(w);
    }
    return true;
}

bool readAll(int fd, char *p, std::size_t n)
{
    while (n > 0) {
        const ssize_t r = read(fd, p, n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return false;
        p += r;
        n -= static_cast<std::size_t>(r);
    }
    return true;
}

/// Two one-way channels between a parent and its child: direction 0 goes
/// parent to child, direction 1 child to parent. Set up before fork.
class Channel {
public:
    virtual ~Channel() = default;
    virtual bool setup(std::size_t maxSize, std::string &error) = 0;
    virtual bool afterFork(bool child) = 0;
    virtual bool send(int dir, const char *p, std::size_t n) = 0;
    virtual bool recv(int dir, char *p, std::size_t n) = 0;
    pid_t peer = 0; // for waits that must notice a dead peer
};

/// pipe, FIFO and Unix socket: a descriptor per direction and end.
class StreamChannel : public Channel {
public:
    explicit StreamChannel(std::string kind) : m_kind(std::move(kind)) {}
    ~StreamChannel() override
    {
        for (auto &d : m_fd)
            for (int fd : d)
                if (fd >= 0)
                    close(fd);
        if (!m_dir.empty()) {
            unlink((m_dir + "/up").c_str());
            unlink((m_dir + "/down").c_str());
            rmdir(m_dir.c_str());
        }
    }
    bool setup(std::size_t, std::string &error) override
    {
        if (m_kind == "pipe") {
            for (auto &d : m_fd)
                if (pipe2(d, O_CLOEXEC) != 0)
                    return fail(error, "pipe");
        } else if (m_kind == "unix-socket") {
            int sv[2];
            if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
                return fail(error, "socketpair");
            // One bidirectional socket: each side reads and writes its end.
            m_fd[0][0] = sv[1];      // child reads
            m_fd[0][1] = sv[0];      // parent writes
            m_fd[1][0] = dup(sv[0]); // parent reads
            m_fd[1][1] = dup(sv[1]); // child writes
        } else {
            std::string tmpl = "/tmp/ipcviz-bench.XXXXXX";
            if (!mkdtemp(tmpl.data()))
                return fail(error, "mkdtemp");
            m_dir = tmpl;
            if (mkfifo((m_dir + "/down").c_str(), 0600) != 0 ||
                mkfifo((m_dir + "/up").c_str(), 0600) != 0)
                return fail(error, "mkfifo");
        }
        return true;
    }
    bool afterFork(bool child) override
    {
        if (m_kind == "fifo") {
            // Open in the same order on both sides, so neither blocks forever.
            if (child) {
                m_fd[0][0] = open((m_dir + "/down").c_str(), O_RDONLY | O_CLOEXEC);
                m_fd[1][1] = open((m_dir + "/up").c_str(), O_WRONLY | O_CLOEXEC);
                return m_fd[0][0] >= 0 && m_fd[1][1] >= 0;
            }
            m_fd[0][1] = open((m_dir + "/down").c_str(), O_WRONLY | O_CLOEXEC);
            m_fd[1][0] = open((m_dir + "/up").c_str(), O_RDONLY | O_CLOEXEC);
            // Both ends are open: the names are no longer needed.
            unlink((m_dir + "/up").c_str());
            unlink((m_dir + "/down").c_str());
            rmdir(m_dir.c_str());
            m_dir.clear();
            return m_fd[0][1] >= 0 && m_fd[1][0] >= 0;
        }
        // Close the ends this side does not use, so EOF works.
        int *unused[2] = {child ? &m_fd[0][1] : &m_fd[0][0], child ? &m_fd[1][0] : &m_fd[1][1]};
        for (int *fd : unused) {
            close(*fd);
            *fd = -1;
        }
        return true;
    }
    bool send(int dir, const char *p, std::size_t n) override
    {
        return writeAll(m_fd[dir][1], p, n);
    }
    bool recv(int dir, char *p, std::size_t n) override { return readAll(m_fd[dir][0], p, n); }

private:
    bool fail(std::string &error, const char *call)
    {
        error = std::string(call) + ": " + std::strerror(errno);
        return false;
    }
    std::string m_kind;
    std::string m_dir;
    int m_fd[2][2] = {{-1, -1}, {-1, -1}};
};

/// POSIX shared memory: one buffer per direction, handed over either with
/// named semaphores (sleeping) or with a flag the other side spins on.
class ShmChannel : public Channel {
public:
    explicit ShmChannel(bool spin) : m_spin(spin) {}
    ~ShmChannel() override
    {
        if (m_base)
            munmap(m_base, m_bytes);
        for (auto *s : m_sems)
            if (s)
                sem_close(s);
    }
    bool setup(std::size_t maxSize, std::string &error) override
    {
        m_slot = (maxSize + 63) / 64 * 64;
        m_bytes = 128 + 2 * m_slot;
        const std::string stem = "/ipcviz-bench." + std::to_string(getpid()) + "." +
                                 std::to_string(reinterpret_cast<std::uintptr_t>(this) & 0xffff);
        const int fd = shm_open((stem + ".shm").c_str(), O_CREAT | O_EXCL | O_RDWR, 0600);
        if (fd < 0)
            return fail(error, "shm_open");
        // Unlinked at once: the mapping lives on, nothing can be left behind.
        shm_unlink((stem + ".shm").c_str());
        if (ftruncate(fd, static_cast<off_t>(m_bytes)) != 0) {
            close(fd);
            return fail(error, "ftruncate");
        }
        void *p = mmap(nullptr, m_bytes, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        close(fd);
        if (p == MAP_FAILED)
            return fail(error, "mmap");
        m_base = static_cast<char *>(p);
        std::memset(m_base, 0, m_bytes);
        if (!m_spin) {
            for (int i = 0; i < 4; ++i) {
                const std::string name = stem + ".sem" + std::to_string(i);
                // full[d] starts at 0, empty[d] at 1.
                m_sems[i] = sem_open(name.c_str(), O_CREAT | O_EXCL, 0600, i < 2 ? 0u : 1u);
                if (m_sems[i] == SEM_FAILED) {
                    m_sems[i] = nullptr;
                    return fail(error, "sem_open");
                }
                sem_unlink(name.c_str());
            }
        }
        return true;
    }
    bool afterFork(bool) override { return true; }
    bool send(int dir, const char *p, std::size_t n) override
    {
        if (m_spin) {
            auto *flag = flagOf(dir);
            if (!spinUntil(*flag, 0))
                return false;
            std::memcpy(buf(dir), p, n);
            flag->store(1, std::memory_order_release);
            return true;
        }
        if (!waitSem(m_sems[2 + dir]))
            return false;
        std::memcpy(buf(dir), p, n);
        return sem_post(m_sems[dir]) == 0;
    }
    bool recv(int dir, char *p, std::size_t n) override
    {
        if (m_spin) {
            auto *flag = flagOf(dir);
            if (!spinUntil(*flag, 1))
                return false;
            std::memcpy(p, buf(dir), n);
            flag->store(0, std::memory_order_release);
            return true;
        }
        if (!waitSem(m_sems[dir]))
            return false;
        std::memcpy(p, buf(dir), n);
        return sem_post(m_sems[2 + dir]) == 0;
    }

private:
    std::atomic<int> *flagOf(int dir)
    {
        return reinterpret_cast<std::atomic<int> *>(m_base + 64 * dir);
    }
    char *buf(int dir) { return m_base + 128 + m_slot * static_cast<std::size_t>(dir); }
    bool peerAlive() { return peer == 0 || kill(peer, 0) == 0; }
    bool spinUntil(std::atomic<int> &flag, int value)
    {
        for (std::uint64_t i = 1; flag.load(std::memory_order_acquire) != value; ++i)
            if ((i & 0xFFFFF) == 0 && !peerAlive())
                return false;
        return true;
    }
    bool waitSem(sem_t *s)
    {
        for (;;) {
            timespec ts{};
            clock_gettime(CLOCK_REALTIME, &ts);
            ts.tv_sec += 2;
            if (sem_timedwait(s, &ts) == 0)
                return true;
            if (errno == EINTR)
                continue;
            if (errno != ETIMEDOUT || !peerAlive())
                return false;
        }
    }
    bool fail(std::string &error, const char *call)
    {
        error = std::string(call) + ": " + std::strerror(errno);
        return false;
    }
    bool m_spin;
    char *m_base = nullptr;
    std::size_t m_bytes = 0;
    std::size_t m_slot = 0;
    sem_t *m_sems[4] = {nullptr, nullptr, nullptr, nullptr};
};

std::unique_ptr<Channel> makeChannel(const std::string &m)
{
    if (m == "shm-sem")
        return std::make_unique<ShmChannel>(false);
    if (m == "shm-spin")
        return std::make_unique<ShmChannel>(true);
    return std::make_unique<StreamChannel>(m);
}

// Control messages from the parent: what the child does next.
struct Command {
    std::int64_t op; // 0 end, 1 echo `count` messages, 2 receive `count` then ack
    std::int64_t count;
};

[[noreturn]] void childLoop(Channel &ch, std::size_t size)
{
    std::vector<char> buf(std::max<std::size_t>(size, sizeof(Command)), 'c');
    for (;;) {
        Command c{};
        if (!ch.recv(0, reinterpret_cast<char *>(&c), sizeof c))
            _exit(1);
        if (c.op == 0)
            _exit(0);
        for (std::int64_t i = 0; i < c.count; ++i) {
            if (!ch.recv(0, buf.data(), size))
                _exit(1);
            if (c.op == 1 && !ch.send(1, buf.data(), size))
                _exit(1);
        }
        if (c.op == 2 && !ch.send(1, buf.data(), 1))
            _exit(1);
    }
}

bool measure(const std::string &mechanism, std::size_t size, bool quick, Result &r,
             std::string &error)
{
    auto ch = makeChannel(mechanism);
    if (!ch->setup(std::max<std::size_t>(size, sizeof(Command)), error))
        return false;
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid < 0) {
        error = std::string("fork: ") + std::strerror(errno);
        return false;
    }
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(1);
        ch->peer = parent;
        if (!ch->afterFork(true))
            _exit(1);
        childLoop(*ch, size);
    }
    ch->peer = pid;
    bool ok = ch->afterFork(false);
    std::vector<char> buf(size, 'p');
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    const auto start = Clock::now();

    auto command = [&](std::int64_t op, std::int64_t count) {
        Command c{op, count};
        return ch->send(0, reinterpret_cast<const char *>(&c), sizeof c);
    };

    // Latency: batches of round trips until the time budget is spent.
    std::vector<double> rtt;
    const double budget = quick ? 0.03 : 0.25;
    const auto latencyStart = Clock::now();
    while (ok && (rtt.size() < 5 ||
                  (seconds(Clock::now() - latencyStart) < budget && rtt.size() < 200000))) {
        const int batch = 16;
        ok = command(1, batch);
        for (int i = 0; ok && i < batch; ++i) {
            const auto t0 = Clock::now();
            ok = ch->send(0, buf.data(), size) && ch->recv(1, buf.data(), size);
            rtt.push_back(seconds(Clock::now() - t0) * 1e6);
        }
    }
    // Throughput: a stream of messages, acknowledged at the end.
    std::vector<double> mbps;
    const std::size_t streamBytes = quick ? (4u << 20) : (32u << 20);
    // Small messages are bounded by count, so a trial stays well under a second.
    const std::int64_t maxMessages = quick ? 20000 : 100000;
    const std::int64_t messages =
        std::clamp<std::int64_t>(static_cast<std::int64_t>(streamBytes / size), 4, maxMessages);
    const int trials = quick ? 3 : 5;
    for (int t = 0; ok && t < trials; ++t) {
        const auto t0 = Clock::now();
        ok = command(2, messages);
        for (std::int64_t i = 0; ok && i < messages; ++i)
            ok = ch->send(0, buf.data(), size);
        ok = ok && ch->recv(1, buf.data(), 1);
        const double s = seconds(Clock::now() - t0);
        mbps.push_back(static_cast<double>(messages) * static_cast<double>(size) / s / 1e6);
    }
    if (ok)
        ok = command(0, 0);
    const auto wall = seconds(Clock::now() - start);
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    int status = 0;
    rusage child{};
    if (!ok)
        kill(pid, SIGKILL);
    while (wait4(pid, &status, 0, &child) < 0 && errno == EINTR) {
    }
    if (!ok || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        error = mechanism + " with " + std::to_string(size) + "-byte messages failed";
        return false;
    }
    r.mechanism = mechanism;
    r.size = size;
    r.roundTrips = static_cast<std::int64_t>(rtt.size());
    r.latencyUs = spreadOf(rtt);
    r.trials = static_cast<int>(mbps.size());
    r.throughputMBps = spreadOf(mbps);
    r.wallSeconds = wall;
    r.cpuSeconds = cpuOf(after) - cpuOf(before) + cpuOf(child);
    return true;
}

std::string machineLine()
{
    std::string model;
    std::ifstream cpu("/proc/cpuinfo");
    for (std::string line; std::getline(cpu, line);)
        if (line.rfind("model name", 0) == 0) {
            model = line.substr(line.find(':') + 2);
            break;
        }
    utsname u{};
    uname(&u);
    return model + ", " + std::to_string(sysconf(_SC_NPROCESSORS_ONLN)) + " CPUs, Linux " +
           u.release;
}

} // namespace

const std::vector<std::string> &allMechanisms()
{
    static const std::vector<std::string> all = {"pipe", "fifo", "shm-sem", "shm-spin",
                                                 "unix-socket"};
    return all;
}

std::vector<std::size_t> defaultSizes(bool quick)
{
    if (quick)
        return {8, 4096, 1 << 20};
    return {8, 64, 512, 4096, 32768, 262144, 1 << 20};
}

bool runBench(const Options &opt, std::vector<Result> &out, std::string &error,
              const std::function<void(int, int, const std::string &)> &progress)
{
    const auto mechanisms = opt.mechanisms.empty() ? allMechanisms() : opt.mechanisms;
    const auto sizes = opt.sizes.empty() ? defaultSizes(opt.quick) : opt.sizes;
    const int total = static_cast<int>(mechanisms.size() * sizes.size());
    int done = 0;
    for (const auto &m : mechanisms) {
        for (std::size_t size : sizes) {
            if (progress)
                progress(done, total, m + " " + std::to_string(size));
            Result r;
            if (!measure(m, size, opt.quick, r, error))
                return false;
            out.push_back(r);
            ++done;
        }
    }
    if (progress)
        progress(done, total, "done");
    return true;
}

void writeJson(std::ostream &out, const Options &opt, const std::vector<Result> &results)
{
    auto num = [](double v) {
        char b[32];
        std::snprintf(b, sizeof b, "%.3f", v);
        return std::string(b);
    };
    auto spread = [&](const Spread &s) {
        return "{\"min\":" + num(s.min) + ",\"median\":" + num(s.median) +
               ",\"max\":" + num(s.max) + "}";
    };
    std::string machine;
    protocol::appendJsonEscaped(machine, machineLine());
    out << "{\"benchmark\":\"ipc\",\"quick\":" << (opt.quick ? "true" : "false")
        << ",\"machine\":\"" << machine << "\",\"units\":{\"latency\":\"us per round trip\","
        << "\"throughput\":\"MB/s one way\",\"time\":\"s\"},\"results\":[";
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto &r = results[i];
        out << (i ? ",\n" : "\n") << "{\"mechanism\":\"" << r.mechanism << "\",\"size\":" << r.size
            << ",\"round_trips\":" << r.roundTrips << ",\"latency_us\":" << spread(r.latencyUs)
            << ",\"trials\":" << r.trials << ",\"throughput_mb_s\":" << spread(r.throughputMBps)
            << ",\"wall_s\":" << num(r.wallSeconds) << ",\"cpu_s\":" << num(r.cpuSeconds) << "}";
    }
    out << "\n]}\n";
}

void writeCsv(std::ostream &out, const std::vector<Result> &results)
{
    out << "mechanism,size,round_trips,latency_us_min,latency_us_median,latency_us_max,trials,"
           "throughput_mb_s_min,throughput_mb_s_median,throughput_mb_s_max,wall_s,cpu_s\n";
    char line[512];
    for (const auto &r : results) {
        std::snprintf(line, sizeof line, "%s,%zu,%lld,%.3f,%.3f,%.3f,%d,%.3f,%.3f,%.3f,%.3f,%.3f\n",
                      r.mechanism.c_str(), r.size, static_cast<long long>(r.roundTrips),
                      r.latencyUs.min, r.latencyUs.median, r.latencyUs.max, r.trials,
                      r.throughputMBps.min, r.throughputMBps.median, r.throughputMBps.max,
                      r.wallSeconds, r.cpuSeconds);
        out << line;
    }
}

int runBenchCommand(const std::vector<std::string> &args)
{
    Options opt;
    bool csv = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto &a = args[i];
        if (a == "--json")
            csv = false;
        else if (a == "--csv")
            csv = true;
        else if (a == "--quick")
            opt.quick = true;
        else if (a == "--mechanism" && i + 1 < args.size()) {
            const auto &m = args[++i];
            const auto &all = allMechanisms();
            if (std::find(all.begin(), all.end(), m) == all.end()) {
                std::cerr << "ipcviz-engine bench: unknown mechanism '" << m
                          << "' (pipe, fifo, shm-sem, shm-spin, unix-socket)\n";
                return 2;
            }
            opt.mechanisms.push_back(m);
        } else if (a == "--size" && i + 1 < args.size()) {
            char *end = nullptr;
            const unsigned long long n = std::strtoull(args[++i].c_str(), &end, 10);
            if (!end || *end != '\0' || n < 1 || n > (64u << 20)) {
                std::cerr << "ipcviz-engine bench: --size takes bytes, 1 to 67108864\n";
                return 2;
            }
            opt.sizes.push_back(static_cast<std::size_t>(n));
        } else {
            std::cerr << "usage: ipcviz-engine bench [--json|--csv] [--quick] [--mechanism M]... "
                         "[--size BYTES]...\n";
            return 2;
        }
    }
    std::vector<Result> results;
    std::string error;
    const bool ok = runBench(opt, results, error, [](int done, int total, const std::string &what) {
        std::cerr << "bench: " << done << "/" << total << " " << what << "\n";
    });
    if (!ok) {
        std::cerr << "ipcviz-engine bench: " << error << "\n";
        return 1;
    }
    if (csv)
        writeCsv(std::cout, results);
    else
        writeJson(std::cout, opt, results);
    return 0;
}

} // namespace ipcviz::bench
