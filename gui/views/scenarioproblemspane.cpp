#include "scenarioproblemspane.h"

#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {
/// A scenario file is a few kilobytes; do not load a mistaken multi-gigabyte one.
constexpr qint64 kMaxShownBytes = 1 << 20;
} // namespace

ScenarioProblemsPane::ScenarioProblemsPane(QWidget *parent)
    : QDockWidget(parent), m_summary(new QLabel), m_errors(new QListWidget),
      m_text(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("ScenarioFileDock"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setWordWrap(true);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFont(QStringLiteral("monospace")));
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_errors);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(1, 3);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    setWidget(content);
    connect(m_errors, &QListWidget::currentRowChanged, this, &ScenarioProblemsPane::goToError);
    retranslateUi();
}

void ScenarioProblemsPane::retranslateUi()
{
    setWindowTitle(tr("Scenario File"));
    m_summary->setAccessibleName(tr("Check result"));
    m_errors->setAccessibleName(tr("Errors in the scenario file"));
    m_errors->setToolTip(tr("Click an error to see its line in the file below"));
    m_text->setAccessibleName(tr("Scenario file text"));
    m_text->setToolTip(tr("The scenario file, with the lines that have errors marked"));
    if (!m_check.file.isEmpty()) {
        // The engine's messages follow the language too.
        m_check.retranslate();
        updateSummary();
        listErrors();
        markErrors();
    }
}

void ScenarioProblemsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void ScenarioProblemsPane::updateSummary()
{
    const ScenarioCheck &check = m_check;
    const QString name = QFileInfo(check.file).fileName();
    if (check.ok) {
        const QString programs =
            check.execs.isEmpty()
                ? tr("It runs no other program.")
                : tr("It may run: %1.").arg(check.execs.join(QStringLiteral(", ")));
        m_summary->setText(
            tr("%1 is valid (%2). %3")
                .arg(name, check.title.isEmpty() ? check.id : check.title, programs));
    } else if (!check.failure.isEmpty() && check.errors.isEmpty()) {
        m_summary->setText(tr("%1 could not be checked, so it will not run.").arg(name));
    } else {
        m_summary->setText(tr("%n error(s) in %1; it will not run until they are fixed.", nullptr,
                              static_cast<int>(check.errors.size()))
                               .arg(name));
    }
}

void ScenarioProblemsPane::showCheck(const ScenarioCheck &check)
{
    m_check = check;
    updateSummary();
    listErrors();
    QFile file(check.file);
    QString text;
    if (file.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(file.read(kMaxShownBytes));
    m_text->setPlainText(text);
    markErrors();
    show();
    raise();
}

void ScenarioProblemsPane::listErrors()
{
    m_errors->clear();
    for (const QString &error : m_check.locatedErrors()) {
        // Long messages do not fit a narrow dock: the tooltip has all of it.
        auto *item = new QListWidgetItem(error, m_errors);
        item->setToolTip(error);
    }
    m_errors->setVisible(m_errors->count() > 0);
}

void ScenarioProblemsPane::markErrors()
{
    QList<QTextEdit::ExtraSelection> marks;
    for (const ScenarioCheck::Error &e : std::as_const(m_check.errors)) {
        const QTextBlock block = m_text->document()->findBlockByNumber(e.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.format.setBackground(QColor(255, 210, 210));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.format.setToolTip(e.message);
        marks.append(mark);
    }
    m_text->setExtraSelections(marks);
}

QString ScenarioProblemsPane::summary() const
{
    return m_summary->text();
}

void ScenarioProblemsPane::goToError(int row)
{
    // The failure line (if any) comes first and has no location.
    const int index = row - (m_check.failure.isEmpty() ? 0 : 1);
    if (index < 0 || index >= m_check.errors.size())
        return;
    const ScenarioCheck::Error &e = m_check.errors.at(index);
    const QTextBlock block = m_text->document()->findBlockByNumber(e.line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                        std::clamp(e.column - 1, 0, block.length() - 1));
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}
