#include "timeslider.h"

#include "models/runmodel.h"

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
    m_slider->setAccessibleName(tr("Time cursor"));
    m_slider->setToolTip(tr("Drag, or use the arrow keys, Home and End, to travel through the "
                            "run: every view shows the state at that event"));

    auto makeButton = [this](const QString &icon, const QString &text, const QString &tip) {
        auto *button = new QToolButton(this);
        button->setIcon(QIcon(icon));
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(text);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return button;
    };
    m_back = makeButton(QStringLiteral(":/icons/back.svg"), tr("Back"),
                        tr("Show the state one event earlier (Alt+Left)"));
    m_forward = makeButton(QStringLiteral(":/icons/forward.svg"), tr("Forward"),
                           tr("Show the state one event later (Alt+Right)"));
    m_live = makeButton(QStringLiteral(":/icons/live.svg"), tr("Live"),
                        tr("Jump to the latest event and follow the run as it goes (Alt+End)"));
    m_live->setCheckable(true);

    m_position = new QLabel(this);
    m_position->setMinimumWidth(m_position->fontMetrics().horizontalAdvance(
        QStringLiteral("event 00000 of 00000 · 000.000 s")));
    m_position->setAccessibleName(tr("Cursor position"));

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
    syncFromModel();
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
