#include "tour.h"

#include "appactions.h"
#include "mainwindow.h"
#include "views/canvasview.h"
#include "views/scenariolibrarydock.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcTour, "ipcviz.tour")

namespace {

constexpr int kHolePadding = 6;
constexpr int kMargin = 16;

QString keyOf(const QAction *action)
{
    return action ? action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped()
                  : QString();
}

QWidget *toolButtonOf(MainWindow &window, AppActions::Id id)
{
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("RunToolBar"));
    return bar ? bar->widgetForAction(window.appActions()->action(id)) : nullptr;
}

QDockWidget *dockNamed(MainWindow &window, const char *name)
{
    return window.findChild<QDockWidget *>(QLatin1String(name));
}

/// The menu bar's title of the menu holding @p menu (itself when it is on the bar).
QAction *menuBarEntryOf(MainWindow &window, QMenu *menu)
{
    const QList<QAction *> entries = window.menuBar()->actions();
    for (QAction *entry : entries) {
        if (entry->menu() == menu ||
            (entry->menu() && entry->menu()->actions().contains(menu->menuAction())))
            return entry;
    }
    return nullptr;
}

bool isTourKey(const QKeyEvent *key)
{
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (mods != Qt::NoModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Right:
    case Qt::Key_Left:
    case Qt::Key_Escape:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        return true;
    default:
        return false;
    }
}

} // namespace

QList<GuidedTour::Page> GuidedTour::pagesFor(MainWindow &window)
{
    const AppActions *a = window.appActions();
    QList<Page> pages;
    pages.append({tr("The scenario library"),
                  tr("<p>Each scenario is a small program of several processes: forks, pipes, "
                     "FIFOs, shared memory, semaphores, signals.</p><p>Pick one here. Its "
                     "description says what to watch for and links the manual pages of the "
                     "calls it makes. A double-click runs it.</p>"),
                  [&window]() -> QWidget * { return window.scenarioLibrary(); }});
    pages.append({tr("Run"),
                  tr("<p><b>Run</b> (%1) starts the selected scenario with real processes on "
                     "this computer.</p><p><b>Stop</b> (%2) ends them all; nothing is left "
                     "behind.</p>")
                      .arg(keyOf(a->action(AppActions::Run)), keyOf(a->action(AppActions::Stop))),
                  [&window] { return toolButtonOf(window, AppActions::Run); }});
    pages.append(
        {tr("The canvas"),
         tr("<p>Every process is a box; every pipe, FIFO, shared memory object and semaphore "
            "is drawn between the processes that use it. Data moves along the arrows as it is "
            "written and read.</p><p>Click anything to inspect it. Zoom with %1 and %2, fit "
            "it all with %3.</p>")
             .arg(keyOf(window.canvasView()->zoomInAction()),
                  keyOf(window.canvasView()->zoomOutAction()),
                  keyOf(window.canvasView()->fitAction())),
         [&window]() -> QWidget * { return window.canvasView(); }});
    pages.append(
        {tr("The timeline"),
         tr("<p>One lane per process, time from left to right: when each process "
            "runs, waits and ends, and what it calls.</p><p>The slider under the "
            "canvas goes back in time: %1 and %2 move one event, %3 returns to the "
            "live run.</p>")
             .arg(keyOf(a->action(AppActions::StepBack)), keyOf(a->action(AppActions::StepForward)),
                  keyOf(a->action(AppActions::GoLive))),
         [&window]() -> QWidget * { return dockNamed(window, "TimelineDock"); }});
    pages.append(
        {tr("Step mode"),
         tr("<p>With <b>Step Mode</b> on (%1), a run stops every process before each call, "
            "and you decide who goes next.</p><p><b>Step</b> (%2) lets the next process make "
            "its call; %3 lets the selected one go (or click a process). <b>Continue</b> (%4) "
            "runs freely until <b>Pause</b> (%5).</p>")
             .arg(keyOf(a->action(AppActions::StepMode)), keyOf(a->action(AppActions::Step)),
                  keyOf(a->action(AppActions::StepSelected)),
                  keyOf(a->action(AppActions::Continue)), keyOf(a->action(AppActions::Pause))),
         [&window] { return toolButtonOf(window, AppActions::StepMode); }});
    pages.append({tr("The event log"),
                  tr("<p>Every event of the run in words, in order: forks, reads, writes, "
                     "signals, exits. Filter it by process, object or kind.</p><p>Select an "
                     "event to see every view as it was at that moment.</p>"),
                  [&window]() -> QWidget * { return dockNamed(window, "EventLogDock"); }});
    pages.append({tr("Charts and measurements"),
                  tr("<p>The <b>Charts</b> plot the run as it goes: bytes waiting in each pipe, "
                     "semaphore values, processes alive and blocked.</p><p>The <b>Measure</b> "
                     "menu benchmarks pipes, FIFOs, sockets and shared memory on this "
                     "computer, and runs a scenario many times to count how it ends.</p>"),
                  [&window]() -> QWidget * { return dockNamed(window, "ChartsDock"); }});
    pages.append(
        {tr("Export"),
         tr("<p><b>File › Export</b> saves the run for slides and notes: pictures, tables, "
            "diagrams, a trace for Perfetto, or the scenario as a C program to compile.</p>"
            "<p>The <b>Help</b> menu has this tour, the keyboard shortcuts and the manual "
            "pages of the selected scenario.</p>"),
         [&window]() -> QWidget * {
             auto *menu = window.findChild<QMenu *>(QStringLiteral("ExportMenu"));
             return menu && menuBarEntryOf(window, menu) ? window.menuBar() : nullptr;
         },
         [&window](QWidget *bar) {
             auto *menu = window.findChild<QMenu *>(QStringLiteral("ExportMenu"));
             QAction *entry = menu ? menuBarEntryOf(window, menu) : nullptr;
             return entry ? static_cast<QMenuBar *>(bar)->actionGeometry(entry) : QRect();
         }});
    return pages;
}

