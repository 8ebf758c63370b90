#include "outcomeview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
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
      m_runButton(new QPushButton(this)), m_cancelButton(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_predictionLabel(new QLabel(this)), m_chartView(new QChartView(new QChart, this)),
      m_form(new QFormLayout)
{
    m_runs->setRange(1, OutcomeRunner::MaxRuns);
    m_runs->setValue(100);
    m_key->addItem(QString(), static_cast<int>(OutcomeRunner::Key::Output));
    m_key->addItem(QString(), static_cast<int>(OutcomeRunner::Key::FirstNumber));
    m_key->addItem(QString(), static_cast<int>(OutcomeRunner::Key::FirstSemaphore));
    m_key->addItem(QString(), static_cast<int>(OutcomeRunner::Key::ProcessTree));
    m_prediction->setEditable(true);
    m_prediction->setInsertPolicy(QComboBox::NoInsert);

    // Labels' texts come from retranslateUi().
    QFormLayout *form = m_form;
    form->addRow(QString(), m_runs);
    form->addRow(QString(), m_key);
    form->addRow(QString(), m_prediction);
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
        const int done = m_runner->runsDone();
        const auto outcomes = static_cast<int>(m_runner->counts().size());
        const QString scenario = m_scenario;
        setStatus([done, outcomes, scenario] {
            return tr("%1 of %2: %3.")
                .arg(tr("%n run(s)", nullptr, done), scenario,
                     tr("%n distinct outcome(s)", nullptr, outcomes));
        });
        for (const OutcomeCount &count : m_runner->counts()) {
            if (m_prediction->findText(count.outcome) < 0 && m_prediction->count() < 50)
                m_prediction->addItem(count.outcome);
        }
    });
    connect(m_runner, &OutcomeRunner::runsCancelled, this, [this] {
        setRunning(false);
        const int done = m_runner->runsDone();
        setStatus([done] { return tr("Cancelled after %n run(s).", nullptr, done); });
    });
    connect(m_runner, &OutcomeRunner::runsFailed, this, [this](const QString &message) {
        setRunning(false);
        setStatus([message] { return message; });
    });
    setStatus([] { return QString(); });
    retranslateUi();
    setRunning(false);
}

void OutcomeView::retranslateUi()
{
    setWindowTitle(tr("Run N times"));
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_runs, tr("&Runs:"));
    m_runs->setToolTip(tr("How many times to run the scenario"));
    label(m_key, tr("&Outcome:"));
    m_key->setItemText(0, tr("What the run printed"));
    m_key->setItemText(1, tr("The first number printed"));
    m_key->setItemText(2, tr("Which process got a semaphore first"));
    m_key->setItemText(3, tr("The process tree"));
    m_key->setToolTip(tr("What counts as the outcome of one run"));
    label(m_prediction, tr("Your &prediction:"));
    m_prediction->lineEdit()->setPlaceholderText(tr("e.g. 2000, or < 2000"));
    m_prediction->setToolTip(
        tr("Before running, write what you expect: an outcome, or for numbers a comparison "
           "such as \"< 2000\". Leave empty to just count."));
    m_runButton->setText(tr("Predict, then run"));
    m_runButton->setToolTip(
        tr("Run the selected scenario this many times and count how often each outcome "
           "happens"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop after the run that is going on"));
    m_progress->setAccessibleName(tr("Runs done"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setText(m_statusText());
    m_predictionLabel->setAccessibleName(tr("How the prediction did"));
    m_chartView->setAccessibleName(tr("Outcomes chart"));
    m_chartView->setToolTip(tr("How many runs ended with each outcome"));
    updatePrediction();
    redraw();
}

void OutcomeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OutcomeView::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
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
        setStatus([] { return tr("Select a scenario first."); });
        return;
    }
    m_scenario = options.scenario;
    m_lockedPrediction = m_prediction->currentText().trimmed();
    m_held = 0;
    m_judged = 0;
    const auto key = static_cast<OutcomeRunner::Key>(m_key->currentData().toInt());
    m_progress->setRange(0, m_runs->value());
    m_progress->setValue(0);
    const QString scenario = m_scenario;
    setStatus([scenario] { return tr("Running %1…").arg(scenario); });
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
    return tr("Your prediction \"%1\" held in %2 of %n run(s) (%3 %).", nullptr, m_judged)
        .arg(m_lockedPrediction)
        .arg(m_held)
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
    // A comparison ("< 2000"), or a bare number ("13"), is about the number the
    // outcome starts with: a final count, or "13 processes: ..." of a tree.
    static const QRegularExpression comparison(
        QStringLiteral("^(<=|>=|!=|==|<|>|=)?\\s*(-?\\d+)$"));
    const QRegularExpressionMatch match = comparison.match(wanted);
    if (!match.hasMatch())
        return wanted == outcome.trimmed();
    static const QRegularExpression leadingNumber(QStringLiteral("^-?\\d+(?!\\S)"));
    const QRegularExpressionMatch number = leadingNumber.match(outcome.trimmed());
    if (!number.hasMatch())
        return match.captured(1).isEmpty() ? std::optional<bool>(wanted == outcome.trimmed())
                                           : std::nullopt;
    const qint64 value = number.captured().toLongLong();
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
    chart->setTitle(m_scenario.isEmpty()
                        ? tr("Outcomes")
                        : tr("Outcomes of %1 (%2 of %n run(s))", nullptr, m_runner->runsTotal())
                              .arg(m_scenario)
                              .arg(m_runner->runsDone()));
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
