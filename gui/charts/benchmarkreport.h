#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

/// Minimum, median and maximum over a benchmark's trials.
struct BenchmarkStat {
    double min = 0;
    double median = 0;
    double max = 0;
};

/// One mechanism at one message size, as `ipcviz-engine bench --json` measured it.
struct BenchmarkResult {
    QString mechanism; // "pipe", "fifo", "unix-socket", ...
    qint64 size = 0;   // message size in bytes
    qint64 roundTrips = 0;
    int trials = 0;
    BenchmarkStat latencyUs;     // µs per round trip
    BenchmarkStat throughputMbS; // MB/s one way
    double wallS = 0;
    double cpuS = 0;
};

/// The JSON document printed by `ipcviz-engine bench --json`, decoded and checked:
/// the machine description and one result per mechanism and size. Bad documents
/// are rejected with an error that names the offending place.
struct BenchmarkReport {
    QString machine;
    bool quick = false;
    QList<BenchmarkResult> results;

    /// Decodes the engine's output; on failure returns nothing and sets *error.
    static std::optional<BenchmarkReport> fromJson(const QByteArray &json, QString *error);
    /// Mechanisms in order of first appearance.
    QStringList mechanisms() const;
    /// The results of one mechanism, by increasing size.
    QList<BenchmarkResult> resultsFor(const QString &mechanism) const;
    /// One header line and one line per result (RFC 4180, '.' decimals).
    QByteArray toCsv() const;
};
