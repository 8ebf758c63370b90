// Presenter mode on the real window (MainWindow with every install* call of
// main.cpp): switching it on makes the window full screen, its font larger, the
// palette high contrast and the docks fewer, and switching it off puts back
// exactly what was there. B blanks the screen and any key brings it back; Page
// Down in step mode releases exactly one process of a real engine run. The
// high-contrast colours reach 7:1, a dark desktop palette turns the canvas dark,
// and the canvas zoom keys work.

#include "app/appactions.h"
#include "app/chartsinstall.h"
#include "app/features.h"
#include "app/helpmenu.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/palette.h"
#include "app/presentermode.h"
#include "app/runcontroller.h"
#include "app/scenariofiles.h"
#include "app/tracereplay.h"
#include "engineclient/engineclient.h"
#include "export/exportmenu.h"
#include "models/runmodel.h"
#include "models/runstate.h"
#include "views/canvasscene.h"
#include "views/canvasstyle.h"
#include "views/canvasview.h"
#include "views/parametereditor.h"
#include "views/processpalette.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

#include <memory>

namespace {

bool engineBuilt()
{
    return QFileInfo(QStringLiteral(IPCVIZ_ENGINE_PATH)).isExecutable();
}

/// The window as main.cpp builds it.
std::unique_ptr<MainWindow> makeWindow()
{
    // Each window starts from no saved settings (the last one saved its layout).
    QSettings().clear();
    // One for the whole test, like the app's.
    static LanguageManager *languages = nullptr;
    if (!languages)
        languages = new LanguageManager(QCoreApplication::instance());
    auto window = std::make_unique<MainWindow>();
    installFeatures(*window, *languages);
    window->controller()->client()->setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
    return window;
}

/// Which docks are open (their View menu entry is checked), by object name.
QMap<QString, bool> openDocks(const MainWindow &window)
{
    QMap<QString, bool> open;
    for (QDockWidget *d : window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        open.insert(d->objectName(), d->toggleViewAction()->isChecked());
    return open;
}

qreal fontSize(const QFont &f)
{
    return f.pixelSize() > 0 ? f.pixelSize() : f.pointSizeF();
}

int count(const RunModel &model, const char *kind)
{
    int n = 0;
    for (const Event &e : model.events())
        n += e.kind == QLatin1String(kind) ? 1 : 0;
    return n;
}

RunState liveState(const MainWindow &window)
{
    return window.runModel()->stateAt(window.runModel()->eventCount() - 1);
}

/// The run stopped at a gate (someone waits to be released), or is over.
bool settled(const MainWindow &window)
{
    return !window.controller()->isRunning() || !liveState(window).readyLabels().isEmpty();
}

QAction *presenterAction(const MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

QPalette darkPalette()
{
    QPalette p(QColor(0xe0, 0xe0, 0xe0), QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    return p;
}

} // namespace

class TestPresenter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void toggleRestoresEverything();
    void keysToggleAndLeave();
    void stepModeChangedWhilePresenting();
    void blankScreen();
    void pageDownReleasesOneProcess();
    void contrastRatioMeasure();
    void highContrastReachesSevenToOne_data();
    void highContrastReachesSevenToOne();
    void darkDesktopPaletteIsFollowed();
    void canvasZoom();
    void closingLeavesPresenterMode();
};

void TestPresenter::initTestCase()
{
    // The help menu and others keep settings: never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ipcviz-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_presenter"));
}

void TestPresenter::toggleRestoresEverything()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    PresenterMode *presenter = PresenterMode::of(*window);
    QVERIFY(presenter);
    auto *viewMenu = window->findChild<QMenu *>(QStringLiteral("ViewMenu"));
    QVERIFY(viewMenu);
    QVERIFY(viewMenu->actions().contains(presenter->toggleAction()));
    QVERIFY(presenter->toggleAction()->isCheckable());
    QCOMPARE(presenter->toggleAction()->shortcut(), QKeySequence(Qt::Key_F5));

    // Something to restore beyond the defaults: the event log closed, the console open.
    window->findChild<QDockWidget *>(QStringLiteral("EventLogDock"))->hide();
    const Qt::WindowStates stateBefore = window->windowState();
    const QFont fontBefore = window->font();
    const bool fontSetBefore = window->testAttribute(Qt::WA_SetFont);
    const QFont menuFontBefore = viewMenu->font();
    const QMap<QString, bool> docksBefore = openDocks(*window);
    const QPalette paletteBefore = QApplication::palette();
    const CanvasStyle::Scheme schemeBefore = CanvasStyle::scheme();
    QAction *stop = window->appActions()->action(AppActions::Stop);
    const QList<QKeySequence> stopKeysBefore = stop->shortcuts();
    QVERIFY(stopKeysBefore.contains(QKeySequence(Qt::Key_Escape)));
    auto *runBar = window->findChild<QToolBar *>(QStringLiteral("RunToolBar"));
    QVERIFY(runBar);
    const QSize iconsBefore = runBar->iconSize();
    QCOMPARE(docksBefore.value(QStringLiteral("InspectorDock")), true);
    QCOMPARE(docksBefore.value(QStringLiteral("EventLogDock")), false);

    QSignalSpy changed(presenter, &PresenterMode::activeChanged);
    presenter->toggleAction()->trigger();
    QCOMPARE(changed.size(), 1);
    QVERIFY(presenter->isActive());
    QVERIFY(window->windowState() & Qt::WindowFullScreen);
    // About 1.6 times larger, for the back of the hall.
    QVERIFY2(
        fontSize(window->font()) >= 1.5 * fontSize(fontBefore),
        qPrintable(
            QStringLiteral("%1 -> %2").arg(fontSize(fontBefore)).arg(fontSize(window->font()))));
    QVERIFY(runBar->iconSize().width() > iconsBefore.width());
    // The menus too: they are windows of their own.
    QVERIFY2(fontSize(viewMenu->font()) >= 1.5 * fontSize(menuFontBefore),
             qPrintable(QStringLiteral("%1 -> %2")
                            .arg(fontSize(menuFontBefore))
                            .arg(fontSize(viewMenu->font()))));
    QCOMPARE(CanvasStyle::scheme(), CanvasStyle::Scheme::HighContrast);
    QVERIFY(CanvasStyle::lineWidth() > CanvasStyle::kLineWidth);
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
    QCOMPARE(window->canvasView()->backgroundBrush().color(), CanvasStyle::background());
    // Only what the audience needs.
    const QMap<QString, bool> docks = openDocks(*window);
    for (const char *hidden : {"ScenarioLibraryDock", "ParametersDock", "InspectorDock",
                               "EventLogDock", "ConsoleDock", "ChartsDock"})
        QVERIFY2(!docks.value(QLatin1String(hidden)), hidden);
    QVERIFY(docks.value(QStringLiteral("TimelineDock")));
    // Esc leaves presenter mode instead of stopping the run.
    QVERIFY(!stop->shortcuts().contains(QKeySequence(Qt::Key_Escape)));

    presenter->toggleAction()->trigger();
    QCOMPARE(changed.size(), 2);
    QVERIFY(!presenter->isActive());
    QCOMPARE(window->windowState(), stateBefore);
    QCOMPARE(window->font(), fontBefore);
    QCOMPARE(window->testAttribute(Qt::WA_SetFont), fontSetBefore);
    QCOMPARE(viewMenu->font(), menuFontBefore);
    QCOMPARE(openDocks(*window), docksBefore);
    QCOMPARE(QApplication::palette(), paletteBefore);
    QCOMPARE(QApplication::palette().resolveMask(), paletteBefore.resolveMask());
    QCOMPARE(CanvasStyle::scheme(), schemeBefore);
    QCOMPARE(CanvasStyle::scale(), 1.0);
    QCOMPARE(stop->shortcuts(), stopKeysBefore);
    QCOMPARE(runBar->iconSize(), iconsBefore);
    QCOMPARE(window->canvasView()->backgroundBrush().color(), CanvasStyle::background());
}

void TestPresenter::keysToggleAndLeave()
{
    auto window = makeWindow();
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    PresenterMode *presenter = PresenterMode::of(*window);
    QTest::keyClick(window.get(), Qt::Key_F5);
    QVERIFY(presenter->isActive());
    QTest::keyClick(window.get(), Qt::Key_Escape);
    QVERIFY(!presenter->isActive());
    QTest::keyClick(window.get(), Qt::Key_F5);
    QVERIFY(presenter->isActive());
    QTest::keyClick(window.get(), Qt::Key_F5);
    QVERIFY(!presenter->isActive());
    // Outside presenter mode the clicker keys do nothing of their own.
    QVERIFY(!presenterAction(*window, "PresenterBlank")->isEnabled());
    QTest::keyClick(window.get(), Qt::Key_B);
    QVERIFY(!presenter->isBlank());
}

void TestPresenter::stepModeChangedWhilePresenting()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    PresenterMode *presenter = PresenterMode::of(*window);
    const QMap<QString, bool> before = openDocks(*window);
    QVERIFY(!before.value(QStringLiteral("CodeDock")));
    presenter->setActive(true);
    window->setStepMode(true);
    // The code the audience follows step by step is shown while presenting.
    QVERIFY(openDocks(*window).value(QStringLiteral("CodeDock")));
    QVERIFY(openDocks(*window).value(QStringLiteral("ExplanationDock")));
    QVERIFY(!openDocks(*window).value(QStringLiteral("InspectorDock")));
    presenter->setActive(false);
    // Everything as before, except the step docks, which follow the mode now on.
    QMap<QString, bool> expected = before;
    expected[QStringLiteral("CodeDock")] = true;
    expected[QStringLiteral("ExplanationDock")] = true;
    QCOMPARE(openDocks(*window), expected);
}

