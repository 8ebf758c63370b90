#include "outcomeview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace {

constexpr int MaxCategoryChars = 40;

QString elided(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return line.size() > MaxCategoryChars ? line.left(MaxCategoryChars - 1) + QChar(0x2026) : line;
}

} // namespace

OutcomeView::OutcomeView(QWidget *parent)
    : QWidget(parent), m_runner(new OutcomeRunner(this)), m_runs(new QSpinBox(this)),
      m_key(new QComboBox(this)), m_prediction(new QComboBox(this)),
      m_runButton(new QPushButton(tr("Predict, then run"), this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_predictionLabel(new QLabel(this)),
      m_chartView(new QChartView(new QChart, this))
{
    setWindowTitle(tr("Run N times"));
    m_runs->setRange(1, OutcomeRunner::MaxRuns);
    m_runs->setValue(100);
    m_key->addItem(tr("What the run printed"), static_cast<int>(OutcomeRunner::Key::Output));
    m_key->addItem(tr("The first number printed"),
                   static_cast<int>(OutcomeRunner::Key::FirstNumber));
    m_prediction->setEditable(true);
    m_prediction->setInsertPolicy(QComboBox::NoInsert);
    m_prediction->lineEdit()->setPlaceholderText(tr("e.g. 2000, or < 2000"));
    m_prediction->setToolTip(
        tr("Before running, write what you expect: an outcome, or for numbers a comparison "
           "such as \"< 2000\". Leave empty to just count."));

    auto *form = new QFormLayout;
    form->addRow(tr("Runs:"), m_runs);
    form->addRow(tr("Outcome:"), m_key);
    form->addRow(tr("Your prediction:"), m_prediction);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancelButton);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(480, 300);
    m_chartView->chart()->legend()->hide();
    m_predictionLabel->setWordWrap(true);
    m_status->setWordWrap(true);
    QFont bold = m_predictionLabel->font();
    bold.setBold(true);
    m_predictionLabel->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_predictionLabel);
    layout->addWidget(m_chartView, 1);

    connect(m_runButton, &QPushButton::clicked, this, &OutcomeView::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &OutcomeView::cancel);
    connect(m_runner, &OutcomeRunner::runDone, this,
            [this](int done, int total, const QString &outcome) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                if (!m_lockedPrediction.isEmpty()) {
                    const auto held = predictionHolds(m_lockedPrediction, outcome);
                    if (held) {
                        ++m_judged;
                        m_held += *held ? 1 : 0;
                    }
                }
                updatePrediction();
                redraw();
            });
    connect(m_runner, &OutcomeRunner::runsFinished, this, [this] {
        setRunning(false);
        m_status->setText(
            tr("%n run(s) of %1: %2 distinct outcome(s).", nullptr, m_runner->runsDone())
                .arg(m_scenario)
                .arg(m_runner->counts().size()));
        for (const OutcomeCount &count : m_runner->counts()) {
            if (m_prediction->findText(count.outcome) < 0 && m_prediction->count() < 50)
                m_prediction->addItem(count.outcome);
        }
    });
    connect(m_runner, &OutcomeRunner::runsCancelled, this, [this] {
        setRunning(false);
        m_status->setText(tr("Cancelled after %n run(s).", nullptr, m_runner->runsDone()));
    });
    connect(m_runner, &OutcomeRunner::runsFailed, this, [this](const QString &message) {
        setRunning(false);
        m_status->setText(message);
    });
    setRunning(false);
    redraw();
}

void OutcomeView::setRunOptionsProvider(std::function<RunOptions()> provider)
{
    m_provider = std::move(provider);
}

void OutcomeView::setRuns(int runs)
{
    m_runs->setValue(runs);
}

void OutcomeView::setPrediction(const QString &prediction)
{
    m_prediction->setEditText(prediction);
}

void OutcomeView::setKey(OutcomeRunner::Key key)
{
    m_key->setCurrentIndex(m_key->findData(static_cast<int>(key)));
}

void OutcomeView::start()
{
    const RunOptions options = m_provider ? m_provider() : RunOptions();
    if (options.scenario.isEmpty()) {
        m_status->setText(tr("Select a scenario first."));
        return;
    }
    m_scenario = options.scenario;
    m_lockedPrediction = m_prediction->currentText().trimmed();
    m_held = 0;
    m_judged = 0;
    const auto key = static_cast<OutcomeRunner::Key>(m_key->currentData().toInt());
    m_progress->setRange(0, m_runs->value());
    m_progress->setValue(0);
    m_status->setText(tr("Running %1…").arg(m_scenario));
    setRunning(true);
    if (!m_runner->start(options, m_runs->value(), key))
        setRunning(m_runner->isRunning());
    updatePrediction();
    redraw();
}

