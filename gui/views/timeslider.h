#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;
class RunModel;

/// The time-travel bar bound to a RunModel's cursor: a slider over every event
/// (arrow keys, Page Up/Down, Home and End work on it), buttons for the previous
/// and next event, and "Live", which returns to the tail and follows new events.
/// The label says where the cursor is ("event 12 of 42 · 1.204 s").
class TimeSlider : public QWidget {
    Q_OBJECT
public:
    explicit TimeSlider(RunModel *model, QWidget *parent = nullptr);

    QSlider *slider() const { return m_slider; }
    QToolButton *liveButton() const { return m_live; }
    QString positionText() const;

public Q_SLOTS:
    void stepBack();
    void stepForward();
    void goToStart();
    void goLive();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void syncFromModel();
    void onSliderMoved(int value);

    RunModel *m_model;
    QSlider *m_slider;
    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_live;
    QLabel *m_position;
    bool m_syncing = false;
};
