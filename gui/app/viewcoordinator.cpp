#include "viewcoordinator.h"

#include "models/runmodel.h"
#include "models/runstate.h"
#include "views/canvasscene.h"
#include "views/codepane.h"
#include "views/explanationpane.h"
#include "views/inspectorpane.h"
#include "views/processpalette.h"
#include "views/timelinescene.h"
#include "views/timelineview.h"
#include "views/viewselection.h"

#include <QEvent>
#include <QTimer>

#include <utility>

namespace {
constexpr int kFrameMs = 33;
}

ViewCoordinator::ViewCoordinator(RunModel *model, ProcessPalette *palette, ViewSelection *selection,
                                 QObject *parent)
    : QObject(parent), m_model(model), m_palette(palette), m_selection(selection)
{
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kFrameMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &ViewCoordinator::refreshNow);
    connect(model, &RunModel::runReset, this, &ViewCoordinator::onRunReset);
    connect(model, &RunModel::eventsAppended, this, &ViewCoordinator::onEventsAppended);
    connect(model, &RunModel::cursorChanged, this, &ViewCoordinator::scheduleRefresh);
    connect(model, &RunModel::runEnded, this, &ViewCoordinator::scheduleRefresh);
    connect(selection, &ViewSelection::changed, this, &ViewCoordinator::onSelectionChanged);
}

void ViewCoordinator::setCanvas(CanvasScene *canvas)
{
    m_canvas = canvas;
    canvas->setPalette(m_palette);
    canvas->setAnimationDuration(m_animationMs);
    connect(canvas, &CanvasScene::processActivated, m_selection, &ViewSelection::selectProcess);
    connect(canvas, &CanvasScene::objectActivated, m_selection, &ViewSelection::selectObject);
}

void ViewCoordinator::setTimeline(TimelineScene *scene, TimelineView *view)
{
    m_timeline = scene;
    m_timelineView = view;
    scene->setPalette(m_palette);
    scene->followEvents(&m_model->events()); // the model's list, not a copy
    connect(scene, &TimelineScene::processActivated, m_selection, &ViewSelection::selectProcess);
    connect(scene, &TimelineScene::eventActivated, this, [this](int index) {
        if (index < 0 || index >= m_model->eventCount())
            return;
        m_model->setCursor(index);
        const Event &e = m_model->event(index);
        if (!e.label.isEmpty())
            m_selection->selectProcess(e.label);
    });
}

void ViewCoordinator::setInspector(InspectorPane *inspector)
{
    m_inspector = inspector;
    inspector->setPalette(m_palette);
}

void ViewCoordinator::setStepPanes(CodePane *code, ExplanationPane *explanation)
{
    m_code = code;
    m_explanation = explanation;
    code->setProcessPalette(m_palette);
    explanation->setProcessPalette(m_palette);
}

void ViewCoordinator::setAnimationDuration(int ms)
{
    m_animationMs = ms;
    if (m_canvas)
        m_canvas->setAnimationDuration(ms);
}

void ViewCoordinator::onRunReset()
{
    m_palette->clear();
    m_shownIndex = -1;
    if (m_canvas)
        m_canvas->clearRun();
    if (m_timeline)
        m_timeline->clearRun();
    scheduleRefresh();
}

void ViewCoordinator::onEventsAppended(int first, int last)
{
    // Colours follow the order in which processes first appear, the same for every view.
    // The last two labels are compared first: cheaper than the palette's lookup.
    QString recent[2];
    for (int i = std::max(0, first); i <= last && i < m_model->eventCount(); ++i) {
        const QString &label = m_model->event(i).label;
        if (label.isEmpty() || label == recent[0] || label == recent[1])
            continue;
        m_palette->assign(label);
        recent[1] = std::exchange(recent[0], label);
    }
    if (m_timeline)
        m_timeline->showAppended();
    scheduleRefresh();
}

bool ViewCoordinator::event(QEvent *event)
{
    // Reaches us from the main window, our parent, like every child of a widget.
    if (event->type() == QEvent::LanguageChange)
        redrawAll();
    return QObject::event(event);
}

void ViewCoordinator::redrawAll()
{
    if (m_timeline) {
        m_timeline->setEvents(m_model->events());
        m_timeline->selectProcess(m_selection->process());
    }
    // Same cursor as shown: nothing animates, every item gets its words again.
    refreshNow();
}

void ViewCoordinator::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void ViewCoordinator::refreshNow()
{
    m_refreshTimer->stop();
    const int index = m_model->cursor();
    if (m_canvas) {
        DataFlowList flows;
        const bool animate = index > m_shownIndex && index - m_shownIndex <= kMaxAnimatedEvents;
        if (animate) {
            for (int i = m_shownIndex + 1; i < index; ++i)
                flows += m_model->stateAt(i).lastEventFlows();
        }
        const RunState state = m_model->stateAt(index);
        if (animate)
            flows += state.lastEventFlows();
        m_canvas->showState(state);
        if (animate && !flows.isEmpty())
            m_canvas->animateFlows(flows);
    }
    m_shownIndex = index;
    if (m_code || m_explanation) {
        const RunState state = m_model->stateAt(index); // checkpointed: cheap
        if (m_code)
            m_code->showState(state);
        if (m_explanation)
            m_explanation->showState(state);
    }
    if (m_timeline) {
        m_timeline->setCursorIndex(index);
        if (m_timelineView)
            m_timelineView->refresh();
    }
    refreshInspector();
}

void ViewCoordinator::refreshInspector()
{
    if (!m_inspector)
        return;
    switch (m_selection->kind()) {
    case ViewSelection::Kind::None:
        m_inspector->showNothing();
        break;
    case ViewSelection::Kind::Process:
        m_inspector->showProcess(m_model->currentState(), m_selection->id());
        break;
    case ViewSelection::Kind::Object:
        m_inspector->showObject(m_model->currentState(), m_selection->id());
        break;
    }
}

void ViewCoordinator::onSelectionChanged()
{
    const QString id = m_selection->id();
    if (m_canvas) {
        if (m_selection->kind() == ViewSelection::Kind::Object)
            m_canvas->selectObject(id);
        else
            m_canvas->selectProcess(m_selection->process());
    }
    if (m_timeline)
        m_timeline->selectProcess(m_selection->process());
    refreshInspector();
}
