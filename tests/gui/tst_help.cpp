// The Help menu: its actions, the guided tour (every page, driven by its keys,
// following the window's size), the keyboard shortcuts read from the window's
// actions, About, the manual-page viewer (real text from man, or what to install
// and the online copy), and the manual-page links of the library's description.

#include "app/appactions.h"
#include "app/chartsinstall.h"
#include "app/features.h"
#include "app/helpmenu.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/manpages.h"
#include "app/runcontroller.h"
#include "app/scenariofiles.h"
#include "app/tour.h"
#include "app/tracereplay.h"
#include "engineclient/engineclient.h"
#include "export/exportmenu.h"
#include "views/canvasview.h"
#include "views/messagebar.h"
#include "views/scenariolibrarydock.h"

#include <QAction>
#include <QDesktopServices>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

namespace {

bool engineBuilt()
{
    return QFileInfo(QStringLiteral(IPCVIZ_ENGINE_PATH)).isExecutable();
}

bool manInstalled()
{
    return !QStandardPaths::findExecutable(QStringLiteral("man")).isEmpty();
}

/// The window as main.cpp assembles it.
struct Window {
    LanguageManager languages;
    MainWindow window;
    HelpMenu *help = nullptr;

    Window()
    {
        window.controller()->client()->setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
        installFeatures(window, languages);
        help = HelpMenu::of(window);
    }
};

QStringList titlesOf(const QMenu *menu)
{
    QStringList out;
    for (const QAction *a : menu->actions()) {
        if (!a->isSeparator())
            out << a->text();
    }
    return out;
}

/// Records the URLs QDesktopServices would open, instead of starting a browser.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

} // namespace

class TestHelp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpMenuHasItsActions();
    void tourVisitsEveryPartWithItsKeys();
    void tourFollowsTheWindowsSize();
    void tourButtons();
    void tourIsNotOfferedOffscreen();
    void shouldOfferTour_data();
    void shouldOfferTour();
    void shortcutsListEveryShortcutAction();
    void shortcutsDialogShowsThem();
    void aboutNamesVersionEngineAndQt();
    void manPageParsing_data();
    void manPageParsing();
    void manPageShowsRealText();
    void missingPageSaysHowToInstall();
    void missingManProgram();
    void libraryLinksTheManPages();
};

void TestHelp::initTestCase()
{
    // The test's own settings, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ipcviz-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_help"));
    QSettings().clear();
}

void TestHelp::helpMenuHasItsActions()
{
    Window w;
    QVERIFY(w.help);
    QMenu *menu = w.window.findChild<QMenu *>(QStringLiteral("HelpMenu"));
    QVERIFY(menu);
    // Help is the last menu of the bar.
    QCOMPARE(w.window.menuBar()->actions().last(), menu->menuAction());
    const QList<QAction *> actions = menu->actions();
    QVERIFY(actions.contains(w.help->tourAction()));
    QVERIFY(actions.contains(w.help->manPagesMenu()->menuAction()));
    QVERIFY(actions.contains(w.help->shortcutsAction()));
    QVERIFY(actions.contains(w.help->aboutAction()));
    QCOMPARE(w.help->tourAction()->shortcut(), QKeySequence(Qt::Key_F1));
    for (QAction *a : {w.help->tourAction(), w.help->shortcutsAction(), w.help->aboutAction()})
        QVERIFY2(!a->statusTip().isEmpty(), qPrintable(a->text()));
}

