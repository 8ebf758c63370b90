#include "timechartview.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>
#include <cmath>

TimeChartView::TimeChartView(const QString &title, const QString &yTitle, QWidget *parent)
    : QChartView(new QChart, parent), m_timeAxis(new QValueAxis), m_valueAxis(new QValueAxis),
      m_cursor(new QLineSeries)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setTitle(title);
    chart()->legend()->setAlignment(Qt::AlignRight);
    m_timeAxis->setTitleText(tr("time (ms)"));
    m_timeAxis->setLabelFormat(QStringLiteral("%g"));
    m_valueAxis->setTitleText(yTitle);
    m_valueAxis->setLabelFormat(QStringLiteral("%g"));
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);
    m_cursor->setName(tr("cursor"));
    QPen pen(QColor(200, 30, 30));
    pen.setWidth(2);
    m_cursor->setPen(pen);
    addSeries(m_cursor, false);
    setToolTip(tr("Click to move the time cursor"));
}

void TimeChartView::clearSeries()
{
    const auto all = chart()->series();
    for (QAbstractSeries *series : all) {
        if (series != m_cursor) {
            chart()->removeSeries(series);
            delete series;
        }
    }
}

void TimeChartView::addSeries(QAbstractSeries *series, bool inLegend)
{
    // A series lays itself out again (and strokes its outline) at each of these
    // steps: its points come in only once it is on its axes.
    auto *xy = qobject_cast<QXYSeries *>(series);
    const QList<QPointF> points = xy ? xy->points() : QList<QPointF>();
    if (!points.isEmpty())
        xy->clear();
    chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
    if (!points.isEmpty())
        xy->replace(points);
    if (!inLegend) {
        const auto markers = chart()->legend()->markers(series);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
    }
}

void TimeChartView::setRanges(double endMs, double maxValue)
{
    // Each change of a range lays every series out again: change what changed, once.
    // Round tick values (0, 20000, 40000 rather than 0, 17203.2, ...), worked out on
    // an axis of no chart.
    QValueAxis nice;
    nice.setTickCount(m_valueAxis->tickCount());
    nice.setRange(0, maxValue > 0 ? maxValue * 1.05 : 1);
    nice.applyNiceNumbers();
    if (nice.max() != m_valueAxis->max() || nice.min() != m_valueAxis->min() ||
        nice.tickCount() != m_valueAxis->tickCount()) {
        m_valueAxis->setTickCount(nice.tickCount());
        m_valueAxis->setRange(nice.min(), nice.max());
    }
    // The time axis keeps its range, so the run fills the width: ticks every 1, 2 or
    // 5 x 10^k.
    const double span = endMs > 0 ? endMs : 1;
    double step = std::pow(10.0, std::floor(std::log10(span / 6)));
    for (const double factor : {2.0, 5.0, 10.0}) {
        if (span / step <= 8)
            break;
        step = std::pow(10.0, std::floor(std::log10(span / 6))) * factor;
    }
    if (span != m_timeAxis->max() || m_timeAxis->min() != 0 ||
        m_timeAxis->tickType() != QValueAxis::TicksDynamic || m_timeAxis->tickInterval() != step) {
        // Fixed ticks while range and interval change: the old interval over a much
        // longer range would lay out millions of ticks (a step-mode run left waiting).
        m_timeAxis->setTickType(QValueAxis::TicksFixed);
        m_timeAxis->setRange(0, span);
        m_timeAxis->setTickAnchor(0);
        m_timeAxis->setTickInterval(step);
        m_timeAxis->setTickType(QValueAxis::TicksDynamic);
    }
    placeCursor();
}

void TimeChartView::setCursorTime(double ms)
{
    m_cursorMs = ms;
    placeCursor();
}

void TimeChartView::placeCursor()
{
    if (m_cursorMs < 0) {
        m_cursor->clear();
        return;
    }
    m_cursor->replace(QList<QPointF>{QPointF(m_cursorMs, m_valueAxis->min()),
                                     QPointF(m_cursorMs, m_valueAxis->max())});
}

void TimeChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && chart()->plotArea().contains(chart()->mapFromScene(
                                                 mapToScene(event->position().toPoint())))) {
        const QPointF value = chart()->mapToValue(
            chart()->mapFromScene(mapToScene(event->position().toPoint())), m_cursor);
        Q_EMIT timeClicked(std::max(0.0, value.x()));
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}