GuidedTour::GuidedTour(MainWindow &window) : QWidget(&window), m_window(window)
{
    setObjectName(QStringLiteral("GuidedTour"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    for (const Page &p : pagesFor(window)) {
        if (p.target && p.target())
            m_pages.append(p);
    }

    m_callout = new QWidget(this);
    m_callout->setObjectName(QStringLiteral("TourCallout"));
    m_callout->setAttribute(Qt::WA_StyledBackground);
    // Dark text on a light card with a bright edge: readable on any projector and theme.
    m_callout->setStyleSheet(QStringLiteral(
        "#TourCallout { background: #fffdf6; border: 3px solid #e08a00; border-radius: 10px; }"
        "#TourCallout QLabel { color: #1e1e1e; background: transparent; }"));
    QFont font = QApplication::font();
    font.setPointSizeF(qMax(14.0, font.pointSizeF() * 1.25));
    m_callout->setFont(font);
    m_title = new QLabel(m_callout);
    m_title->setObjectName(QStringLiteral("TourTitle"));
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(font.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_text = new QLabel(m_callout);
    m_text->setObjectName(QStringLiteral("TourText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_counter = new QLabel(m_callout);
    m_back = new QPushButton(tr("Back"), m_callout);
    m_next = new QPushButton(tr("Next"), m_callout);
    m_close = new QPushButton(tr("Close"), m_callout);
    m_back->setToolTip(tr("Previous page (Left)"));
    m_next->setToolTip(tr("Next page (Right)"));
    m_close->setToolTip(tr("End the tour (Esc)"));
    for (QPushButton *b : {m_back, m_next, m_close})
        b->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_counter, 1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(m_callout);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &GuidedTour::back);
    connect(m_next, &QPushButton::clicked, this, &GuidedTour::next);
    connect(m_close, &QPushButton::clicked, this, &GuidedTour::finish);
    hide();
}

GuidedTour::~GuidedTour()
{
    qApp->removeEventFilter(this);
}

QString GuidedTour::pageTitle(int index) const
{
    return index >= 0 && index < m_pages.size() ? m_pages.at(index).title : QString();
}

QWidget *GuidedTour::pageTarget(int index) const
{
    return index >= 0 && index < m_pages.size() ? m_pages.at(index).target() : nullptr;
}

void GuidedTour::start()
{
    if (m_pages.isEmpty()) {
        finish();
        return;
    }
    // Tabbed docks the tour brings to the front are put back at the end.
    for (QDockWidget *d : m_window.findChildren<QDockWidget *>()) {
        if (d->isVisible() && !d->visibleRegion().isEmpty())
            m_raisedBefore.append(d);
    }
    // One filter on the application sees the window's and the target's geometry and
    // every key meant for the window.
    qApp->installEventFilter(this);
    setGeometry(m_window.rect());
    show();
    raise();
    showPage(0);
}

void GuidedTour::next()
{
    if (m_current + 1 >= m_pages.size())
        finish();
    else
        showPage(m_current + 1);
}

void GuidedTour::back()
{
    if (m_current > 0)
        showPage(m_current - 1);
}

void GuidedTour::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_current = index;
    const Page &page = m_pages.at(index);
    QWidget *target = page.target();
    // A dock the user closed or that sits behind another tab comes to the front.
    for (QWidget *w = target; w && w != &m_window; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
            break;
        }
    }
    m_watchedTarget = target;

    m_title->setText(page.title);
    m_text->setText(page.text);
    m_counter->setText(tr("%1 of %2").arg(index + 1).arg(m_pages.size()));
    m_back->setEnabled(index > 0);
    m_next->setText(index + 1 == m_pages.size() ? tr("Finish") : tr("Next"));
    m_next->setFocus();
    relayout();
    // Raising a tabbed dock lays the window out again a moment later.
    QTimer::singleShot(0, this, &GuidedTour::relayout);
    qCDebug(lcTour) << "page" << index << page.title;
    Q_EMIT pageChanged(index);
}

void GuidedTour::relayout()
{
    if (m_finished)
        return;
    setGeometry(m_window.rect());
    raise();
    QRect hole;
    if (m_current >= 0 && m_current < m_pages.size()) {
        const Page &page = m_pages.at(m_current);
        if (QWidget *target = page.target(); target && target->isVisible()) {
            QRect area = page.area ? page.area(target) : QRect();
            if (area.isEmpty())
                area = target->rect();
            const QPoint topLeft = mapFromGlobal(target->mapToGlobal(area.topLeft()));
            hole = QRect(topLeft, area.size())
                       .adjusted(-kHolePadding, -kHolePadding, kHolePadding, kHolePadding)
                       .intersected(rect());
        }
    }
    m_hole = hole;
    placeCallout();
    update();
}

void GuidedTour::placeCallout()
{
    const int width = std::clamp(this->width() / 3, 360, 560);
    m_callout->setFixedWidth(qMin(width, this->width() - 2 * kMargin));
    const int height = m_callout->heightForWidth(m_callout->width()) > 0
                           ? m_callout->heightForWidth(m_callout->width())
                           : m_callout->sizeHint().height();
    m_callout->setFixedHeight(qMin(height, this->height() - 2 * kMargin));
    const QSize size = m_callout->size();
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const auto clampInto = [&area, &size](QPoint p) {
        p.setX(std::clamp(p.x(), area.left(), qMax(area.left(), area.right() - size.width())));
        p.setY(std::clamp(p.y(), area.top(), qMax(area.top(), area.bottom() - size.height())));
        return p;
    };
    if (m_hole.isEmpty()) {
        m_callout->move(rect().center() - QPoint(size.width() / 2, size.height() / 2));
        return;
    }
    const int gap = 18;
    const int midY = m_hole.center().y() - size.height() / 2;
    const int midX = m_hole.center().x() - size.width() / 2;
    // Beside the highlighted part if there is room, else under or over it.
    const QList<QPoint> candidates = {
        {m_hole.right() + gap, midY},
        {m_hole.left() - gap - size.width(), midY},
        {midX, m_hole.bottom() + gap},
        {midX, m_hole.top() - gap - size.height()},
    };
    for (const QPoint &c : candidates) {
        const QPoint p = clampInto(c);
        if (!QRect(p, size).intersects(m_hole)) {
            m_callout->move(p);
            return;
        }
    }
    // The part fills the window: keep the callout in a corner of it.
    m_callout->move(clampInto({area.right() - size.width(), area.bottom() - size.height()}));
}

void GuidedTour::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    qApp->removeEventFilter(this);
    for (const QPointer<QWidget> &d : std::as_const(m_raisedBefore)) {
        if (d)
            d->raise();
    }
    hide();
    Q_EMIT finished();
    close();
}

void GuidedTour::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath dim;
    dim.setFillRule(Qt::OddEvenFill);
    dim.addRect(rect());
    if (!m_hole.isEmpty())
        dim.addRoundedRect(m_hole, 8, 8);
    p.fillPath(dim, QColor(0, 0, 0, 130));
    if (!m_hole.isEmpty()) {
        p.setPen(QPen(QColor(0xe0, 0x8a, 0x00), 4));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(m_hole, 8, 8);
    }
}

