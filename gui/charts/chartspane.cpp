#include "chartspane.h"

#include "models/runmodel.h"
#include "timechartview.h"

#include <QChart>
#include <QCheckBox>
#include <QEvent>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

constexpr double NsPerMs = 1e6;

QLineSeries *lineSeries(const QString &name, const QList<QPointF> &points)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->replace(points);
    return series;
}

double maxY(const QList<QPointF> &points)
{
    double max = 0;
    for (const QPointF &p : points)
        max = std::max(max, p.y());
    return max;
}

} // namespace

ChartsPane::ChartsPane(RunModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_tabs(new QTabWidget(this)),
      m_showCeiling(new QCheckBox(this)), m_redrawTimer(new QTimer(this))
{
    // Titles come from retranslateUi().
    for (TimeChartView *&view : m_views)
        view = new TimeChartView(QString(), QString());

    auto *fillPage = new QWidget;
    auto *fillLayout = new QVBoxLayout(fillPage);
    fillLayout->setContentsMargins(0, 0, 0, 0);
    fillLayout->addWidget(m_views[FillTab], 1);
    fillLayout->addWidget(m_showCeiling);
    m_showCeiling->setChecked(true);
    m_tabs->addTab(fillPage, QString());
    m_tabs->addTab(m_views[SemaphoreTab], QString());
    m_tabs->addTab(m_views[ProcessTab], QString());
    m_tabs->addTab(m_views[BytesTab], QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_redrawTimer->setSingleShot(true);
    m_redrawTimer->setInterval(RedrawMs);
    // Charts out of sight (a tab behind the timeline) wait to be seen before they are drawn.
    connect(m_redrawTimer, &QTimer::timeout, this,
            [this] { visibleRegion().isEmpty() ? m_redrawTimer->start() : redraw(); });
    connect(m_showCeiling, &QCheckBox::toggled, this, &ChartsPane::redraw);
    for (TimeChartView *view : m_views)
        connect(view, &TimeChartView::timeClicked, this, &ChartsPane::moveCursorTo);

    connect(m_model, &RunModel::runReset, this, &ChartsPane::rebuild);
    connect(m_model, &RunModel::eventsAppended, this, &ChartsPane::appendEvents);
    connect(m_model, &RunModel::runEnded, this, [this] { m_redrawTimer->start(); });
    connect(m_model, &RunModel::cursorChanged, this, &ChartsPane::updateCursor);
    retranslateUi();
    rebuild();
}

void ChartsPane::retranslateUi()
{
    m_showCeiling->setText(tr("Show the 64 KiB pipe capacity"));
    m_showCeiling->setToolTip(
        tr("A pipe holds at most 64 KiB: a writer blocks when it is full. Uncheck to zoom "
           "on small amounts."));
    const struct {
        Tab tab;
        QString name;
        QString title;
        QString unit;
    } tabs[] = {
        {FillTab, tr("Pipes"), tr("Bytes held in pipes and FIFOs"), tr("bytes")},
        {SemaphoreTab, tr("Semaphores"), tr("Semaphore values"), tr("value")},
        {ProcessTab, tr("Processes"), tr("Processes"), tr("processes")},
        {BytesTab, tr("Bytes"), tr("Bytes written (solid) and read (dashed) per process"),
         tr("bytes")},
    };
    for (const auto &t : tabs) {
        TimeChartView *view = m_views[t.tab];
        m_tabs->setTabText(t.tab, t.name);
        m_tabs->setTabToolTip(t.tab, t.title);
        view->chart()->setTitle(t.title);
        view->valueAxis()->setTitleText(t.unit);
        // TimeChartView's own words, in its context (it does not retranslate itself).
        view->timeAxis()->setTitleText(TimeChartView::tr("time (ms)"));
        view->cursorSeries()->setName(TimeChartView::tr("cursor"));
        view->setToolTip(TimeChartView::tr("Click to move the time cursor"));
        view->setAccessibleName(t.title);
    }
    m_tabs->setAccessibleName(tr("Charts of the run"));
}

void ChartsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        redraw(); // the series' names
    }
    QWidget::changeEvent(event);
}

TimeChartView *ChartsPane::chartView(Tab tab) const
{
    return m_views[tab];
}

void ChartsPane::rebuild()
{
    m_data.setRun(m_model->hello(), m_model->events());
    redraw();
}

void ChartsPane::appendEvents(int first, int last)
{
    if (first != m_data.eventCount()) {
        // Not the continuation of what we have (should not happen): start over.
        rebuild();
        return;
    }
    m_data.append(m_model->events().mid(first, last - first + 1));
    if (!m_redrawTimer->isActive())
        m_redrawTimer->start();
}

void ChartsPane::redraw()
{
    m_redrawTimer->stop();
    drawFill();
    drawSemaphores();
    drawProcesses();
    drawBytes();
    updateCursor();
}

