#include "consolepane.h"

#include "canvasstyle.h"
#include "models/runmodel.h"
#include "processpalette.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace {
constexpr int kMaxBlocks = 20000;
}

ConsolePane::ConsolePane(RunModel *run, QWidget *parent) : QWidget(parent), m_run(run)
{
    m_edit = new QPlainTextEdit(this);
    m_edit->setReadOnly(true);
    m_edit->setUndoRedoEnabled(false);
    m_edit->setMaximumBlockCount(kMaxBlocks);
    m_edit->setFont(CanvasStyle::monoFont());
    retranslateUi();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    connect(run, &RunModel::cursorChanged, this, &ConsolePane::showUpTo);
    connect(run, &RunModel::runReset, this, &ConsolePane::clear);
}

void ConsolePane::retranslateUi()
{
    m_edit->setAccessibleName(tr("Console"));
    m_edit->setToolTip(tr("Everything the processes printed, up to the time cursor"));
    m_edit->setPlaceholderText(tr("Output of the processes appears here."));
}

void ConsolePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConsolePane::setPalette(ProcessPalette *palette)
{
    m_palette = palette;
}

QString ConsolePane::plainText() const
{
    return m_edit->toPlainText();
}

void ConsolePane::clear()
{
    m_edit->clear();
    m_shownUpTo = -1;
    m_lastLabel.clear();
    m_atLineStart = true;
}

void ConsolePane::showUpTo(int index)
{
    index = std::min(index, m_run->eventCount() - 1);
    if (index < m_shownUpTo)
        clear();
    for (int i = m_shownUpTo + 1; i <= index; ++i)
        appendEvent(i);
    m_shownUpTo = std::max(m_shownUpTo, index);
    m_edit->verticalScrollBar()->setValue(m_edit->verticalScrollBar()->maximum());
}

void ConsolePane::appendEvent(int index)
{
    const Event &e = m_run->event(index);
    if (e.kind != QLatin1String("proc.output"))
        return;
    const QString data = e.str(QStringLiteral("data"));
    if (data.isEmpty())
        return;
    const QString label = e.label.isEmpty() ? QString::number(e.pid) : e.label;
    const QColor color = m_palette ? m_palette->textColor(label) : CanvasStyle::ink();
    const bool isErr = e.str(QStringLiteral("stream")) == QLatin1String("stderr");

    QTextCharFormat prefix;
    prefix.setForeground(color);
    prefix.setFontWeight(QFont::Bold);
    QTextCharFormat body;
    body.setForeground(color);
    body.setFontItalic(isErr);

    QTextCursor cursor(m_edit->document());
    cursor.movePosition(QTextCursor::End);
    // Another process's text (or a new line) starts a new, labelled line.
    const bool newLine = m_atLineStart || label != m_lastLabel;
    const QStringList lines = data.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool last = i == lines.size() - 1;
        if (last && lines[i].isEmpty())
            break; // the text ended with a newline
        if (i > 0 || newLine) {
            if (!m_edit->document()->isEmpty() || cursor.block().length() > 1)
                cursor.insertBlock();
            cursor.insertText(QStringLiteral("%1│ ").arg(label, -8), prefix);
        }
        cursor.insertText(lines[i], body);
    }
    m_atLineStart = data.endsWith(QLatin1Char('\n'));
    m_lastLabel = label;
}
