#include "benchmarkreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace {

/// The context under which Qt Linguist collects this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BenchmarkReport)
};

bool readNumber(const QJsonObject &object, const char *key, double *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        return false;
    *out = value.toDouble();
    return true;
}

bool readStat(const QJsonObject &object, const char *key, BenchmarkStat *out)
{
    const QJsonObject stat = object.value(QLatin1String(key)).toObject();
    return readNumber(stat, "min", &out->min) && readNumber(stat, "median", &out->median) &&
           readNumber(stat, "max", &out->max);
}

} // namespace

std::optional<BenchmarkReport> BenchmarkReport::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Tr::tr("benchmark output, offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = Tr::tr("benchmark output: not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonValue results = root.value(QLatin1String("results"));
    if (!results.isArray()) {
        *error = Tr::tr("benchmark output: no \"results\" array");
        return std::nullopt;
    }
    BenchmarkReport report;
    report.machine = root.value(QLatin1String("machine")).toString();
    report.quick = root.value(QLatin1String("quick")).toBool();
    const QJsonArray array = results.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject item = array.at(i).toObject();
        BenchmarkResult result;
        result.mechanism = item.value(QLatin1String("mechanism")).toString();
        double size = 0;
        double roundTrips = 0;
        double trials = 0;
        const bool ok =
            !result.mechanism.isEmpty() && readNumber(item, "size", &size) && size > 0 &&
            readNumber(item, "round_trips", &roundTrips) && readNumber(item, "trials", &trials) &&
            readStat(item, "latency_us", &result.latencyUs) &&
            readStat(item, "throughput_mb_s", &result.throughputMbS) &&
            readNumber(item, "wall_s", &result.wallS) && readNumber(item, "cpu_s", &result.cpuS);
        if (!ok) {
            *error = Tr::tr("benchmark output, results[%1]: a field is missing or not a number "
                            "(mechanism, size, round_trips, trials, latency_us, throughput_mb_s, "
                            "wall_s, cpu_s)")
                         .arg(i);
            return std::nullopt;
        }
        result.size = static_cast<qint64>(size);
        result.roundTrips = static_cast<qint64>(roundTrips);
        result.trials = static_cast<int>(trials);
        report.results.append(result);
    }
    return report;
}

QStringList BenchmarkReport::mechanisms() const
{
    QStringList names;
    for (const BenchmarkResult &result : results) {
        if (!names.contains(result.mechanism))
            names.append(result.mechanism);
    }
    return names;
}

QList<BenchmarkResult> BenchmarkReport::resultsFor(const QString &mechanism) const
{
    QList<BenchmarkResult> list;
    for (const BenchmarkResult &result : results) {
        if (result.mechanism == mechanism)
            list.append(result);
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const auto &a, const auto &b) { return a.size < b.size; });
    return list;
}

QByteArray BenchmarkReport::toCsv() const
{
    QByteArray csv("mechanism,size,round_trips,trials,latency_us_min,latency_us_median,"
                   "latency_us_max,throughput_mb_s_min,throughput_mb_s_median,"
                   "throughput_mb_s_max,wall_s,cpu_s\n");
    const auto number = [](double v) { return QByteArray::number(v, 'g', 10); };
    for (const BenchmarkResult &r : results) {
        QByteArray name = r.mechanism.toUtf8();
        if (name.contains(',') || name.contains('"') || name.contains('\n'))
            name = '"' + name.replace('"', "\"\"") + '"';
        csv += name + ',' + QByteArray::number(r.size) + ',' + QByteArray::number(r.roundTrips) +
               ',' + QByteArray::number(r.trials) + ',' + number(r.latencyUs.min) + ',' +
               number(r.latencyUs.median) + ',' + number(r.latencyUs.max) + ',' +
               number(r.throughputMbS.min) + ',' + number(r.throughputMbS.median) + ',' +
               number(r.throughputMbS.max) + ',' + number(r.wallS) + ',' + number(r.cpuS) + '\n';
    }
    return csv;
}