void TestHelp::tourVisitsEveryPartWithItsKeys()
{
    Window w;
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    // Enabled, as during a run in step mode, so their keys would fire them.
    QAction *stop = w.window.appActions()->action(AppActions::Stop);
    QAction *step = w.window.appActions()->action(AppActions::Step);
    stop->setEnabled(true);
    step->setEnabled(true);
    QSignalSpy stops(stop, &QAction::triggered);
    QSignalSpy steps(step, &QAction::triggered);

    w.help->tourAction()->trigger();
    QPointer<GuidedTour> tour = w.help->tour();
    QVERIFY(tour);
    QVERIFY(tour->isVisible());
    QSignalSpy finished(tour.data(), &GuidedTour::finished);
    // Library, Run, canvas, timeline, step mode, event log, charts, export.
    QCOMPARE(tour->pageCount(), 8);
    QCOMPARE(tour->pageTarget(0), w.window.scenarioLibrary());
    QCOMPARE(tour->pageTarget(2), static_cast<QWidget *>(w.window.canvasView()));

    QStringList titles;
    for (int i = 0; i < tour->pageCount(); ++i) {
        QCOMPARE(tour->currentPage(), i);
        QWidget *target = tour->pageTarget(i);
        QVERIFY2(target, qPrintable(tour->pageTitle(i)));
        QTRY_VERIFY2(target->isVisible(), qPrintable(tour->pageTitle(i)));
        // The highlight is on the target, and the callout beside it, in the window.
        const QRect targetRect(tour->mapFromGlobal(target->mapToGlobal(QPoint(0, 0))),
                               target->size());
        QTRY_VERIFY2(!tour->highlightRect().isEmpty() &&
                         tour->highlightRect().intersects(targetRect),
                     qPrintable(tour->pageTitle(i)));
        QVERIFY(tour->rect().contains(tour->callout()->geometry()));
        QVERIFY(
            !tour->callout()->findChild<QLabel *>(QStringLiteral("TourText"))->text().isEmpty());
        titles << tour->pageTitle(i);
        QCOMPARE(tour->backButton()->isEnabled(), i > 0);
        // Space (Step's key) does nothing to the run while the tour is up.
        if (i == 4) {
            QTest::keyClick(tour, Qt::Key_Space);
            QCOMPARE(tour->currentPage(), i);
        }
        if (i + 1 < tour->pageCount())
            QTest::keyClick(tour->nextButton(), Qt::Key_Right);
    }
    QCOMPARE(titles.removeDuplicates(), 0);
    QCOMPARE(tour->nextButton()->text(), GuidedTour::tr("Finish"));

    QTest::keyClick(tour->nextButton(), Qt::Key_Left);
    QCOMPARE(tour->currentPage(), tour->pageCount() - 2);
    QTest::keyClick(tour->nextButton(), Qt::Key_Left);
    QCOMPARE(tour->currentPage(), tour->pageCount() - 3);

    // Esc ends the tour, and only the tour: it is also Stop's key.
    QTest::keyClick(tour->nextButton(), Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(stops.count(), 0);
    QCOMPARE(steps.count(), 0);
    QTRY_VERIFY(!tour);
    QVERIFY(!w.help->tour());
    // The timeline, behind the charts during their page, is in front again.
    auto *timeline = w.window.findChild<QDockWidget *>(QStringLiteral("TimelineDock"));
    QTRY_VERIFY(!timeline->visibleRegion().isEmpty());
}

void TestHelp::tourFollowsTheWindowsSize()
{
    Window w;
    w.window.resize(1400, 900);
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    GuidedTour *tour = w.help->startTour();
    QVERIFY(tour);
    QTRY_COMPARE(tour->geometry(), w.window.rect());
    const QRect before = tour->highlightRect();
    w.window.resize(1000, 700);
    QTRY_COMPARE(tour->geometry(), w.window.rect());
    QTRY_VERIFY(tour->highlightRect() != before);
    QVERIFY(tour->rect().contains(tour->callout()->geometry()));
    tour->showPage(2); // the canvas, in the middle
    QTRY_VERIFY(tour->rect().contains(tour->callout()->geometry()));
    QVERIFY(!tour->callout()->geometry().intersects(tour->highlightRect()));
}

void TestHelp::tourButtons()
{
    Window w;
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QPointer<GuidedTour> tour = w.help->startTour();
    QVERIFY(!tour->backButton()->isEnabled());
    tour->nextButton()->click();
    QCOMPARE(tour->currentPage(), 1);
    tour->backButton()->click();
    QCOMPARE(tour->currentPage(), 0);
    // A second F1 while the tour runs does not start another.
    QCOMPARE(w.help->startTour(), tour.data());
    tour->showPage(tour->pageCount() - 1);
    QSignalSpy finished(tour.data(), &GuidedTour::finished);
    tour->nextButton()->click(); // Finish
    QCOMPARE(finished.count(), 1);
    QTRY_VERIFY(!tour);
}

void TestHelp::tourIsNotOfferedOffscreen()
{
    QSettings().remove(QLatin1String(HelpMenu::kTourShownKey));
    Window w;
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    // installHelp() offers the tour from the event loop; let it run once.
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("offscreen"));
    QVERIFY(!w.help->tour());
    QVERIFY(!w.window.findChild<GuidedTour *>());
    QVERIFY(!QSettings().contains(QLatin1String(HelpMenu::kTourShownKey)));
}

