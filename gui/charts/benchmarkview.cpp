#include "benchmarkview.h"

#include "benchmarkrunner.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageWriter>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QLogValueAxis *logAxis(const QString &title, const QString &format)
{
    auto *axis = new QLogValueAxis;
    axis->setBase(10);
    axis->setTitleText(title);
    axis->setLabelFormat(format);
    axis->setMinorTickCount(-1);
    return axis;
}

QTableWidgetItem *numberItem(double value, int decimals)
{
    auto *item = new QTableWidgetItem(QString::number(value, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}

} // namespace

BenchmarkView::BenchmarkView(QWidget *parent)
    : QWidget(parent), m_runner(new BenchmarkRunner(this)), m_runButton(new QPushButton(this)),
      m_quick(new QCheckBox(this)), m_cancelButton(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_chartArea(new QWidget(this)), m_throughputView(new QChartView(new QChart, m_chartArea)),
      m_latencyView(new QChartView(new QChart, m_chartArea)), m_table(new QTableWidget(this)),
      m_exportChartButton(new QPushButton(this)), m_exportCsvButton(new QPushButton(this))
{
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_runButton);
    controls->addWidget(m_quick);
    controls->addWidget(m_progress, 1);
    controls->addWidget(m_cancelButton);
    controls->addWidget(m_exportChartButton);
    controls->addWidget(m_exportCsvButton);

    auto *charts = new QHBoxLayout(m_chartArea);
    charts->setContentsMargins(0, 0, 0, 0);
    for (QChartView *view : {m_throughputView, m_latencyView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(360, 280);
        view->chart()->legend()->setAlignment(Qt::AlignBottom);
        charts->addWidget(view);
    }
    m_table->setColumnCount(9);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSortingEnabled(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartArea);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Tab follows the controls' row, then the results.
    setTabOrder(m_runButton, m_quick);
    setTabOrder(m_quick, m_cancelButton);
    setTabOrder(m_cancelButton, m_exportChartButton);
    setTabOrder(m_exportChartButton, m_exportCsvButton);
    setTabOrder(m_exportCsvButton, m_table);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);

    connect(m_runButton, &QPushButton::clicked, this, &BenchmarkView::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &BenchmarkView::cancel);
    connect(m_exportChartButton, &QPushButton::clicked, this, &BenchmarkView::exportChartsDialog);
    connect(m_exportCsvButton, &QPushButton::clicked, this, &BenchmarkView::exportCsvDialog);
    connect(m_runner, &BenchmarkRunner::progressChanged, this,
            [this](int done, int total, const QString &label) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                setStatus([label] { return tr("Measuring %1…").arg(label); });
            });
    connect(m_runner, &BenchmarkRunner::benchmarkFinished, this,
            [this](const BenchmarkReport &report) {
                setRunning(false);
                showReport(report);
            });
    connect(m_runner, &BenchmarkRunner::benchmarkFailed, this, [this](const QString &message) {
        setRunning(false);
        showError(message);
    });
    connect(m_runner, &BenchmarkRunner::benchmarkCancelled, this, [this] {
        setRunning(false);
        setStatus([] { return tr("Benchmark cancelled."); });
    });
    setStatus([] {
        return tr("Measures real round trips between two processes for each IPC mechanism and "
                  "message size. A full run takes a few minutes.");
    });
    retranslateUi();
    setRunning(false);
}

