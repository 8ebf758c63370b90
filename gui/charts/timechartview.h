#pragma once

#include <QChartView>

class QLineSeries;
class QValueAxis;

/// A chart of values over run time (x in ms) with a vertical line at the time
/// cursor. A click in the plot area reports the time under the mouse, so the
/// caller can move the run's cursor there. Series are replaced wholesale by the
/// owner (clearSeries()/addSeries()); the axes and the cursor line stay.
class TimeChartView : public QChartView {
    Q_OBJECT
public:
    explicit TimeChartView(const QString &title, const QString &yTitle, QWidget *parent = nullptr);

    QValueAxis *timeAxis() const { return m_timeAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }
    QLineSeries *cursorSeries() const { return m_cursor; }

    /// Removes every series but the cursor line.
    void clearSeries();
    /// Adds a series (the chart takes it) on the chart's axes.
    void addSeries(QAbstractSeries *series, bool inLegend = true);
    /// Sets both axes' ranges (x in ms); the value axis starts at 0.
    void setRanges(double endMs, double maxValue);
    /// Moves the cursor line to time ms (hidden when ms < 0).
    void setCursorTime(double ms);
    double cursorTime() const { return m_cursorMs; }

Q_SIGNALS:
    /// The user clicked the plot at time ms.
    void timeClicked(double ms);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    void placeCursor();

    QValueAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QLineSeries *m_cursor;
    double m_cursorMs = -1;
};
