#include "canvasstyle.h"

#include <QFontDatabase>

namespace CanvasStyle {

QFont titleFont()
{
    QFont f;
    f.setPixelSize(22);
    f.setBold(true);
    return f;
}

QFont bodyFont()
{
    QFont f;
    f.setPixelSize(17);
    return f;
}

QFont smallFont()
{
    QFont f;
    f.setPixelSize(15);
    return f;
}

QFont monoFont()
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPixelSize(16);
    return f;
}

QColor toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Running:
        return QColor(0x2e, 0x7d, 0x32); // green
    case Tone::Ready:
        return QColor(0x15, 0x65, 0xc0); // blue
    case Tone::Blocked:
        return QColor(0xe6, 0x5c, 0x00); // orange
    case Tone::Sleeping:
        return QColor(0x00, 0x83, 0x8f); // teal
    case Tone::Zombie:
        return QColor(0x6a, 0x1b, 0x9a); // purple
    case Tone::Exited:
        return QColor(0x61, 0x61, 0x61); // dark grey
    case Tone::Reaped:
        return QColor(0xd6, 0xd6, 0xd6); // light grey
    case Tone::Engine:
        return QColor(0x37, 0x47, 0x4f); // slate
    }
    return QColor(Qt::gray);
}

QColor toneTextColor(Tone tone)
{
    return tone == Tone::Reaped ? QColor(0x42, 0x42, 0x42) : QColor(Qt::white);
}

QColor background()
{
    return QColor(0xfa, 0xfa, 0xf7);
}

QColor ink()
{
    return QColor(0x21, 0x21, 0x21);
}

QColor mutedInk()
{
    return QColor(0x5f, 0x63, 0x68);
}

QColor objectFill()
{
    return QColor(0xff, 0xff, 0xff);
}

QColor highlight()
{
    return QColor(0xff, 0xd5, 0x4f);
}

} // namespace CanvasStyle
