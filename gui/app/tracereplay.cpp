#include "tracereplay.h"

#include "mainwindow.h"
#include "models/runmodel.h"
#include "runcontroller.h"

#include <QAction>
#include <QComboBox>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcTraceReplay, "ipcviz.tracereplay")

namespace {
constexpr double kMinEventsPerSecond = 0.1;
constexpr double kMaxEventsPerSecond = 1000;
constexpr double kMinFactor = 0.25;
constexpr double kMaxFactor = 4;

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

TraceReplay::TraceReplay(RunModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_timer(new QTimer(this)), m_play(new QAction(this)),
      m_stepBack(new QAction(icon("back"), tr("Replay Step &Back"), this)),
      m_stepForward(new QAction(icon("forward"), tr("Replay Step &Forward"), this))
{
    setObjectName(QStringLiteral("TraceReplay"));
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &TraceReplay::tick);
    m_play->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space));
    m_play->setObjectName(QStringLiteral("replayPlay"));
    m_stepBack->setObjectName(QStringLiteral("replayStepBack"));
    m_stepForward->setObjectName(QStringLiteral("replayStepForward"));
    m_stepBack->setToolTip(tr("Show the state one event earlier (pauses the replay)"));
    m_stepForward->setToolTip(tr("Show the state one event later (pauses the replay)"));
    connect(m_play, &QAction::triggered, this, &TraceReplay::togglePlay);
    connect(m_stepBack, &QAction::triggered, this, &TraceReplay::stepBack);
    connect(m_stepForward, &QAction::triggered, this, &TraceReplay::stepForward);
    // A new run or trace replaces what was played.
    connect(m_model, &RunModel::runReset, this, &TraceReplay::pause);
    setPlaying(false);
}

QList<TraceReplay::Speed> TraceReplay::speeds()
{
    QList<Speed> list;
    for (double eps : {1.0, 2.0, 5.0, 10.0, 25.0, 100.0})
        list.append({Mode::EventsPerSecond, eps, tr("%n event(s) per second", nullptr, int(eps))});
    for (double factor : {0.25, 0.5, 1.0, 2.0, 4.0})
        list.append({Mode::RealTime, factor, tr("Real time \u00d7%1").arg(factor)});
    return list;
}

void TraceReplay::setEventsPerSecond(double eventsPerSecond)
{
    m_mode = Mode::EventsPerSecond;
    m_rate = std::clamp(eventsPerSecond, kMinEventsPerSecond, kMaxEventsPerSecond);
    if (m_playing) {
        rebase();
        scheduleNext();
    }
    Q_EMIT speedChanged();
}

void TraceReplay::setRealTimeFactor(double factor)
{
    m_mode = Mode::RealTime;
    m_rate = std::clamp(factor, kMinFactor, kMaxFactor);
    if (m_playing) {
        rebase();
        scheduleNext();
    }
    Q_EMIT speedChanged();
}

QComboBox *TraceReplay::createSpeedBox(QWidget *parent) const
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(tr("Replay speed"));
    box->setToolTip(tr("How fast the replay goes: so many events per second, or as fast as the "
                       "run really went, slowed down or sped up"));
    const QList<Speed> all = speeds();
    for (const Speed &s : all)
        box->addItem(s.name);
    auto sync = [this, box, all] {
        for (int i = 0; i < all.size(); ++i)
            if (all.at(i).mode == m_mode && qFuzzyCompare(all.at(i).value, m_rate))
                box->setCurrentIndex(i);
    };
    sync();
    connect(this, &TraceReplay::speedChanged, box, sync);
    auto *self = const_cast<TraceReplay *>(this);
    connect(box, &QComboBox::activated, self, [self, all](int index) {
        if (index < 0 || index >= all.size())
            return;
        const Speed &s = all.at(index);
        if (s.mode == Mode::EventsPerSecond)
            self->setEventsPerSecond(s.value);
        else
            self->setRealTimeFactor(s.value);
    });
    return box;
}

void TraceReplay::setAvailable(bool available)
{
    m_available = available;
    if (!available)
        pause();
    m_play->setEnabled(available);
    m_stepBack->setEnabled(available);
    m_stepForward->setEnabled(available);
}

void TraceReplay::play()
{
    if (!m_available || m_model->eventCount() == 0 || m_playing)
        return;
    if (m_model->cursor() >= m_model->eventCount() - 1)
        moveCursor(-1); // at the end: play it again from the start
    else
        moveCursor(m_model->cursor()); // leaves live mode where it is
    setPlaying(true);
    rebase();
    scheduleNext();
}

