#pragma once

#include "views/canvasstyle.h"

#include <QObject>
#include <QPalette>

/// The colour scheme of the application: light or dark as the desktop is, and
/// high contrast on demand (presenter mode). Qt 6.4 has no colour-scheme hint, so
/// the desktop's choice is read from its palette (a dark window colour means dark),
/// at start and again whenever the application palette or the theme changes; the
/// window then keeps the desktop's own palette and the canvas and timeline switch
/// their colours (CanvasStyle). High contrast replaces the application palette
/// with black on white (every text at least 7:1 against its background, WCAG AAA)
/// and puts the previous one back exactly when it is turned off.
class AppPalette : public QObject {
    Q_OBJECT
public:
    /// The application's one instance, created on first use.
    static AppPalette *instance();

    /// Dark when @p palette's window colour is dark (lightness below one half).
    static CanvasStyle::Scheme schemeOf(const QPalette &palette);
    /// The window palette of the high-contrast scheme.
    static QPalette highContrastPalette();

    CanvasStyle::Scheme scheme() const { return CanvasStyle::scheme(); }
    bool isHighContrast() const { return m_highContrast; }
    void setHighContrast(bool on);

Q_SIGNALS:
    /// CanvasStyle's scheme changed: what the canvas and timeline show must be redrawn.
    void schemeChanged(CanvasStyle::Scheme scheme);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit AppPalette(QObject *parent);
    void followDesktop();
    void use(CanvasStyle::Scheme scheme);

    QPalette m_desktopPalette; // the application palette before high contrast
    bool m_highContrast = false;
    bool m_changing = false; // our own setPalette() is under way
};
