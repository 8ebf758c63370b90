#pragma once

#include "outcomerunner.h"

#include <QWidget>
#include <functional>
#include <optional>

class QChartView;
class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

/// "Run N times" and "Predict, then run": runs the current scenario N times with
/// the engine (OutcomeRunner), draws how often each outcome happened as a bar
/// chart, and, when the student wrote a prediction before running, how often it
/// held. A prediction is an outcome ("2000") or, for numbers, a comparison
/// ("< 2000", ">= 1990", "= 2000").
class OutcomeView : public QWidget {
    Q_OBJECT
public:
    /// Above this many distinct numbers, the bars are ranges of equal width.
    static constexpr int MaxBars = 30;

    explicit OutcomeView(QWidget *parent = nullptr);

    OutcomeRunner *runner() const { return m_runner; }
    /// Gives the scenario and parameters to run, asked at each start.
    void setRunOptionsProvider(std::function<RunOptions()> provider);
    void setRuns(int runs);
    void setPrediction(const QString &prediction);
    void setKey(OutcomeRunner::Key key);
    QChartView *chartView() const { return m_chartView; }
    /// The sentence about the prediction (empty when none was made).
    QString predictionSummary() const;

    /// Whether prediction holds for outcome; nothing when the prediction is a
    /// comparison and the outcome is not a number, or the prediction is empty.
    static std::optional<bool> predictionHolds(const QString &prediction, const QString &outcome);
    /// The bars to draw: (category, count), numbers in increasing order (grouped
    /// into at most MaxBars ranges when there are more), other outcomes by count.
    static QList<QPair<QString, int>> bars(const QList<OutcomeCount> &counts);

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
    void redraw();
    void updatePrediction();

    OutcomeRunner *m_runner;
    std::function<RunOptions()> m_provider;
    QString m_scenario;
    QString m_lockedPrediction; // the prediction made before the runs started
    int m_held = 0;
    int m_judged = 0;
    QSpinBox *m_runs;
    QComboBox *m_key;
    QComboBox *m_prediction;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_predictionLabel;
    QChartView *m_chartView;
    QFormLayout *m_form;
    std::function<QString()> m_statusText;
};