void TraceReplay::pause()
{
    m_timer->stop();
    setPlaying(false);
}

void TraceReplay::togglePlay()
{
    if (m_playing)
        pause();
    else
        play();
}

void TraceReplay::stepBack()
{
    pause();
    if (m_model->eventCount() > 0)
        moveCursor(std::max(-1, m_model->cursor() - 1));
}

void TraceReplay::stepForward()
{
    pause();
    if (m_model->eventCount() > 0)
        moveCursor(std::min(m_model->eventCount() - 1, m_model->cursor() + 1));
}

void TraceReplay::rebase()
{
    const int cursor = m_model->cursor();
    const int count = m_model->eventCount();
    m_baseT = count == 0 ? 0 : m_model->event(std::clamp(cursor, 0, count - 1)).t;
    m_clock.start();
}

void TraceReplay::scheduleNext()
{
    if (!m_playing)
        return;
    const int next = m_model->cursor() + 1;
    if (next >= m_model->eventCount()) {
        pause();
        Q_EMIT finished();
        return;
    }
    qint64 ms = 0;
    if (m_mode == Mode::EventsPerSecond) {
        ms = static_cast<qint64>(1000.0 / m_rate);
    } else {
        // When the next event is due in wall time; a damaged trace whose times go
        // backwards just plays on at once.
        const double traceMs = double(m_model->event(next).t - m_baseT) / 1e6;
        ms = static_cast<qint64>(traceMs / m_rate) - m_clock.elapsed();
    }
    m_timer->start(static_cast<int>(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())));
}

void TraceReplay::tick()
{
    if (!m_playing)
        return;
    const int count = m_model->eventCount();
    int cursor = m_model->cursor();
    if (cursor != m_setCursor) {
        // The user moved the cursor (slider, event log): go on from there.
        m_setCursor = cursor;
        rebase();
        scheduleNext();
        return;
    }
    int next = cursor + 1;
    if (m_mode == Mode::RealTime) {
        // Show every event already due, so fast bursts do not lag behind.
        const double target = double(m_baseT) + double(m_clock.elapsed()) * m_rate * 1e6;
        while (next + 1 < count && double(m_model->event(next + 1).t) <= target)
            ++next;
    }
    if (next < count)
        moveCursor(next);
    scheduleNext();
}

void TraceReplay::setPlaying(bool playing)
{
    const bool changed = m_playing != playing;
    m_playing = playing;
    m_play->setIcon(icon(playing ? "pause" : "run"));
    m_play->setText(playing ? tr("&Pause Replay") : tr("&Play Replay"));
    m_play->setToolTip(playing ? tr("Pause the replay (Ctrl+Shift+Space)")
                               : tr("Replay the run from the time cursor (Ctrl+Shift+Space)"));
    if (changed)
        Q_EMIT playingChanged(playing);
}

void TraceReplay::moveCursor(int index)
{
    m_setCursor = index;
    m_model->setCursor(index);
    qCDebug(lcTraceReplay) << "cursor" << index;
}

void installTraceReplay(MainWindow &window)
{
    auto *replay = new TraceReplay(window.runModel(), &window);
    QToolBar *bar = window.addToolBar(TraceReplay::tr("Replay"));
    bar->setObjectName(QStringLiteral("ReplayToolBar"));
    bar->setIconSize(QSize(28, 28));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addAction(replay->stepBackAction());
    bar->addAction(replay->playAction());
    bar->addAction(replay->stepForwardAction());
    bar->addWidget(replay->createSpeedBox(bar));

    QMenu *menu = new QMenu(TraceReplay::tr("Re&play"), &window);
    menu->addAction(replay->playAction());
    menu->addAction(replay->stepBackAction());
    menu->addAction(replay->stepForwardAction());
    window.menuBar()->addMenu(menu);
    window.addAction(replay->playAction());

    RunModel *model = window.runModel();
    RunController *controller = window.controller();
    auto update = [replay, model, controller] {
        replay->setAvailable(!controller->isRunning() && model->eventCount() > 0);
    };
    QObject::connect(controller, &RunController::runningChanged, replay, update);
    QObject::connect(model, &RunModel::runReset, replay, update);
    QObject::connect(model, &RunModel::eventsAppended, replay, update);
    QObject::connect(model, &RunModel::runEnded, replay, update);
    update();
}
