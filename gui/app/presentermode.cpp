#include "presentermode.h"

#include "appactions.h"
#include "languagechange.h"
#include "mainwindow.h"
#include "models/runmodel.h"
#include "palette.h"
#include "viewcoordinator.h"
#include "views/canvasscene.h"
#include "views/canvasstyle.h"
#include "views/canvasview.h"
#include "views/timelinescene.h"
#include "views/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMenu>
#include <QScreen>
#include <QTimer>
#include <QToolBar>

Q_LOGGING_CATEGORY(lcPresenter, "ipcviz.presenter")

namespace {

QFont scaled(QFont font, qreal factor)
{
    if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, qRound(font.pixelSize() * factor)));
    else
        font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

/// Where the keyboard focus goes while the screen is blank; any key or click on it
/// (or anywhere, see PresenterMode::eventFilter) brings the picture back.
class BlankOverlay : public QWidget {
public:
    explicit BlankOverlay(QWidget *parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("PresenterBlank"));
        retranslate();
        setAutoFillBackground(true);
        QPalette black = palette();
        black.setColor(QPalette::Window, Qt::black);
        setPalette(black);
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::BlankCursor);
        hide();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QWidget::changeEvent(event);
    }

private:
    void retranslate() { setAccessibleName(PresenterMode::tr("Blank screen")); }
};

} // namespace

PresenterMode::PresenterMode(MainWindow &window)
    : QObject(&window), m_window(window), m_blank(new BlankOverlay(&window))
{
    setObjectName(QStringLiteral("PresenterMode"));
    createActions();
    // The canvas and the timeline follow the desktop's light or dark palette.
    connect(AppPalette::instance(), &AppPalette::schemeChanged, this, &PresenterMode::restyle);
    if (CanvasStyle::scheme() != CanvasStyle::Scheme::Light)
        restyle(); // the window was built before the desktop's scheme was known
    // Leave before the window closes, so whatever it saves of itself is the lecturer's
    // own window, not the presenter's.
    m_window.installEventFilter(this);
    // Step mode turned on while presenting: the code pane gets its presenting width.
    if (auto *code = m_window.findChild<QDockWidget *>(QStringLiteral("CodeDock"))) {
        connect(code, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible && m_active)
                sizeDocksSoon();
        });
    }
}

PresenterMode::~PresenterMode()
{
    if (m_active) {
        // The window is going away (its views with it): only give the application
        // its palette and scale back.
        disconnect(AppPalette::instance(), nullptr, this, nullptr);
        AppPalette::instance()->setHighContrast(false);
        CanvasStyle::setScale(1.0);
        qApp->removeEventFilter(this);
    }
}

PresenterMode *PresenterMode::of(const MainWindow &window)
{
    return window.findChild<PresenterMode *>(QStringLiteral("PresenterMode"),
                                             Qt::FindDirectChildrenOnly);
}

QStringList PresenterMode::keptDocks()
{
    return {QStringLiteral("TimelineDock"), QStringLiteral("CodeDock"),
            QStringLiteral("ExplanationDock")};
}

bool PresenterMode::isBlank() const
{
    return m_blank->isVisible();
}

