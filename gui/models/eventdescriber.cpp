#include "eventdescriber.h"

#include "core/enginemessage.h"
#include "core/event.h"

#include <QJsonArray>
#include <QJsonObject>
#include <limits>

namespace {

bool is(const QString &kind, const char *name)
{
    return kind == QLatin1String(name);
}

/// A count for a plural form (tr's n is an int; sizes beyond it are rare here).
int count(double n)
{
    return n >= double(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max() : int(n);
}

QString numberOrText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

bool failed(const Event &event)
{
    return event.has(QStringLiteral("errno")) || event.num(QStringLiteral("ret"), 0) < 0;
}

} // namespace

QString EventDescriber::who(const Event &event)
{
    // The engine acts for the user (signal, FIFO write) under the label "user".
    if (event.label == QLatin1String("user") &&
        event.str(QStringLiteral("by")) == QLatin1String("user") &&
        event.kind != QLatin1String("gate.release"))
        return tr("The user");
    if (!event.label.isEmpty())
        return event.label;
    return tr("PID %1").arg(event.pid);
}

QString EventDescriber::quotePreview(const QString &data, bool truncated)
{
    QString out;
    out.reserve(data.size() + 8);
    out += QLatin1Char('"');
    qsizetype shown = 0;
    bool cut = truncated;
    for (const QChar c : data) {
        if (shown >= MaxPreviewChars) {
            cut = true;
            break;
        }
        switch (c.unicode()) {
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '"':
            out += QLatin1String("\\\"");
            break;
        default:
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() < 0xA0))
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
        ++shown;
    }
    out += QLatin1Char('"');
    if (cut)
        out += QChar(0x2026); // ellipsis
    return out;
}

