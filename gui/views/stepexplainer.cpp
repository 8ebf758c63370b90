#include "stepexplainer.h"

#include "models/eventdescriber.h"
#include "models/runmodel.h"
#include "models/runstate.h"

#include <QJsonArray>
#include <QStringList>
#include <algorithm>
#include <limits>

namespace {
/// Pipe capacity on Linux by default: a write beyond it blocks.
constexpr qint64 kPipeCapacity = 64 * 1024;

/// A count for a %n plural form.
int count(qint64 n)
{
    return static_cast<int>(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

QString joinLabels(const QStringList &labels)
{
    return labels.join(QStringLiteral(", "));
}

bool isBookkeeping(const Event &e)
{
    return e.kind.startsWith(QLatin1String("gate.")) || e.kind == QLatin1String("proc.state") ||
           e.kind.startsWith(QLatin1String("engine."));
}
} // namespace

Event StepExplainer::gateEventOf(const ProcessState &process)
{
    Event e;
    e.kind = QStringLiteral("gate.wait");
    e.label = process.label;
    e.pid = process.pid;
    e.line = process.nextLine;
    QJsonObject fields = process.nextArgs;
    // The statement's name is its first word ("read p 1024" -> "read").
    QString op;
    for (const QChar c : process.nextStep.trimmed()) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_'))
            break;
        op += c;
    }
    fields.insert(QStringLiteral("op"), op);
    fields.insert(QStringLiteral("step"), process.nextStep);
    fields.insert(QStringLiteral("label"), process.label);
    fields.insert(QStringLiteral("kind"), e.kind);
    e.setFields(fields);
    return e;
}

QString StepExplainer::callSummary(const Event &e)
{
    // The call's name is the kind's verb: "pipe.read" -> "read", "sem.wait" -> "sem_wait".
    QString call = e.kind.section(QLatin1Char('.'), 1);
    const QString family = e.kind.section(QLatin1Char('.'), 0, 0);
    if (family == QLatin1String("sem") || family == QLatin1String("shm"))
        call = family + QLatin1Char('_') + call;
    else if (e.kind == QLatin1String("signal.send"))
        call = QStringLiteral("kill");
    QStringList args;
    const auto add = [&](const char *key, const QString &format) {
        const QJsonValue v = e.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        args << format.arg(v.isDouble() ? QString::number(v.toInteger()) : v.toString());
    };
    if (!e.obj.isEmpty())
        args << e.obj;
    add("fd", tr("fd %1"));
    add("max", tr("max %1"));
    if (e.phase != QLatin1String("end") && e.has(QStringLiteral("bytes")))
        args << tr("%n byte(s)", nullptr, count(e.num(QStringLiteral("bytes"))));
    add("path", tr("path %1"));
    add("mode", tr("mode %1"));
    add("target_label", tr("to %1"));
    add("signal", QStringLiteral("%1"));
    add("ns", tr("%1 ns"));
    QString text = QStringLiteral("%1(%2)").arg(call, args.join(QStringLiteral(", ")));
    if (e.has(QStringLiteral("ret"))) {
        text += QStringLiteral(" = %1").arg(e.num(QStringLiteral("ret")));
        const QString err = e.str(QStringLiteral("errno"));
        if (!err.isEmpty())
            text += QLatin1Char(' ') + err;
    } else if (e.phase == QLatin1String("begin")) {
        text += QLatin1Char(' ') + tr("(called, not returned yet)");
    }
    return text;
}

int StepExplainer::lastStepIndex(const RunModel &model, int index)
{
    for (int i = std::min(index, model.eventCount() - 1); i >= 0; --i) {
        if (!isBookkeeping(model.event(i)))
            return i;
    }
    return -1;
}

QString StepExplainer::explainBlocked(const RunState &state, const ProcessState &p)
{
    if (p.state != ProcessState::State::Blocked)
        return {};
    const QString &on = p.blockedOn;
    const ObjectState *object = p.blockedObj.isEmpty() ? nullptr : state.object(p.blockedObj);
    const QString obj = p.blockedObj;
    if (on == QLatin1String("read") && object) {
        if (object->inFlight > 0)
            return tr("read is about to return: %1 holds %n byte(s).", nullptr,
                      count(object->inFlight))
                .arg(obj);
        if (object->writers.isEmpty())
            return tr("read is about to return 0 (end of file): %1 is empty and no process holds "
                      "its write end any more.")
                .arg(obj);
        // One process or a list of them: two sentences, since the verb agrees with
        // the subject in most languages.
        QString text =
            (object->writers.size() == 1
                 ? tr("read blocks: %1 is empty and %2 still holds its write end open. It goes "
                      "on when it writes, or returns 0 (end of file) once it closes it.")
                 : tr("read blocks: %1 is empty and %2 still hold its write end open. It goes "
                      "on when one of them writes, or returns 0 (end of file) once every "
                      "write end is closed."))
                .arg(obj, joinLabels(object->writers));
        if (object->writers.contains(p.label))
            text += QLatin1Char(' ') +
                    tr("%1 holds a write end itself: unless it closes it, this read never sees "
                       "end of file.")
                        .arg(p.label);
        return text;
    }
    if (on == QLatin1String("write") && object) {
        if (object->readers.isEmpty())
            return tr("write to %1 cannot go on: no process holds its read end, so it fails "
                      "with EPIPE (and SIGPIPE).")
                .arg(obj);
        return (object->readers.size() == 1
                    ? tr("write blocks: %1 is full (%2 of %3 bytes) and goes on when %4 reads "
                         "from it.")
                    : tr("write blocks: %1 is full (%2 of %3 bytes) and goes on when %4 read "
                         "from it."))
            .arg(obj)
            .arg(object->inFlight)
            .arg(kPipeCapacity)
            .arg(joinLabels(object->readers));
    }
    if (on == QLatin1String("open")) {
        if (object && object->kind == ObjectState::Kind::Fifo) {
            const QString readers =
                object->readers.isEmpty() ? tr("nobody") : joinLabels(object->readers);
            const QString writers =
                object->writers.isEmpty() ? tr("nobody") : joinLabels(object->writers);
            return tr("open blocks: opening the FIFO %1 waits until another process opens its "
                      "other end (now open for reading: %2; for writing: %3).")
                .arg(obj, readers, writers);
        }
        return tr("open blocks until another process opens the other end of %1.")
            .arg(obj.isEmpty() ? tr("the FIFO") : obj);
    }
    if (on == QLatin1String("sem_wait")) {
        const qint64 value = object ? object->value : 0;
        return tr("sem_wait blocks: %1 has value %2; it goes on when a process calls sem_post "
                  "on it.")
            .arg(obj.isEmpty() ? tr("the semaphore") : obj)
            .arg(value);
    }
    if (on == QLatin1String("wait")) {
        QStringList running;
        QStringList zombies;
        for (const QString &child : p.children) {
            const ProcessState *c = state.process(child);
            if (!c)
                continue;
            if (c->isAlive())
                running << child;
            else if (c->state == ProcessState::State::Zombie)
                zombies << child;
        }
        if (!zombies.isEmpty())
            return tr("wait is about to return: %1 ended and waits to be reaped.")
                .arg(joinLabels(zombies));
        if (running.isEmpty())
            return tr("wait blocks, but %1 has no running child: it returns with ECHILD.")
                .arg(p.label);
        return (running.size() == 1
                    ? tr("wait blocks: %1 is still running; wait returns when it exits.")
                    : tr("wait blocks: %1 are still running; wait returns when one of them "
                         "exits."))
            .arg(joinLabels(running));
    }
    if (on == QLatin1String("pause"))
        return tr("pause blocks until a signal is delivered to %1 (send one with kill).")
            .arg(p.label);
    if (on == QLatin1String("sleep"))
        return tr("%1 is sleeping: it goes on when its time is up.").arg(p.label);
    return on.isEmpty() ? tr("%1 is blocked in the kernel.").arg(p.label)
                        : tr("%1 is blocked in %2().").arg(p.label, on);
}
