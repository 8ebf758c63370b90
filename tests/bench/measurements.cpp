#include "measurements.h"

#include "app/chartsinstall.h"
#include "app/mainwindow.h"
#include "app/scenariofiles.h"
#include "app/tracereplay.h"
#include "app/viewcoordinator.h"
#include "charts/chartspane.h"
#include "charts/timechartview.h"
#include "core/tracefile.h"
#include "engineclient/engineclient.h"
#include "export/exportmenu.h"
#include "models/runfeeder.h"
#include "models/runmodel.h"
#include "views/canvasscene.h"
#include "views/canvasview.h"
#include "views/timelinescene.h"
#include "views/timelineview.h"

#include <QApplication>
#include <QChart>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLineSeries>
#include <QPainter>
#include <QScrollBar>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <memory>

namespace {

constexpr int Frames = 20;

/// A field of /proc/self/status in MB (10^6 bytes), e.g. VmRSS, VmHWM.
double statusMB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() * 1024 / 1e6;
    }
    return -1;
}

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// CPU time of the process so far (every thread), ms: on a loaded machine it
/// says what the work cost better than the wall clock.
double cpuMs()
{
    return static_cast<double>(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

/// Lets queued work (signals, timers due now, paint requests) run.
void settle(int rounds = 3)
{
    for (int i = 0; i < rounds; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

/// The window exactly as main.cpp builds it.
std::unique_ptr<MainWindow> makeWindow()
{
    auto window = std::make_unique<MainWindow>();
    installScenarioFiles(*window);
    installTraceReplay(*window);
    installExportMenu(*window);
    installCharts(*window);
    window->resize(1600, 1000);
    window->show();
    settle();
    return window;
}

/// Average time (ms) of drawing `widget` into an image of its size, after warming up.
double frameMs(QWidget *widget, int frames = Frames)
{
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    for (int i = 0; i < 2; ++i)
        widget->render(&image);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < frames; ++i)
        widget->render(&image);
    return ms(timer) / frames;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = static_cast<qsizetype>(p / 100.0 * static_cast<double>(values.size() - 1));
    return values.at(std::clamp<qsizetype>(at, 0, values.size() - 1));
}

/// Largest number of points of any line series of the chart.
qsizetype maxSeriesPoints(TimeChartView *view)
{
    qsizetype most = 0;
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *line = qobject_cast<QXYSeries *>(series))
            most = std::max<qsizetype>(most, line->count());
    }
    return most;
}

} // namespace

namespace Measure {

QJsonObject decode(const QString &trace)
{
    const double before = statusMB("VmRSS");
    const double cpuBefore = cpuMs();
    QElapsedTimer timer;
    timer.start();
    const TraceLoadResult result = TraceFile::load(trace);
    const double took = ms(timer);
    const double cpu = cpuMs() - cpuBefore;
    return {{QStringLiteral("ok"), result.ok()},
            {QStringLiteral("events"), static_cast<double>(result.events.size())},
            {QStringLiteral("ms"), took},
            {QStringLiteral("cpu_ms"), cpu},
            {QStringLiteral("rss_before_mb"), before},
            {QStringLiteral("rss_mb"), statusMB("VmRSS")},
            {QStringLiteral("peak_mb"), statusMB("VmHWM")}};
}

QJsonObject open(const QString &trace)
{
    auto window = makeWindow();
    const double idle = statusMB("VmRSS");
    const double cpuBefore = cpuMs();
    QElapsedTimer timer;
    timer.start();
    const bool ok = window->openTrace(trace);
    const double opened = ms(timer);
    // What the refresh timers would do next, without waiting for them, then paint.
    // The charts are a tab behind the timeline: drawn when seen (figure 4 has them).
    window->coordinator()->refreshNow();
    if (auto *charts = window->findChild<ChartsPane *>();
        charts && !charts->visibleRegion().isEmpty())
        charts->redraw();
    settle();
    window->repaint();
    const double shown = ms(timer);
    // The charts' series go on being worked out in a thread: let it end, so the
    // peak memory below includes it.
    if (auto *charts = window->findChild<ChartsPane *>())
        (void)charts->data().fillSeries();
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("events"), window->runModel()->eventCount()},
            {QStringLiteral("open_ms"), opened},
            {QStringLiteral("total_ms"), shown},
            {QStringLiteral("cpu_ms"), cpuMs() - cpuBefore},
            {QStringLiteral("idle_mb"), idle},
            {QStringLiteral("rss_mb"), statusMB("VmRSS")},
            {QStringLiteral("peak_mb"), statusMB("VmHWM")}};
}

