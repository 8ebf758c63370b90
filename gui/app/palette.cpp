#include "palette.h"

#include <QApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcPalette, "ipcviz.palette")

AppPalette *AppPalette::instance()
{
    static QPointer<AppPalette> s_instance;
    if (!s_instance)
        s_instance = new AppPalette(qApp);
    return s_instance;
}

AppPalette::AppPalette(QObject *parent) : QObject(parent)
{
    setObjectName(QStringLiteral("AppPalette"));
    // The palette change reaches the application object, the theme change its
    // windows: a filter on the application sees both.
    qApp->installEventFilter(this);
    followDesktop();
}

CanvasStyle::Scheme AppPalette::schemeOf(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightnessF() < 0.5
               ? CanvasStyle::Scheme::Dark
               : CanvasStyle::Scheme::Light;
}

QPalette AppPalette::highContrastPalette()
{
    const QColor white(Qt::white);
    const QColor black(Qt::black);
    QPalette p(black, white); // window text, window
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, white);
        p.setColor(group, QPalette::WindowText, black);
        p.setColor(group, QPalette::Base, white);
        p.setColor(group, QPalette::AlternateBase, QColor(0xf0, 0xf0, 0xf0));
        p.setColor(group, QPalette::Text, black);
        p.setColor(group, QPalette::Button, QColor(0xf0, 0xf0, 0xf0));
        p.setColor(group, QPalette::ButtonText, black);
        p.setColor(group, QPalette::BrightText, white);
        p.setColor(group, QPalette::ToolTipBase, white);
        p.setColor(group, QPalette::ToolTipText, black);
        p.setColor(group, QPalette::PlaceholderText, QColor(0x4d, 0x4d, 0x4d));
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, QColor(0xe0, 0xe0, 0xe0));
        p.setColor(group, QPalette::Mid, QColor(0x80, 0x80, 0x80));
        p.setColor(group, QPalette::Dark, QColor(0x40, 0x40, 0x40));
        p.setColor(group, QPalette::Shadow, black);
        p.setColor(group, QPalette::Highlight, QColor(0x00, 0x00, 0xa0));
        p.setColor(group, QPalette::HighlightedText, white);
        p.setColor(group, QPalette::Link, QColor(0x00, 0x00, 0xee));
        p.setColor(group, QPalette::LinkVisited, QColor(0x55, 0x1a, 0x8b));
    }
    // Greyed out, yet still 8:1 on white.
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x50, 0x50, 0x50));
    return p;
}

void AppPalette::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    m_changing = true;
    if (on) {
        m_desktopPalette = QApplication::palette();
        QApplication::setPalette(highContrastPalette());
    } else {
        // The saved palette still resolves against the desktop's (its roles were not
        // set by us), so the window follows the desktop again.
        QApplication::setPalette(m_desktopPalette);
    }
    m_changing = false;
    if (on)
        use(CanvasStyle::Scheme::HighContrast);
    else
        followDesktop();
}

void AppPalette::followDesktop()
{
    if (!m_highContrast)
        use(schemeOf(QApplication::palette()));
}

void AppPalette::use(CanvasStyle::Scheme scheme)
{
    if (scheme == CanvasStyle::scheme())
        return;
    qCDebug(lcPalette) << "colour scheme" << int(scheme);
    CanvasStyle::setScheme(scheme);
    Q_EMIT schemeChanged(scheme);
}

bool AppPalette::eventFilter(QObject *watched, QEvent *event)
{
    if ((event->type() == QEvent::ApplicationPaletteChange && watched == qApp) ||
        event->type() == QEvent::ThemeChange) {
        if (!m_changing)
            followDesktop();
    }
    return QObject::eventFilter(watched, event);
}
