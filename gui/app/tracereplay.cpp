#include "tracereplay.h"

#include "languagechange.h"
#include "mainwindow.h"
#include "models/runmodel.h"
#include "runcontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
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
      m_stepBack(new QAction(icon("back"), QString(), this)),
      m_stepForward(new QAction(icon("forward"), QString(), this))
{
    setObjectName(QStringLiteral("TraceReplay"));
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &TraceReplay::tick);
    m_play->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space));
    m_play->setObjectName(QStringLiteral("replayPlay"));
    m_stepBack->setObjectName(QStringLiteral("replayStepBack"));
    m_stepForward->setObjectName(QStringLiteral("replayStepForward"));
    connect(m_play, &QAction::triggered, this, &TraceReplay::togglePlay);
    connect(m_stepBack, &QAction::triggered, this, &TraceReplay::stepBack);
    connect(m_stepForward, &QAction::triggered, this, &TraceReplay::stepForward);
    // A new run or trace replaces what was played.
    connect(m_model, &RunModel::runReset, this, &TraceReplay::pause);
    retranslate();
}

void TraceReplay::retranslate()
{
    m_stepBack->setText(tr("Replay Step &Back"));
    m_stepBack->setToolTip(tr("Show the state one event earlier (pauses the replay)"));
    m_stepForward->setText(tr("Replay Step &Forward"));
    m_stepForward->setToolTip(tr("Show the state one event later (pauses the replay)"));
    setPlaying(m_playing); // the play action's words
    const QList<Speed> all = speeds();
    for (const QPointer<QComboBox> &box : std::as_const(m_speedBoxes)) {
        if (!box)
            continue;
        for (int i = 0; i < all.size() && i < box->count(); ++i)
            box->setItemText(i, all.at(i).name);
        box->setAccessibleName(tr("Replay speed"));
        box->setToolTip(tr("How fast the replay goes: so many events per second, or as fast as "
                           "the run really went, slowed down or sped up"));
    }
    for (const QPointer<QMenu> &menu : std::as_const(m_speedMenus)) {
        if (!menu)
            continue;
        menu->setTitle(tr("Replay &Speed"));
        const QList<QAction *> actions = menu->actions();
        for (int i = 0; i < all.size() && i < actions.size(); ++i)
            actions.at(i)->setText(all.at(i).name);
    }
}

bool TraceReplay::event(QEvent *event)
{
    // Reaches us from the main window, our parent, like every child of a widget.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

int TraceReplay::speedIndex() const
{
    const QList<Speed> all = speeds();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).mode == m_mode && qFuzzyCompare(all.at(i).value, m_rate))
            return i;
    }
    return -1;
}

void TraceReplay::applySpeed(int index)
{
    const QList<Speed> all = speeds();
    if (index < 0 || index >= all.size())
        return;
    const Speed &s = all.at(index);
    if (s.mode == Mode::EventsPerSecond)
        setEventsPerSecond(s.value);
    else
        setRealTimeFactor(s.value);
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
    box->setObjectName(QStringLiteral("ReplaySpeedBox"));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents); // words change with the language
    box->setAccessibleName(tr("Replay speed"));
    box->setToolTip(tr("How fast the replay goes: so many events per second, or as fast as the "
                       "run really went, slowed down or sped up"));
    for (const Speed &s : speeds())
        box->addItem(s.name);
    auto sync = [this, box] {
        const int index = speedIndex();
        if (index >= 0)
            box->setCurrentIndex(index);
    };
    sync();
    connect(this, &TraceReplay::speedChanged, box, sync);
    auto *self = const_cast<TraceReplay *>(this);
    connect(box, &QComboBox::activated, self, &TraceReplay::applySpeed);
    m_speedBoxes.append(box);
    return box;
}

QMenu *TraceReplay::createSpeedMenu(QWidget *parent) const
{
    auto *menu = new QMenu(tr("Replay &Speed"), parent);
    menu->setObjectName(QStringLiteral("ReplaySpeedMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const QList<Speed> all = speeds();
    auto *self = const_cast<TraceReplay *>(this);
    for (int i = 0; i < all.size(); ++i) {
        QAction *action = menu->addAction(all.at(i).name);
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, self, [self, i] { self->applySpeed(i); });
    }
    auto sync = [this, menu] {
        const int index = speedIndex();
        const QList<QAction *> actions = menu->actions();
        if (index >= 0 && index < actions.size())
            actions.at(index)->setChecked(true);
    };
    sync();
    connect(this, &TraceReplay::speedChanged, menu, sync);
    m_speedMenus.append(menu);
    return menu;
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
    QToolBar *bar = window.addToolBar(QString());
    bar->setObjectName(QStringLiteral("ReplayToolBar"));
    bar->setIconSize(QSize(28, 28));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addAction(replay->stepBackAction());
    bar->addAction(replay->playAction());
    bar->addAction(replay->stepForwardAction());
    bar->addWidget(replay->createSpeedBox(bar));

    QMenu *menu = new QMenu(&window);
    menu->setObjectName(QStringLiteral("ReplayMenu"));
    menu->addAction(replay->playAction());
    menu->addAction(replay->stepBackAction());
    menu->addAction(replay->stepForwardAction());
    menu->addSeparator();
    menu->addMenu(replay->createSpeedMenu(menu));
    window.menuBar()->addMenu(menu);
    retranslateOnLanguageChange(menu, [bar, menu] {
        bar->setWindowTitle(TraceReplay::tr("Replay"));
        menu->setTitle(TraceReplay::tr("Re&play"));
    });
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
