#include "mermaidexporter.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

namespace {

struct Participant {
    QString id;
    QString display;
};

class Builder {
public:
    Builder(const Event &hello, const EventList &events, const std::optional<Event> &end,
            int maxMessages)
        : m_hello(hello), m_events(events), m_end(end), m_maxMessages(std::max(maxMessages, 0))
    {}

    QString build()
    {
        m_enginePid = m_hello.num(QStringLiteral("engine_pid"), -1);
        collectParticipants();
        for (const Event &e : m_events) {
            if (e.kind != QLatin1String("hello") && e.kind != QLatin1String("end"))
                describe(e);
        }
        if (m_end) {
            const QString status = m_end->str(QStringLiteral("status"));
            spanNote(MermaidExporter::tr("run ended: %1").arg(status));
        }

        // The last note must be placed before the participants are declared: it
        // may be the first to use one.
        QString omittedNote;
        if (m_omitted > 0) {
            omittedNote =
                noteLine(MermaidExporter::tr("%n more message(s) left out; the trace has them all",
                                             nullptr, static_cast<int>(m_omitted)));
        }

        QStringList out;
        out << QStringLiteral("sequenceDiagram");
        const QString scenario = m_hello.str(QStringLiteral("scenario"));
        if (!scenario.isEmpty())
            out << QStringLiteral("    %% ipcviz run of ") + MermaidExporter::escapeText(scenario);
        for (const QString &key : std::as_const(m_order)) {
            if (!m_used.contains(key))
                continue;
            const Participant &p = m_participants[key];
            out << QStringLiteral("    participant %1 as %2")
                       .arg(p.id, MermaidExporter::escapeText(p.display));
        }
        for (const QString &line : std::as_const(m_lines))
            out << QStringLiteral("    ") + line;
        if (!omittedNote.isEmpty())
            out << QStringLiteral("    ") + omittedNote;
        return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

private:
    static QString processKey(qint64 pid) { return QStringLiteral("p:%1").arg(pid); }
    static QString objectKey(const QString &obj) { return QStringLiteral("o:") + obj; }

    void addProcess(qint64 pid, const QString &label)
    {
        const QString key = processKey(pid);
        if (!m_participants.contains(key)) {
            m_order.append(key);
            m_participants.insert(key, Participant());
            m_labels.insert(pid, QString());
        }
        if (m_labels.value(pid).isEmpty() && !label.isEmpty())
            m_labels[pid] = label;
    }

    void addObject(const QString &obj)
    {
        const QString key = objectKey(obj);
        if (m_participants.contains(key))
            return;
        m_order.append(key);
        m_participants.insert(key, Participant{QString(), obj});
    }

    // Participants appear in the order the run met them, so the writer, its pipe
    // and the reader usually stand side by side.
    void collectParticipants()
    {
        for (const Event &e : m_events) {
            if (e.kind == QLatin1String("hello") || e.kind == QLatin1String("end"))
                continue;
            addProcess(e.pid, e.label);
            if (e.kind == QLatin1String("proc.fork") && e.has(QStringLiteral("child")))
                addProcess(e.num(QStringLiteral("child")), e.str(QStringLiteral("child_label")));
            if (e.kind == QLatin1String("proc.exit") && e.num(QStringLiteral("reaper"), -1) > 0)
                addProcess(e.num(QStringLiteral("reaper")), QString());
            if (e.kind == QLatin1String("signal.send") && e.has(QStringLiteral("target")))
                addProcess(e.num(QStringLiteral("target")), e.str(QStringLiteral("target_label")));
            if (!e.obj.isEmpty())
                addObject(e.obj);
        }
        QSet<QString> taken;
        for (const QString &key : std::as_const(m_order)) {
            Participant &p = m_participants[key];
            QString base;
            if (key.startsWith(QLatin1String("p:"))) {
                const qint64 pid = key.mid(2).toLongLong();
                QString label = m_labels.value(pid);
                if (label.isEmpty() && pid == m_enginePid)
                    label = QStringLiteral("ipcviz-engine");
                // "P_" already keeps an id from starting with a digit.
                base =
                    QStringLiteral("P_") +
                    (label.isEmpty() ? QString::number(pid) : MermaidExporter::sanitizeId(label));
                p.display = label.isEmpty() ? QString::number(pid)
                                            : QStringLiteral("%1 (%2)").arg(label).arg(pid);
            } else {
                base = QStringLiteral("O_") + MermaidExporter::sanitizeId(p.display);
            }
            QString id = base;
            for (int n = 2; taken.contains(id); ++n)
                id = base + QLatin1Char('_') + QString::number(n);
            taken.insert(id);
            p.id = id;
        }
    }

    QString idOf(const QString &key)
    {
        m_used.insert(key);
        return m_participants.value(key).id;
    }
    QString proc(qint64 pid) { return idOf(processKey(pid)); }
    QString object(const QString &obj) { return idOf(objectKey(obj)); }

    bool roomLeft()
    {
        if (static_cast<int>(m_lines.size()) < m_maxMessages)
            return true;
        ++m_omitted;
        return false;
    }

    void message(qint64 from, const QString &arrow, const QString &toKey, const QString &text)
    {
        if (!roomLeft())
            return;
        m_lines.append(QStringLiteral("%1%2%3: %4")
                           .arg(proc(from), arrow, idOf(toKey), MermaidExporter::escapeText(text)));
    }
    void messageFrom(const QString &fromKey, const QString &arrow, qint64 to, const QString &text)
    {
        if (!roomLeft())
            return;
        m_lines.append(QStringLiteral("%1%2%3: %4")
                           .arg(idOf(fromKey), arrow, proc(to), MermaidExporter::escapeText(text)));
    }
    void note(qint64 pid, const QString &text)
    {
        if (!roomLeft())
            return;
        m_lines.append(
            QStringLiteral("Note over %1: %2").arg(proc(pid), MermaidExporter::escapeText(text)));
    }
    QString noteLine(const QString &text)
    {
        QStringList used;
        for (const QString &key : std::as_const(m_order)) {
            if (m_used.contains(key))
                used.append(m_participants.value(key).id);
        }
        if (used.isEmpty()) {
            // A note needs somebody to stand over.
            const QString key = m_order.isEmpty() ? QString() : m_order.constFirst();
            if (key.isEmpty()) {
                m_participants.insert(QStringLiteral("run"),
                                      Participant{QStringLiteral("run"), QStringLiteral("run")});
                m_order.append(QStringLiteral("run"));
                used.append(idOf(QStringLiteral("run")));
            } else {
                used.append(idOf(key));
            }
        }
        const QString over = used.size() == 1
                                 ? used.constFirst()
                                 : used.constFirst() + QLatin1Char(',') + used.constLast();
        return QStringLiteral("Note over %1: %2").arg(over, MermaidExporter::escapeText(text));
    }
    void spanNote(const QString &text)
    {
        if (!roomLeft())
            return;
        m_lines.append(noteLine(text));
    }

    static QString preview(const Event &e)
    {
        QString data = e.str(QStringLiteral("data"));
        const bool cut = data.size() > MermaidExporter::PreviewChars ||
                         e.value(QStringLiteral("truncated")).toBool();
        if (data.size() > MermaidExporter::PreviewChars)
            data.truncate(MermaidExporter::PreviewChars);
        return QLatin1Char('"') + data + (cut ? QStringLiteral("\u2026\"") : QStringLiteral("\""));
    }

    // "14 B": short for slides, and the same in every language.
    static QString bytesText(qint64 n) { return QStringLiteral("%1 B").arg(n); }

    static bool failed(const Event &e)
    {
        return e.num(QStringLiteral("ret"), 0) < 0 || e.has(QStringLiteral("errno"));
    }

    static QString exitText(const Event &e)
    {
        if (e.has(QStringLiteral("signal")))
            return MermaidExporter::tr("killed by %1").arg(e.str(QStringLiteral("signal")));
        return QStringLiteral("exit(%1)").arg(e.num(QStringLiteral("code")));
    }

    void describe(const Event &e)
    {
        const QString &kind = e.kind;
        const QString dotted = kind.section(QLatin1Char('.'), 1);
        const QString family = kind.section(QLatin1Char('.'), 0, 0);
        const bool stream = family == QLatin1String("pipe") || family == QLatin1String("fifo") ||
                            family == QLatin1String("file") || family == QLatin1String("shm");
        const QString err = e.str(QStringLiteral("errno"));

        if (kind == QLatin1String("proc.fork")) {
            message(e.pid, QStringLiteral("->>"), processKey(e.num(QStringLiteral("child"))),
                    QStringLiteral("fork() = %1").arg(e.num(QStringLiteral("child"))));
        } else if (kind == QLatin1String("proc.exec")) {
            if (e.isBegin()) {
                QStringList argv;
                for (const auto &v : e.value(QStringLiteral("argv")).toArray())
                    argv.append(v.toString());
                if (argv.isEmpty())
                    argv.append(e.str(QStringLiteral("path")));
                message(e.pid, QStringLiteral("->>"), processKey(e.pid),
                        QStringLiteral("exec ") + argv.join(QLatin1Char(' ')));
            } else if (failed(e)) {
                message(e.pid, QStringLiteral("-x"), processKey(e.pid),
                        MermaidExporter::tr("exec failed: %1").arg(err));
            }
        } else if (kind == QLatin1String("proc.exit")) {
            const qint64 reaper = e.num(QStringLiteral("reaper"), -1);
            if (reaper > 0 && reaper != e.pid)
                message(e.pid, QStringLiteral("-->>"), processKey(reaper), exitText(e));
            else
                note(e.pid, exitText(e));
        } else if (kind == QLatin1String("proc.wait") && e.isEnd()) {
            if (failed(e))
                message(e.pid, QStringLiteral("-x"), processKey(e.pid),
                        MermaidExporter::tr("wait() failed: %1").arg(err));
            else
                message(e.pid, QStringLiteral("->>"), processKey(e.pid),
                        QStringLiteral("wait() = %1").arg(e.num(QStringLiteral("ret"))));
        } else if (kind == QLatin1String("proc.state") &&
                   e.str(QStringLiteral("state")) == QLatin1String("Z")) {
            note(e.pid, MermaidExporter::tr("zombie: ended, not yet waited for"));
        } else if (kind == QLatin1String("proc.reap")) {
            note(e.pid, MermaidExporter::tr("reaped by the engine"));
        } else if (kind == QLatin1String("pipe.create")) {
            QStringList fds;
            for (const auto &v : e.value(QStringLiteral("fds")).toArray())
                fds.append(QString::number(v.toInteger()));
            message(e.pid, QStringLiteral("->>"), objectKey(e.obj),
                    QStringLiteral("pipe() = [%1]").arg(fds.join(QStringLiteral(", "))));
        } else if (kind == QLatin1String("fifo.create")) {
            message(e.pid, QStringLiteral("->>"), objectKey(e.obj),
                    QStringLiteral("mkfifo ") + e.str(QStringLiteral("path")));
        } else if (kind == QLatin1String("fifo.open") && e.isEnd()) {
            message(e.pid, failed(e) ? QStringLiteral("-x") : QStringLiteral("->>"),
                    objectKey(e.obj),
                    QStringLiteral("open(%1) = %2")
                        .arg(e.str(QStringLiteral("mode")))
                        .arg(failed(e) ? err : QString::number(e.num(QStringLiteral("fd")))));
        } else if (kind == QLatin1String("shm.open") || kind == QLatin1String("sem.open")) {
            QString text = family + QStringLiteral("_open ") + e.str(QStringLiteral("name"));
            if (e.has(QStringLiteral("value")))
                text += MermaidExporter::tr(" (value %1)").arg(e.num(QStringLiteral("value")));
            message(e.pid, QStringLiteral("->>"), objectKey(e.obj), text);
        } else if (dotted == QLatin1String("unlink") && !e.obj.isEmpty()) {
            message(e.pid, QStringLiteral("-x"), objectKey(e.obj),
                    family == QLatin1String("fifo") || family == QLatin1String("file")
                        ? QStringLiteral("unlink")
                        : family + QStringLiteral("_unlink"));
        } else if (stream && dotted == QLatin1String("write") && !e.obj.isEmpty()) {
            // The data enters the object during the call: show it at the begin
            // (the order in which readers see it), and a failure at the end.
            if (e.isEnd()) {
                if (failed(e))
                    message(e.pid, QStringLiteral("-x"), objectKey(e.obj),
                            MermaidExporter::tr("write failed: %1").arg(err));
                return;
            }
            QString text = QStringLiteral("write %1 (%2)")
                               .arg(preview(e), bytesText(e.num(QStringLiteral("bytes"))));
            if (e.has(QStringLiteral("offset")))
                text += MermaidExporter::tr(" at offset %1").arg(e.num(QStringLiteral("offset")));
            message(e.pid, QStringLiteral("->>"), objectKey(e.obj), text);
        } else if (stream && dotted == QLatin1String("read") && !e.obj.isEmpty() && !e.isBegin()) {
            QString text;
            if (failed(e))
                text = MermaidExporter::tr("read failed: %1").arg(err);
            else if (e.num(QStringLiteral("bytes"), e.num(QStringLiteral("ret"))) == 0 &&
                     (family == QLatin1String("pipe") || family == QLatin1String("fifo")))
                text = MermaidExporter::tr("read = 0 (end of file)");
            else
                text = QStringLiteral("read %1 (%2)")
                           .arg(preview(e), bytesText(e.num(QStringLiteral("bytes"),
                                                            e.num(QStringLiteral("ret")))));
            messageFrom(objectKey(e.obj), failed(e) ? QStringLiteral("--x") : QStringLiteral("->>"),
                        e.pid, text);
        } else if (kind == QLatin1String("sem.post")) {
            message(e.pid, QStringLiteral("->>"), objectKey(e.obj),
                    MermaidExporter::tr("sem_post, value %1").arg(e.num(QStringLiteral("value"))));
        } else if (kind == QLatin1String("sem.wait") && e.isEnd()) {
            messageFrom(objectKey(e.obj), QStringLiteral("->>"), e.pid,
                        MermaidExporter::tr("sem_wait returned, value %1")
                            .arg(e.num(QStringLiteral("value"))));
        } else if (kind == QLatin1String("signal.send")) {
            const qint64 target = e.num(QStringLiteral("target"));
            const QString who =
                e.pid == m_enginePid && e.str(QStringLiteral("by")) == QLatin1String("user")
                    ? MermaidExporter::tr(" (from the user)")
                    : QString();
            if (failed(e))
                message(e.pid, QStringLiteral("-x"), processKey(target),
                        MermaidExporter::tr("kill %1 failed: %2")
                            .arg(e.str(QStringLiteral("signal")), err));
            else
                message(e.pid, QStringLiteral("-)"), processKey(target),
                        QStringLiteral("kill %1").arg(e.str(QStringLiteral("signal"))) + who);
        } else if (kind == QLatin1String("signal.deliver")) {
            note(e.pid, MermaidExporter::tr("%1 handler ran (%2 so far)")
                            .arg(e.str(QStringLiteral("signal")))
                            .arg(e.num(QStringLiteral("count"))));
        } else if (kind == QLatin1String("engine.deadlock")) {
            spanNote(MermaidExporter::tr("deadlock: every live process is blocked"));
        }
    }

    const Event &m_hello;
    const EventList &m_events;
    const std::optional<Event> &m_end;
    const int m_maxMessages;
    qint64 m_enginePid = -1;
    QHash<QString, Participant> m_participants;
    QHash<qint64, QString> m_labels;
    QStringList m_order; // participant keys in order of first appearance
    QSet<QString> m_used;
    QStringList m_lines;
    qint64 m_omitted = 0;
};

} // namespace

MermaidExporter::MermaidExporter(int maxMessages) : m_maxMessages(maxMessages) {}

QString MermaidExporter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
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
        case '#':
            out += QLatin1String("#35;");
            break;
        case ';':
            out += QLatin1String("#59;");
            break;
        case '<':
            out += QLatin1String("#lt;");
            break;
        case '>':
            out += QLatin1String("#gt;");
            break;
        case '"':
            out += QLatin1String("#quot;");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

QString MermaidExporter::sanitizeId(const QString &name)
{
    QString id;
    for (const QChar c : name) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        id += ok ? c : QLatin1Char('_');
    }
    if (id.isEmpty() || id.at(0).isDigit())
        id.prepend(QLatin1Char('_'));
    return id;
}

QString MermaidExporter::toMermaid(const Event &hello, const EventList &events,
                                   const std::optional<Event> &end, int maxMessages)
{
    return Builder(hello, events, end, maxMessages).build();
}

bool MermaidExporter::write(const Event &hello, const EventList &events,
                            const std::optional<Event> &end, QIODevice &out)
{
    clearError();
    return writeAll(out, toMermaid(hello, events, end, m_maxMessages).toUtf8());
}
