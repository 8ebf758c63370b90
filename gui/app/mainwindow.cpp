#include "mainwindow.h"

#include "appactions.h"
#include "engineclient/engineclient.h"
#include "models/runmodel.h"
#include "models/runstate.h"
#include "runcontroller.h"
#include "viewcoordinator.h"
#include "views/canvasscene.h"
#include "views/canvasview.h"
#include "views/codepane.h"
#include "views/consolepane.h"
#include "views/eventlogview.h"
#include "views/explanationpane.h"
#include "views/inspectorpane.h"
#include "views/messagebar.h"
#include "views/parametereditor.h"
#include "views/processpalette.h"
#include "views/scenariolibrarydock.h"
#include "views/timelinescene.h"
#include "views/timelineview.h"
#include "views/timeslider.h"
#include "views/viewselection.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QScrollArea>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <utility>

Q_LOGGING_CATEGORY(lcMainWindow, "ipcviz.mainwindow")

namespace {
/// Animation length for each --pace: slower runs get slower, easier to follow tokens.
int animationFor(int paceMs)
{
    return paceMs <= 0 ? 250 : std::clamp(paceMs, 350, 900);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new RunModel(this)), m_palette(new ProcessPalette),
      m_selection(new ViewSelection(this)), m_defaultScenario(QStringLiteral("pipe-messages"))
{
    Q_INIT_RESOURCE(resources);
    setWindowIcon(QIcon(QStringLiteral(":/icons/ipcviz.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    // Dock sizes below are relative to this; a lecture projector is about this big.
    resize(1600, 1000);
    // The coordinator connects to the model first so colours are assigned before
    // any view draws the new events.
    m_coordinator = new ViewCoordinator(m_model, m_palette, m_selection, this);
    m_controller = new RunController(m_model, this);
    m_actions = new AppActions(this);
    createViews();
    createDocks();
    createMenusAndToolBar();
    connectActions();
    retranslateUi();
    onPaceChanged(m_actions->paceMs());
    updateActions();
}

MainWindow::~MainWindow()
{
    // Views hold the palette; they go with the widget tree before it.
    delete m_coordinator;
    m_coordinator = nullptr;
    const auto docks = findChildren<QDockWidget *>();
    qDeleteAll(docks);
    delete takeCentralWidget();
    delete m_palette;
}

void MainWindow::createViews()
{
    m_canvasScene = new CanvasScene(this);
    m_canvasView = new CanvasView(m_canvasScene);
    m_messageBar = new MessageBar;
    m_slider = new TimeSlider(m_model);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_canvasView, 1);
    layout->addWidget(m_slider);
    setCentralWidget(central);

    m_timelineScene = new TimelineScene(this);
    m_timelineView = new TimelineView(m_timelineScene);
    m_eventLog = new EventLogView(m_model);
    m_inspector = new InspectorPane;
    m_console = new ConsolePane(m_model);
    m_console->setPalette(m_palette);
    m_coordinator->setCanvas(m_canvasScene);
    m_coordinator->setTimeline(m_timelineScene, m_timelineView);
    m_coordinator->setInspector(m_inspector);
    m_codePane = new CodePane(m_model);
    m_explanation = new ExplanationPane(m_model);
    m_coordinator->setStepPanes(m_codePane, m_explanation);
}

void MainWindow::createDocks()
{
    // Titles come from retranslateUi().
    auto dock = [this](const QString &name, QWidget *content, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    m_library = new ScenarioLibraryDock(this);
    m_library->setMinimumWidth(280);
    addDockWidget(Qt::LeftDockWidgetArea, m_library);
    m_parameters = new ParameterEditor;
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_parameters);
    scroll->setWidgetResizable(true);
    QDockWidget *params = m_parametersDock =
        dock(QStringLiteral("ParametersDock"), scroll, Qt::LeftDockWidgetArea);
    splitDockWidget(m_library, params, Qt::Vertical);

    QDockWidget *timeline = m_timelineDock =
        dock(QStringLiteral("TimelineDock"), m_timelineView, Qt::BottomDockWidgetArea);
    QDockWidget *log = m_eventLogDock =
        dock(QStringLiteral("EventLogDock"), m_eventLog, Qt::BottomDockWidgetArea);
    splitDockWidget(timeline, log, Qt::Horizontal);
    // Step mode's panes sit between the canvas and the inspector: the code next to
    // the picture it drives, the explanation under it. Created first, so the
    // inspector's column is split off to their right, not under them.
    QDockWidget *code = m_codeDock =
        dock(QStringLiteral("CodeDock"), m_codePane, Qt::RightDockWidgetArea);
    QDockWidget *inspector = m_inspectorDock =
        dock(QStringLiteral("InspectorDock"), m_inspector, Qt::RightDockWidgetArea);
    splitDockWidget(code, inspector, Qt::Horizontal);
    QDockWidget *console = m_consoleDock =
        dock(QStringLiteral("ConsoleDock"), m_console, Qt::RightDockWidgetArea);
    splitDockWidget(inspector, console, Qt::Vertical);
    inspector->setMinimumWidth(340);
    // Shown later, in step mode, it would get only what is left over: keep the
    // code readable.
    code->setMinimumWidth(340);
    QDockWidget *explanation = m_explanationDock =
        dock(QStringLiteral("ExplanationDock"), m_explanation, Qt::RightDockWidgetArea);
    splitDockWidget(code, explanation, Qt::Vertical);
    m_stepDocks = {code, explanation};
    resizeDocks({code, explanation}, {420, 200}, Qt::Vertical);
    resizeDocks({m_library, code, inspector}, {320, 460, 380}, Qt::Horizontal);
    showStepDocks(false);
    resizeDocks({m_library, params}, {560, 240}, Qt::Vertical);
    resizeDocks({timeline}, {300}, Qt::Vertical);
    resizeDocks({inspector, console}, {420, 200}, Qt::Vertical);
    resizeDocks({timeline, log}, {760, 520}, Qt::Horizontal);
    // The library runs down the left edge; the timeline gets the rest of the bottom.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
}

void MainWindow::createMenusAndToolBar()
{
    auto *a = m_actions;
    // Menu and toolbar titles come from retranslateUi().
    QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("FileMenu"));
    file->addAction(a->action(AppActions::OpenScenario));
    file->addAction(a->action(AppActions::OpenTrace));
    file->addAction(a->action(AppActions::SaveTrace));
    file->addSeparator();
    file->addAction(a->action(AppActions::Settings));
    file->addSeparator();
    file->addAction(a->action(AppActions::Quit));

    QMenu *run = m_runMenu = menuBar()->addMenu(QString());
    run->setObjectName(QStringLiteral("RunMenu"));
    for (auto id : {AppActions::Run, AppActions::Stop, AppActions::Restart})
        run->addAction(a->action(id));
    run->addSeparator();
    for (auto id : {AppActions::StepMode, AppActions::Step, AppActions::StepSelected,
                    AppActions::Continue, AppActions::Pause})
        run->addAction(a->action(id));
    run->addSeparator();
    for (auto id :
         {AppActions::ReplayInterleaving, AppActions::SaveSchedule, AppActions::LoadSchedule})
        run->addAction(a->action(id));
    run->addSeparator();
    QMenu *speed = m_speedMenu = run->addMenu(QString());
    speed->setObjectName(QStringLiteral("SpeedMenu"));
    speed->addActions(a->speedActions());

    QMenu *view = m_viewMenu = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("ViewMenu"));
    view->addAction(m_canvasView->zoomInAction());
    view->addAction(m_canvasView->zoomOutAction());
    view->addAction(m_canvasView->fitAction());
    view->addSeparator();
    for (auto id :
         {AppActions::StepBack, AppActions::StepForward, AppActions::GoToStart, AppActions::GoLive})
        view->addAction(a->action(id));
    view->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());