void GuidedTour::mousePressEvent(QMouseEvent *event)
{
    // The window under the tour waits until it ends.
    event->accept();
}

bool GuidedTour::eventFilter(QObject *watched, QEvent *event)
{
    if (m_finished)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::Move:
    case QEvent::Show:
    case QEvent::Hide:
        if (watched == &m_window || (m_watchedTarget && watched == m_watchedTarget.data()))
            QTimer::singleShot(0, this, &GuidedTour::relayout);
        break;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *widget = qobject_cast<QWidget *>(watched);
        auto *key = static_cast<QKeyEvent *>(event);
        if (!widget || widget->window() != &m_window || !isTourKey(key))
            break;
        if (event->type() == QEvent::ShortcutOverride) {
            // The window's own shortcuts (Esc stops a run, Space steps) wait.
            event->accept();
            return true;
        }
        // A focused button of the callout takes Space and Enter as a click.
        const bool onButton =
            qobject_cast<QPushButton *>(widget) && m_callout->isAncestorOf(widget);
        switch (key->key()) {
        case Qt::Key_Right:
            next();
            return true;
        case Qt::Key_Left:
            back();
            return true;
        case Qt::Key_Escape:
            finish();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (onButton)
                static_cast<QPushButton *>(widget)->click();
            else
                next();
            return true;
        case Qt::Key_Space:
            return !onButton;
        default:
            break;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}