QString EventDescriber::describe(const Event &e)
{
    const QString &k = e.kind;
    const QString w = who(e);
    const QString obj = e.obj;
    const QString err = e.str(QStringLiteral("errno"));
    const auto data = [&e] {
        return quotePreview(e.str(QStringLiteral("data")),
                            e.value(QLatin1String("truncated")).toBool());
    };
    const auto n = [&e](const char *key, qint64 fallback = 0) {
        return e.num(QLatin1StringView(key), fallback);
    };
    const auto s = [&e](const char *key) { return e.str(QLatin1StringView(key)); };
    const auto fail = [&](const QString &call) {
        return err.isEmpty() ? tr("%1: %2 failed").arg(w, call)
                             : tr("%1: %2 failed (%3)").arg(w, call, err);
    };

    if (e.isHello()) {
        return tr("Run of %1 started (engine %2, %3 mode)")
            .arg(s("scenario"), s("engine"), s("mode"));
    }
    if (e.isEndRecord()) {
        const QString status = s("status");
        QString text;
        if (status == QLatin1String("completed"))
            text = tr("The run completed");
        else if (status == QLatin1String("cancelled"))
            text = tr("The run was stopped");
        else if (status == QLatin1String("timeout"))
            text = tr("The run timed out");
        else if (status == QLatin1String("deadlock"))
            text = tr("The run ended in a deadlock");
        else if (status == QLatin1String("failed"))
            text = tr("The run failed");
        else
            text = tr("The run ended (%1)").arg(status);
        if (!s("message").isEmpty())
            text = tr("%1: %2").arg(text, translatedEngineMessage(e));
        const qsizetype cleanup = e.value(QLatin1String("cleanup")).toArray().size();
        const qsizetype leaks = e.value(QLatin1String("leaks")).toArray().size();
        if (cleanup > 0)
            text += tr("; the engine cleaned up %n thing(s) left behind", nullptr, int(cleanup));
        if (leaks > 0)
            text += tr("; %n thing(s) leaked", nullptr, int(leaks));
        return text;
    }

    // Processes.
    if (is(k, "proc.start")) {
        const QString parent = s("parent_label");
        return parent.isEmpty()
                   ? tr("%1 started (PID %2)").arg(w).arg(e.pid)
                   : tr("%1 started (PID %2), child of %3").arg(w).arg(e.pid).arg(parent);
    }
    if (is(k, "proc.fork")) {
        if (failed(e))
            return fail(QStringLiteral("fork"));
        return tr("%1 forked %2 (PID %3)").arg(w, s("child_label")).arg(n("child"));
    }
    if (is(k, "proc.exec")) {
        QStringList argv;
        for (const QJsonValue &arg : e.value(QLatin1String("argv")).toArray())
            argv.append(arg.toString());
        const QString command = argv.isEmpty() ? s("path") : argv.join(QLatin1Char(' '));
        if (e.isEnd() || failed(e))
            return err.isEmpty() ? tr("%1: exec of %2 failed").arg(w, command)
                                 : tr("%1: exec of %2 failed (%3)").arg(w, command, err);
        return tr("%1 executes %2").arg(w, command);
    }
    if (is(k, "proc.exit")) {
        QString text;
        if (e.has(QStringLiteral("signal")))
            text = tr("%1 was killed by %2").arg(w, numberOrText(e.value(QLatin1String("signal"))));
        else
            text = tr("%1 exited with status %2").arg(w).arg(n("code"));
        if (e.value(QLatin1String("core")).toBool())
            text += tr(" (core dumped)");
        return text;
    }
    if (is(k, "proc.exiting"))
        return tr("%1 calls exit(%2)").arg(w).arg(n("code"));
    if (is(k, "proc.wait")) {
        if (e.isBegin()) {
            const qint64 target = n("target", -1);
            return target > 0 ? tr("%1 waits for its child PID %2").arg(w).arg(target)
                              : tr("%1 waits for a child to end").arg(w);
        }
        if (failed(e))
            return fail(QStringLiteral("wait"));
        const qint64 reaped = n("reaped", n("ret", -1));
        if (e.has(QStringLiteral("signal")))
            return tr("%1 reaped PID %2 (killed by %3)")
                .arg(w)
                .arg(reaped)
                .arg(numberOrText(e.value(QLatin1String("signal"))));
        if (e.has(QStringLiteral("code")))
            return tr("%1 reaped PID %2 (exit status %3)").arg(w).arg(reaped).arg(n("code"));
        return tr("%1 reaped PID %2").arg(w).arg(reaped);
    }
    if (is(k, "proc.reap")) {
        const QString label = s("reaped_label").isEmpty() ? e.label : s("reaped_label");
        return label.isEmpty()
                   ? tr("The engine reaped PID %1").arg(n("reaped", e.pid))
                   : tr("The engine reaped %1 (PID %2)").arg(label).arg(n("reaped", e.pid));
    }
    if (is(k, "proc.state")) {
        QString text = s("state") == QLatin1String("Z")
                           ? tr("%1 became a zombie").arg(w)
                           : tr("%1 is now in kernel state %2").arg(w, s("state"));
        if (e.has(QStringLiteral("ppid")))
            text += tr(" (parent PID %1)").arg(n("ppid"));
        return text;
    }
    if (is(k, "proc.output")) {
        return s("stream") == QLatin1String("stderr")
                   ? tr("%1 printed on stderr: %2").arg(w, data())
                   : tr("%1 printed %2").arg(w, data());
    }
    if (is(k, "proc.sleep")) {
        if (e.isEnd())
            return tr("%1 woke up").arg(w);
        return tr("%1 sleeps %2 ms").arg(w).arg(n("ns") / 1000000);
    }

    // Descriptors, pipes, FIFOs, files.
    if (is(k, "pipe.create")) {
        if (failed(e))
            return fail(QStringLiteral("pipe"));
        const QJsonArray fds = e.value(QLatin1String("fds")).toArray();
        return tr("%1 created %2 (read end fd %3, write end fd %4)")
            .arg(w, obj)
            .arg(fds.at(0).toInteger(-1))
            .arg(fds.at(1).toInteger(-1));
    }
    if (is(k, "fd.close")) {
        if (failed(e))
            return fail(QStringLiteral("close"));
        return obj.isEmpty() ? tr("%1 closed fd %2").arg(w).arg(n("fd"))
                             : tr("%1 closed fd %2 (%3)").arg(w).arg(n("fd")).arg(obj);
    }
    if (is(k, "fd.dup")) {
        if (failed(e))
            return fail(QStringLiteral("dup2"));
        return tr("%1 duplicated fd %2 onto fd %3 (%4)")
            .arg(w)
            .arg(n("fd"))
            .arg(n("newfd"))
            .arg(obj);
    }
    const bool mapped = e.has(QStringLiteral("map")) || e.has(QStringLiteral("offset"));
    const bool streamWrite =
        is(k, "pipe.write") || is(k, "fifo.write") || (is(k, "file.write") && !mapped);
    const bool streamRead =
        is(k, "pipe.read") || is(k, "fifo.read") || (is(k, "file.read") && !mapped);
    if (streamWrite) {
        if (e.isBegin())
            return tr("%1 writes %n byte(s) to %2: %3", nullptr, count(n("bytes")))
                .arg(w, obj, data());
        if (failed(e))
            return err.isEmpty() ? tr("%1: write to %2 failed").arg(w, obj)
                                 : tr("%1: write to %2 failed (%3)").arg(w, obj, err);
        return tr("%1 wrote %n byte(s) to %2", nullptr, count(n("ret", n("bytes")))).arg(w, obj);
    }
    if (streamRead) {
        if (e.isBegin())
            return tr("%1 reads up to %n byte(s) from %2", nullptr, count(n("max", 1024)))
                .arg(w, obj);
        if (failed(e))
            return err.isEmpty() ? tr("%1: read from %2 failed").arg(w, obj)
                                 : tr("%1: read from %2 failed (%3)").arg(w, obj, err);
        const qint64 bytes = n("ret", n("bytes"));
        if (bytes == 0)
            return tr("%1 read end of file from %2").arg(w, obj);
        return tr("%1 read %n byte(s) from %2: %3", nullptr, count(bytes)).arg(w, obj, data());
    }
    if (is(k, "fifo.create")) {
        if (failed(e))
            return fail(QStringLiteral("mkfifo"));
        return tr("%1 created FIFO %2 at %3").arg(w, obj, s("path"));
    }
    if (is(k, "fifo.open")) {
        if (e.isBegin())
            return tr("%1 opens FIFO %2 for %3").arg(w, obj, s("mode"));
        if (failed(e))
            return fail(QStringLiteral("open"));
        return tr("%1 opened FIFO %2 for %3 (fd %4)").arg(w, obj, s("mode")).arg(n("fd", n("ret")));
    }
    if (is(k, "fifo.unlink") || is(k, "file.unlink")) {
        if (failed(e))
            return fail(QStringLiteral("unlink"));
        return tr("%1 removed %2 (%3)").arg(w, obj, s("path"));
    }
    if (is(k, "file.open")) {
        if (failed(e))
            return fail(QStringLiteral("open"));
        return e.value(QLatin1String("created")).toBool()
                   ? tr("%1 created and opened file %2 for %3 (fd %4)")
                         .arg(w, obj, s("mode"))
                         .arg(n("fd"))
                   : tr("%1 opened file %2 for %3 (fd %4)").arg(w, obj, s("mode")).arg(n("fd"));
    }

    // Shared memory and mapped files.
    if (is(k, "shm.open")) {
        if (failed(e))
            return fail(QStringLiteral("shm_open"));
        return e.value(QLatin1String("created")).toBool()
                   ? tr("%1 created shared memory %2 (%3) for %4").arg(w, obj, s("name"), s("mode"))
                   : tr("%1 opened shared memory %2 (%3) for %4").arg(w, obj, s("name"), s("mode"));
    }
    if (is(k, "shm.truncate")) {
        if (failed(e))
            return fail(QStringLiteral("ftruncate"));
        return tr("%1 set the size of %2 to %n byte(s)", nullptr, count(n("size"))).arg(w, obj);
    }
    if (is(k, "shm.map") || is(k, "file.map")) {
        if (failed(e))
            return fail(QStringLiteral("mmap"));
        return tr("%1 mapped %n byte(s) of %2 as %3 (%4)", nullptr, count(n("size")))
            .arg(w, obj, s("map"), s("prot"));
    }
    if (is(k, "shm.unmap"))
        return tr("%1 unmapped %2 (%3)").arg(w, s("map"), obj);
    if (is(k, "shm.unlink")) {
        if (failed(e))
            return fail(QStringLiteral("shm_unlink"));
        return tr("%1 unlinked %2 (%3)").arg(w, obj, s("name"));
    }
    if (is(k, "shm.write") || is(k, "file.write")) {
        if (e.has(QStringLiteral("after")))
            return tr("%1 incremented the int at offset %2 of %3: %4 to %5")
                .arg(w)
                .arg(n("offset"))
                .arg(obj)
                .arg(n("before"))
                .arg(n("after"));
        return tr("%1 wrote %n byte(s) at offset %2 of %3: %4", nullptr, count(n("bytes")))
            .arg(w)
            .arg(n("offset"))
            .arg(obj, data());
    }
    if (is(k, "shm.read") || is(k, "file.read"))
        return tr("%1 read %n byte(s) at offset %2 of %3: %4", nullptr, count(n("bytes")))
            .arg(w)
            .arg(n("offset"))
            .arg(obj, data());

    // Semaphores.
    if (is(k, "sem.open")) {
        if (failed(e))
            return fail(QStringLiteral("sem_open"));
        return e.value(QLatin1String("created")).toBool()
                   ? tr("%1 created semaphore %2 (%3) with value %4")
                         .arg(w, obj, s("name"))
                         .arg(n("value"))
                   : tr("%1 opened semaphore %2 (%3), value %4")
                         .arg(w, obj, s("name"))
                         .arg(n("value"));
    }
    if (is(k, "sem.wait")) {
        if (e.isBegin())
            return tr("%1 waits on %2 (value %3)").arg(w, obj).arg(n("value"));
        if (failed(e))
            return fail(QStringLiteral("sem_wait"));
        return tr("%1 passed %2 (value now %3)").arg(w, obj).arg(n("value"));
    }
    if (is(k, "sem.post")) {
        if (failed(e))
            return fail(QStringLiteral("sem_post"));
        return tr("%1 posted %2 (value now %3)").arg(w, obj).arg(n("value"));
    }
    if (is(k, "sem.close"))
        return tr("%1 closed %2").arg(w, obj);
    if (is(k, "sem.unlink")) {
        if (failed(e))
            return fail(QStringLiteral("sem_unlink"));
        return tr("%1 unlinked %2 (%3)").arg(w, obj, s("name"));
    }

    // Signals.
    const QString signal = numberOrText(e.value(QLatin1String("signal")));
    if (is(k, "signal.action")) {
        const QString action = s("action");
        if (action == QLatin1String("count"))
            return tr("%1 installed a counting handler for %2").arg(w, signal);
        if (action == QLatin1String("ignore"))
            return tr("%1 ignores %2").arg(w, signal);
        return tr("%1 restored the default action of %2").arg(w, signal);
    }
    if (is(k, "signal.send")) {
        const QString target =
            s("target_label").isEmpty() ? tr("PID %1").arg(n("target")) : s("target_label");
        if (failed(e))
            return err.isEmpty()
                       ? tr("%1: sending %2 to %3 failed").arg(w, signal, target)
                       : tr("%1: sending %2 to %3 failed (%4)").arg(w, signal, target, err);
        const bool user = s("by") == QLatin1String("user") || e.label.isEmpty();
        if (e.isBegin())
            return user ? tr("The user sends %1 to %2").arg(signal, target)
                        : tr("%1 sends %2 to %3").arg(w, signal, target);
        return user ? tr("The user sent %1 to %2").arg(signal, target)
                    : tr("%1 sent %2 to %3").arg(w, signal, target);
    }
    if (is(k, "signal.deliver")) {
        if (e.has(QStringLiteral("count")))
            return tr("%1's handler for %2 ran (%3 so far)").arg(w, signal).arg(n("count"));
        return tr("%1's handler for %2 ran").arg(w, signal);
    }
    if (is(k, "signal.pause")) {
        return e.isEnd() ? tr("%1 returned from pause").arg(w)
                         : tr("%1 pauses until a signal arrives").arg(w);
    }

    // Step gates and the engine.
    if (is(k, "gate.wait"))
        return tr("%1 is ready and %2").arg(w, describeGate(e));
    if (is(k, "gate.release")) {
        const QString by = s("by");
        if (by == QLatin1String("continue"))
            return tr("%1 was released (continue)").arg(w);
        if (by == QLatin1String("schedule"))
            return tr("%1 was released by the recorded schedule").arg(w);
        return tr("%1 was released by the user").arg(w);
    }
    if (is(k, "engine.error"))
        return tr("Engine error: %1").arg(translatedEngineMessage(e));
    if (is(k, "engine.limit"))
        return s("message").isEmpty()
                   ? tr("Engine limit reached: %1 (%2)").arg(s("limit")).arg(n("value"))
                   : tr("Engine limit reached: %1").arg(translatedEngineMessage(e));
    if (is(k, "engine.deadlock")) {
        QStringList waits;
        for (const QJsonValue &value : e.value(QLatin1String("waits")).toArray()) {
            const QJsonObject wait = value.toObject();
            waits.append(tr("%1 in %2 on %3")
                             .arg(wait.value(QLatin1String("label")).toString(),
                                  wait.value(QLatin1String("op")).toString(),
                                  wait.value(QLatin1String("obj")).toString()));
        }
        return waits.isEmpty() ? tr("Deadlock: every live process is blocked")
                               : tr("Deadlock: every live process is blocked (%1)")
                                     .arg(waits.join(QStringLiteral(", ")));
    }
    if (is(k, "engine.user"))
        return tr("The user's %1 command took effect").arg(s("cmd"));

    if (failed(e))
        return fail(k);
    return obj.isEmpty() ? tr("%1: %2").arg(w, k) : tr("%1: %2 on %3").arg(w, k, obj);
}

