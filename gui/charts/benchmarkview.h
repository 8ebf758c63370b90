#pragma once

#include "benchmarkreport.h"

#include <QWidget>
#include <functional>

class BenchmarkRunner;
class QChart;
class QChartView;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

/// The IPC benchmark window: runs `ipcviz-engine bench --json [--quick]` with a
/// progress bar and Cancel, then draws throughput and latency against message
/// size (logarithmic axes, one series per mechanism) and lists every result with
/// its CPU time beside its wall time. The charts export as PNG or SVG, the data
/// as CSV.
class BenchmarkView : public QWidget {
    Q_OBJECT
public:
    explicit BenchmarkView(QWidget *parent = nullptr);

    BenchmarkRunner *runner() const { return m_runner; }
    QChart *throughputChart() const;
    QChart *latencyChart() const;
    QTableWidget *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    const BenchmarkReport &report() const { return m_report; }

    /// Shows a report (what a finished run does).
    void showReport(const BenchmarkReport &report);
    /// Writes both charts to path, as SVG when it ends in .svg, else as an image
    /// in the format its suffix names (PNG by default). False with *error on failure.
    bool exportCharts(const QString &path, QString *error) const;
    /// Writes the results as CSV. False with *error on failure.
    bool exportCsv(const QString &path, QString *error) const;

public Q_SLOTS:
    void start();
    void cancel();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// Shows the status line made by @p text, again in each new language.
    void setStatus(std::function<QString()> text);
    void setRunning(bool running);
    void fillChart(QChart *chart, bool throughput);
    void fillTable();
    void exportChartsDialog();
    void exportCsvDialog();
    void showError(const QString &message);

    BenchmarkRunner *m_runner;
    BenchmarkReport m_report;
    QPushButton *m_runButton;
    QCheckBox *m_quick;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QWidget *m_chartArea;
    QChartView *m_throughputView;
    QChartView *m_latencyView;
    QTableWidget *m_table;
    QPushButton *m_exportChartButton;
    QPushButton *m_exportCsvButton;
    std::function<QString()> m_statusText;
};