    QToolBar *bar = m_runBar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("RunToolBar"));
    bar->setIconSize(QSize(28, 28));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (auto id : {AppActions::Run, AppActions::Stop, AppActions::Restart})
        bar->addAction(a->action(id));
    bar->addSeparator();
    for (auto id : {AppActions::StepMode, AppActions::Step, AppActions::Continue, AppActions::Pause,
                    AppActions::StepBack})
        bar->addAction(a->action(id));
    bar->addSeparator();
    m_speedBox = new QComboBox(bar);
    m_speedBox->setObjectName(QStringLiteral("SpeedBox"));
    m_speedBox->setSizeAdjustPolicy(QComboBox::AdjustToContents); // words change with the language
    for (int pace : AppActions::paces())
        m_speedBox->addItem(QString(), pace);
    bar->addWidget(m_speedBox);
    // Files and zoom are less urgent: icons only (tooltips name them), so the run
    // controls keep their words even on a narrow projector.
    QToolBar *files = m_filesBar = addToolBar(QString());
    files->setObjectName(QStringLiteral("FilesToolBar"));
    files->setIconSize(QSize(28, 28));
    files->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (auto id : {AppActions::OpenScenario, AppActions::OpenTrace, AppActions::SaveTrace})
        files->addAction(a->action(id));
    files->addSeparator();
    files->addAction(m_canvasView->zoomInAction());
    files->addAction(m_canvasView->zoomOutAction());
    files->addAction(m_canvasView->fitAction());

    // Window-wide shortcuts: the actions must be in the window to fire when a dock has focus.
    addActions(a->all());
    addActions(a->speedActions());
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("RunStatus"));
    statusBar()->addPermanentWidget(m_status, 1);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("ipcviz: multi-process programming made visible"));
    m_parametersDock->setWindowTitle(tr("Parameters"));
    m_timelineDock->setWindowTitle(tr("Timeline"));
    m_eventLogDock->setWindowTitle(tr("Event Log"));
    m_codeDock->setWindowTitle(tr("Code"));
    m_inspectorDock->setWindowTitle(tr("Inspector"));
    m_consoleDock->setWindowTitle(tr("Console"));
    m_explanationDock->setWindowTitle(tr("Explanation"));
    m_fileMenu->setTitle(tr("&File"));
    m_runMenu->setTitle(tr("&Run"));
    m_speedMenu->setTitle(tr("S&peed"));
    m_viewMenu->setTitle(tr("&View"));
    m_runBar->setWindowTitle(tr("Run"));
    m_filesBar->setWindowTitle(tr("Files and View"));
    for (int i = 0; i < m_speedBox->count(); ++i)
        m_speedBox->setItemText(i, AppActions::speedName(m_speedBox->itemData(i).toInt()));
    m_speedBox->setToolTip(tr("How fast the processes run: each waits this long before each "
                              "step (Ctrl+1 … Ctrl+4)"));
    m_speedBox->setAccessibleName(tr("Speed"));
    m_status->setAccessibleName(tr("Run status"));
    m_status->setToolTip(tr("What the run is doing, and how many events it has made"));
    m_status->setText(m_controller->statusText());
    // TimelineView sets these once; it is left to the drawing code, so its words
    // are renewed from here, in its own context.
    m_timelineView->setAccessibleName(TimelineView::tr("Timeline"));
    m_timelineView->setToolTip(
        TimelineView::tr("One lane per process. Wheel to zoom the time axis, drag to pan, click "
                         "an event to move the time cursor there"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::connectActions()
{
    auto *a = m_actions;
    connect(a->action(AppActions::Run), &QAction::triggered, this, &MainWindow::run);
    connect(a->action(AppActions::Stop), &QAction::triggered, m_controller, &RunController::stop);
    connect(a->action(AppActions::Restart), &QAction::triggered, this, [this] {
        m_controller->setParams(m_parameters->valuePairs());
        m_controller->restart();
    });
    connect(a->action(AppActions::StepMode), &QAction::toggled, this, &MainWindow::setStepMode);
    connect(a->action(AppActions::Step), &QAction::triggered, this, &MainWindow::step);
    connect(a->action(AppActions::StepSelected), &QAction::triggered, this,
            &MainWindow::stepSelected);
    connect(a->action(AppActions::SaveSchedule), &QAction::triggered, this,
            &MainWindow::saveScheduleDialog);
    connect(a->action(AppActions::LoadSchedule), &QAction::triggered, this,
            &MainWindow::loadScheduleDialog);
    connect(a->action(AppActions::ReplayInterleaving), &QAction::triggered, this, [this] {
        m_controller->setParams(m_parameters->valuePairs());
        m_controller->replayInterleaving();
        updateActions();
    });
    connect(m_canvasScene, &CanvasScene::processClicked, this, [this](const QString &label) {
        // A click on a ready process releases it; elsewhere a click only selects.
        const RunState live = m_model->stateAt(m_model->eventCount() - 1);
        const ProcessState *p = live.process(label);
        if (p && p->state == ProcessState::State::ReadyAtGate)
            stepProcess(label);
    });
    connect(a->action(AppActions::Continue), &QAction::triggered, m_controller,
            &RunController::continueRun);
    connect(a->action(AppActions::Pause), &QAction::triggered, m_controller, &RunController::pause);
    connect(a->action(AppActions::OpenScenario), &QAction::triggered, this,
            &MainWindow::openScenarioFile);
    connect(a->action(AppActions::OpenTrace), &QAction::triggered, this,
            &MainWindow::openTraceDialog);
    connect(a->action(AppActions::SaveTrace), &QAction::triggered, this,
            &MainWindow::saveTraceDialog);
    connect(a->action(AppActions::Quit), &QAction::triggered, this, &QWidget::close);
    connect(a->action(AppActions::StepBack), &QAction::triggered, m_slider, &TimeSlider::stepBack);
    connect(a->action(AppActions::StepForward), &QAction::triggered, m_slider,
            &TimeSlider::stepForward);
    connect(a->action(AppActions::GoToStart), &QAction::triggered, m_slider,
            &TimeSlider::goToStart);
    connect(a->action(AppActions::GoLive), &QAction::triggered, m_slider, &TimeSlider::goLive);
    connect(a, &AppActions::paceChanged, this, &MainWindow::onPaceChanged);
    connect(m_speedBox, &QComboBox::activated, this,
            [this](int index) { m_actions->setPaceMs(m_speedBox->itemData(index).toInt()); });

    connect(m_controller, &RunController::statusChanged, m_status, &QLabel::setText);
    connect(m_controller, &RunController::messageRaised, m_messageBar,
            [this](MessageBar::Level level, const QString &text) {
                m_messageBar->showMessage(level, text);
            });
    connect(m_controller, &RunController::runReplaced, m_messageBar, &MessageBar::dismiss);
    connect(m_controller, &RunController::runningChanged, this, &MainWindow::updateActions);
    connect(m_model, &RunModel::runReset, this, &MainWindow::updateActions);
    connect(m_model, &RunModel::runReset, this, &MainWindow::loadProgramListing);
    connect(m_model, &RunModel::runEnded, this, &MainWindow::updateActions);

    connect(m_library, &ScenarioLibraryDock::scenarioSelected, this, [this](const QJsonObject &s) {
        m_scenarioFile.clear();
        m_controller->setScenario(s.value(QStringLiteral("id")).toString());
        m_parameters->setParameters(s.value(QStringLiteral("params")).toArray());
        updateActions();
    });
    // A new language changes the descriptions, never the values the user typed.
    connect(m_library, &ScenarioLibraryDock::scenarioRetranslated, m_parameters,
            [this](const QJsonObject &s) {
                m_parameters->updateDescriptions(s.value(QStringLiteral("params")).toArray());
            });
    connect(m_library, &ScenarioLibraryDock::scenarioActivated, this, [this](const QString &id) {
        if (selectScenario(id) && !m_controller->isRunning())
            run();
    });
    connect(m_messageBar, &MessageBar::actionTriggered, this, &MainWindow::reloadScenarios);
}

void MainWindow::updateActions()
{
    const bool running = m_controller->isRunning();
    const bool stepMode = m_actions->action(AppActions::StepMode)->isChecked();
    const bool haveScenario = !m_controller->scenario().isEmpty();
    m_actions->action(AppActions::Run)->setEnabled(!running && haveScenario);
    m_actions->action(AppActions::Stop)->setEnabled(running);
    m_actions->action(AppActions::Restart)->setEnabled(haveScenario);
    m_actions->action(AppActions::Step)->setEnabled(running && stepMode);
    m_actions->action(AppActions::StepSelected)->setEnabled(running && stepMode);
    m_actions->action(AppActions::SaveSchedule)->setEnabled(m_model->hasStarted());
    m_actions->action(AppActions::LoadSchedule)->setEnabled(haveScenario);
    m_actions->action(AppActions::ReplayInterleaving)
        ->setEnabled(m_model->hasStarted() && haveScenario);
    m_actions->action(AppActions::Continue)->setEnabled(running && stepMode);
    m_actions->action(AppActions::Pause)->setEnabled(running && stepMode);
    m_actions->action(AppActions::SaveTrace)->setEnabled(m_model->hasStarted());
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

bool MainWindow::reloadScenarios()
{
    const ScenarioList list = EngineClient::listScenarios(m_controller->client()->enginePath());
    if (!list.ok()) {
        m_messageBar->showMessage(
            MessageBar::Level::Error,
            tr("The scenario library could not be loaded: %1").arg(list.error), tr("Try Again"));
        return false;
    }
    m_library->setScenarios(list.scenarios);
    if (m_library->currentId().isEmpty() && !m_library->selectScenario(m_defaultScenario) &&
        !m_library->selectScenario(QStringLiteral("pipe-messages")) && !list.scenarios.isEmpty())
        m_library->selectScenario(
            list.scenarios.first().toObject().value(QStringLiteral("id")).toString());
    m_messageBar->dismiss();
    return true;
}

bool MainWindow::selectScenario(const QString &idOrFile)
{
    if (m_library->selectScenario(idOrFile))
        return true;
    const QFileInfo file(idOrFile);
    if (!file.isFile() && m_library->scenarios().isEmpty()) {
        // No library (the engine could not list it): let the engine judge the id,
        // so Run reports the real problem (usually: the engine is missing).
        m_scenarioFile.clear();
        m_controller->setScenario(idOrFile);
        m_parameters->setParameters({});
        updateActions();
        return true;
    }
    if (!file.isFile()) {
        m_messageBar->showMessage(
            MessageBar::Level::Error,
            tr("There is no built-in scenario \"%1\" and no file by that name. Pick one in the "
               "Scenarios panel, or open a scenario file with Ctrl+O.")
                .arg(idOrFile));
        return false;
    }
    m_scenarioFile = file.absoluteFilePath();
    m_library->tree()->setCurrentItem(nullptr);
    m_controller->setScenario(m_scenarioFile);
    m_parameters->setParameters({});
    statusBar()->showMessage(tr("Scenario file: %1").arg(file.fileName()), 5000);
    updateActions();
    return true;
}

void MainWindow::setStepMode(bool step)
{
    QAction *mode = m_actions->action(AppActions::StepMode);
    if (mode->isChecked() != step)
        mode->setChecked(step); // comes back here through toggled()
    m_controller->setStepMode(step);
    showStepDocks(step);
    updateActions();
}

void MainWindow::showStepDocks(bool show)
{
    for (QDockWidget *d : std::as_const(m_stepDocks))
        d->setVisible(show);
}

void MainWindow::step()
{
    if (!m_model->isLive())
        m_model->setLive(true);
    m_controller->step();
}

bool MainWindow::stepProcess(const QString &label)
{
    if (!m_controller->isRunning() || !m_controller->stepMode()) {
        statusBar()->showMessage(
            tr("Stepping works during a run in step mode (Ctrl+Shift+T, then Run)."), 5000);
        return false;
    }
    const RunState live = m_model->stateAt(m_model->eventCount() - 1);
    const ProcessState *p = live.process(label);
    if (!p || p->state != ProcessState::State::ReadyAtGate) {
        statusBar()->showMessage(
            p ? tr("%1 is not waiting at its gate, so it cannot be stepped now.").arg(label)
              : tr("There is no process %1 in this run.").arg(label),
            5000);
        return false;
    }
    if (!m_model->isLive())
        m_model->setLive(true);
    m_controller->stepProcess(label);
    return true;
}

bool MainWindow::stepSelected()
{
    const QString label = m_selection->process();
    if (label.isEmpty()) {
        statusBar()->showMessage(
            tr("Select a process first (click it on the canvas), then press S."), 5000);
        return false;
    }
    return stepProcess(label);
}

void MainWindow::loadProgramListing()
{
    if (!m_model->hasStarted()) {
        m_codePane->setProgram({}, {});
        return;
    }
    m_codePane->loadProgram(m_controller->client()->enginePath(), m_model->hello());
}

bool MainWindow::run()
{
    if (m_controller->isRunning())
        return false;
    m_controller->setParams(m_parameters->valuePairs());
    const bool started = m_controller->start();
    updateActions();
    return started;
}

bool MainWindow::openTrace(const QString &path)
{
    const bool ok = m_controller->openTrace(path);
    updateActions();
    if (ok)
        Q_EMIT traceOpened(path);
    return ok;
}

void MainWindow::openScenarioFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Scenario File"), QString(), tr("ipcviz scenarios (*.ipcv);;All files (*)"));
    if (!path.isEmpty() && selectScenario(path) && !m_controller->isRunning())
        run();
}

void MainWindow::openTraceDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Trace"), QString(),
                                     tr("ipcviz traces (*.ndjson *.jsonl *.trace);;All files (*)"));
    if (!path.isEmpty())
        openTrace(path);
}