void TestPresenter::blankScreen()
{
    auto window = makeWindow();
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    PresenterMode *presenter = PresenterMode::of(*window);
    presenter->setActive(true);
    QSignalSpy next(presenterAction(*window, "PresenterNext"), &QAction::triggered);

    QTest::keyClick(window.get(), Qt::Key_B);
    QVERIFY(presenter->isBlank());
    QWidget *blank = presenter->blankOverlay();
    QVERIFY(blank->isVisible());
    QCOMPARE(blank->geometry(), window->rect());
    QCOMPARE(blank->palette().color(QPalette::Window), QColor(Qt::black));
    // Any key brings the picture back, and does nothing else.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
    QVERIFY(!presenter->isBlank());
    QVERIFY(!blank->isVisible());
    QCOMPARE(next.size(), 0);
    QVERIFY(presenter->isActive());

    // '.' blanks too (a clicker's "black screen" button), and a click un-blanks.
    QTest::keyClick(window.get(), Qt::Key_Period);
    QVERIFY(presenter->isBlank());
    QTest::mouseClick(blank, Qt::LeftButton);
    QVERIFY(!presenter->isBlank());

    // Esc while blank only un-blanks; the next Esc leaves.
    QTest::keyClick(window.get(), Qt::Key_B);
    QVERIFY(presenter->isBlank());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!presenter->isBlank());
    QVERIFY(presenter->isActive());
    QTest::keyClick(window.get(), Qt::Key_Escape);
    QVERIFY(!presenter->isActive());
}

