#include "inspectorpane.h"

#include "models/runstate.h"
#include "processdescriber.h"
#include "processpalette.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace {

constexpr qsizetype kBytesPerLine = 8;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &key, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(key), value);
}

/// Hex and text side by side, 8 bytes a line (fits a narrow pane), changed bytes on
/// a yellow background.
QString dump(const QByteArray &bytes, const QByteArray &changed, const QByteArray &known)
{
    QString html =
        QStringLiteral("<table cellspacing='0' cellpadding='2' style='font-family:monospace'>");
    const qsizetype n = std::min<qsizetype>(bytes.size(), InspectorPane::kMaxDumpBytes);
    for (qsizetype lineStart = 0; lineStart < n; lineStart += kBytesPerLine) {
        QString hex;
        QString text;
        for (qsizetype i = lineStart; i < std::min<qsizetype>(lineStart + kBytesPerLine, n); ++i) {
            const auto c = static_cast<unsigned char>(bytes.at(i));
            const bool hot = i < changed.size() && changed.at(i);
            const bool unknown = i < known.size() && !known.at(i);
            QString h = unknown ? QStringLiteral("??")
                                : QStringLiteral("%1").arg(c, 2, 16, QLatin1Char('0'));
            QString t = unknown                 ? QStringLiteral("?")
                        : c >= 0x20 && c < 0x7f ? esc(QString(QLatin1Char(static_cast<char>(c))))
                                                : QStringLiteral("·");
            if (hot) {
                h = QStringLiteral("<span style='background:#ffd54f'>%1</span>").arg(h);
                t = QStringLiteral("<span style='background:#ffd54f'>%1</span>").arg(t);
            }
            hex += h + QLatin1Char(' ');
            text += t;
        }
        html += QStringLiteral("<tr><td style='color:#5f6368'>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(lineStart, 4, 16, QLatin1Char('0'))
                    .arg(hex, text);
    }
    html += QStringLiteral("</table>");
    if (bytes.size() > n)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(InspectorPane::tr("… %n more byte(s)", nullptr,
                                               static_cast<int>(bytes.size() - n))));
    return html;
}

/// A count for a %n plural form (counts of a run fit an int).
int count(qint64 n)
{
    return static_cast<int>(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

QString bytes(qint64 n)
{
    return InspectorPane::tr("%n byte(s)", nullptr, count(n));
}

/// "14 bytes in 1 write / 0 bytes in 0 reads": how much a process or object moved.
QString traffic(qint64 written, qint64 writes, qint64 read, qint64 reads)
{
    return InspectorPane::tr("%1 in %2 / %3 in %4", "bytes in writes / bytes in reads")
        .arg(bytes(written), InspectorPane::tr("%n write(s)", nullptr, count(writes)), bytes(read),
             InspectorPane::tr("%n read(s)", nullptr, count(reads)));
}

QString endName(FdEntry::End end)
{
    switch (end) {
    case FdEntry::End::Read:
        return InspectorPane::tr("read");
    case FdEntry::End::Write:
        return InspectorPane::tr("write");
    case FdEntry::End::ReadWrite:
        return InspectorPane::tr("read/write");
    case FdEntry::End::None:
        break;
    }
    return {};
}

QString kindName(ObjectState::Kind kind)
{
    switch (kind) {
    case ObjectState::Kind::Pipe:
        return InspectorPane::tr("unnamed pipe");
    case ObjectState::Kind::Fifo:
        return InspectorPane::tr("FIFO (named pipe)");
    case ObjectState::Kind::File:
        return InspectorPane::tr("regular file");
    case ObjectState::Kind::Shm:
        return InspectorPane::tr("POSIX shared memory object");
    case ObjectState::Kind::Sem:
        return InspectorPane::tr("POSIX named semaphore");
    case ObjectState::Kind::Map:
        return InspectorPane::tr("memory mapping");
    }
    return {};
}

} // namespace

InspectorPane::InspectorPane(QWidget *parent) : QWidget(parent)
{
    m_view = new QTextBrowser(this);
    m_view->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    retranslateUi();
    showNothing();
}

void InspectorPane::retranslateUi()
{
    m_view->setAccessibleName(tr("Inspector"));
    m_view->setToolTip(tr("Details of the selected process or object at the time cursor"));
}

void InspectorPane::changeEvent(QEvent *event)
{
    // What is shown is drawn again by its owner (ViewCoordinator) in the new language.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InspectorPane::setPalette(ProcessPalette *palette)
{
    m_palette = palette;
}

QString InspectorPane::plainText() const
{
    return m_view->toPlainText();
}

QString InspectorPane::html() const
{
    return m_view->toHtml();
}

void InspectorPane::showNothing()
{
    m_view->setHtml(QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("Click a process or an object on the canvas or the timeline "
                                    "to see its details here."))));
}