void MainWindow::saveTraceDialog()
{
    const QString suggested =
        m_model->hello().str(QStringLiteral("scenario")) + QStringLiteral(".ndjson");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Trace"), suggested, tr("ipcviz traces (*.ndjson);;All files (*)"));
    if (!path.isEmpty() && m_controller->saveTrace(path))
        Q_EMIT traceSaved(path);
}

void MainWindow::saveScheduleDialog()
{
    // A schedule is a trace: its gate releases are the order the engine replays.
    const QString suggested =
        m_model->hello().str(QStringLiteral("scenario")) + QStringLiteral("-schedule.ndjson");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Schedule"), suggested, tr("ipcviz traces (*.ndjson);;All files (*)"));
    if (!path.isEmpty())
        m_controller->saveTrace(path);
}

void MainWindow::loadScheduleDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load Schedule"), QString(),
                                     tr("ipcviz traces (*.ndjson *.jsonl *.trace);;All files (*)"));
    if (path.isEmpty())
        return;
    m_controller->setParams(m_parameters->valuePairs());
    m_controller->startWithSchedule(path);
    updateActions();
}

void MainWindow::onPaceChanged(int ms)
{
    m_controller->setPaceMs(ms);
    m_coordinator->setAnimationDuration(animationFor(ms));
    const int index = m_speedBox->findData(ms);
    if (index >= 0)
        m_speedBox->setCurrentIndex(index);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_controller->stop();
    qCDebug(lcMainWindow) << "closing";
    event->accept();
}
