#include "chartsinstall.h"

#include "charts/benchmarkview.h"
#include "charts/chartspane.h"
#include "charts/outcomeview.h"
#include "languagechange.h"
#include "mainwindow.h"
#include "runcontroller.h"
#include "views/parametereditor.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

void installCharts(MainWindow &window)
{
    auto *dock = new QDockWidget(&window);
    dock->setObjectName(QStringLiteral("ChartsDock"));
    dock->setWidget(new ChartsPane(window.runModel(), dock));
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    // Next to the timeline, as a tab, so the canvas keeps its room.
    if (auto *timeline = window.findChild<QDockWidget *>(QStringLiteral("TimelineDock"))) {
        window.tabifyDockWidget(timeline, dock);
        timeline->raise();
    }

    QMenu *menu = window.menuBar()->addMenu(QString());
    menu->setObjectName(QStringLiteral("MeasureMenu"));
    QAction *charts = dock->toggleViewAction();
    menu->addAction(charts);
    QAction *bench = menu->addAction(QString());
    bench->setObjectName(QStringLiteral("BenchmarkAction"));
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

    QAction *outcomes = menu->addAction(QString());
    outcomes->setObjectName(QStringLiteral("RunNTimesAction"));
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

    retranslateOnLanguageChange(menu, [dock, menu, charts, bench, outcomes] {
        dock->setWindowTitle(MainWindow::tr("Charts"));
        menu->setTitle(MainWindow::tr("&Measure"));
        // After the dock's title: a new title renames its toggle action.
        charts->setText(MainWindow::tr("&Charts"));
        charts->setToolTip(MainWindow::tr("Show or hide the charts of the run"));
        bench->setText(MainWindow::tr("IPC &Benchmark…"));
        const QString benchTip =
            MainWindow::tr("Measure latency and throughput of pipes, FIFOs, sockets and shared "
                           "memory on this machine");
        bench->setStatusTip(benchTip);
        bench->setToolTip(benchTip);
        outcomes->setText(MainWindow::tr("Run N &Times…"));
        const QString outcomesTip =
            MainWindow::tr("Run the current scenario many times, predict and count the outcomes");
        outcomes->setStatusTip(outcomesTip);
        outcomes->setToolTip(outcomesTip);
    });
}