void PresenterMode::createActions()
{
    m_toggle = new QAction(this);
    m_toggle->setObjectName(QStringLiteral("PresenterModeAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_toggle, &QAction::toggled, this, &PresenterMode::setActive);
    m_window.addAction(m_toggle);
    if (auto *view = m_window.findChild<QMenu *>(QStringLiteral("ViewMenu"))) {
        view->addSeparator();
        view->addAction(m_toggle);
    }

    AppActions *actions = m_window.appActions();
    CanvasView *canvas = m_window.canvasView();
    auto add = [this](const QString &name, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setEnabled(false);
        connect(a, &QAction::triggered, this, slot);
        m_window.addAction(a);
        m_presenterActions.append(a);
        return a;
    };
    QAction *leave = add(QStringLiteral("PresenterLeave"), {QKeySequence(Qt::Key_Escape)},
                         [this] { setActive(false); });
    QAction *next = add(QStringLiteral("PresenterNext"),
                        {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Right)},
                        [this] { this->next(); });
    QAction *previous = add(QStringLiteral("PresenterPrevious"),
                            {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Left)},
                            [this] { this->previous(); });
    QAction *start = add(QStringLiteral("PresenterStart"), {QKeySequence(Qt::Key_Home)},
                         [actions] { actions->action(AppActions::GoToStart)->trigger(); });
    QAction *blank =
        add(QStringLiteral("PresenterBlank"),
            {QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period)}, [this] { setBlank(true); });
    QAction *zoomIn = add(QStringLiteral("PresenterZoomIn"),
                          {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal),
                           QKeySequence(Qt::KeypadModifier | Qt::Key_Plus)},
                          [canvas] { canvas->zoomInAction()->trigger(); });
    QAction *zoomOut =
        add(QStringLiteral("PresenterZoomOut"),
            {QKeySequence(Qt::Key_Minus), QKeySequence(Qt::KeypadModifier | Qt::Key_Minus)},
            [canvas] { canvas->zoomOutAction()->trigger(); });
    QAction *fit = add(QStringLiteral("PresenterFit"), {QKeySequence(Qt::Key_F)},
                       [canvas] { canvas->fitAction()->trigger(); });

    retranslateOnLanguageChange(this, [=, this] {
        m_toggle->setText(tr("&Presenter Mode"));
        m_toggle->setStatusTip(tr("Full screen, large text, high contrast and only the panels "
                                  "the audience needs; Page Down steps, B blanks the screen"));
        m_toggle->setToolTip(tr("Present to a lecture hall (F5; Esc leaves)"));
        const auto describe = [](QAction *a, const QString &text, const QString &tip) {
            a->setText(text);
            a->setStatusTip(tip);
        };
        describe(leave, tr("Leave Presenter Mode"), tr("Presenter mode: back to the usual window"));
        describe(next, tr("Next Step"),
                 tr("Presenter mode: release the next step in step mode, else show the next "
                    "event"));
        describe(previous, tr("Previous Event"),
                 tr("Presenter mode: show the state one event earlier"));
        describe(start, tr("First Event"), tr("Presenter mode: go back to the start of the run"));
        describe(blank, tr("Blank the Screen"),
                 tr("Presenter mode: black screen; any key or click brings the picture back"));
        describe(zoomIn, tr("Zoom In"), tr("Presenter mode: zoom in on the canvas"));
        describe(zoomOut, tr("Zoom Out"), tr("Presenter mode: zoom out of the canvas"));
        describe(fit, tr("Fit All"), tr("Presenter mode: show the whole drawing"));
    });
}

void PresenterMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        enter();
    else
        leave();
    m_toggle->setChecked(active);
    for (QAction *a : std::as_const(m_presenterActions))
        a->setEnabled(active);
    qCDebug(lcPresenter) << "presenter mode" << active;
    Q_EMIT activeChanged(active);
}

void PresenterMode::enter()
{
    AppActions *actions = m_window.appActions();
    m_saved.windowState = m_window.windowState();
    m_saved.geometry = m_window.saveGeometry();
    m_saved.dockState = m_window.saveState();
    m_saved.stepMode = actions->action(AppActions::StepMode)->isChecked();
    // Esc leaves presenter mode; while presenting it does not stop the run.
    QAction *stop = actions->action(AppActions::Stop);
    m_saved.stopKeys = stop->shortcuts();
    QList<QKeySequence> keys = m_saved.stopKeys;
    keys.removeAll(QKeySequence(Qt::Key_Escape));
    stop->setShortcuts(keys);

    scaleWidgets();
    reduceDocks();
    CanvasStyle::setScale(kScale);
    setHighContrast(true);
    m_window.setWindowState((m_window.windowState() & ~Qt::WindowMaximized) | Qt::WindowFullScreen);
    // Keys go to the window's shortcuts, not to a text pane that has the focus.
    m_window.canvasView()->setFocus(Qt::OtherFocusReason);
}

void PresenterMode::scaleWidgets()
{
    m_saved.font = m_window.font();
    QFont big = m_window.font();
    big = scaled(big, kScale);
    m_saved.widgetFonts.clear();
    // Widgets with a size of their own (the code pane's monospace, the console)
    // do not inherit the window's: enlarge them one by one.
    const auto widgets = m_window.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->window() != &m_window || !w->testAttribute(Qt::WA_SetFont) ||
            !(w->font().resolveMask() & QFont::SizeResolved))
            continue;
        m_saved.widgetFonts.append({w, w->font()});
    }
    // Menus are windows of their own: they do not inherit the window's font.
    for (QMenu *menu : m_window.findChildren<QMenu *>())
        m_saved.widgetFonts.append({menu, menu->font()});
    m_window.setFont(big);
    for (const auto &[w, font] : std::as_const(m_saved.widgetFonts))
        w->setFont(scaled(font, kScale));
    m_saved.iconSizes.clear();
    for (QToolBar *bar : m_window.findChildren<QToolBar *>()) {
        m_saved.iconSizes.append({bar, bar->iconSize()});
        bar->setIconSize(bar->iconSize() * kScale);
    }
}

void PresenterMode::reduceDocks()
{
    const QStringList kept = keptDocks();
    for (QDockWidget *dock : m_window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!kept.contains(dock->objectName()))
            dock->hide();
    }
    // The run controls stay, in one row; opening files is the lecturer's business
    // (File menu), zoom and replay have their keys (+, -, F, Page Up/Down).
    for (QToolBar *bar : m_window.findChildren<QToolBar *>(Qt::FindDirectChildrenOnly)) {
        if (bar->objectName() != QLatin1String("RunToolBar"))
            bar->hide();
    }
    // The timeline is what the audience follows over time: always shown, in front
    // of whatever shares its tab.
    if (auto *timeline = m_window.findChild<QDockWidget *>(QStringLiteral("TimelineDock"))) {
        timeline->show();
        timeline->raise();
    }
    sizeDocks();
}

