#include "appactions.h"

#include <QAction>
#include <QActionGroup>
#include <QMetaEnum>

AppActions::AppActions(QObject *parent) : QObject(parent)
{
    m_actions.resize(IdCount);
    make(Run, QStringLiteral("run"), tr("&Run"),
         tr("Run the selected scenario with real processes"), {QKeySequence(Qt::CTRL | Qt::Key_R)});
    make(Stop, QStringLiteral("stop"), tr("&Stop"),
         tr("Stop the run: the engine kills and cleans up every process"),
         {QKeySequence(Qt::CTRL | Qt::Key_Period), QKeySequence(Qt::Key_Escape)});
    make(Restart, QStringLiteral("restart"), tr("R&estart"), tr("Stop the run and start it again"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    make(StepMode, QString(), tr("Step &Mode"),
         tr("Start runs paused at the first step, then release one step at a time"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)});
    action(StepMode)->setCheckable(true);
    make(Step, QStringLiteral("step"), tr("S&tep"),
         tr("Let the next ready process do its next operation"),
         {QKeySequence(Qt::Key_F10), QKeySequence(Qt::Key_Space)});
    make(Continue, QStringLiteral("continue"), tr("&Continue"),
         tr("Let every process run freely until Pause"),
         {QKeySequence(Qt::Key_F8), QKeySequence(Qt::Key_C)});
    make(Pause, QStringLiteral("pause"), tr("&Pause"),
         tr("Stop every process at its next step gate"),
         {QKeySequence(Qt::SHIFT | Qt::Key_F8), QKeySequence(Qt::Key_P)});
    make(OpenScenario, QStringLiteral("open-scenario"), tr("&Open Scenario File…"),
         tr("Run a scenario file (.ipcv) of your own"), {QKeySequence(Qt::CTRL | Qt::Key_O)});
    make(OpenTrace, QStringLiteral("open-trace"), tr("Open &Trace…"), tr("Replay a saved run"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    make(SaveTrace, QStringLiteral("save-trace"), tr("&Save Trace…"),
         tr("Save this run's events to replay or export it later"),
         {QKeySequence(Qt::CTRL | Qt::Key_S)});
    make(StepBack, QStringLiteral("back"), tr("Previous Event"),
         tr("Show the state one event earlier"), {QKeySequence(Qt::ALT | Qt::Key_Left)});
    make(StepForward, QStringLiteral("forward"), tr("Next Event"),
         tr("Show the state one event later"), {QKeySequence(Qt::ALT | Qt::Key_Right)});
    make(GoToStart, QString(), tr("First Event"), tr("Go back to the start of the run"),
         {QKeySequence(Qt::ALT | Qt::Key_Home)});
    make(GoLive, QStringLiteral("live"), tr("&Live"),
         tr("Jump to the latest event and follow the run"), {QKeySequence(Qt::ALT | Qt::Key_End)});
    make(Quit, QString(), tr("&Quit"), tr("Quit ipcviz (a running scenario is stopped)"),
         {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    action(Quit)->setMenuRole(QAction::QuitRole);
    make(StepSelected, QStringLiteral("step"), tr("Step &Selected Process"),
         tr("Let the selected process do its next operation (or click a ready process)"),
         {QKeySequence(Qt::Key_S), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    make(SaveSchedule, QString(), tr("Save Sc&hedule…"),
         tr("Save the order in which this run's processes were released, to replay it"),
         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)});
    make(LoadSchedule, QString(), tr("&Load Schedule…"),
         tr("Run the scenario again, releasing the processes in a saved order"),
         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O)});
    make(ReplayInterleaving, QString(), tr("Replay This &Interleaving"),
         tr("Run the scenario again with exactly this run's order of steps"),
         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R)});

    m_speedGroup = new QActionGroup(this);
    m_speedGroup->setExclusive(true);
    const QList<QString> names = {tr("Full Speed"), tr("Fast (100 ms a step)"),
                                  tr("Slow (300 ms a step)"), tr("Lecture (1 s a step)")};
    const QList<int> speeds = paces();
    for (int i = 0; i < speeds.size(); ++i) {
        auto *a = new QAction(names.value(i), m_speedGroup);
        a->setCheckable(true);
        a->setData(speeds[i]);
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        a->setToolTip(tr("Each process waits %1 ms before each step (%2)")
                          .arg(speeds[i])
                          .arg(a->shortcut().toString(QKeySequence::NativeText)));
        m_speedActions.append(a);
    }
    m_speedActions.at(2)->setChecked(true);
    connect(m_speedGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { Q_EMIT paceChanged(a->data().toInt()); });
}

QAction *AppActions::make(Id id, const QString &icon, const QString &text, const QString &tip,
                          const QList<QKeySequence> &keys)
{
    auto *a = new QAction(text, this);
    if (!icon.isEmpty())
        a->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    a->setShortcuts(keys);
    // The tooltip names the shortcut, so students learn it from the toolbar.
    a->setToolTip(keys.isEmpty()
                      ? tip
                      : tr("%1 (%2)").arg(tip, keys.value(0).toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    a->setObjectName(QString::fromLatin1(QMetaEnum::fromType<Id>().valueToKey(id)));
    m_actions[id] = a;
    return a;
}

QList<int> AppActions::paces()
{
    return {0, 100, 300, 1000};
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
