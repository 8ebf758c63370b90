#include "manpages.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcManPages, "ipcviz.manpages")

// ---------------------------------------------------------------------------
// ManPage
// ---------------------------------------------------------------------------

std::optional<ManPage> ManPage::parse(const QString &title)
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Za-z_][A-Za-z0-9_.+-]*)\\(([1-9][a-z]*)\\)$"));
    const QRegularExpressionMatch m = re.match(title);
    if (!m.hasMatch())
        return std::nullopt;
    return ManPage{m.captured(1), m.captured(2)};
}

std::optional<ManPage> ManPage::fromUrl(const QUrl &url)
{
    if (url.scheme() != QLatin1String("man"))
        return std::nullopt;
    return parse(url.path());
}

QString ManPage::title() const
{
    return QStringLiteral("%1(%2)").arg(name, section);
}

QUrl ManPage::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("man"));
    u.setPath(title());
    return u;
}

QUrl ManPage::onlineUrl() const
{
    return QUrl(QStringLiteral("https://man7.org/linux/man-pages/man%1/%2.%3.html")
                    .arg(section.left(1), name, section));
}

QString ManPage::debianPackage() const
{
    return section.startsWith(QLatin1Char('2')) || section.startsWith(QLatin1Char('3'))
               ? QStringLiteral("manpages-dev")
               : QStringLiteral("manpages");
}

// ---------------------------------------------------------------------------
// ManPageLoader
// ---------------------------------------------------------------------------

ManPageLoader::ManPageLoader(QObject *parent) : QObject(parent) {}

ManPageLoader::~ManPageLoader()
{
    abandon();
}

void ManPageLoader::load(const ManPage &page)
{
    abandon();
    const QString program =
        m_program.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("man")) : m_program;
    if (program.isEmpty()) {
        // Reported after returning, as every other outcome is.
        QTimer::singleShot(0, this, [this] { Q_EMIT failed(Failure::NoManProgram, {}); });
        return;
    }
    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    // Plain text: no pager, no overstrike bold.
    for (const char *name : {"MANPAGER", "PAGER", "MAN_KEEP_FORMATTING", "MANOPT"})
        env.remove(QString::fromLatin1(name));
    m_process->setProcessEnvironment(env);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setProgram(program);
    m_process->setArguments({QStringLiteral("-P"), QStringLiteral("cat"), page.section, page.name});
    QProcess *process = m_process;
    connect(process, &QProcess::finished, this, [this, process](int exitCode) {
        if (process == m_process)
            finish(exitCode);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (process != m_process || e != QProcess::FailedToStart)
            return;
        qCDebug(lcManPages) << "man did not start:" << process->errorString();
        fail(Failure::NoManProgram, process->errorString());
    });
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { fail(Failure::TimedOut); });
    m_timer->start(m_timeoutMs);
    qCDebug(lcManPages) << "man -P cat" << page.section << page.name;
    m_process->start();
}

void ManPageLoader::finish(int exitCode)
{
    const QString text = QString::fromLocal8Bit(m_process->readAllStandardOutput());
    const QString error = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
    const bool crashed = m_process->exitStatus() != QProcess::NormalExit;
    abandon();
    // man-db exits with 16 when it has no such page.
    if (!crashed && (exitCode == 16 || (exitCode == 0 && text.trimmed().isEmpty())))
        Q_EMIT failed(Failure::NotInstalled, error);
    else if (crashed || exitCode != 0)
        Q_EMIT failed(Failure::Failed, error);
    else
        Q_EMIT loaded(text);
}

void ManPageLoader::fail(Failure failure, const QString &detail)
{
    abandon();
    Q_EMIT failed(failure, detail);
}

void ManPageLoader::abandon()
{
    if (m_timer) {
        m_timer->stop();
        m_timer->deleteLater();
        m_timer = nullptr;
    }
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        // Gone without waiting: the process reaps man when it ends.
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->setParent(nullptr);
        process->kill();
        return;
    }
    process->deleteLater();
}

