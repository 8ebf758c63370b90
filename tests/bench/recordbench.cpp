// ipcviz-bench-record: what formatting one event line with protocol::Record
// costs, in ns per record (figure 5 of scripts/bench). Not a test: it prints
// medians of CPU time and never fails.
//
// `pingpong` formats the four events of each pipe-pingpong round as the
// interpreter does (pipe.write and pipe.read, begin and end, 64-byte `data`
// previews on the write's begin and the read's end); `output` formats
// proc.output events of 600 bytes of mixed text (escapes, UTF-8, control bytes).
//
// Usage: ipcviz-bench-record [RECORDS [REPS [pingpong|output]]] (the last to
// profile one of the two alone).

#include "protocol/record.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <time.h>

using ipcviz::protocol::Record;

namespace {

// What the interpreter's event() writes first.
Record event(std::int64_t t, int pid, const std::string &label, const std::string &kind,
             const char *phase, int line)
{
    Record r;
    r.field("t", t).field("pid", pid).field("label", label).field("kind", kind);
    if (phase)
        r.field("phase", phase);
    r.field("line", line);
    return r;
}

// One round's four events, round `i`; returns the bytes formatted.
std::size_t pingpongRound(std::int64_t i, const std::string &data)
{
    static const std::string parent = "main", child = "main.1";
    static const std::string write = "pipe.write", read = "pipe.read";
    static const std::string there = "pipe#1";
    const std::int64_t t = 3128491 + i * 5237;
    const auto bytes = static_cast<std::int64_t>(data.size());
    std::size_t total = 0;

    Record wb = event(t, 8694, parent, write, "begin", 27);
    wb.field("obj", there).field("fd", 4).field("bytes", bytes).preview("data", data);
    total += wb.finish().size();

    Record rb = event(t + 1100, 8695, child, read, "begin", 18);
    rb.field("obj", there).field("fd", 3).field("max", bytes);
    total += rb.finish().size();

    Record we = event(t + 1701, 8694, parent, write, "end", 27);
    we.field("obj", there).field("fd", 4).field("ret", bytes);
    we.field("bytes", bytes);
    total += we.finish().size();

    Record re = event(t + 3421, 8695, child, read, "end", 18);
    re.field("obj", there).field("fd", 3).field("ret", bytes);
    re.field("bytes", bytes).preview("data", data);
    total += re.finish().size();
    return total;
}

std::size_t outputEvent(std::int64_t i, const std::string &text)
{
    static const std::string label = "main.1", kind = "proc.output";
    Record r = event(91234567 + i * 811, 8695, label, kind, nullptr, 9);
    r.field("stream", "stdout")
        .field("bytes", static_cast<std::int64_t>(text.size()))
        .preview("data", text, 600);
    return r.finish().size();
}

std::string mixedText(std::size_t n)
{
    static const char *const pieces[] = {"Hello, world. ", "\"quoted\" ",   "tab\t",   "line\n",
                                         "caf\xC3\xA9 ",   "\xE2\x82\xAC ", "\x1b[1m", "\xFF"};
    std::string s;
    for (std::size_t k = 0; s.size() < n; ++k)
        s += pieces[k % std::size(pieces)];
    s.resize(n);
    return s;
}

volatile std::size_t g_sink;

// CPU time of this thread: on a machine shared with other work, time spent
// waiting for a CPU does not count (wall time would).
double cpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
}

// Runs `records` records of `one` (which formats `perCall` of them) `reps`
// times and prints the median, min and max ns per record.
template <typename F>
void measure(const char *name, std::int64_t records, int reps, std::size_t perCall, F one)
{
    std::vector<double> ns;
    std::size_t bytes = 0;
    const std::int64_t calls = records / static_cast<std::int64_t>(perCall);
    for (int rep = 0; rep < reps; ++rep) {
        bytes = 0;
        const double start = cpuNs();
        for (std::int64_t i = 0; i < calls; ++i)
            bytes += one(i);
        const double end = cpuNs();
        g_sink = g_sink + bytes;
        ns.push_back((end - start) /
                     static_cast<double>(calls * static_cast<std::int64_t>(perCall)));
    }
    std::sort(ns.begin(), ns.end());
    std::printf("   %-9s %7.1f ns/record (median of %d; min %.1f, max %.1f), %.0f bytes/record\n",
                name, ns[ns.size() / 2], reps, ns.front(), ns.back(),
                static_cast<double>(bytes) /
                    static_cast<double>(calls * static_cast<std::int64_t>(perCall)));
}

} // namespace

int main(int argc, char **argv)
{
    const std::int64_t records = argc > 1 ? std::atoll(argv[1]) : 2000000;
    const int reps = argc > 2 ? std::atoi(argv[2]) : 9;
    const std::string only = argc > 3 ? argv[3] : "";
    if (records < 4 || reps < 1) {
        std::fprintf(stderr, "usage: ipcviz-bench-record [RECORDS [REPS [pingpong|output]]]\n");
        return 2;
    }
    const std::string data(64, 'x');
    const std::string text = mixedText(600);
    std::printf("5. Record formatting (protocol::Record, one event line)\n");
    if (only.empty() || only == "pingpong")
        measure("pingpong", records, reps, 4,
                [&](std::int64_t i) { return pingpongRound(i, data); });
    if (only.empty() || only == "output")
        measure("output", records / 4, reps, 1,
                [&](std::int64_t i) { return outputEvent(i, text); });
    return 0;
}