void InspectorPane::showProcess(const RunState &state, const QString &label)
{
    const ProcessState *p = state.process(label);
    if (!p) {
        m_view->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1 does not exist yet at this point of the run.").arg(label))));
        return;
    }
    m_view->setHtml(processHtml(state, *p));
}

void InspectorPane::showObject(const RunState &state, const QString &id)
{
    const ObjectState *o = state.object(id);
    if (!o) {
        m_view->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1 does not exist yet at this point of the run.").arg(id))));
        return;
    }
    m_view->setHtml(objectHtml(state, *o));
}

QString InspectorPane::processHtml(const RunState &, const ProcessState &p) const
{
    const QString color =
        m_palette ? m_palette->textColor(p.label).name() : QStringLiteral("#212121");
    QString html = QStringLiteral("<h2 style='color:%1'>%2</h2><table cellpadding='3'>")
                       .arg(color, esc(p.label));
    html += row(tr("State"), esc(ProcessDescriber::stateText(p)));
    html += row(tr("PID"), QString::number(p.pid));
    html += row(tr("PPID"), QString::number(p.ppid));
    if (!p.parentLabel.isEmpty())
        html += row(tr("Parent"), esc(p.parentLabel));
    if (!p.children.isEmpty())
        html += row(tr("Children"), esc(p.children.join(QStringLiteral(", "))));
    html +=
        row(tr("Program"), p.program.isEmpty()
                               ? esc(tr("the scenario interpreter (no exec yet)"))
                               : esc(p.argv.isEmpty() ? p.program : p.argv.join(QLatin1Char(' '))));
    if (p.currentLine > 0)
        html += row(tr("Scenario line"), QString::number(p.currentLine));
    if (!p.nextStep.isEmpty())
        html += row(tr("Next step"), QStringLiteral("<code>%1</code>").arg(esc(p.nextStep)));
    html += row(tr("Written / read"), esc(traffic(p.bytesWritten, p.writes, p.bytesRead, p.reads)));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("File descriptors")));
    if (p.fds.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None known besides 0, 1 and 2.")));
    } else {
        html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th>"
                               "<th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(esc(tr("fd")), esc(tr("object")), esc(tr("end / mode")), esc(tr("from")));
        for (const FdEntry &fd : p.fds) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(fd.fd)
                        .arg(esc(fd.obj.isEmpty() ? tr("?") : fd.obj), esc(endName(fd.end)),
                             esc(fd.inherited ? tr("inherited") : tr("opened here")));
        }
        html += QStringLiteral("</table>");
    }

    if (!p.signalInfo.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Signals")));
        html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th>"
                               "<th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                    .arg(esc(tr("signal")), esc(tr("disposition")), esc(tr("sent")),
                         esc(tr("received")), esc(tr("handled")));
        for (auto it = p.signalInfo.begin(); it != p.signalInfo.end(); ++it) {
            const SignalInfo &s = it.value();
            const QString action = s.action.isEmpty() ? tr("default") : s.action;
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(it.key()), esc(action))
                    .arg(s.sent)
                    .arg(s.received)
                    .arg(s.delivered);
        }
        html += QStringLiteral("</table>");
    }

    if (!p.mappings.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Memory mappings")));
        for (const MappingInfo &m : p.mappings)
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(tr("%1: %2, %3, %4", "mapping: object, size, protection")
                                     .arg(m.map, m.obj, bytes(m.size), m.prot)));
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Output")));
    html += p.output.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing printed yet.")))
                               : QStringLiteral("<pre>%1</pre>").arg(esc(p.output));
    return html;
}

