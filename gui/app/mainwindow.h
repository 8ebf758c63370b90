#pragma once

#include <QMainWindow>

class AppActions;
class CanvasScene;
class CanvasView;
class CodePane;
class ConsolePane;
class ExplanationPane;
class EventLogView;
class InspectorPane;
class MessageBar;
class ParameterEditor;
class ProcessPalette;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;
class RunController;
class RunModel;
class ScenarioLibraryDock;
class TimeSlider;
class TimelineScene;
class TimelineView;
class ViewCoordinator;
class ViewSelection;

/// The ipcviz window: the canvas in the middle with the time slider under it,
/// docks for the scenario library, parameters, timeline, event log, inspector and
/// console, and the run controls in a toolbar and menus. It only assembles: runs
/// are driven by RunController, views are kept in step by ViewCoordinator, and
/// the commands live in AppActions.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Asks the engine for its scenarios and fills the library (synchronous,
    /// bounded by a timeout). False, with a message, when the engine cannot list.
    bool reloadScenarios();
    /// Selects a built-in scenario by id, or a scenario file by path. False when
    /// neither exists.
    bool selectScenario(const QString &idOrFile);
    void setStepMode(bool step);
    /// The built-in scenario reloadScenarios() selects when none is selected yet
    /// (pipe-messages unless set; AppSettings sets the last one used).
    void setDefaultScenario(const QString &id) { m_defaultScenario = id; }
    QString defaultScenario() const { return m_defaultScenario; }

    AppActions *appActions() const { return m_actions; }
    RunModel *runModel() const { return m_model; }
    RunController *controller() const { return m_controller; }
    CanvasScene *canvasScene() const { return m_canvasScene; }
    CanvasView *canvasView() const { return m_canvasView; }
    TimelineScene *timelineScene() const { return m_timelineScene; }
    TimeSlider *timeSlider() const { return m_slider; }
    EventLogView *eventLog() const { return m_eventLog; }
    InspectorPane *inspector() const { return m_inspector; }
    ConsolePane *console() const { return m_console; }
    ScenarioLibraryDock *scenarioLibrary() const { return m_library; }
    ParameterEditor *parameterEditor() const { return m_parameters; }
    MessageBar *messageBar() const { return m_messageBar; }
    ViewCoordinator *coordinator() const { return m_coordinator; }
    CodePane *codePane() const { return m_codePane; }
    ExplanationPane *explanationPane() const { return m_explanation; }
    ViewSelection *selection() const { return m_selection; }
    QString statusText() const;

public Q_SLOTS:
    bool run();
    bool openTrace(const QString &path);
    /// Step mode: releases the next ready process. When the view was travelling
    /// back in time, it returns to live first, so the step is seen as it happens.
    void step();
    /// Step mode: releases @p label if it is waiting at its gate (else says why not).
    bool stepProcess(const QString &label);
    /// Releases the process selected in any view (S / Enter).
    bool stepSelected();

Q_SIGNALS:
    /// A trace file was opened (replayed) or saved: AppSettings lists it as recent.
    void traceOpened(const QString &path);
    void traceSaved(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void createViews();
    void createDocks();
    void createMenusAndToolBar();
    void connectActions();
    void updateActions();
    void openScenarioFile();
    void openTraceDialog();
    void saveTraceDialog();
    void onPaceChanged(int ms);
    void loadProgramListing();
    void saveScheduleDialog();
    void loadScheduleDialog();
    void showStepDocks(bool show);

    RunModel *m_model;
    ProcessPalette *m_palette;
    ViewSelection *m_selection;
    RunController *m_controller;
    ViewCoordinator *m_coordinator;
    AppActions *m_actions;
    CanvasScene *m_canvasScene = nullptr;
    CanvasView *m_canvasView = nullptr;
    TimelineScene *m_timelineScene = nullptr;
    TimelineView *m_timelineView = nullptr;
    TimeSlider *m_slider = nullptr;
    EventLogView *m_eventLog = nullptr;
    InspectorPane *m_inspector = nullptr;
    ConsolePane *m_console = nullptr;
    ScenarioLibraryDock *m_library = nullptr;
    ParameterEditor *m_parameters = nullptr;
    MessageBar *m_messageBar = nullptr;
    CodePane *m_codePane = nullptr;
    ExplanationPane *m_explanation = nullptr;
    QList<QDockWidget *> m_stepDocks;
    QDockWidget *m_parametersDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_eventLogDock = nullptr;
    QDockWidget *m_codeDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_consoleDock = nullptr;
    QDockWidget *m_explanationDock = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_runMenu = nullptr;
    QMenu *m_speedMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_runBar = nullptr;
    QToolBar *m_filesBar = nullptr;
    QComboBox *m_speedBox = nullptr;
    QLabel *m_status = nullptr;
    QString m_scenarioFile; // set when the user opened a file instead of a built-in
    QString m_defaultScenario;
};