QString EventDescriber::describeGate(const Event &gate)
{
    const QJsonObject args = gate.gateArguments();
    const QString op = gate.str(QStringLiteral("op"));
    const QString step = gate.str(QStringLiteral("step"));
    const auto has = [&args](const char *key) { return args.contains(QLatin1String(key)); };
    const auto a = [&args](const char *key) {
        return numberOrText(args.value(QLatin1String(key)));
    };
    const QString obj = args.value(QLatin1String("obj")).toString();
    const QString fallback =
        step.isEmpty() ? tr("will run %1").arg(op) : tr("will run: %1").arg(step);

    if (op == QLatin1String("read")) {
        const int max = has("max") ? count(args.value(QLatin1String("max")).toDouble()) : 1024;
        if (!obj.isEmpty() && has("fd"))
            return tr("will read up to %n byte(s) from %1 (fd %2)", nullptr, max).arg(obj, a("fd"));
        if (!obj.isEmpty())
            return tr("will read up to %n byte(s) from %1", nullptr, max).arg(obj);
    } else if (op == QLatin1String("write")) {
        const QString what = has("data") ? quotePreview(a("data")) : QString();
        // Older traces say nothing about what a write will send.
        if (!has("bytes") && !has("data")) {
            if (!obj.isEmpty() && has("fd"))
                return tr("will write to %1 (fd %2)").arg(obj, a("fd"));
            if (!obj.isEmpty())
                return tr("will write to %1").arg(obj);
        }
        const int bytes = has("bytes") ? count(args.value(QLatin1String("bytes")).toDouble())
                                       : count(a("data").toUtf8().size());
        if (!obj.isEmpty() && has("fd"))
            return tr("will write %n byte(s) to %1 (fd %2) %3", nullptr, bytes)
                .arg(obj, a("fd"), what)
                .trimmed();
        if (!obj.isEmpty())
            return tr("will write %n byte(s) to %1 %2", nullptr, bytes).arg(obj, what).trimmed();
    } else if (op == QLatin1String("fork")) {
        return has("child_label") ? tr("will fork %1").arg(a("child_label"))
                                  : tr("will fork a child");
    } else if (op == QLatin1String("wait")) {
        return has("target_label") ? tr("will wait for %1").arg(a("target_label"))
                                   : tr("will wait for a child to end");
    } else if (op == QLatin1String("exit")) {
        return tr("will exit with status %1").arg(has("code") ? a("code") : QStringLiteral("0"));
    } else if (op == QLatin1String("close")) {
        if (has("fd"))
            return obj.isEmpty() ? tr("will close fd %1").arg(a("fd"))
                                 : tr("will close fd %1 (%2)").arg(a("fd"), obj);
    } else if (op == QLatin1String("pipe")) {
        return obj.isEmpty() ? tr("will create a pipe") : tr("will create %1").arg(obj);
    } else if (op == QLatin1String("print") || op == QLatin1String("eprint")) {
        if (has("text"))
            return tr("will print %1").arg(quotePreview(a("text")));
    } else if (op == QLatin1String("sleep") || op == QLatin1String("msleep") ||
               op == QLatin1String("usleep")) {
        if (has("ms"))
            return tr("will sleep %1 ms").arg(a("ms"));
    } else if (op == QLatin1String("kill")) {
        if (has("signal") && (has("target_label") || has("target")))
            return tr("will send %1 to %2")
                .arg(a("signal"), has("target_label") ? a("target_label") : a("target"));
    } else if (op == QLatin1String("pause")) {
        return tr("will pause until a signal arrives");
    } else if (op == QLatin1String("sem_wait")) {
        if (!obj.isEmpty())
            return tr("will wait on %1").arg(obj);
    } else if (op == QLatin1String("sem_post")) {
        if (!obj.isEmpty())
            return tr("will post %1").arg(obj);
    } else if (op == QLatin1String("exec")) {
        QStringList argv;
        for (const QJsonValue &value : args.value(QLatin1String("argv")).toArray())
            argv.append(value.toString());
        if (!argv.isEmpty())
            return tr("will execute %1").arg(argv.join(QLatin1Char(' ')));
    } else if (op == QLatin1String("open")) {
        if (!obj.isEmpty() && has("mode"))
            return tr("will open %1 for %2").arg(obj, a("mode"));
    }
    return fallback;
}