void TestHelp::shouldOfferTour_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("shownBefore");
    QTest::addColumn<bool>("offered");
    const QString app = QStringLiteral("ipcviz");
    const QString xcb = QStringLiteral("xcb");
    QTest::newRow("first plain start") << QStringList{app} << xcb << false << true;
    QTest::newRow("second start") << QStringList{app} << xcb << true << false;
    QTest::newRow("offscreen") << QStringList{app} << QStringLiteral("offscreen") << false << false;
    QTest::newRow("--scenario ID")
        << QStringList{app, QStringLiteral("--scenario"), QStringLiteral("fork-basic")} << xcb
        << false << false;
    QTest::newRow("--scenario=ID")
        << QStringList{app, QStringLiteral("--scenario=fork-basic")} << xcb << false << false;
    QTest::newRow("--run") << QStringList{app, QStringLiteral("--run")} << xcb << false << false;
    QTest::newRow("--open") << QStringList{app, QStringLiteral("--open"), QStringLiteral("t")}
                            << xcb << false << false;
    QTest::newRow("--step") << QStringList{app, QStringLiteral("--step")} << xcb << false << false;
    QTest::newRow("--lang only") << QStringList{app, QStringLiteral("--lang"), QStringLiteral("it")}
                                 << xcb << false << true;
    QTest::newRow("a file named run")
        << QStringList{app, QStringLiteral("--lang"), QStringLiteral("run")} << xcb << false
        << true;
}

void TestHelp::shouldOfferTour()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, platform);
    QFETCH(bool, shownBefore);
    QFETCH(bool, offered);
    QSettings settings;
    if (shownBefore)
        settings.setValue(QLatin1String(HelpMenu::kTourShownKey), true);
    else
        settings.remove(QLatin1String(HelpMenu::kTourShownKey));
    QCOMPARE(HelpMenu::shouldOfferTour(arguments, platform), offered);
    settings.remove(QLatin1String(HelpMenu::kTourShownKey));
}

void TestHelp::shortcutsListEveryShortcutAction()
{
    Window w;
    const QList<HelpMenu::Shortcut> all = HelpMenu::shortcuts(w.window);
    const auto find = [&all](const QString &command) -> const HelpMenu::Shortcut * {
        for (const HelpMenu::Shortcut &s : all) {
            if (s.command == command)
                return &s;
        }
        return nullptr;
    };
    const HelpMenu::Shortcut *run = find(QStringLiteral("Run"));
    QVERIFY(run);
    QVERIFY(
        run->keys.contains(QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText)));
    QCOMPARE(run->description, w.window.appActions()->action(AppActions::Run)->statusTip());
    QCOMPARE(run->menu, QStringLiteral("Run"));
    const HelpMenu::Shortcut *step = find(QStringLiteral("Step"));
    QVERIFY(step);
    QVERIFY(step->keys.contains(QKeySequence(Qt::Key_F10).toString(QKeySequence::NativeText)));
    QVERIFY(step->keys.contains(QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText)));
    QVERIFY(find(QStringLiteral("Guided Tour")));
    // Read from the actions: every action of the window with a shortcut is there once.
    QSet<QString> commands;
    for (const HelpMenu::Shortcut &s : all) {
        QVERIFY2(!s.keys.isEmpty(), qPrintable(s.command));
        QVERIFY2(!commands.contains(s.keys + s.command), qPrintable(s.command));
        commands.insert(s.keys + s.command);
    }
    for (QAction *a : w.window.appActions()->all()) {
        if (!a->shortcuts().isEmpty())
            QVERIFY2(find(a->text().remove(QLatin1Char('&'))), qPrintable(a->text()));
    }
    // The tooltip's "(Ctrl+0)" is not repeated as a description.
    for (const HelpMenu::Shortcut &s : all) {
        const QString firstKey = s.keys.section(QStringLiteral(", "), 0, 0);
        QVERIFY2(!s.description.endsWith(QStringLiteral("(%1)").arg(firstKey)),
                 qPrintable(s.description));
    }
}

