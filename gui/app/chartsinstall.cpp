#include "chartsinstall.h"

#include "charts/benchmarkview.h"
#include "charts/chartspane.h"
#include "charts/outcomeview.h"
#include "mainwindow.h"
#include "runcontroller.h"
#include "views/parametereditor.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

void installCharts(MainWindow &window)
{
    auto *dock = new QDockWidget(MainWindow::tr("Charts"), &window);
    dock->setObjectName(QStringLiteral("ChartsDock"));
    dock->setWidget(new ChartsPane(window.runModel(), dock));
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    // Next to the timeline, as a tab, so the canvas keeps its room.
    if (auto *timeline = window.findChild<QDockWidget *>(QStringLiteral("TimelineDock"))) {
        window.tabifyDockWidget(timeline, dock);
        timeline->raise();
    }

    QMenu *menu = window.menuBar()->addMenu(MainWindow::tr("&Measure"));
    QAction *charts = dock->toggleViewAction();
    charts->setText(MainWindow::tr("&Charts"));
    menu->addAction(charts);
    QAction *bench = menu->addAction(MainWindow::tr("IPC &Benchmark…"));
    bench->setObjectName(QStringLiteral("BenchmarkAction"));
    bench->setStatusTip(
        MainWindow::tr("Measure latency and throughput of pipes, FIFOs, sockets and shared "
                       "memory on this machine"));
    QObject::connect(bench, &QAction::triggered, &window, [&window] {
        auto *view = window.findChild<BenchmarkView *>(QStringLiteral("BenchmarkView"));
        if (!view) {
            view = new BenchmarkView(&window);
            view->setObjectName(QStringLiteral("BenchmarkView"));
            view->setWindowFlag(Qt::Window);
            view->resize(1100, 780);
        }
        view->show();
        view->raise();
        view->activateWindow();
    });

    QAction *outcomes = menu->addAction(MainWindow::tr("Run N &Times…"));
    outcomes->setObjectName(QStringLiteral("RunNTimesAction"));
    outcomes->setStatusTip(
        MainWindow::tr("Run the current scenario many times, predict and count the outcomes"));
    QObject::connect(outcomes, &QAction::triggered, &window, [&window] {
        auto *view = window.findChild<OutcomeView *>(QStringLiteral("OutcomeView"));
        if (!view) {
            view = new OutcomeView(&window);
            view->setObjectName(QStringLiteral("OutcomeView"));
            view->setWindowFlag(Qt::Window);
            view->resize(900, 640);
            // Asked at each start, so the runs use the scenario and parameters
            // selected at that moment.
            view->setRunOptionsProvider([&window] {
                RunOptions options;
                options.scenario = window.controller()->scenario();
                options.params = window.parameterEditor()->valuePairs();
                return options;
            });
        }
        view->setKey(OutcomeRunner::defaultKey(window.controller()->scenario()));
        view->show();
        view->raise();
        view->activateWindow();
    });
}