void BenchmarkView::retranslateUi()
{
    setWindowTitle(tr("IPC benchmark"));
    m_runButton->setText(tr("Run benchmark"));
    m_runButton->setToolTip(
        tr("Measure every mechanism and message size with real processes on this machine"));
    m_quick->setText(tr("Quick (fewer sizes and trials)"));
    m_quick->setToolTip(tr("A run of a few seconds instead of minutes, less precise"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the benchmark; the results so far are dropped"));
    m_exportChartButton->setText(tr("Export charts…"));
    m_exportChartButton->setToolTip(tr("Save both charts as a PNG or SVG picture"));
    m_exportCsvButton->setText(tr("Export data (CSV)…"));
    m_exportCsvButton->setToolTip(tr("Save every result as a table for a spreadsheet"));
    m_progress->setFormat(tr("%v / %m"));
    m_progress->setAccessibleName(tr("Benchmark progress"));
    m_status->setAccessibleName(tr("Benchmark status"));
    m_status->setText(m_statusText());
    m_throughputView->chart()->setTitle(tr("Throughput (one way)"));
    m_throughputView->setAccessibleName(tr("Throughput chart"));
    m_throughputView->setToolTip(tr("Megabytes per second one way, by message size"));
    m_latencyView->chart()->setTitle(tr("Latency (round trip, median)"));
    m_latencyView->setAccessibleName(tr("Latency chart"));
    m_latencyView->setToolTip(tr("Microseconds per round trip, by message size"));
    m_table->setHorizontalHeaderLabels({tr("Mechanism"), tr("Size (bytes)"), tr("Round trips"),
                                        tr("Latency median (µs)"), tr("Latency max (µs)"),
                                        tr("Throughput median (MB/s)"), tr("Wall time (s)"),
                                        tr("CPU time (s)"), tr("CPU / wall")});
    m_table->setAccessibleName(tr("Benchmark results"));
    if (!m_report.results.isEmpty()) {
        fillChart(throughputChart(), true);
        fillChart(latencyChart(), false);
        fillTable();
    }
}

void BenchmarkView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BenchmarkView::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

QChart *BenchmarkView::throughputChart() const
{
    return m_throughputView->chart();
}

QChart *BenchmarkView::latencyChart() const
{
    return m_latencyView->chart();
}

void BenchmarkView::start()
{
    m_progress->setRange(0, 0); // busy until the first progress line
    setStatus([] { return tr("Starting the benchmark…"); });
    setRunning(true);
    if (!m_runner->start(m_quick->isChecked()))
        setRunning(m_runner->isRunning());
}

void BenchmarkView::cancel()
{
    m_runner->cancel();
}

void BenchmarkView::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_quick->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_exportChartButton->setEnabled(!running && !m_report.results.isEmpty());
    m_exportCsvButton->setEnabled(!running && !m_report.results.isEmpty());
    if (!running && m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
}

void BenchmarkView::showError(const QString &message)
{
    setStatus([message] { return tr("Benchmark failed: %1").arg(message); });
}

void BenchmarkView::showReport(const BenchmarkReport &report)
{
    m_report = report;
    fillChart(throughputChart(), true);
    fillChart(latencyChart(), false);
    fillTable();
    const int results = static_cast<int>(report.results.size());
    const QString machine = report.machine;
    setStatus([results, machine] {
        return tr("%n result(s) on %1.", nullptr, results)
            .arg(machine.isEmpty() ? tr("this machine") : machine);
    });
    setRunning(m_runner->isRunning());
}

void BenchmarkView::fillChart(QChart *chart, bool throughput)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto *sizeAxis = logAxis(tr("message size (bytes)"), QStringLiteral("%.0f"));
    auto *valueAxis =
        logAxis(throughput ? tr("MB/s") : tr("µs per round trip"), QStringLiteral("%g"));
    chart->addAxis(sizeAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    double minSize = 0;
    double maxSize = 0;
    double minValue = 0;
    double maxValue = 0;
    bool any = false;
    for (const QString &mechanism : m_report.mechanisms()) {
        auto *series = new QLineSeries;
        series->setName(mechanism);
        series->setPointsVisible(true);
        for (const BenchmarkResult &result : m_report.resultsFor(mechanism)) {
            const double value = throughput ? result.throughputMbS.median : result.latencyUs.median;
            if (value <= 0)
                continue; // a log axis cannot show it
            const auto size = static_cast<double>(result.size);
            series->append(size, value);
            minSize = any ? std::min(minSize, size) : size;
            maxSize = any ? std::max(maxSize, size) : size;
            minValue = any ? std::min(minValue, value) : value;
            maxValue = any ? std::max(maxValue, value) : value;
            any = true;
        }
        chart->addSeries(series);
        series->attachAxis(sizeAxis);
        series->attachAxis(valueAxis);
    }
    if (any) {
        sizeAxis->setRange(minSize / 2, maxSize * 2);
        valueAxis->setRange(minValue / 2, maxValue * 2);
    }
}

void BenchmarkView::fillTable()
{
    m_table->setRowCount(static_cast<int>(m_report.results.size()));
    int row = 0;
    for (const BenchmarkResult &r : m_report.results) {
        m_table->setItem(row, 0, new QTableWidgetItem(r.mechanism));
        m_table->setItem(row, 1, numberItem(static_cast<double>(r.size), 0));
        m_table->setItem(row, 2, numberItem(static_cast<double>(r.roundTrips), 0));
        m_table->setItem(row, 3, numberItem(r.latencyUs.median, 3));
        m_table->setItem(row, 4, numberItem(r.latencyUs.max, 3));
        m_table->setItem(row, 5, numberItem(r.throughputMbS.median, 3));
        m_table->setItem(row, 6, numberItem(r.wallS, 3));
        m_table->setItem(row, 7, numberItem(r.cpuS, 3));
        auto *share = new QTableWidgetItem(
            r.wallS > 0 ? tr("%1 %").arg(QString::number(100.0 * r.cpuS / r.wallS, 'f', 0))
                        : tr("n/a"));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 8, share);
        ++row;
    }
}

bool BenchmarkView::exportCharts(const QString &path, QString *error) const
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(m_chartArea->size());
        generator.setViewBox(m_chartArea->rect());
        generator.setTitle(tr("IPC benchmark"));
        generator.setDescription(m_report.machine);
        QPainter painter;
        if (!painter.begin(&generator)) {
            *error = tr("Cannot write %1").arg(path);
            return false;
        }
        m_chartArea->render(&painter);
        painter.end();
        if (!QFile::exists(path)) {
            *error = tr("Cannot write %1").arg(path);
            return false;
        }
        return true;
    }
    const QPixmap pixmap = m_chartArea->grab();
    if (!pixmap.save(path, QFileInfo(path).suffix().isEmpty() ? "PNG" : nullptr)) {
        *error = tr("Cannot write %1 (unknown image format or not writable)").arg(path);
        return false;
    }
    return true;
}

bool BenchmarkView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_report.toCsv()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void BenchmarkView::exportChartsDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export charts"), QStringLiteral("benchmark.png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCharts(path, &error))
        QMessageBox::warning(this, tr("Export charts"), error);
}

void BenchmarkView::exportCsvDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export data"), QStringLiteral("benchmark.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export data"), error);
}