void ChartsPane::updateCursor()
{
    const int cursor = m_model->cursor();
    const double ms = cursor < 0 ? 0.0 : static_cast<double>(m_data.timeOf(cursor)) / NsPerMs;
    for (TimeChartView *view : m_views)
        view->setCursorTime(m_model->eventCount() > 0 ? ms : -1);
}

void ChartsPane::moveCursorTo(double ms)
{
    if (m_model->eventCount() == 0)
        return;
    const int index = m_data.indexAtTime(static_cast<qint64>(ms * NsPerMs));
    m_model->setCursor(index);
}

void ChartsPane::drawFill()
{
    TimeChartView *view = m_views[FillTab];
    view->clearSeries();
    const double endMs = static_cast<double>(m_data.lastTime()) / NsPerMs;
    double max = 0;
    for (const ChartSeriesData &series : m_data.fillSeries()) {
        const auto points = m_data.points(series);
        max = std::max(max, maxY(points));
        view->addSeries(lineSeries(series.key, points));
    }
    if (m_showCeiling->isChecked()) {
        const auto capacity = static_cast<double>(ChartData::PipeCapacity);
        auto *ceiling = lineSeries(tr("capacity (64 KiB)"),
                                   {QPointF(0, capacity), QPointF(std::max(endMs, 1.0), capacity)});
        QPen pen(Qt::darkGray);
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        ceiling->setPen(pen);
        view->addSeries(ceiling);
        max = std::max(max, capacity);
    }
    view->setRanges(endMs, max);
}

void ChartsPane::drawSemaphores()
{
    TimeChartView *view = m_views[SemaphoreTab];
    view->clearSeries();
    double max = 0;
    for (const ChartSeriesData &series : m_data.semaphoreSeries()) {
        const auto points = m_data.points(series);
        max = std::max(max, maxY(points));
        auto *line = lineSeries(series.key, points);
        view->addSeries(line);
        const auto moments = m_data.blockedMoments(series.key);
        if (moments.isEmpty())
            continue;
        auto *blocked = new QScatterSeries;
        blocked->setName(tr("blocked on %1").arg(series.key));
        blocked->setMarkerSize(9);
        blocked->setColor(line->color());
        // Markers can be as many as waits: keep the drawing bounded like the lines.
        QList<QPointF> points2;
        for (const BlockedMoment &moment : moments)
            points2.append(QPointF(static_cast<double>(moment.t) / NsPerMs, 0));
        blocked->replace(ChartData::decimate(points2, ChartData::DefaultMaxPoints));
        view->addSeries(blocked);
    }
    view->setRanges(static_cast<double>(m_data.lastTime()) / NsPerMs, std::max(max, 1.0));
}

void ChartsPane::drawProcesses()
{
    TimeChartView *view = m_views[ProcessTab];
    view->clearSeries();
    const struct {
        ChartData::Count which;
        QString name;
    } counts[] = {{ChartData::Count::Alive, tr("alive")},
                  {ChartData::Count::Blocked, tr("blocked")},
                  {ChartData::Count::Zombie, tr("zombie")}};
    double max = 0;
    for (const auto &count : counts) {
        const auto points = m_data.points(m_data.countSeries(count.which));
        max = std::max(max, maxY(points));
        view->addSeries(lineSeries(count.name, points));
    }
    view->setRanges(static_cast<double>(m_data.lastTime()) / NsPerMs, std::max(max, 1.0));
}

void ChartsPane::drawBytes()
{
    TimeChartView *view = m_views[BytesTab];
    view->clearSeries();
    double max = 0;
    const auto &written = m_data.writtenSeries();
    const auto &read = m_data.readSeries();
    for (qsizetype i = 0; i < written.size(); ++i) {
        const auto writtenPoints = m_data.points(written.at(i));
        const auto readPoints = i < read.size() ? m_data.points(read.at(i)) : QList<QPointF>();
        if (maxY(writtenPoints) == 0 && maxY(readPoints) == 0)
            continue; // a process that moved no data would only crowd the legend
        max = std::max(max, maxY(writtenPoints));
        auto *line = lineSeries(tr("%1 written").arg(written.at(i).key), writtenPoints);
        view->addSeries(line);
        if (!readPoints.isEmpty()) {
            max = std::max(max, maxY(readPoints));
            auto *dashed = lineSeries(tr("%1 read").arg(read.at(i).key), readPoints);
            QPen pen(line->color());
            pen.setStyle(Qt::DashLine);
            pen.setWidth(2);
            dashed->setPen(pen);
            view->addSeries(dashed);
        }
    }
    view->setRanges(static_cast<double>(m_data.lastTime()) / NsPerMs, std::max(max, 1.0));
}
