#include "helpmenu.h"

#include "appactions.h"
#include "engineclient/engineclient.h"
#include "languagechange.h"
#include "mainwindow.h"
#include "manpages.h"
#include "runcontroller.h"
#include "scenariofiles.h"
#include "tour.h"
#include "views/scenariolibrarydock.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcHelp, "ipcviz.help")

namespace {

constexpr int kCheckTimeoutMs = 10000;

/// The `man` URL handler is application-wide; the HelpMenu that set it last owns it.
HelpMenu *g_urlHandlerOwner = nullptr;

QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

/// What the action does: its status tip, else its tooltip without the keys that
/// AppActions and the canvas append ("Zoom in on the canvas (Ctrl++)").
QString descriptionOf(const QAction *action, const QString &command)
{
    if (!action->statusTip().isEmpty())
        return action->statusTip();
    QString tip = action->toolTip();
    for (const QKeySequence &k : action->shortcuts()) {
        const QString suffix = QStringLiteral(" (%1)").arg(k.toString(QKeySequence::NativeText));
        if (tip.endsWith(suffix)) {
            tip.chop(suffix.size());
            break;
        }
    }
    return tip == command ? QString() : tip;
}

void collect(const QList<QAction *> &actions, const QString &menu, QList<HelpMenu::Shortcut> &out,
             QSet<const QAction *> &seen)
{
    for (const QAction *action : actions) {
        if (action->isSeparator() || seen.contains(action))
            continue;
        seen.insert(action);
        if (QMenu *sub = action->menu()) {
            const QString name = withoutMnemonic(sub->title());
            collect(sub->actions(), menu.isEmpty() ? name : HelpMenu::tr("%1 › %2").arg(menu, name),
                    out, seen);
            continue;
        }
        if (action->shortcuts().isEmpty())
            continue;
        const QString command = withoutMnemonic(action->text());
        out.append({keysOf(action), command, descriptionOf(action, command), menu});
    }
}

/// Whether @p action fires in @p window: it is on a widget of that window.
bool livesIn(const QAction *action, const QWidget &window)
{
    const QList<QObject *> objects = action->associatedObjects();
    return std::any_of(objects.begin(), objects.end(), [&window](QObject *o) {
        auto *w = qobject_cast<QWidget *>(o);
        return w && w->window() == &window;
    });
}

} // namespace

