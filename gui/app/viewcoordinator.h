#pragma once

#include <QObject>

class CanvasScene;
class CodePane;
class ConsolePane;
class ExplanationPane;
class InspectorPane;
class ProcessPalette;
class QTimer;
class RunModel;
class TimelineScene;
class TimelineView;
class ViewSelection;

/// Keeps every view in step with the RunModel and with each other: redraws the
/// canvas, timeline and inspector at the time cursor (coalesced to at most one
/// redraw per frame however fast events arrive), animates what moved when the
/// cursor advances by a few events, assigns process colours in order of
/// appearance, and carries a selection made in one view to the others. When
/// the interface language changes it draws every view again, since their words
/// (canvas cards, timeline tooltips, inspector, code and explanation panes) are
/// made when drawn.
class ViewCoordinator : public QObject {
    Q_OBJECT
public:
    /// Cursor jumps longer than this are shown without animation.
    static constexpr int kMaxAnimatedEvents = 24;

    ViewCoordinator(RunModel *model, ProcessPalette *palette, ViewSelection *selection,
                    QObject *parent = nullptr);

    void setCanvas(CanvasScene *canvas);
    void setTimeline(TimelineScene *scene, TimelineView *view);
    void setInspector(InspectorPane *inspector);
    /// Step mode's Code and Explanation panes, redrawn with the canvas.
    void setStepPanes(CodePane *code, ExplanationPane *explanation);

    /// Token/arrow animation length, from the speed control.
    void setAnimationDuration(int ms);
    /// Redraws at once instead of at the next frame (tests, exports).
    void refreshNow();
    /// Draws every view again from the model (their words in the interface language).
    void redrawAll();

protected:
    bool event(QEvent *event) override;

private:
    void onRunReset();
    void onEventsAppended(int first, int last);
    void scheduleRefresh();
    void refreshInspector();
    void onSelectionChanged();

    RunModel *m_model;
    ProcessPalette *m_palette;
    ViewSelection *m_selection;
    CanvasScene *m_canvas = nullptr;
    TimelineScene *m_timeline = nullptr;
    TimelineView *m_timelineView = nullptr;
    InspectorPane *m_inspector = nullptr;
    CodePane *m_code = nullptr;
    ExplanationPane *m_explanation = nullptr;
    QTimer *m_refreshTimer;
    int m_shownIndex = -1;
    int m_animationMs = 400;
};
