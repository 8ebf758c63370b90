#include "timeslider.h"

#include "models/runmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

TimeSlider::TimeSlider(RunModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    // Slider value v shows event index v - 1, so 0 is "before the first event".
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, 0);
    m_slider->setPageStep(10);
    m_slider->setMinimumWidth(200);

    auto makeButton = [this](const QString &icon) {
        auto *button = new QToolButton(this);
        button->setIcon(QIcon(icon));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return button;
    };
    m_back = makeButton(QStringLiteral(":/icons/back.svg"));
    m_forward = makeButton(QStringLiteral(":/icons/forward.svg"));
    m_live = makeButton(QStringLiteral(":/icons/live.svg"));
    m_live->setCheckable(true);

    m_position = new QLabel(this);
    // Tab follows what the eye sees: Back, the slider, Forward, Live.
    setTabOrder(m_back, m_slider);
    setTabOrder(m_slider, m_forward);
    setTabOrder(m_forward, m_live);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_back);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_forward);
    layout->addWidget(m_live);
    layout->addWidget(m_position);

    connect(m_slider, &QSlider::valueChanged, this, &TimeSlider::onSliderMoved);
    connect(m_back, &QToolButton::clicked, this, &TimeSlider::stepBack);
    connect(m_forward, &QToolButton::clicked, this, &TimeSlider::stepForward);
    connect(m_live, &QToolButton::clicked, this, &TimeSlider::goLive);
    connect(model, &RunModel::cursorChanged, this, &TimeSlider::syncFromModel);
    connect(model, &RunModel::liveChanged, this, &TimeSlider::syncFromModel);
    connect(model, &RunModel::eventsAppended, this, &TimeSlider::syncFromModel);
    connect(model, &RunModel::runReset, this, &TimeSlider::syncFromModel);
    retranslateUi();
}

void TimeSlider::retranslateUi()
{
    m_slider->setAccessibleName(tr("Time cursor"));
    m_slider->setToolTip(tr("Drag, or use the arrow keys, Home and End, to travel through the "
                            "run: every view shows the state at that event"));
    const auto texts = [](QToolButton *button, const QString &text, const QString &tip) {
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(text);
    };
    texts(m_back, tr("Back"), tr("Show the state one event earlier (Alt+Left)"));
    texts(m_forward, tr("Forward"), tr("Show the state one event later (Alt+Right)"));
    texts(m_live, tr("Live"),
          tr("Jump to the latest event and follow the run as it goes (Alt+End)"));
    m_position->setAccessibleName(tr("Cursor position"));
    m_position->setToolTip(tr("Which event the views show, and when it happened"));
    // Room for the longest position text, so the slider does not jump as it changes.
    m_position->setMinimumWidth(m_position->fontMetrics().horizontalAdvance(
        tr("event %1 of %2 · %3").arg(88888).arg(88888).arg(tr("%1 s").arg(888.888, 0, 'f', 3))));
    syncFromModel();
}

void TimeSlider::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString TimeSlider::positionText() const
{
    return m_position->text();
}

void TimeSlider::stepBack()
{
    m_model->setCursor(m_model->cursor() - 1);
}

void TimeSlider::stepForward()
{
    const int next = m_model->cursor() + 1;
    if (next >= m_model->eventCount() - 1 && !m_model->hasEnded())
        m_model->setLive(true); // stepping onto the tail of a live run follows it again
    else
        m_model->setCursor(next);
}

void TimeSlider::goToStart()
{
    m_model->setCursor(-1);
}

void TimeSlider::goLive()
{
    m_model->setLive(true);
}

void TimeSlider::onSliderMoved(int value)
{
    if (m_syncing)
        return;
    m_model->setCursor(value - 1);
}

void TimeSlider::syncFromModel()
{
    m_syncing = true;
    const int count = m_model->eventCount();
    const int cursor = m_model->cursor();
    m_slider->setRange(0, count);
    m_slider->setValue(cursor + 1);
    m_live->setChecked(m_model->isLive());
    m_back->setEnabled(cursor >= 0);
    m_forward->setEnabled(cursor < count - 1);
    m_slider->setEnabled(count > 0);
    const qint64 ns = cursor >= 0 && cursor < count ? m_model->event(cursor).t : 0;
    // Scenarios without sleeps run in microseconds: show milliseconds until a second.
    const QString time = ns < 1'000'000'000
                             ? tr("%1 ms").arg(static_cast<double>(ns) / 1e6, 0, 'f', 3)
                             : tr("%1 s").arg(static_cast<double>(ns) / 1e9, 0, 'f', 3);
    m_position->setText(count == 0
                            ? tr("no events")
                            : tr("event %1 of %2 · %3").arg(cursor + 1).arg(count).arg(time));
    m_syncing = false;
}