void TestPresenter::pageDownReleasesOneProcess()
{
    if (!engineBuilt())
        QSKIP("ipcviz-engine is not built");
    auto window = makeWindow();
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QVERIFY(window->reloadScenarios());
    QVERIFY(window->selectScenario(QStringLiteral("pipe-messages")));
    QVERIFY(window->parameterEditor()->setValue(QStringLiteral("delay_ms"), QStringLiteral("10")));
    window->appActions()->setPaceMs(0);
    window->setStepMode(true);
    PresenterMode::of(*window)->setActive(true);
    QVERIFY(window->run());
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    QVERIFY(window->controller()->isRunning());

    // Page Down and Right (what clickers send) each release exactly one process.
    for (const Qt::Key key : {Qt::Key_PageDown, Qt::Key_Right, Qt::Key_PageDown}) {
        QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
        QVERIFY(window->controller()->isRunning());
        const int released = count(*window->runModel(), "gate.release");
        const int waits = count(*window->runModel(), "gate.wait");
        QTest::keyClick(window.get(), key);
        QTRY_VERIFY_WITH_TIMEOUT(count(*window->runModel(), "gate.release") > released, 20000);
        // The released process runs to its next gate; nothing else is released.
        QTRY_VERIFY_WITH_TIMEOUT(count(*window->runModel(), "gate.wait") > waits ||
                                     !window->controller()->isRunning(),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
        QCOMPARE(count(*window->runModel(), "gate.release"), released + 1);
    }

    // Page Up goes back in time, Home to the start; Page Down steps live again.
    window->runModel()->setLive(true);
    const int last = window->runModel()->cursor();
    QTest::keyClick(window.get(), Qt::Key_PageUp);
    QCOMPARE(window->runModel()->cursor(), last - 1);
    QTest::keyClick(window.get(), Qt::Key_Home);
    QCOMPARE(window->runModel()->cursor(), -1);
    const int released = count(*window->runModel(), "gate.release");
    QTest::keyClick(window.get(), Qt::Key_PageDown);
    QVERIFY(window->runModel()->isLive());
    QTRY_VERIFY_WITH_TIMEOUT(count(*window->runModel(), "gate.release") == released + 1, 20000);

    window->controller()->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!window->controller()->isRunning(), 20000);
}