QJsonObject ingestCore(const QString &enginePath)
{
    RunModel model;
    EngineClient client;
    client.setEnginePath(enginePath);
    RunFeeder::connectClient(&client, &model);
    QElapsedTimer timer;
    qint64 started = -1;
    qint64 finished = -1;
    QObject::connect(&client, &EngineClient::runStarted, &client,
                     [&] { started = timer.nsecsElapsed(); });
    QObject::connect(&client, &EngineClient::runFinished, &client,
                     [&] { finished = timer.nsecsElapsed(); });
    QEventLoop loop;
    QObject::connect(&client, &EngineClient::runningChanged, &loop, [&loop](bool running) {
        if (!running)
            loop.quit();
    });
    RunOptions options;
    options.scenario = QStringLiteral("pipe-pingpong");
    timer.start();
    if (!client.start(options))
        return {{QStringLiteral("ok"), false}};
    loop.exec();
    const double seconds = static_cast<double>(finished - started) / 1e9;
    return {{QStringLiteral("ok"), finished > 0},
            {QStringLiteral("events"), model.eventCount()},
            {QStringLiteral("ms"), seconds * 1e3},
            {QStringLiteral("rate"), seconds > 0 ? model.eventCount() / seconds : 0.0},
            {QStringLiteral("peak_mb"), statusMB("VmHWM")}};
}

QJsonObject ingestApp(double rate, bool charts)
{
    auto window = makeWindow();
    if (!window->reloadScenarios() || !window->selectScenario(QStringLiteral("pipe-pingpong")))
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), window->statusText()}};
    if (charts) {
        if (auto *dock = window->findChild<QDockWidget *>(QStringLiteral("ChartsDock")))
            dock->raise();
        settle();
    }
    RunModel *model = window->runModel();
    // The probe: a 10 ms timer; how late each tick comes is the loop's latency.
    constexpr qint64 ProbeMs = 10;
    QElapsedTimer clock;
    clock.start();
    QList<double> lateness;
    qint64 lastTick = -1;
    bool streaming = false;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(ProbeMs);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (streaming && lastTick >= 0)
            lateness.append(std::max(0.0, static_cast<double>(now - lastTick) / 1e6 - ProbeMs));
        lastTick = now;
    });
    qint64 started = -1;
    qint64 finished = -1;
    QObject::connect(model, &RunModel::runReset, &probe, [&] {
        started = clock.nsecsElapsed();
        streaming = true;
    });
    QEventLoop loop;
    QObject::connect(model, &RunModel::runEnded, &probe, [&] {
        finished = clock.nsecsElapsed();
        streaming = false;
        loop.quit();
    });
    QTimer::singleShot(15 * 60 * 1000, &loop, &QEventLoop::quit);
    probe.start();
    if (!window->run())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), window->statusText()}};
    loop.exec();
    const double seconds = static_cast<double>(finished - started) / 1e9;
    const int events = model->eventCount();
    return {{QStringLiteral("ok"), finished > 0},
            {QStringLiteral("events"), events},
            {QStringLiteral("asked_rate"), rate},
            {QStringLiteral("rate"), seconds > 0 ? events / seconds : 0.0},
            {QStringLiteral("ms"), seconds * 1e3},
            {QStringLiteral("probes"), lateness.size()},
            {QStringLiteral("latency_p50_ms"), percentile(lateness, 50)},
            {QStringLiteral("latency_p99_ms"), percentile(lateness, 99)},
            {QStringLiteral("latency_max_ms"), percentile(lateness, 100)},
            {QStringLiteral("peak_mb"), statusMB("VmHWM")}};
}