HelpMenu::HelpMenu(MainWindow &window) : QObject(&window), m_window(window)
{
    setObjectName(QStringLiteral("HelpMenu"));
    m_menu = new QMenu(&window);
    m_menu->setObjectName(QStringLiteral("HelpMenu"));

    m_tour = m_menu->addAction(QString());
    m_tour->setObjectName(QStringLiteral("GuidedTourAction"));
    m_tour->setShortcut(QKeySequence(Qt::Key_F1));
    m_manPagesMenu = m_menu->addMenu(QString());
    m_manPagesMenu->setObjectName(QStringLiteral("ManPagesMenu"));
    m_shortcuts = m_menu->addAction(QString());
    m_shortcuts->setObjectName(QStringLiteral("KeyboardShortcutsAction"));
    m_menu->addSeparator();
    m_about = m_menu->addAction(QString());
    m_about->setObjectName(QStringLiteral("AboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = m_menu->addAction(QString());
    aboutQt->setObjectName(QStringLiteral("AboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    retranslateOnLanguageChange(m_menu, [this, aboutQt] {
        m_menu->setTitle(tr("&Help"));
        m_tour->setText(tr("Guided &Tour"));
        m_tour->setStatusTip(tr("A short walk through the window, one part at a time"));
        // Like the window's commands, the tooltip teaches the key.
        m_tour->setToolTip(AppActions::tr("%1 (%2)").arg(
            m_tour->statusTip(), m_tour->shortcut().toString(QKeySequence::NativeText)));
        m_manPagesMenu->setTitle(tr("&Manual Pages for This Scenario"));
        m_manPagesMenu->menuAction()->setStatusTip(
            tr("The manual pages of the calls the selected scenario makes"));
        m_shortcuts->setText(tr("&Keyboard Shortcuts"));
        m_shortcuts->setStatusTip(tr("Every shortcut of the window, with what it does"));
        m_about->setText(tr("&About ipcviz"));
        m_about->setStatusTip(tr("The version, the engine in use and the Qt version"));
        aboutQt->setText(tr("About &Qt"));
        rebuildManPagesMenu();
    });
    window.menuBar()->addMenu(m_menu);
    // The tour's key works wherever the focus is in the window.
    window.addAction(m_tour);

    connect(m_tour, &QAction::triggered, this, &HelpMenu::startTour);
    connect(m_shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    connect(m_about, &QAction::triggered, this, &HelpMenu::showAbout);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_manPagesMenu, &QMenu::aboutToShow, this, &HelpMenu::rebuildManPagesMenu);
    if (ScenarioFiles *files = ScenarioFiles::of(window))
        connect(files, &ScenarioFiles::fileChecked, this, &HelpMenu::onFileChecked);

    // man:fork(2) links (the library's description) open the page here.
    QDesktopServices::setUrlHandler(QStringLiteral("man"), this, "openManPageUrl");
    g_urlHandlerOwner = this;
}

HelpMenu::~HelpMenu()
{
    if (g_urlHandlerOwner == this) {
        QDesktopServices::unsetUrlHandler(QStringLiteral("man"));
        g_urlHandlerOwner = nullptr;
    }
}

HelpMenu *HelpMenu::of(const MainWindow &window)
{
    return window.findChild<HelpMenu *>(QStringLiteral("HelpMenu"), Qt::FindDirectChildrenOnly);
}

GuidedTour *HelpMenu::tour() const
{
    return m_runningTour;
}

QDialog *HelpMenu::shortcutsDialog() const
{
    return m_shortcutsDialog;
}

QStringList HelpMenu::currentManPages() const
{
    const ScenarioLibraryDock *library = m_window.scenarioLibrary();
    QJsonArray pages;
    if (!library->currentId().isEmpty()) {
        pages = library->currentScenario().value(QStringLiteral("manpages")).toArray();
    } else {
        const QString scenario = m_window.controller()->scenario();
        if (!scenario.isEmpty())
            return m_filePages.value(QFileInfo(scenario).absoluteFilePath());
    }
    QStringList out;
    for (const QJsonValue &v : pages)
        out << v.toString();
    return out;
}

void HelpMenu::rebuildManPagesMenu()
{
    m_manPagesMenu->clear();
    const QStringList pages = currentManPages();
    for (const QString &title : pages) {
        const std::optional<ManPage> page = ManPage::parse(title);
        if (!page)
            continue;
        QAction *a = m_manPagesMenu->addAction(title);
        a->setData(title);
        a->setStatusTip(tr("Show the manual page %1").arg(title));
        connect(a, &QAction::triggered, this, [this, p = *page] { openManPage(p); });
    }
    if (m_manPagesMenu->isEmpty()) {
        QAction *none =
            m_manPagesMenu->addAction(m_window.controller()->scenario().isEmpty()
                                          ? tr("No scenario is selected")
                                          : tr("No manual pages are known for this scenario"));
        none->setEnabled(false);
    }
}

void HelpMenu::onFileChecked(const ScenarioCheck &check)
{
    if (!check.ok || check.file.isEmpty())
        return;
    const QString enginePath = m_window.controller()->client()->enginePath();
    if (enginePath.isEmpty())
        return;
    // The engine's check lists the file's pages; asked in the background, so the
    // window never waits for it.
    const QString file = QFileInfo(check.file).absoluteFilePath();
    auto *process = new QProcess(this);
    process->setStandardInputFile(QProcess::nullDevice());
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, &QProcess::kill);
    connect(process, &QProcess::finished, this, [this, process, file] {
        const QJsonObject answer =
            QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        QStringList pages;
        for (const QJsonValue &v : answer.value(QStringLiteral("manpages")).toArray())
            pages << v.toString();
        if (answer.value(QStringLiteral("ok")).toBool())
            m_filePages.insert(file, pages);
        process->deleteLater();
    });
    connect(process, &QProcess::errorOccurred, this, [process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            process->deleteLater();
    });
    process->start(enginePath, {QStringLiteral("check"), file, QStringLiteral("--json")});
    timer->start(kCheckTimeoutMs);
}

QList<HelpMenu::Shortcut> HelpMenu::shortcuts(const QWidget &window)
{
    QList<Shortcut> out;
    QSet<const QAction *> seen;
    if (auto *main = qobject_cast<const QMainWindow *>(&window))
        collect(main->menuBar()->actions(), QString(), out, seen);
    QList<QAction *> others = window.actions();
    for (QAction *a : window.findChildren<QAction *>()) {
        if (!others.contains(a) && livesIn(a, window))
            others.append(a);
    }
    collect(others, QString(), out, seen);
    return out;
}

QDialog *HelpMenu::showShortcuts()
{
    if (m_shortcutsDialog) {
        m_shortcutsDialog->show();
        m_shortcutsDialog->raise();
        m_shortcutsDialog->activateWindow();
        return m_shortcutsDialog;
    }
    auto *dialog = new QDialog(&m_window);
    dialog->setObjectName(QStringLiteral("ShortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    auto *filter = new QLineEdit(dialog);
    filter->setPlaceholderText(tr("Filter by key, command or description"));
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(tr("Filter the shortcuts"));
    auto *tree = new QTreeWidget(dialog);
    tree->setObjectName(QStringLiteral("ShortcutsTree"));
    tree->setColumnCount(3);
    tree->setHeaderLabels({tr("Keys"), tr("Command"), tr("What it does")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setWordWrap(true);
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    QString group;
    QTreeWidgetItem *header = nullptr;
    for (const Shortcut &s : shortcuts(m_window)) {
        const QString menu = s.menu.isEmpty() ? tr("Everywhere in the window") : s.menu;
        if (!header || menu != group) {
            group = menu;
            header = new QTreeWidgetItem(tree, {menu});
            header->setFirstColumnSpanned(true);
            QFont bold = header->font(0);
            bold.setBold(true);
            header->setFont(0, bold);
            header->setFlags(Qt::ItemIsEnabled);
        }
        new QTreeWidgetItem(tree, {s.keys, s.command, s.description});
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    connect(filter, &QLineEdit::textChanged, tree, [tree](const QString &text) {
        const QString needle = text.trimmed();
        QTreeWidgetItem *currentHeader = nullptr;
        bool headerNeeded = false;
        auto closeGroup = [&] {
            if (currentHeader)
                currentHeader->setHidden(!headerNeeded);
        };
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(i);
            if (item->isFirstColumnSpanned()) {
                closeGroup();
                currentHeader = item;
                headerNeeded = false;
                continue;
            }
            bool match = needle.isEmpty();
            for (int c = 0; c < 3 && !match; ++c)
                match = item->text(c).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            headerNeeded = headerNeeded || match;
        }
        closeGroup();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(filter);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    dialog->resize(900, 640);
    m_shortcutsDialog = dialog;
    dialog->show();
    return dialog;
}

void HelpMenu::showAbout()
{
    const QString engine = m_window.controller()->client()->enginePath();
    auto *box = new QMessageBox(&m_window);
    box->setObjectName(QStringLiteral("AboutDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About ipcviz"));
    box->setIconPixmap(m_window.windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(
        tr("<h3>ipcviz %1</h3>"
           "<p>Multi-process programming made visible: ipcviz runs small scenarios as real "
           "Linux processes (fork, pipes, FIFOs, shared memory, semaphores, signals) and "
           "shows what they do as it happens.</p>"
           "<p>Engine: %2<br>Qt: %3 (built with %4)</p>")
            .arg(QStringLiteral(IPCVIZ_VERSION),
                 engine.isEmpty() ? tr("not found") : engine.toHtmlEscaped(),
                 QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

GuidedTour *HelpMenu::startTour()
{
    if (m_runningTour)
        return m_runningTour;
    auto *tour = new GuidedTour(m_window);
    m_runningTour = tour;
    tour->start();
    return m_runningTour;
}

ManPageDialog *HelpMenu::openManPage(const ManPage &page)
{
    return ManPageDialog::open(page, &m_window);
}

void HelpMenu::openManPageUrl(const QUrl &url)
{
    if (const std::optional<ManPage> page = ManPage::fromUrl(url))
        openManPage(*page);
    else
        qCWarning(lcHelp) << "not a manual page link:" << url;
}

bool HelpMenu::shouldOfferTour(const QStringList &arguments, const QString &platformName)
{
    if (platformName == QLatin1String("offscreen") || platformName == QLatin1String("minimal"))
        return false;
    // Work asked for on the command line comes first; the tour is for a plain start.
    static const QStringList work = {QStringLiteral("scenario"), QStringLiteral("run"),
                                     QStringLiteral("open"), QStringLiteral("step")};
    for (const QString &arg : arguments.mid(1)) {
        if (arg == QLatin1String("--"))
            break;
        QString name = arg;
        while (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        name = name.section(QLatin1Char('='), 0, 0);
        if (arg.startsWith(QLatin1Char('-')) && work.contains(name))
            return false;
    }
    return !QSettings().value(QLatin1String(kTourShownKey), false).toBool();
}

void HelpMenu::offerTourOnFirstStart()
{
    if (!shouldOfferTour(QCoreApplication::arguments(), QGuiApplication::platformName()))
        return;
    QSettings().setValue(QLatin1String(kTourShownKey), true);
    startTour();
}

void installHelp(MainWindow &window)
{
    auto *help = new HelpMenu(window);
    // After the window is shown and laid out, so the tour finds every part.
    QTimer::singleShot(0, help, &HelpMenu::offerTourOnFirstStart);
}
