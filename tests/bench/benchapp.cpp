// ipcviz-bench-app ENGINE [--events N] [--keep DIR]: figures 3 (the app's ingest)
// and 4 (drawing) of scripts/bench, each beside its goal. It makes its traces with
// the real engine, then measures each figure in a child process of its own (so
// each peak RSS is that figure's): `ipcviz-bench-app --measure NAME ARGS...`
// prints one line "RESULT {json}". The same executable plays the engine for the
// live figures (see fakeengine.h). Nothing here passes or fails: read the numbers.

#include "fakeengine.h"
#include "measurements.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace {

constexpr int ChildTimeoutMs = 20 * 60 * 1000;
constexpr double LiveRate = 100'000;

void say(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void progress(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("   (%1)\n").arg(text)), stderr);
}

QString number(double value, int decimals = 0)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

/// Runs the engine to make a trace; false with a message on failure.
bool makeTrace(const QString &engine, const QStringList &arguments, const QString &path)
{
    QProcess process;
    process.setStandardOutputFile(path);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(engine, arguments);
    if (!process.waitForFinished(ChildTimeoutMs) || process.exitCode() != 0) {
        say(QStringLiteral("   cannot make a trace: %1 %2: %3")
                .arg(engine, arguments.join(QLatin1Char(' ')),
                     QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
        return false;
    }
    return true;
}

/// Runs one measurement in a child process; its RESULT object, or nothing.
std::optional<QJsonObject> measure(const QStringList &arguments,
                                   const QProcessEnvironment &extra = {})
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--measure")} + arguments);
    if (!child.waitForFinished(ChildTimeoutMs)) {
        child.kill();
        child.waitForFinished();
        say(QStringLiteral("   %1: no result within %2 min")
                .arg(arguments.value(0))
                .arg(ChildTimeoutMs / 60000));
        return std::nullopt;
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("RESULT ")) {
            const QJsonObject result = QJsonDocument::fromJson(line.mid(7)).object();
            if (result.value(QStringLiteral("ok")).toBool())
                return result;
        }
    }
    say(QStringLiteral("   %1: failed (exit status %2)")
            .arg(arguments.value(0))
            .arg(child.exitCode()));
    return std::nullopt;
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("NOT met");
}

int runMeasurement(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ipcviz-bench"));
    QApplication::setApplicationName(QStringLiteral("ipcviz-bench"));
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    const QStringList args = app.arguments().mid(2);
    const QString name = args.value(0);
    QJsonObject result;
    if (name == QLatin1String("decode"))
        result = Measure::decode(args.value(1));
    else if (name == QLatin1String("open"))
        result = Measure::open(args.value(1));
    else if (name == QLatin1String("ingest-core"))
        result = Measure::ingestCore(QCoreApplication::applicationFilePath());
    else if (name == QLatin1String("ingest-app"))
        result =
            Measure::ingestApp(args.value(1).toDouble(), args.value(2) == QLatin1String("charts"));
    else if (name == QLatin1String("canvas"))
        result = Measure::drawCanvas(args.value(1));
    else if (name == QLatin1String("draw"))
        result = Measure::drawTimelineAndCharts(args.value(1));
    std::printf("RESULT %s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    // Skip tearing down a million events: the figures are out.
    std::_Exit(0);
}

QProcessEnvironment fakeEngine(const QString &engine, const QString &trace, double rate)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("IPCVIZ_ENGINE"), QCoreApplication::applicationFilePath());
    env.insert(QStringLiteral("IPCVIZ_BENCH_REAL_ENGINE"), engine);
    env.insert(QStringLiteral("IPCVIZ_BENCH_FAKE_TRACE"), trace);
    env.insert(QStringLiteral("IPCVIZ_BENCH_FAKE_RATE"), QString::number(rate));
    return env;
}