// ---------------------------------------------------------------------------
// ManPageDialog
// ---------------------------------------------------------------------------

ManPageDialog::ManPageDialog(const ManPage &page, QWidget *parent)
    : QDialog(parent), m_page(page), m_loader(new ManPageLoader(this))
{
    setObjectName(QStringLiteral("ManPageDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1: Manual Page").arg(page.title()));

    m_stack = new QStackedWidget(this);
    m_loading = new QLabel(tr("Reading the manual page %1…").arg(page.title()), m_stack);
    m_loading->setAlignment(Qt::AlignCenter);

    auto *textPage = new QWidget(m_stack);
    m_text = new QPlainTextEdit(textPage);
    m_text->setObjectName(QStringLiteral("ManPageText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Manual page %1").arg(page.title()));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (QFontMetrics(mono).horizontalAdvance(QLatin1Char('i')) !=
        QFontMetrics(mono).horizontalAdvance(QLatin1Char('W'))) {
        // Some platforms (offscreen, minimal) answer with a proportional font.
        mono.setFamily(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::TypeWriter);
        mono.setFixedPitch(true);
    }
    mono.setPointSizeF(qMax(QApplication::font().pointSizeF(), 12.0));
    m_text->setFont(mono);
    m_find = new QLineEdit(textPage);
    m_find->setObjectName(QStringLiteral("ManPageFind"));
    m_find->setPlaceholderText(tr("Find in the page (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find in the manual page"));
    auto *previous = new QPushButton(tr("Previous"), textPage);
    auto *next = new QPushButton(tr("Next"), textPage);
    previous->setAutoDefault(false);
    next->setAutoDefault(false);
    m_matches = new QLabel(textPage);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_matches);
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_text, 1);
    textLayout->addLayout(findRow);

    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("ManPageMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_message->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_message->setOpenExternalLinks(true);
    m_message->setMargin(12);

    m_stack->addWidget(m_loading);
    m_stack->addWidget(textPage);
    m_stack->addWidget(m_message);

    m_online = new QPushButton(tr("Open the Online Copy"), this);
    m_online->setObjectName(QStringLiteral("ManPageOnline"));
    m_online->setToolTip(m_page.onlineUrl().toString());
    m_online->setAutoDefault(false);
    auto *close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_online);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    // Room for 80 columns and a scroll bar.
    const QFontMetrics fm(mono);
    resize(fm.horizontalAdvance(QString(86, QLatin1Char('M'))) + 40, qMax(600, fm.height() * 36));

    connect(m_loader, &ManPageLoader::loaded, this, &ManPageDialog::showText);
    connect(m_loader, &ManPageLoader::failed, this, &ManPageDialog::showFailure);
    connect(m_online, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(m_page.onlineUrl()); });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        highlightMatches();
        // Search as one types, from the top of the page.
        m_text->moveCursor(QTextCursor::Start);
        findNext();
    });
    connect(m_find, &QLineEdit::returnPressed, this,
            [this] { findNext(QApplication::keyboardModifiers().testFlag(Qt::ShiftModifier)); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    auto *nextShortcut = new QShortcut(QKeySequence::FindNext, this);
    connect(nextShortcut, &QShortcut::activated, this, [this] { findNext(); });
    auto *previousShortcut = new QShortcut(QKeySequence::FindPrevious, this);
    connect(previousShortcut, &QShortcut::activated, this, [this] { findNext(true); });
}

ManPageDialog *ManPageDialog::open(const ManPage &page, QWidget *parent)
{
    const QString name = QStringLiteral("ManPageDialog-%1.%2").arg(page.name, page.section);
    ManPageDialog *dialog = parent ? parent->findChild<ManPageDialog *>(name) : nullptr;
    if (!dialog) {
        dialog = new ManPageDialog(page, parent);
        dialog->setObjectName(name);
        dialog->load();
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void ManPageDialog::load()
{
    m_stack->setCurrentWidget(m_loading);
    setState(State::Loading);
    m_loader->load(m_page);
}

QString ManPageDialog::text() const
{
    return m_state == State::Shown ? m_text->toPlainText() : QString();
}

QString ManPageDialog::message() const
{
    return m_state == State::Shown || m_state == State::Loading ? QString() : m_message->text();
}

void ManPageDialog::showText(const QString &text)
{
    m_text->setPlainText(text);
    m_stack->setCurrentIndex(1);
    m_text->setFocus();
    highlightMatches();
    setState(State::Shown);
}

void ManPageDialog::showFailure(ManPageLoader::Failure failure, const QString &detail)
{
    const QString title = m_page.title().toHtmlEscaped();
    const QString url = m_page.onlineUrl().toString().toHtmlEscaped();
    const QString online = tr("<p>The online copy is at <a href=\"%1\">%1</a>.</p>").arg(url);
    QString text;
    State state = State::Failed;
    switch (failure) {
    case ManPageLoader::Failure::NotInstalled:
        state = State::NotInstalled;
        text = tr("<p>The manual page <b>%1</b> is not installed on this computer.</p>"
                  "<p>On Debian or Ubuntu it comes with the package <b>%2</b>:</p>"
                  "<pre>sudo apt install %2</pre>")
                   .arg(title, m_page.debianPackage());
        break;
    case ManPageLoader::Failure::NoManProgram:
        state = State::NoManProgram;
        text = tr("<p>The <b>man</b> program is not installed, so %1 cannot be shown here.</p>"
                  "<p>On Debian or Ubuntu, install man-db (the man program) and %2 (the "
                  "pages):</p><pre>sudo apt install man-db %2</pre>")
                   .arg(title, m_page.debianPackage());
        break;
    case ManPageLoader::Failure::TimedOut:
        text = tr("<p>man took too long to show %1.</p>").arg(title);
        break;
    case ManPageLoader::Failure::Failed:
        text = detail.isEmpty()
                   ? tr("<p>man could not show %1.</p>").arg(title)
                   : tr("<p>man could not show %1: %2</p>").arg(title, detail.toHtmlEscaped());
        break;
    }
    m_message->setText(text + online);
    m_stack->setCurrentWidget(m_message);
    // A few lines, not a page: the dialog shrinks to them.
    const int needed = m_message->heightForWidth(m_stack->width()) + m_online->sizeHint().height() +
                       layout()->contentsMargins().top() + layout()->contentsMargins().bottom() +
                       layout()->spacing();
    if (needed > 0 && needed < height())
        resize(width(), needed);
    m_online->setDefault(true);
    m_online->setFocus();
    setState(state);
}

void ManPageDialog::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool ManPageDialog::findNext(bool backwards)
{
    const QString needle = m_find->text();
    if (needle.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_text->find(needle, flags))
        return true;
    // Wrap around.
    const QTextCursor keep = m_text->textCursor();
    m_text->moveCursor(backwards ? QTextCursor::End : QTextCursor::Start);
    if (m_text->find(needle, flags))
        return true;
    m_text->setTextCursor(keep);
    return false;
}

void ManPageDialog::highlightMatches()
{
    constexpr int kMaxHighlights = 2000;
    QList<QTextEdit::ExtraSelection> selections;
    const QString needle = m_find->text();
    int count = 0;
    if (!needle.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(QColor(255, 220, 80));
        format.setForeground(Qt::black);
        QTextCursor c(m_text->document());
        while (true) {
            c = m_text->document()->find(needle, c);
            if (c.isNull())
                break;
            ++count;
            if (selections.size() < kMaxHighlights)
                selections.append({c, format});
        }
    }
    m_text->setExtraSelections(selections);
    m_matches->setText(needle.isEmpty() ? QString() : tr("%n match(es)", nullptr, count));
}