QJsonObject drawCanvas(const QString &trace)
{
    auto window = makeWindow();
    if (!window->openTrace(trace))
        return {{QStringLiteral("ok"), false}};
    RunModel *model = window->runModel();
    // The end of the run: every process of the tree is on the canvas by then.
    QElapsedTimer timer;
    timer.start();
    model->setCursor(model->eventCount() - 1);
    window->coordinator()->refreshNow();
    const double update = ms(timer);
    settle();
    CanvasView *view = window->canvasView();
    view->fitAll();
    const int processes = static_cast<int>(view->canvasScene()->processItems().size());
    const double frame = frameMs(view->viewport());
    // The first frame after the state changed (scrubbing back and forth over the
    // end of the run, where every card is): cards repaint what changed.
    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    double changed = 0;
    constexpr int Moves = 10;
    for (int i = 0; i < Moves; ++i) {
        model->setCursor(model->eventCount() - 1 - (i % 2) * 200);
        window->coordinator()->refreshNow();
        timer.restart();
        view->viewport()->render(&image);
        changed += ms(timer);
    }
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("processes"), processes},
            {QStringLiteral("update_ms"), update},
            {QStringLiteral("width"), view->viewport()->width()},
            {QStringLiteral("height"), view->viewport()->height()},
            {QStringLiteral("frame_ms"), frame},
            {QStringLiteral("changed_frame_ms"), changed / Moves}};
}

QJsonObject drawTimelineAndCharts(const QString &trace)
{
    auto window = makeWindow();
    if (!window->openTrace(trace))
        return {{QStringLiteral("ok"), false}};
    window->coordinator()->refreshNow();
    settle();
    QJsonObject result{{QStringLiteral("ok"), true},
                       {QStringLiteral("events"), window->runModel()->eventCount()}};

    auto *timeline = window->findChild<TimelineView *>();
    if (timeline) {
        timeline->fitAll();
        settle();
        QWidget *viewport = timeline->viewport();
        result.insert(QStringLiteral("timeline_width"), viewport->width());
        result.insert(QStringLiteral("timeline_height"), viewport->height());
        result.insert(QStringLiteral("timeline_all_ms"), frameMs(viewport));
        // Zoomed in: 2 ms of the run across the view, in the middle of the run.
        TimelineScene *scene = timeline->timelineScene();
        scene->setPixelsPerMs(viewport->width() / 2.0);
        timeline->horizontalScrollBar()->setValue(
            static_cast<int>(scene->xForTime(scene->duration() / 2)));
        settle();
        result.insert(QStringLiteral("timeline_zoomed_ms"), frameMs(viewport));
        timeline->fitAll();
    }

    auto *charts = window->findChild<ChartsPane *>();
    if (charts) {
        if (auto *dock = window->findChild<QDockWidget *>(QStringLiteral("ChartsDock")))
            dock->raise();
        (void)charts->data().fillSeries(); // the series worked out since the open
        QElapsedTimer timer;
        timer.start();
        charts->redraw();
        result.insert(QStringLiteral("charts_first_redraw_ms"), ms(timer));
        timer.restart();
        charts->redraw();
        result.insert(QStringLiteral("charts_redraw_ms"), ms(timer));
        QJsonArray frames;
        qsizetype points = 0;
        double worst = 0;
        for (int tab = ChartsPane::FillTab; tab <= ChartsPane::BytesTab; ++tab) {
            charts->tabs()->setCurrentIndex(tab);
            settle();
            TimeChartView *view = charts->chartView(static_cast<ChartsPane::Tab>(tab));
            const double frame = frameMs(view, 10);
            frames.append(frame);
            worst = std::max(worst, frame);
            points = std::max(points, maxSeriesPoints(view));
        }
        result.insert(QStringLiteral("chart_frames_ms"), frames);
        result.insert(QStringLiteral("chart_worst_ms"), worst);
        result.insert(QStringLiteral("chart_max_points"), static_cast<double>(points));
        result.insert(QStringLiteral("chart_width"),
                      charts->chartView(ChartsPane::FillTab)->width());
    }
    return result;
}

} // namespace Measure
