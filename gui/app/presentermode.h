#pragma once

#include <QFont>
#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>

class MainWindow;
class QAction;
class QToolBar;
class QWidget;

/// Presenter mode: one switch (View > Presenter Mode, F5, --presenter) makes the
/// window fit a lecture hall: full screen, its fonts 1.6 times larger, the canvas
/// and the timeline enlarged with thicker lines (CanvasStyle::scale()), the
/// high-contrast palette, and only the docks the audience needs (the timeline and,
/// in step mode, the code and its explanation). Leaving (Esc or F5) puts back
/// exactly what was changed: window state and geometry, fonts, palette, docks.
///
/// While it is on, a presentation clicker drives the run: Page Down or Right steps
/// (step mode) or shows the next event, Page Up or Left the previous one, Home the
/// first; B or '.' blanks the screen (any key or click brings it back); '+', '-'
/// and F zoom the canvas. These use the window's own actions (AppActions, the
/// canvas view's zoom actions), so they do exactly what the menus do.
class PresenterMode : public QObject {
    Q_OBJECT
public:
    /// Font and canvas enlargement while presenting.
    static constexpr qreal kScale = 1.6;

    explicit PresenterMode(MainWindow &window);
    ~PresenterMode() override;

    /// The presenter mode installed on @p window, or nullptr.
    static PresenterMode *of(const MainWindow &window);
    /// Object names of the docks kept while presenting.
    static QStringList keptDocks();

    bool isActive() const { return m_active; }
    bool isBlank() const;
    /// The checkable View > Presenter Mode action (F5).
    QAction *toggleAction() const { return m_toggle; }
    /// The black cover shown by B.
    QWidget *blankOverlay() const { return m_blank; }

public Q_SLOTS:
    void setActive(bool active);
    void setBlank(bool blank);
    /// Page Down: releases the next step in step mode, else shows the next event.
    void next();
    /// Page Up: shows the previous event.
    void previous();

Q_SIGNALS:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void enter();
    void leave();
    void scaleWidgets();
    void reduceDocks();
    /// Gives the timeline and the code their presenting size.
    void sizeDocks();
    void sizeDocksSoon();
    /// Turns the high-contrast palette on or off and redraws the canvas and timeline.
    void setHighContrast(bool on);
    /// Redraws the canvas and the timeline with the current CanvasStyle.
    void restyle();

    MainWindow &m_window;
    QAction *m_toggle;
    QList<QAction *> m_presenterActions; // enabled only while presenting
    QWidget *m_blank;
    bool m_active = false;

    /// What enter() changed, for leave() to put back.
    struct Saved {
        Qt::WindowStates windowState;
        QByteArray geometry;
        QByteArray dockState;
        QFont font;
        QList<QPair<QPointer<QWidget>, QFont>> widgetFonts; // widgets with a font of their own
        QList<QPair<QPointer<QToolBar>, QSize>> iconSizes;
        QList<QKeySequence> stopKeys;
        bool stepMode = false;
    } m_saved;
};

/// Adds presenter mode to @p window (View menu, F5, the clicker keys) and makes
/// the canvas and timeline follow the desktop's light or dark palette.
void installPresenterMode(MainWindow &window);
