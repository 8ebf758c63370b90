#pragma once

#include "chartdata.h"

#include <QWidget>

class QCheckBox;
class QTabWidget;
class QTimer;
class RunModel;
class TimeChartView;

/// The live charts of the current run, one tab each: bytes held in every pipe and
/// FIFO (with the 64 KiB pipe ceiling), every semaphore's value with the moments
/// processes blocked on it, processes alive/blocked/zombie, and bytes written and
/// read per process. Fed by the RunModel's signals, so it follows live runs,
/// replays and time travel (a vertical line at the model's cursor); a click on a
/// chart moves the cursor to that time.
class ChartsPane : public QWidget {
    Q_OBJECT
public:
    enum Tab { FillTab, SemaphoreTab, ProcessTab, BytesTab };

    explicit ChartsPane(RunModel *model, QWidget *parent = nullptr);

    const ChartData &data() const { return m_data; }
    QTabWidget *tabs() const { return m_tabs; }
    TimeChartView *chartView(Tab tab) const;
    /// Redraws the series now (normally done at most every RedrawMs while data arrive).
    void redraw();

    static constexpr int RedrawMs = 150;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void appendEvents(int first, int last);
    void updateCursor();
    void moveCursorTo(double ms);
    void drawFill();
    void drawSemaphores();
    void drawProcesses();
    void drawBytes();

    RunModel *m_model;
    ChartData m_data;
    QTabWidget *m_tabs;
    TimeChartView *m_views[4] = {};
    QCheckBox *m_showCeiling;
    QTimer *m_redrawTimer;
};
