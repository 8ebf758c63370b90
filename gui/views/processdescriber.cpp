#include "processdescriber.h"

#include "core/event.h"
#include "models/eventdescriber.h"
#include "models/processstate.h"
#include "stepexplainer.h"

QString ProcessDescriber::howItEnded(const ProcessState &p)
{
    if (!p.exitSignal.isEmpty())
        return tr("killed by %1").arg(p.exitSignal);
    if (p.hasExitCode)
        return tr("code %1").arg(p.exitCode);
    return {};
}

QString ProcessDescriber::stateText(const ProcessState &p)
{
    using S = ProcessState::State;
    const QString ended = howItEnded(p);
    switch (p.state) {
    case S::Running:
        return tr("running");
    case S::ReadyAtGate:
        // The next operation in words, so a student sees what each ready process would do.
        return p.nextStep.isEmpty()
                   ? tr("ready at gate")
                   : tr("ready: %1")
                         .arg(EventDescriber::describeGate(StepExplainer::gateEventOf(p)));
    case S::Blocked:
        if (p.blockedOn == QLatin1String("sleep"))
            return tr("sleeping");
        if (p.blockedOn == QLatin1String("pause"))
            return tr("waiting in pause()");
        return p.blockedOn.isEmpty() ? tr("blocked") : tr("blocked in %1()").arg(p.blockedOn);
    case S::Zombie:
        return ended.isEmpty() ? tr("zombie") : tr("zombie (%1)").arg(ended);
    case S::Exited:
        return ended.isEmpty() ? tr("exited") : tr("exited (%1)").arg(ended);
    case S::Reaped:
        return ended.isEmpty() ? tr("reaped") : tr("reaped (%1)").arg(ended);
    }
    return {};
}

CanvasStyle::Tone ProcessDescriber::tone(const ProcessState &p)
{
    using S = ProcessState::State;
    using T = CanvasStyle::Tone;
    switch (p.state) {
    case S::Running:
        return T::Running;
    case S::ReadyAtGate:
        return T::Ready;
    case S::Blocked:
        return p.blockedOn == QLatin1String("sleep") ? T::Sleeping : T::Blocked;
    case S::Zombie:
        return T::Zombie;
    case S::Exited:
        return T::Exited;
    case S::Reaped:
        return T::Reaped;
    }
    return T::Running;
}