void TestHelp::shortcutsDialogShowsThem()
{
    Window w;
    w.window.show();
    w.help->shortcutsAction()->trigger();
    QDialog *dialog = w.help->shortcutsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("ShortcutsTree"));
    QVERIFY(tree);
    QStringList commands;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        commands << tree->topLevelItem(i)->text(1);
    QVERIFY(commands.contains(QStringLiteral("Run")));
    QVERIFY(commands.contains(QStringLiteral("Step")));
    // The filter keeps the matching rows.
    auto *filter = dialog->findChild<QLineEdit *>();
    filter->setText(QStringLiteral("F10"));
    int shown = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        if (!item->isHidden() && !item->isFirstColumnSpanned()) {
            ++shown;
            QVERIFY(item->text(0).contains(QStringLiteral("F10")));
        }
    }
    QVERIFY(shown >= 1);
    // Asked again, the same dialog comes to the front.
    QCOMPARE(w.help->showShortcuts(), dialog);
}

void TestHelp::aboutNamesVersionEngineAndQt()
{
    Window w;
    w.window.show();
    w.help->aboutAction()->trigger();
    auto *box = w.window.findChild<QMessageBox *>(QStringLiteral("AboutDialog"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral(IPCVIZ_VERSION)));
    QVERIFY(box->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(box->text().contains(QStringLiteral(IPCVIZ_ENGINE_PATH).toHtmlEscaped()));
    box->close();
}

void TestHelp::manPageParsing_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("online");
    QTest::addColumn<QString>("package");
    QTest::newRow("fork(2)") << QStringLiteral("fork(2)") << true
                             << QStringLiteral("https://man7.org/linux/man-pages/man2/fork.2.html")
                             << QStringLiteral("manpages-dev");
    QTest::newRow("sem_open(3)") << QStringLiteral("sem_open(3)") << true
                                 << QStringLiteral(
                                        "https://man7.org/linux/man-pages/man3/sem_open.3.html")
                                 << QStringLiteral("manpages-dev");
    QTest::newRow("man(1)") << QStringLiteral("man(1)") << true
                            << QStringLiteral("https://man7.org/linux/man-pages/man1/man.1.html")
                            << QStringLiteral("manpages");
    QTest::newRow("an option is no page")
        << QStringLiteral("-H(2)") << false << QString() << QString();
    QTest::newRow("no section") << QStringLiteral("fork") << false << QString() << QString();
    QTest::newRow("a path") << QStringLiteral("../x(2)") << false << QString() << QString();
    QTest::newRow("spaces") << QStringLiteral("fork (2)") << false << QString() << QString();
}

void TestHelp::manPageParsing()
{
    QFETCH(QString, title);
    QFETCH(bool, valid);
    QFETCH(QString, online);
    QFETCH(QString, package);
    const std::optional<ManPage> page = ManPage::parse(title);
    QCOMPARE(page.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(page->title(), title);
    QCOMPARE(page->onlineUrl().toString(), online);
    QCOMPARE(page->debianPackage(), package);
    const std::optional<ManPage> back = ManPage::fromUrl(page->url());
    QVERIFY(back);
    QCOMPARE(back->title(), title);
    QCOMPARE(page->url().toString(), QStringLiteral("man:") + title);
}

void TestHelp::manPageShowsRealText()
{
    if (!manInstalled())
        QSKIP("man is not installed here (apt-get install man-db manpages-dev)");
    Window w;
    w.window.show();
    ManPageDialog *dialog = w.help->openManPage(*ManPage::parse(QStringLiteral("fork(2)")));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Loading never blocks: the dialog is up before man has answered.
    QCOMPARE(dialog->state(), ManPageDialog::State::Loading);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->state() != ManPageDialog::State::Loading, 15000);
    QVERIFY2(dialog->state() == ManPageDialog::State::Shown,
             qPrintable(QStringLiteral("man has no fork(2) here (install manpages-dev): ") +
                        dialog->message()));
    const QString text = dialog->text();
    QVERIFY(text.contains(QStringLiteral("pid_t fork(void);")));
    QVERIFY(!text.contains(QLatin1Char('\b'))); // plain text, no overstrike
    // At most 80 columns (MANWIDTH), give or take man's margin.
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, int(line.size()));
    QVERIFY2(widest <= 82, qPrintable(QString::number(widest)));
    QVERIFY(dialog->textView()->isReadOnly());
    // Monospace: man's columns line up.
    const QFontMetrics metrics(dialog->textView()->font());
    QCOMPARE(metrics.horizontalAdvance(QLatin1Char('i')),
             metrics.horizontalAdvance(QLatin1Char('W')));

    // Searchable.
    dialog->findField()->setText(QStringLiteral("SIGCHLD"));
    QCOMPARE(dialog->textView()->textCursor().selectedText(), QStringLiteral("SIGCHLD"));
    const int first = dialog->textView()->textCursor().position();
    QVERIFY(dialog->findNext());
    QVERIFY(dialog->textView()->textCursor().position() != first);
    dialog->findField()->setText(QStringLiteral("no such words in fork"));
    QVERIFY(!dialog->findNext());

    // The same page asked again: the same dialog.
    QCOMPARE(w.help->openManPage(*ManPage::parse(QStringLiteral("fork(2)"))), dialog);
    dialog->close();
}

