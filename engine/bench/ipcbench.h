#pragma once
// `ipcviz-engine bench`: measures the real cost of each IPC mechanism of the
// course, with real processes and without per-operation events (so the
// instrumentation does not distort the figures).
//
// For each mechanism and message size it measures the round-trip latency
// (a message there and back, many times: min/median/max) and the one-way
// throughput (several trials: min/median/max), and reports wall time beside
// CPU time, since busy-waiting looks fast and burns a core.

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace ipcviz::bench {

struct Spread {
    double min = 0, median = 0, max = 0;
};

struct Result {
    std::string mechanism;
    std::size_t size = 0;
    std::int64_t roundTrips = 0; // repetitions behind the latency figures
    Spread latencyUs;            // one round trip, microseconds
    int trials = 0;              // repetitions behind the throughput figures
    Spread throughputMBps;       // MB/s (10^6 bytes per second), one way
    double wallSeconds = 0;      // both measurements, wall clock
    double cpuSeconds = 0;       // user + system of both processes
};

struct Options {
    bool quick = false;
    std::vector<std::string> mechanisms; // empty: all
    std::vector<std::size_t> sizes;      // empty: the default ladder
};

/// pipe, fifo, shm-sem, shm-spin, unix-socket
const std::vector<std::string> &allMechanisms();
std::vector<std::size_t> defaultSizes(bool quick);

/// Runs the benchmark; `progress(done, total, label)` is called before each
/// measurement. Returns false and sets `error` if a mechanism could not be
/// set up.
bool runBench(const Options &opt, std::vector<Result> &out, std::string &error,
              const std::function<void(int, int, const std::string &)> &progress);

void writeJson(std::ostream &out, const Options &opt, const std::vector<Result> &results);
void writeCsv(std::ostream &out, const std::vector<Result> &results);

/// The `bench` subcommand: [--json|--csv] [--quick] [--mechanism M]... [--size N]...
int runBenchCommand(const std::vector<std::string> &args);

} // namespace ipcviz::bench
