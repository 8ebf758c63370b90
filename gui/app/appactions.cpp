#include "appactions.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMetaEnum>

AppActions::AppActions(QObject *parent) : QObject(parent)
{
    m_actions.resize(IdCount);
    make(Run, QStringLiteral("run"), {QKeySequence(Qt::CTRL | Qt::Key_R)});
    make(Stop, QStringLiteral("stop"),
         {QKeySequence(Qt::CTRL | Qt::Key_Period), QKeySequence(Qt::Key_Escape)});
    make(Restart, QStringLiteral("restart"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    make(StepMode, QString(), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)});
    action(StepMode)->setCheckable(true);
    make(Step, QStringLiteral("step"), {QKeySequence(Qt::Key_F10), QKeySequence(Qt::Key_Space)});
    make(Continue, QStringLiteral("continue"), {QKeySequence(Qt::Key_F8), QKeySequence(Qt::Key_C)});
    make(Pause, QStringLiteral("pause"),
         {QKeySequence(Qt::SHIFT | Qt::Key_F8), QKeySequence(Qt::Key_P)});
    make(OpenScenario, QStringLiteral("open-scenario"), {QKeySequence(Qt::CTRL | Qt::Key_O)});
    make(OpenTrace, QStringLiteral("open-trace"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    make(SaveTrace, QStringLiteral("save-trace"), {QKeySequence(Qt::CTRL | Qt::Key_S)});
    make(StepBack, QStringLiteral("back"), {QKeySequence(Qt::ALT | Qt::Key_Left)});
    make(StepForward, QStringLiteral("forward"), {QKeySequence(Qt::ALT | Qt::Key_Right)});
    make(GoToStart, QString(), {QKeySequence(Qt::ALT | Qt::Key_Home)});
    make(GoLive, QStringLiteral("live"), {QKeySequence(Qt::ALT | Qt::Key_End)});
    make(Quit, QString(), {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    action(Quit)->setMenuRole(QAction::QuitRole);
    make(StepSelected, QStringLiteral("step"),
         {QKeySequence(Qt::Key_S), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    make(SaveSchedule, QString(), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)});
    make(LoadSchedule, QString(), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O)});
    make(ReplayInterleaving, QString(), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R)});
    make(Settings, QString(), {QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    action(Settings)->setMenuRole(QAction::PreferencesRole);
    action(Settings)->setEnabled(false);

    m_speedGroup = new QActionGroup(this);
    m_speedGroup->setExclusive(true);
    const QList<int> speeds = paces();
    for (int i = 0; i < speeds.size(); ++i) {
        auto *a = new QAction(m_speedGroup);
        a->setCheckable(true);
        a->setData(speeds[i]);
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        a->setObjectName(QStringLiteral("Speed%1").arg(speeds[i]));
        m_speedActions.append(a);
    }
    m_speedActions.at(2)->setChecked(true);
    connect(m_speedGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { Q_EMIT paceChanged(a->data().toInt()); });
    retranslate();
}

void AppActions::retranslate()
{
    setTexts(Run, tr("&Run"), tr("Run the selected scenario with real processes"));
    setTexts(Stop, tr("&Stop"), tr("Stop the run: the engine kills and cleans up every process"));
    setTexts(Restart, tr("R&estart"), tr("Stop the run and start it again"));
    setTexts(StepMode, tr("Step &Mode"),
             tr("Start runs paused at the first step, then release one step at a time"));
    setTexts(Step, tr("S&tep"), tr("Let the next ready process do its next operation"));
    setTexts(Continue, tr("&Continue"), tr("Let every process run freely until Pause"));
    setTexts(Pause, tr("&Pause"), tr("Stop every process at its next step gate"));
    setTexts(OpenScenario, tr("&Open Scenario File…"),
             tr("Run a scenario file (.ipcv) of your own"));
    setTexts(OpenTrace, tr("Open &Trace…"), tr("Replay a saved run"));
    setTexts(SaveTrace, tr("&Save Trace…"),
             tr("Save this run's events to replay or export it later"));
    setTexts(StepBack, tr("Previous Event"), tr("Show the state one event earlier"));
    setTexts(StepForward, tr("Next Event"), tr("Show the state one event later"));
    setTexts(GoToStart, tr("First Event"), tr("Go back to the start of the run"));
    setTexts(GoLive, tr("&Live"), tr("Jump to the latest event and follow the run"));
    setTexts(Quit, tr("&Quit"), tr("Quit ipcviz (a running scenario is stopped)"));
    setTexts(StepSelected, tr("Step &Selected Process"),
             tr("Let the selected process do its next operation (or click a ready process)"));
    setTexts(SaveSchedule, tr("Save Sc&hedule…"),
             tr("Save the order in which this run's processes were released, to replay it"));
    setTexts(LoadSchedule, tr("&Load Schedule…"),
             tr("Run the scenario again, releasing the processes in a saved order"));
    setTexts(ReplayInterleaving, tr("Replay This &Interleaving"),
             tr("Run the scenario again with exactly this run's order of steps"));
    setTexts(Settings, tr("Setti&ngs…"),
             tr("Choose the language of the interface and the speed of runs"));
    for (QAction *a : std::as_const(m_speedActions)) {
        const int pace = a->data().toInt();
        a->setText(speedName(pace));
        a->setToolTip(tr("Each process waits %1 ms before each step (%2)")
                          .arg(pace)
                          .arg(a->shortcut().toString(QKeySequence::NativeText)));
        a->setStatusTip(tr("Each process waits %1 ms before each step").arg(pace));
    }
}

QAction *AppActions::make(Id id, const QString &icon, const QList<QKeySequence> &keys)
{
    auto *a = new QAction(this);
    if (!icon.isEmpty())
        a->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    a->setShortcuts(keys);
    a->setObjectName(QString::fromLatin1(QMetaEnum::fromType<Id>().valueToKey(id)));
    m_actions[id] = a;
    return a;
}

void AppActions::setTexts(Id id, const QString &text, const QString &tip)
{
    QAction *a = m_actions.at(id);
    a->setText(text);
    // The tooltip names the shortcut, so students learn it from the toolbar.
    const QList<QKeySequence> keys = a->shortcuts();
    a->setToolTip(keys.isEmpty()
                      ? tip
                      : tr("%1 (%2)").arg(tip, keys.value(0).toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
}

bool AppActions::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

QList<int> AppActions::paces()
{
    return {0, 100, 300, 1000};
}

QString AppActions::speedName(int paceMs)
{
    switch (paceMs) {
    case 0:
        return tr("Full Speed");
    case 100:
        return tr("Fast (100 ms a step)");
    case 300:
        return tr("Slow (300 ms a step)");
    case 1000:
        return tr("Lecture (1 s a step)");
    default:
        return tr("%1 ms a step").arg(paceMs);
    }
}

int AppActions::paceMs() const
{
    const QAction *checked = m_speedGroup->checkedAction();
    return checked ? checked->data().toInt() : 0;
}

void AppActions::setPaceMs(int ms)
{
    for (QAction *a : m_speedActions) {
        if (a->data().toInt() == ms) {
            a->setChecked(true);
            Q_EMIT paceChanged(ms);
            return;
        }
    }
}