void TestHelp::missingPageSaysHowToInstall()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    Window w;
    w.window.show();
    const ManPage page = *ManPage::parse(QStringLiteral("ipcviznosuchcall(2)"));
    ManPageDialog *dialog = w.help->openManPage(page);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->state() != ManPageDialog::State::Loading, 15000);
    QCOMPARE(dialog->state(), manInstalled() ? ManPageDialog::State::NotInstalled
                                             : ManPageDialog::State::NoManProgram);
    const QString online =
        QStringLiteral("https://man7.org/linux/man-pages/man2/ipcviznosuchcall.2.html");
    QVERIFY(dialog->message().contains(QStringLiteral("ipcviznosuchcall(2)")));
    QVERIFY(dialog->message().contains(QStringLiteral("manpages-dev")));
    QVERIFY(dialog->message().contains(online));
    QVERIFY(dialog->text().isEmpty());
    QVERIFY(dialog->onlineButton()->isVisible());
    dialog->onlineButton()->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(catcher.urls, QList<QUrl>{QUrl(online)});
    dialog->close();
}

void TestHelp::missingManProgram()
{
    ManPageDialog dialog(*ManPage::parse(QStringLiteral("fork(2)")));
    dialog.loader()->setManProgram(QStringLiteral("/nonexistent/bin/man"));
    QSignalSpy changed(&dialog, &ManPageDialog::stateChanged);
    dialog.load();
    QTRY_COMPARE(dialog.state(), ManPageDialog::State::NoManProgram);
    QVERIFY(dialog.message().contains(QStringLiteral("man-db")));
    QVERIFY(dialog.message().contains(QStringLiteral("manpages-dev")));
    QVERIFY(dialog.message().contains(
        QStringLiteral("https://man7.org/linux/man-pages/man2/fork.2.html")));
    QVERIFY(!changed.isEmpty());
}

void TestHelp::libraryLinksTheManPages()
{
    if (!engineBuilt())
        QSKIP("ipcviz-engine is not built");
    Window w;
    w.window.show();
    if (!w.window.reloadScenarios())
        QSKIP(qPrintable(QStringLiteral("the engine cannot list scenarios: ") +
                         w.window.messageBar()->text()));
    QVERIFY(w.window.selectScenario(QStringLiteral("fork-basic")));
    const QStringList pages = w.help->currentManPages();
    for (const char *expected : {"fork(2)", "getpid(2)", "waitpid(2)", "printf(3)"})
        QVERIFY2(pages.contains(QLatin1String(expected)), expected);

    auto *details = w.window.scenarioLibrary()->findChild<QTextBrowser *>();
    QVERIFY(details);
    QVERIFY(details->toPlainText().contains(QStringLiteral("Manual pages: ") +
                                            pages.join(QStringLiteral(", "))));
    const QString html = details->toHtml();
    for (const QString &p : pages)
        QVERIFY2(html.contains(QStringLiteral("href=\"man:%1\"").arg(p)), qPrintable(p));

    // Help > Manual Pages for This Scenario lists the same pages.
    Q_EMIT w.help->manPagesMenu()->aboutToShow();
    QCOMPARE(titlesOf(w.help->manPagesMenu()), pages);

    // A click on a link opens the page in the app.
    Q_EMIT details->anchorClicked(QUrl(QStringLiteral("man:waitpid(2)")));
    ManPageDialog *dialog = w.window.findChild<ManPageDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->page().title(), QStringLiteral("waitpid(2)"));
    QVERIFY(dialog->isVisible());
    // And so does the menu.
    w.help->manPagesMenu()->actions().first()->trigger();
    QTRY_VERIFY(w.window.findChildren<ManPageDialog *>().size() == 2);
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