void figureIngest(const QString &engine, const QString &trace, int events)
{
    const double traceMB = static_cast<double>(QFileInfo(trace).size()) / 1e6;
    say(QStringLiteral("3. app ingest, pipe-pingpong trace of %1 events (%2 MB)")
            .arg(number(events), number(traceMB)));

    progress(QStringLiteral("decoding the trace"));
    if (const auto r = measure({QStringLiteral("decode"), trace})) {
        const double s = r->value(QStringLiteral("ms")).toDouble() / 1e3;
        say(QStringLiteral("   read + decode (TraceFile::load): %1 s = %2 events/s, peak RSS %3 MB")
                .arg(number(s, 2), number(events / s),
                     number(r->value(QStringLiteral("peak_mb")).toDouble())));
    }
    progress(QStringLiteral("opening the trace in the app"));
    if (const auto r = measure({QStringLiteral("open"), trace})) {
        const double open = r->value(QStringLiteral("open_ms")).toDouble() / 1e3;
        const double total = r->value(QStringLiteral("total_ms")).toDouble() / 1e3;
        const double peak = r->value(QStringLiteral("peak_mb")).toDouble();
        say(QStringLiteral("   open in the app: %1 s to read, decode and append with every view "
                           "attached, %2 s until the views show the end state (goal < 1 s: %3); "
                           "CPU %4 s")
                .arg(number(open, 2), number(total, 2), verdict(total < 1.0),
                     number(r->value(QStringLiteral("cpu_ms")).toDouble() / 1e3, 2)));
        say(QStringLiteral("   memory: peak RSS %1 MB, of which %2 MB is the empty window "
                           "(goal < 400 MB: %3)")
                .arg(number(peak), number(r->value(QStringLiteral("idle_mb")).toDouble()),
                     verdict(peak < 400)));
    }
    progress(QStringLiteral("live ingest, EngineClient and RunModel only"));
    if (const auto r = measure({QStringLiteral("ingest-core")}, fakeEngine(engine, trace, 0))) {
        say(QStringLiteral("   live, EngineClient decode + RunModel append: %1 events/s")
                .arg(number(r->value(QStringLiteral("rate")).toDouble())));
    }
    progress(QStringLiteral("live ingest, whole app, as fast as it goes"));
    if (const auto r =
            measure({QStringLiteral("ingest-app"), QStringLiteral("0"), QStringLiteral("timeline")},
                    fakeEngine(engine, trace, 0))) {
        say(QStringLiteral("   live, whole app as fast as it goes: %1 events/s (UI loop latency "
                           "p99 %2 ms)")
                .arg(number(r->value(QStringLiteral("rate")).toDouble()),
                     number(r->value(QStringLiteral("latency_p99_ms")).toDouble())));
    }
    for (const bool charts : {false, true}) {
        progress(QStringLiteral("live ingest, whole app, 100,000 events/s%1")
                     .arg(charts ? QStringLiteral(", charts in front") : QString()));
        const auto r = measure({QStringLiteral("ingest-app"), QString::number(LiveRate),
                                charts ? QStringLiteral("charts") : QStringLiteral("timeline")},
                               fakeEngine(engine, trace, LiveRate));
        if (!r)
            continue;
        const double rate = r->value(QStringLiteral("rate")).toDouble();
        const double p99 = r->value(QStringLiteral("latency_p99_ms")).toDouble();
        say(QStringLiteral("   live at %1 events/s, %2 in front: the app took %3 events/s (goal: "
                           "keeps up: %4); UI loop latency p50 %5 ms, p99 %6 ms, max %7 ms (goal "
                           "p99 < 50 ms: %8)")
                .arg(number(LiveRate),
                     charts ? QStringLiteral("charts") : QStringLiteral("timeline"), number(rate),
                     verdict(rate >= 0.97 * LiveRate),
                     number(r->value(QStringLiteral("latency_p50_ms")).toDouble(), 1),
                     number(p99, 1),
                     number(r->value(QStringLiteral("latency_max_ms")).toDouble(), 1),
                     verdict(p99 < 50)));
    }
    say({});
}