void TestPresenter::contrastRatioMeasure()
{
    // WCAG's own reference points.
    QCOMPARE(qRound(CanvasStyle::contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(CanvasStyle::contrastRatio(Qt::white, Qt::black),
             CanvasStyle::contrastRatio(Qt::black, Qt::white));
    QCOMPARE(CanvasStyle::contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
    // #767676 is the lightest grey that passes AA (4.5:1) on white.
    QCOMPARE(qRound(CanvasStyle::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
}

void TestPresenter::highContrastReachesSevenToOne_data()
{
    QTest::addColumn<QColor>("text");
    QTest::addColumn<QColor>("background");
    const QPalette p = AppPalette::highContrastPalette();
    const auto row = [](const QString &name, const QColor &text, const QColor &background) {
        QTest::newRow(qPrintable(name)) << text << background;
    };
    const QList<QPair<QPalette::ColorGroup, QString>> groups = {
        {QPalette::Active, QStringLiteral("active")},
        {QPalette::Inactive, QStringLiteral("inactive")},
        {QPalette::Disabled, QStringLiteral("disabled")}};
    for (const auto &[group, g] : groups) {
        row(QStringLiteral("window text %1").arg(g), p.color(group, QPalette::WindowText),
            p.color(group, QPalette::Window));
        row(QStringLiteral("text %1").arg(g), p.color(group, QPalette::Text),
            p.color(group, QPalette::Base));
        row(QStringLiteral("text on alternate %1").arg(g), p.color(group, QPalette::Text),
            p.color(group, QPalette::AlternateBase));
        row(QStringLiteral("button %1").arg(g), p.color(group, QPalette::ButtonText),
            p.color(group, QPalette::Button));
        row(QStringLiteral("selection %1").arg(g), p.color(group, QPalette::HighlightedText),
            p.color(group, QPalette::Highlight));
        row(QStringLiteral("tooltip %1").arg(g), p.color(group, QPalette::ToolTipText),
            p.color(group, QPalette::ToolTipBase));
        row(QStringLiteral("placeholder %1").arg(g), p.color(group, QPalette::PlaceholderText),
            p.color(group, QPalette::Base));
        row(QStringLiteral("link %1").arg(g), p.color(group, QPalette::Link),
            p.color(group, QPalette::Base));
    }

    // The canvas words, read with the scheme switched to high contrast.
    const CanvasStyle::Scheme before = CanvasStyle::scheme();
    CanvasStyle::setScheme(CanvasStyle::Scheme::HighContrast);
    using namespace CanvasStyle;
    const QList<QPair<const char *, QColor>> grounds = {{"background", background()},
                                                        {"process card", objectFill()},
                                                        {"object card", panelFill()},
                                                        {"caption", captionFill()},
                                                        {"memory cell", cellFill()}};
    for (const auto &[name, ground] : grounds) {
        row(QStringLiteral("ink on %1").arg(QLatin1String(name)), ink(), ground);
        row(QStringLiteral("muted ink on %1").arg(QLatin1String(name)), mutedInk(), ground);
    }
    const QList<QPair<const char *, Tone>> tones = {
        {"running", Tone::Running},   {"ready", Tone::Ready},   {"blocked", Tone::Blocked},
        {"sleeping", Tone::Sleeping}, {"zombie", Tone::Zombie}, {"exited", Tone::Exited},
        {"reaped", Tone::Reaped},     {"engine", Tone::Engine}};
    for (const auto &[name, tone] : tones)
        row(QStringLiteral("badge %1").arg(QLatin1String(name)), toneTextColor(tone),
            toneColor(tone));
    for (const auto &[name, fill] :
         QList<QPair<const char *, QColor>>{{"changed byte", highlight()},
                                            {"pipe contents", fluid()},
                                            {"open semaphore", passFill()},
                                            {"closed semaphore", blockFill()}})
        row(QStringLiteral("words on %1").arg(QLatin1String(name)), inkOn(fill), fill);
    // Process names drawn in their colour (timeline lanes, console, code pane).
    for (int i = 0; i < ProcessPalette::size(); ++i)
        row(QStringLiteral("process colour %1").arg(i),
            readableOn(ProcessPalette::colorAt(i), background()), background());
    CanvasStyle::setScheme(before);
}

void TestPresenter::highContrastReachesSevenToOne()
{
    QFETCH(QColor, text);
    QFETCH(QColor, background);
    const qreal ratio = CanvasStyle::contrastRatio(text, background);
    QVERIFY2(ratio >= 7.0, qPrintable(QStringLiteral("%1 on %2: %3:1")
                                          .arg(text.name(), background.name())
                                          .arg(ratio, 0, 'f', 2)));
}

void TestPresenter::darkDesktopPaletteIsFollowed()
{
    QCOMPARE(AppPalette::schemeOf(darkPalette()), CanvasStyle::Scheme::Dark);
    QCOMPARE(AppPalette::schemeOf(QPalette(Qt::black, QColor(0xef, 0xef, 0xef))),
             CanvasStyle::Scheme::Light);
    QCOMPARE(AppPalette::schemeOf(AppPalette::highContrastPalette()), CanvasStyle::Scheme::Light);

    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QPalette desktop = QApplication::palette();
    QCOMPARE(CanvasStyle::scheme(), AppPalette::schemeOf(desktop));
    QSignalSpy schemes(AppPalette::instance(), &AppPalette::schemeChanged);
    // The desktop turns dark (as a platform theme change does: a new application palette).
    QApplication::setPalette(darkPalette());
    QCOMPARE(CanvasStyle::scheme(), CanvasStyle::Scheme::Dark);
    QCOMPARE(schemes.size(), 1);
    QVERIFY(CanvasStyle::background().lightnessF() < 0.2);
    QCOMPARE(window->canvasView()->backgroundBrush().color(), CanvasStyle::background());
    QCOMPARE(window->canvasScene()->backgroundBrush().color(), CanvasStyle::background());
    // Readable in the dark: words at least 4.5:1 (WCAG AA) on what they are drawn on.
    using namespace CanvasStyle;
    QVERIFY(contrastRatio(ink(), background()) >= 4.5);
    QVERIFY(contrastRatio(mutedInk(), objectFill()) >= 4.5);
    QVERIFY(contrastRatio(mutedInk(), panelFill()) >= 4.5);
    QVERIFY(contrastRatio(inkOn(highlight()), highlight()) >= 4.5);
    for (Tone t : {Tone::Running, Tone::Ready, Tone::Blocked, Tone::Sleeping, Tone::Zombie,
                   Tone::Exited, Tone::Reaped, Tone::Engine})
        QVERIFY(contrastRatio(toneTextColor(t), toneColor(t)) >= 4.5);
    for (int i = 0; i < ProcessPalette::size(); ++i)
        QVERIFY(contrastRatio(readableOn(ProcessPalette::colorAt(i), background()), background()) >=
                4.5);

    // Presenter mode on a dark desktop is high contrast, and dark again after.
    PresenterMode::of(*window)->setActive(true);
    QCOMPARE(CanvasStyle::scheme(), CanvasStyle::Scheme::HighContrast);
    PresenterMode::of(*window)->setActive(false);
    QCOMPARE(CanvasStyle::scheme(), CanvasStyle::Scheme::Dark);

    QApplication::setPalette(desktop);
    QCOMPARE(CanvasStyle::scheme(), AppPalette::schemeOf(desktop));
    QCOMPARE(window->canvasView()->backgroundBrush().color(), CanvasStyle::background());
}

void TestPresenter::canvasZoom()
{
    auto window = makeWindow();
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    CanvasView *view = window->canvasView();
    // "Fit all" is reachable from the View menu and from a toolbar.
    auto *viewMenu = window->findChild<QMenu *>(QStringLiteral("ViewMenu"));
    QVERIFY(viewMenu->actions().contains(view->fitAction()));
    bool onToolBar = false;
    for (QToolBar *bar : window->findChildren<QToolBar *>())
        onToolBar = onToolBar || bar->actions().contains(view->fitAction());
    QVERIFY(onToolBar);

    // The scene needs something in it for the zoom to mean anything.
    window->canvasScene()->addRect(0, 0, 400, 300);
    view->fitAll();
    const qreal fitted = view->zoom();
    QTest::keyClick(window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(view->zoom() > fitted);
    QVERIFY(!view->isAutoFit());
    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view->zoom(), fitted);
    QVERIFY(view->isAutoFit());
    QTest::keyClick(window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view->zoom() < fitted);
    view->fitAll();

    // The wheel zooms too.
    const QPoint centre = view->viewport()->rect().center();
    QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(view->zoom() > fitted);
    view->fitAll();

    // In presenter mode '+', '-' and F, without Ctrl (a clicker has no Ctrl).
    PresenterMode::of(*window)->setActive(true);
    view->fitAll();
    const qreal presented = view->zoom();
    QTest::keyClick(window.get(), Qt::Key_Plus);
    QVERIFY(view->zoom() > presented);
    QTest::keyClick(window.get(), Qt::Key_F);
    QCOMPARE(view->zoom(), presented);
    QTest::keyClick(window.get(), Qt::Key_Minus);
    QVERIFY(view->zoom() < presented);
    PresenterMode::of(*window)->setActive(false);
}

void TestPresenter::closingLeavesPresenterMode()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QPalette paletteBefore = QApplication::palette();
    PresenterMode::of(*window)->setActive(true);
    // Whatever the window saves of itself on closing must be the lecturer's window.
    window->close();
    QVERIFY(!PresenterMode::of(*window)->isActive());
    QVERIFY(!(window->windowState() & Qt::WindowFullScreen));
    QCOMPARE(QApplication::palette(), paletteBefore);
}

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
