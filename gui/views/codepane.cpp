#include "codepane.h"

#include "models/runmodel.h"
#include "models/runstate.h"
#include "processpalette.h"

#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTextBlock>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcCodePane, "ipcviz.codepane")

namespace {
/// hello's params as --param K=V arguments, so the listing shows this run's values.
QStringList paramArguments(const Event &hello)
{
    QStringList args;
    const QJsonObject params = hello.value(QStringLiteral("params")).toObject();
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        const QJsonValue v = it.value();
        const QString value = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
        args << QStringLiteral("--param") << it.key() + QLatin1Char('=') + value;
    }
    return args;
}

/// What `ipcviz-engine c` takes: the built-in id, or the scenario file's path.
QString scenarioArgument(const Event &hello)
{
    const QString source = hello.str(QStringLiteral("source"));
    const QLatin1String builtin("builtin:");
    if (source.startsWith(builtin))
        return source.mid(builtin.size());
    if (!source.isEmpty() && QFileInfo(source).isFile())
        return source;
    return hello.str(QStringLiteral("scenario"));
}
} // namespace

CodePane::CodePane(RunModel *run, QWidget *parent)
    : QWidget(parent), m_run(run), m_edit(new QPlainTextEdit), m_where(new QLabel),
      m_exec(new QLabel)
{
    setObjectName(QStringLiteral("CodePane"));
    m_edit->setReadOnly(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_where->setWordWrap(true);
    m_where->setTextFormat(Qt::RichText);
    m_exec->setWordWrap(true);
    m_exec->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_where);
    layout->addWidget(m_exec);
    layout->addWidget(m_edit, 1);
    connect(run, &RunModel::runReset, this, &CodePane::clearRun);
    connect(run, &RunModel::eventsAppended, this, &CodePane::onEventsAppended);
    retranslateUi();
}

void CodePane::retranslateUi()
{
    m_edit->setAccessibleName(tr("The scenario as a C program"));
    m_edit->setToolTip(tr("The scenario written as C; each process's line is marked in its "
                          "colour"));
    // A load error keeps its words: it reports what happened then.
    if (m_error.isEmpty())
        m_edit->setPlaceholderText(tr("Run a scenario to see it as a C program, with a cursor "
                                      "for each process."));
    m_where->setAccessibleName(tr("Where each process is"));
    highlight();
}

void CodePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CodePane::setProcessPalette(ProcessPalette *palette)
{
    m_palette = palette;
}

bool CodePane::parseProgramJson(const QByteArray &json, QString *text, QHash<int, int> *lineMap,
                                QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("not JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(doc.isNull() ? parseError.errorString() : tr("not an object"));
        return false;
    }
    const QJsonObject root = doc.object();
    if (!root.value(QLatin1String("text")).isString()) {
        *error = tr("no \"text\" string in the engine's C program");
        return false;
    }
    *text = root.value(QLatin1String("text")).toString();
    lineMap->clear();
    const QJsonArray lines = root.value(QLatin1String("lines")).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject entry = lines.at(i).toObject();
        const int line = entry.value(QLatin1String("line")).toInt(0);
        const int cLine = entry.value(QLatin1String("c_line")).toInt(0);
        if (line <= 0 || cLine <= 0) {
            *error =
                tr("line table entry %1 is not {\"line\":N,\"c_line\":M} with N, M > 0").arg(i + 1);
            return false;
        }
        const auto it = lineMap->constFind(line);
        if (it == lineMap->constEnd() || cLine < it.value())
            lineMap->insert(line, cLine);
    }
    return true;
}

bool CodePane::loadProgram(const QString &enginePath, const Event &hello, int timeoutMs)
{
    const QString scenario = scenarioArgument(hello);
    const auto runC = [&](bool json, QByteArray *out, QString *why) {
        QProcess process;
        QStringList args{QStringLiteral("c"), scenario};
        args += paramArguments(hello);
        if (json)
            args << QStringLiteral("--json");
        process.start(enginePath, args);
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(1000);
            *why = process.error() == QProcess::FailedToStart
                       ? tr("the engine %1 could not be started").arg(enginePath)
                       : tr("the engine did not answer within %1 ms").arg(timeoutMs);
            return false;
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            *why = QString::fromUtf8(process.readAllStandardError()).trimmed();
            if (why->isEmpty())
                *why = tr("the engine exited with status %1").arg(process.exitCode());
            return false;
        }
        *out = process.readAllStandardOutput();
        return true;
    };
    m_error.clear();
    if (scenario.isEmpty() || enginePath.isEmpty()) {
        m_error = scenario.isEmpty() ? tr("The run does not say which scenario it is.")
                                     : tr("The engine was not found.");
        setProgram({}, {});
        m_edit->setPlaceholderText(tr("No C listing: %1").arg(m_error));
        return false;
    }
    QByteArray out;
    QString why;
    QString text;
    QHash<int, int> map;
    if (runC(true, &out, &why)) {
        QString parseError;
        if (parseProgramJson(out, &text, &map, &parseError)) {
            setProgram(text, map);
            return true;
        }
        qCWarning(lcCodePane) << "c --json:" << parseError;
    }
    // An engine without --json still prints the program: show it without cursors.
    if (runC(false, &out, &why)) {
        setProgram(QString::fromUtf8(out), {});
        return true;
    }
    m_error = tr("The scenario %1 could not be written as C: %2").arg(scenario, why);
    setProgram({}, {});
    m_edit->setPlaceholderText(m_error);
    return false;
}