void figureDrawing(const QString &bigTrace, const QString &treeTrace)
{
    say(QStringLiteral("4. drawing (one frame rendered offscreen into an image the view's size)"));
    progress(QStringLiteral("canvas"));
    if (const auto r = measure({QStringLiteral("canvas"), treeTrace})) {
        const double frame = r->value(QStringLiteral("frame_ms")).toDouble();
        const double changed = r->value(QStringLiteral("changed_frame_ms")).toDouble();
        say(QStringLiteral("   canvas, fork-tree with %1 processes on it, %2x%3: %4 ms/frame = %5 "
                           "frames/s (goal 60: %6); first frame after the state changed %7 ms, "
                           "building the state's picture %8 ms")
                .arg(r->value(QStringLiteral("processes")).toInt())
                .arg(r->value(QStringLiteral("width")).toInt())
                .arg(r->value(QStringLiteral("height")).toInt())
                .arg(number(frame, 1), number(1000 / frame), verdict(1000 / frame >= 60),
                     number(changed, 1),
                     number(r->value(QStringLiteral("update_ms")).toDouble(), 1)));
    }
    progress(QStringLiteral("timeline and charts"));
    if (const auto r = measure({QStringLiteral("draw"), bigTrace})) {
        const int events = r->value(QStringLiteral("events")).toInt();
        if (r->contains(QStringLiteral("timeline_all_ms"))) {
            const double all = r->value(QStringLiteral("timeline_all_ms")).toDouble();
            const double zoomed = r->value(QStringLiteral("timeline_zoomed_ms")).toDouble();
            say(QStringLiteral("   timeline, %1 events, %2x%3: whole run %4 ms/frame = %5 "
                               "frames/s, zoomed to 2 ms %6 ms/frame = %7 frames/s (goal 30: %8)")
                    .arg(number(events))
                    .arg(r->value(QStringLiteral("timeline_width")).toInt())
                    .arg(r->value(QStringLiteral("timeline_height")).toInt())
                    .arg(number(all, 1), number(1000 / all), number(zoomed, 1),
                         number(1000 / zoomed), verdict(1000 / std::max(all, zoomed) >= 30)));
        }
        if (r->contains(QStringLiteral("chart_worst_ms"))) {
            const double worst = r->value(QStringLiteral("chart_worst_ms")).toDouble();
            const int points = r->value(QStringLiteral("chart_max_points")).toInt();
            say(QStringLiteral(
                    "   charts, %1 events, %2 px wide: at most %3 points per series "
                    "(goal: decimated: %4), slowest chart %5 ms/frame = %6 frames/s "
                    "(goal 30: %7), drawing all series again %8 ms (the first time %9 ms)")
                    .arg(number(events))
                    .arg(r->value(QStringLiteral("chart_width")).toInt())
                    .arg(number(points), verdict(points < 20'000), number(worst, 1),
                         number(1000 / worst), verdict(1000 / worst >= 30),
                         number(r->value(QStringLiteral("charts_redraw_ms")).toDouble(), 1),
                         number(r->value(QStringLiteral("charts_first_redraw_ms")).toDouble(), 1)));
        }
    }
    say({});
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--measure") == 0)
        return runMeasurement(argc, argv);
    if (FakeEngine::isRequested())
        return FakeEngine::run(argc, argv);

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Figures 3 (app ingest) and 4 (drawing) of scripts/bench, each beside its goal."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("engine"), QStringLiteral("ipcviz-engine"));
    parser.addOption({QStringLiteral("events"),
                      QStringLiteral("Events in the big trace (default 1000000)."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("keep"),
                      QStringLiteral("Keep the traces in DIR (made if missing)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("only"),
                      QStringLiteral("Only figure 3 (ingest) or 4 (drawing)."),
                      QStringLiteral("3|4")});
    parser.process(app);
    const QString engine = parser.positionalArguments().value(0);
    if (engine.isEmpty() || !QFileInfo(engine).isExecutable()) {
        say(QStringLiteral(
            "usage: ipcviz-bench-app ENGINE (the ipcviz-engine to make traces with)"));
        return 2;
    }
    QTemporaryDir temporary;
    QString dir = temporary.path();
    if (parser.isSet(QStringLiteral("keep"))) {
        dir = parser.value(QStringLiteral("keep"));
        QDir().mkpath(dir);
    }

    // pipe-pingpong: 8 events per round. fork-tree depth 3 width 8: 585 processes.
    const int wanted = parser.value(QStringLiteral("events")).toInt();
    const int rounds = std::max(1, wanted / 8);
    const QString big = QDir(dir).filePath(QStringLiteral("pingpong-%1.ndjson").arg(rounds));
    const QString tree = QDir(dir).filePath(QStringLiteral("fork-tree-3x8.ndjson"));
    progress(QStringLiteral("making the traces"));
    if (!QFileInfo::exists(big) &&
        !makeTrace(engine,
                   {QStringLiteral("run"), QStringLiteral("pipe-pingpong"),
                    QStringLiteral("--param"), QStringLiteral("rounds=%1").arg(rounds),
                    QStringLiteral("--param"), QStringLiteral("bytes=64"),
                    QStringLiteral("--timeout"), QStringLiteral("600")},
                   big))
        return 1;
    if (!QFileInfo::exists(tree) &&
        !makeTrace(engine,
                   {QStringLiteral("run"), QStringLiteral("fork-tree"), QStringLiteral("--param"),
                    QStringLiteral("depth=3"), QStringLiteral("--param"), QStringLiteral("width=8"),
                    QStringLiteral("--max-procs"), QStringLiteral("1024"),
                    QStringLiteral("--timeout"), QStringLiteral("600")},
                   tree))
        return 1;
    int events = 0;
    {
        QFile file(big);
        if (file.open(QIODevice::ReadOnly))
            events = static_cast<int>(file.readAll().count('\n')) - 2; // hello and end
    }

    const QString only = parser.value(QStringLiteral("only"));
    if (only.isEmpty() || only == QLatin1String("3"))
        figureIngest(engine, big, events);
    if (only.isEmpty() || only == QLatin1String("4"))
        figureDrawing(big, tree);
    return 0;
}