void OutcomeView::cancel()
{
    m_runner->cancel();
}

void OutcomeView::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_runs->setEnabled(!running);
    m_key->setEnabled(!running);
    m_prediction->setEnabled(!running);
    m_cancelButton->setEnabled(running);
}

QString OutcomeView::predictionSummary() const
{
    if (m_lockedPrediction.isEmpty())
        return {};
    if (m_judged == 0)
        return tr("Your prediction: %1").arg(m_lockedPrediction);
    return tr("Your prediction \"%1\" held in %2 of %3 runs (%4 %).")
        .arg(m_lockedPrediction)
        .arg(m_held)
        .arg(m_judged)
        .arg(QString::number(100.0 * m_held / m_judged, 'f', 0));
}

void OutcomeView::updatePrediction()
{
    m_predictionLabel->setText(predictionSummary());
    m_predictionLabel->setVisible(!m_lockedPrediction.isEmpty());
}

std::optional<bool> OutcomeView::predictionHolds(const QString &prediction, const QString &outcome)
{
    const QString wanted = prediction.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    static const QRegularExpression comparison(QStringLiteral("^(<=|>=|!=|==|<|>|=)\\s*(-?\\d+)$"));
    const QRegularExpressionMatch match = comparison.match(wanted);
    if (!match.hasMatch())
        return wanted == outcome.trimmed();
    bool ok = false;
    const qint64 value = outcome.trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const qint64 bound = match.captured(2).toLongLong();
    const QString op = match.captured(1);
    if (op == QLatin1String("<"))
        return value < bound;
    if (op == QLatin1String("<="))
        return value <= bound;
    if (op == QLatin1String(">"))
        return value > bound;
    if (op == QLatin1String(">="))
        return value >= bound;
    if (op == QLatin1String("!="))
        return value != bound;
    return value == bound;
}

QList<QPair<QString, int>> OutcomeView::bars(const QList<OutcomeCount> &counts)
{
    QList<QPair<QString, int>> result;
    QList<QPair<qint64, int>> numbers;
    for (const OutcomeCount &count : counts) {
        bool ok = false;
        const qint64 value = count.outcome.toLongLong(&ok);
        if (!ok) {
            numbers.clear();
            break;
        }
        numbers.append({value, count.count});
    }
    if (numbers.isEmpty()) {
        for (const OutcomeCount &count : counts)
            result.append({count.outcome, count.count});
        std::stable_sort(result.begin(), result.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        return result;
    }
    std::sort(numbers.begin(), numbers.end());
    if (numbers.size() <= MaxBars) {
        for (const auto &[value, count] : numbers)
            result.append({QString::number(value), count});
        return result;
    }
    // Too many distinct numbers for one bar each: equal-width ranges.
    const qint64 low = numbers.constFirst().first;
    const qint64 high = numbers.constLast().first;
    const qint64 width = (high - low) / MaxBars + 1;
    QList<int> binCounts(MaxBars, 0);
    for (const auto &[value, count] : numbers)
        binCounts[static_cast<int>((value - low) / width)] += count;
    for (int i = 0; i < MaxBars; ++i) {
        const qint64 from = low + i * width;
        if (from > high)
            break;
        result.append(
            {tr("%1–%2").arg(from).arg(std::min(high, from + width - 1)), binCounts.at(i)});
    }
    return result;
}

void OutcomeView::redraw()
{
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(m_scenario.isEmpty() ? tr("Outcomes")
                                         : tr("Outcomes of %1 (%2 of %3 runs)")
                                               .arg(m_scenario)
                                               .arg(m_runner->runsDone())
                                               .arg(m_runner->runsTotal()));
    const auto bars = OutcomeView::bars(m_runner->counts());
    auto *set = new QBarSet(tr("runs"));
    QStringList categories;
    int max = 1;
    for (const auto &[category, count] : bars) {
        categories.append(elided(category));
        set->append(count);
        max = std::max(max, count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTitleText(tr("outcome"));
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, max);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setTitleText(tr("runs"));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(countAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(countAxis);
}