void CodePane::setProgram(const QString &text, const QHash<int, int> &lineMap)
{
    m_edit->setPlainText(text);
    m_lineMap = lineMap;
    highlight();
}

QString CodePane::programText() const
{
    return m_edit->toPlainText();
}

void CodePane::clearRun()
{
    m_forkLines.clear();
    m_cursors.clear();
    m_execNotes.clear();
    onEventsAppended(0, m_run->eventCount() - 1);
    highlight();
}

void CodePane::onEventsAppended(int first, int last)
{
    // Where each child was forked is a fixed fact of the run: remember it so its
    // cursor starts on the fork line before it runs a statement of its own.
    for (int i = std::max(0, first); i <= last && i < m_run->eventCount(); ++i) {
        const Event &e = m_run->event(i);
        if (e.kind == QLatin1String("proc.fork") && e.line > 0) {
            const QString child = e.str(QStringLiteral("child_label"));
            if (!child.isEmpty())
                m_forkLines.insert(child, e.line);
        }
    }
}

void CodePane::showState(const RunState &state)
{
    m_cursors.clear();
    m_execNotes.clear();
    for (const ProcessState &p : state.processes()) {
        if (!p.isAlive())
            continue;
        if (!p.program.isEmpty()) {
            const QString command = p.argv.isEmpty() ? p.program : p.argv.join(QLatin1Char(' '));
            m_execNotes << tr("%1 called exec and now runs %2: its code is not in this listing.")
                               .arg(p.label, command);
            continue;
        }
        int line = p.state == ProcessState::State::ReadyAtGate && p.nextLine > 0 ? p.nextLine
                                                                                 : p.currentLine;
        if (line <= 0)
            line = m_forkLines.value(p.label, 0);
        m_cursors.append(Cursor{p.label, line, m_lineMap.value(line, 0)});
    }
    highlight();
}

QString CodePane::execNote() const
{
    return m_execNotes.join(QLatin1Char('\n'));
}

void CodePane::highlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    QStringList where;
    QHash<int, QStringList> labelsAt; // C line -> labels on it, for the line's tooltip order
    for (const Cursor &c : m_cursors) {
        const QColor color = m_palette ? m_palette->color(c.label) : QColor(Qt::darkCyan);
        const QString name = QStringLiteral("<b style=\"color:%1\">%2</b>")
                                 .arg(color.darker(130).name(), c.label.toHtmlEscaped());
        where << (c.cLine > 0 ? tr("%1 at line %2").arg(name).arg(c.cLine)
                              : tr("%1 (not on a line of this listing)").arg(name));
        if (c.cLine <= 0)
            continue;
        const QTextBlock block = m_edit->document()->findBlockByNumber(c.cLine - 1);
        if (!block.isValid())
            continue;
        labelsAt[c.cLine] << c.label;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        // Two processes on one line: the second gets a stronger shade, so both show.
        QColor background = color;
        background.setAlpha(labelsAt[c.cLine].size() > 1 ? 110 : 70);
        selection.format.setBackground(background);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.format.setToolTip(labelsAt[c.cLine].join(QStringLiteral(", ")));
        selections << selection;
    }
    m_edit->setExtraSelections(selections);
    m_where->setText(where.isEmpty() ? tr("No process is running the listing.")
                                     : where.join(QStringLiteral(" · ")));
    m_exec->setText(execNote());
    m_exec->setVisible(!m_execNotes.isEmpty());
    if (!m_cursors.isEmpty() && m_cursors.first().cLine > 0) {
        const QTextBlock block = m_edit->document()->findBlockByNumber(m_cursors.first().cLine - 1);
        QTextCursor cursor(block);
        m_edit->setTextCursor(cursor);
        m_edit->ensureCursorVisible();
    }
}