QString InspectorPane::objectHtml(const RunState &state, const ObjectState &o) const
{
    QString html = QStringLiteral("<h2>%1</h2><table cellpadding='3'>").arg(esc(o.id));
    html += row(tr("Kind"), esc(kindName(o.kind)));
    if (!o.name.isEmpty())
        html += row(o.kind == ObjectState::Kind::Shm || o.kind == ObjectState::Kind::Sem
                        ? tr("Kernel name")
                        : tr("Path"),
                    QStringLiteral("<code>%1</code>").arg(esc(o.name)));
    if (!o.createdBy.isEmpty())
        html += row(tr("Created by"), esc(o.createdBy));
    html += row(tr("Unlinked"), o.unlinked ? esc(tr("yes")) : esc(tr("no")));

    QStringList holders;
    for (const ProcessState &p : state.processes()) {
        if (!p.isAlive())
            continue;
        QStringList how;
        for (const FdEntry &fd : p.fds) {
            if (fd.obj == o.id)
                how.append(tr("fd %1 (%2)").arg(fd.fd).arg(endName(fd.end)));
        }
        for (const MappingInfo &m : p.mappings) {
            if (m.obj == o.id)
                how.append(tr("mapped as %1").arg(m.map));
        }
        if (!how.isEmpty())
            holders.append(tr("%1: %2").arg(p.label, how.join(QStringLiteral(", "))));
    }
    html += row(tr("Held by"),
                holders.isEmpty() ? esc(tr("nobody")) : esc(holders.join(QStringLiteral("; "))));

    switch (o.kind) {
    case ObjectState::Kind::Pipe:
    case ObjectState::Kind::Fifo:
        html += row(tr("Bytes in flight"), QString::number(o.inFlight));
        html += row(tr("Write ends"), esc(o.writers.join(QStringLiteral(", "))));
        html += row(tr("Read ends"), esc(o.readers.join(QStringLiteral(", "))));
        html += row(tr("Traffic"), esc(traffic(o.bytesWritten, o.writes, o.bytesRead, o.reads)));
        html += QStringLiteral("</table>");
        if (!o.inFlightData.isEmpty())
            html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Bytes in flight"))) +
                    dump(o.inFlightData, {}, {});
        break;
    case ObjectState::Kind::Shm:
    case ObjectState::Kind::File:
    case ObjectState::Kind::Map:
        html += row(tr("Size"), esc(bytes(o.size)));
        html += QStringLiteral("</table>");
        if (!o.bytes.isEmpty())
            html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Contents"))) +
                    dump(o.bytes, o.changed, o.known);
        break;
    case ObjectState::Kind::Sem:
        html +=
            row(tr("Value"), QStringLiteral("<b style='font-size:x-large'>%1</b>").arg(o.value));
        html += row(tr("Waiting in sem_wait()"), o.waiting.isEmpty()
                                                     ? esc(tr("nobody"))
                                                     : esc(o.waiting.join(QStringLiteral(", "))));
        html += row(tr("Operations"),
                    esc(tr("%1, %2", "posts, completed waits")
                            .arg(tr("%n post(s)", nullptr, count(o.posts)),
                                 tr("%n completed wait(s)", nullptr, count(o.waits)))));
        html += QStringLiteral("</table>");
        break;
    }
    return html;
}
