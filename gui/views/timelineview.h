#pragma once

#include <QGraphicsView>

class TimelineScene;

/// The view of a TimelineScene: the wheel zooms the time axis around the mouse
/// (lanes keep their height, text keeps its size), dragging pans, and until the
/// user zooms the whole run is fitted to the width as it grows. The time cursor is
/// kept in sight.
class TimelineView : public QGraphicsView {
    Q_OBJECT
public:
    explicit TimelineView(TimelineScene *scene, QWidget *parent = nullptr);

    TimelineScene *timelineScene() const { return m_scene; }
    bool isAutoFit() const { return m_autoFit; }

public Q_SLOTS:
    /// Fits the whole run to the width and follows it again as it grows.
    void fitAll();
    /// Called after events were appended or the cursor moved.
    void refresh();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    TimelineScene *m_scene;
    bool m_autoFit = true;
};