void PresenterMode::sizeDocksSoon()
{
    // Once the layout has settled.
    QTimer::singleShot(0, this, [this] {
        if (m_active)
            sizeDocks();
    });
}

void PresenterMode::sizeDocks()
{
    // Relative to the screen the window fills (or is about to fill: going full
    // screen may take the window manager a moment).
    const QSize screen = m_window.screen() ? m_window.screen()->geometry().size() : m_window.size();
    auto *timeline = m_window.findChild<QDockWidget *>(QStringLiteral("TimelineDock"));
    if (timeline && !timeline->isHidden())
        m_window.resizeDocks({timeline}, {screen.height() * 3 / 10}, Qt::Vertical);
    // The code wide enough for its lines at the larger font.
    auto *code = m_window.findChild<QDockWidget *>(QStringLiteral("CodeDock"));
    if (code && !code->isHidden())
        m_window.resizeDocks({code}, {screen.width() * 2 / 5}, Qt::Horizontal);
}

void PresenterMode::leave()
{
    setBlank(false);
    AppActions *actions = m_window.appActions();
    actions->action(AppActions::Stop)->setShortcuts(m_saved.stopKeys);

    m_window.setWindowState(m_saved.windowState);
    m_window.restoreGeometry(m_saved.geometry);
    CanvasStyle::setScale(1.0);

    m_window.setFont(m_saved.font);
    for (const auto &[w, font] : std::as_const(m_saved.widgetFonts)) {
        if (w)
            w->setFont(font);
    }
    m_saved.widgetFonts.clear();
    for (const auto &[bar, size] : std::as_const(m_saved.iconSizes)) {
        if (bar)
            bar->setIconSize(size);
    }
    m_saved.iconSizes.clear();

    m_window.restoreState(m_saved.dockState);
    // Step mode switched while presenting: its docks go with the mode, not with the past.
    const bool stepMode = actions->action(AppActions::StepMode)->isChecked();
    if (stepMode != m_saved.stepMode) {
        for (const QString &name :
             {QStringLiteral("CodeDock"), QStringLiteral("ExplanationDock")}) {
            if (auto *dock = m_window.findChild<QDockWidget *>(name))
                dock->setVisible(stepMode);
        }
    }
    setHighContrast(false);
}

void PresenterMode::setHighContrast(bool on)
{
    // A change of scheme restyles through AppPalette::schemeChanged; the scale
    // changed in any case.
    const CanvasStyle::Scheme before = CanvasStyle::scheme();
    AppPalette::instance()->setHighContrast(on);
    if (CanvasStyle::scheme() == before)
        restyle();
}

void PresenterMode::restyle()
{
    m_window.canvasView()->applyStyle();
    // Lane words and colours are made when lanes are: rebuild them, then put the
    // cursor back and refit to the new scale.
    m_window.timelineScene()->setEvents(m_window.runModel()->events());
    if (auto *timeline = m_window.findChild<TimelineView *>())
        timeline->fitAll();
    m_window.coordinator()->refreshNow();
}

void PresenterMode::setBlank(bool blank)
{
    if (blank == isBlank())
        return;
    if (blank) {
        m_blank->setGeometry(m_window.rect());
        m_blank->raise();
        m_blank->show();
        m_blank->setFocus(Qt::OtherFocusReason);
        // Every key and click goes to the blank screen first, wherever the focus is.
        qApp->installEventFilter(this);
    } else {
        qApp->removeEventFilter(this);
        m_blank->hide();
    }
}

void PresenterMode::next()
{
    AppActions *actions = m_window.appActions();
    QAction *step = actions->action(AppActions::Step);
    if (step->isEnabled())
        step->trigger();
    else
        actions->action(AppActions::StepForward)->trigger();
}

void PresenterMode::previous()
{
    m_window.appActions()->action(AppActions::StepBack)->trigger();
}

bool PresenterMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window) {
        if (event->type() == QEvent::Close && m_active) {
            setActive(false);
        } else if (event->type() == QEvent::Resize && m_active) {
            m_blank->setGeometry(m_window.rect());
            // Now full screen: the docks take their share of the new size.
            sizeDocksSoon();
        }
    }
    if (!isBlank())
        return false;
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // Claimed, so no shortcut fires: the key only brings the picture back.
        event->accept();
        return true;
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
        setBlank(false);
        return true;
    default:
        return false;
    }
}

void installPresenterMode(MainWindow &window)
{
    new PresenterMode(window);
}
