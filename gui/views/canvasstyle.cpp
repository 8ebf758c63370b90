#include "canvasstyle.h"

#include <QFontDatabase>

#include <array>
#include <cmath>

namespace CanvasStyle {

namespace {

constexpr int kToneCount = 8;

/// Every colour of one scheme.
struct Colors {
    QRgb background, ink, muted, objectFill, panelFill, captionFill, highlight, gridLine, fluid,
        cellFill, emptyCellFill, passFill, blockFill;
    std::array<QRgb, kToneCount> tones;     // in Tone order
    std::array<QRgb, kToneCount> toneTexts; // readable on tones
};

constexpr QRgb kWhite = 0xffffffff;
constexpr QRgb kBlack = 0xff000000;

constexpr Colors kLight = {
    0xfffafaf7,
    0xff212121,
    0xff5f6368,
    0xffffffff,
    0xfff1f5f9,
    0xffffffff,
    0xffffd54f,
    0xffcfd8dc,
    0xff64b5f6,
    0xffffffff,
    0xffeceff1,
    0xffc8e6c9,
    0xffffcdd2,
    // running green, ready blue, blocked orange, sleeping teal, zombie purple,
    // exited dark grey, reaped light grey, engine slate
    {0xff2e7d32, 0xff1565c0, 0xffbf4f00, 0xff00838f, 0xff6a1b9a, 0xff616161, 0xffd6d6d6,
     0xff37474f},
    {kWhite, kWhite, kWhite, kWhite, kWhite, kWhite, 0xff424242, kWhite},
};

// Cards a little lighter than the background, text light grey rather than white
// (less glare); state colours as in light, reaped a dark ghost.
constexpr Colors kDark = {
    0xff1b1c1f,
    0xffe8eaed,
    0xffa9aeb5,
    0xff2a2c31,
    0xff252a33,
    0xff2a2c31,
    0xffffd54f,
    0xff3c4043,
    0xff1565c0,
    0xff2a2c31,
    0xff202124,
    0xff1b5e20,
    0xff8e2424,
    {0xff2e7d32, 0xff1565c0, 0xffbf4f00, 0xff00838f, 0xff6a1b9a, 0xff616161, 0xff3c4043,
     0xff455a64},
    {kWhite, kWhite, kWhite, kWhite, kWhite, kWhite, 0xffe8eaed, kWhite},
};

// Black on white, every state colour dark enough for white words at 7:1 (blocked
// is a bright orange with black words: orange still says "blocked" at a glance).
constexpr Colors kHighContrast = {
    kWhite,
    kBlack,
    0xff333333,
    kWhite,
    kWhite,
    kWhite,
    0xffffd600,
    0xff757575,
    0xff90caf9,
    kWhite,
    0xffe0e0e0,
    0xffa5d6a7,
    0xffef9a9a,
    {0xff1b5e20, 0xff0d47a1, 0xffff9800, 0xff00606b, 0xff4a148c, 0xff424242, 0xffe0e0e0,
     0xff263238},
    {kWhite, kWhite, kBlack, kWhite, kWhite, kWhite, kBlack, kWhite},
};

Scheme g_scheme = Scheme::Light;
qreal g_scale = 1.0;

const Colors &colors()
{
    switch (g_scheme) {
    case Scheme::Light:
        break;
    case Scheme::Dark:
        return kDark;
    case Scheme::HighContrast:
        return kHighContrast;
    }
    return kLight;
}

qreal linear(qreal channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

qreal luminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

} // namespace

void setScheme(Scheme scheme)
{
    g_scheme = scheme;
}

Scheme scheme()
{
    return g_scheme;
}

bool isDark()
{
    return g_scheme == Scheme::Dark;
}

void setScale(qreal scale)
{
    g_scale = std::clamp(scale, 0.5, 4.0);
}

qreal scale()
{
    return g_scale;
}

qreal lineWidth()
{
    return kLineWidth * g_scale;
}

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
    return QColor::fromRgb(colors().tones.at(static_cast<size_t>(tone)));
}

QColor toneTextColor(Tone tone)
{
    return QColor::fromRgb(colors().toneTexts.at(static_cast<size_t>(tone)));
}

QColor background()
{
    return QColor::fromRgb(colors().background);
}

QColor ink()
{
    return QColor::fromRgb(colors().ink);
}

QColor mutedInk()
{
    return QColor::fromRgb(colors().muted);
}

QColor objectFill()
{
    return QColor::fromRgb(colors().objectFill);
}

QColor panelFill()
{
    return QColor::fromRgb(colors().panelFill);
}

QColor captionFill()
{
    return QColor::fromRgb(colors().captionFill);
}

QColor highlight()
{
    return QColor::fromRgb(colors().highlight);
}

QColor gridLine()
{
    return QColor::fromRgb(colors().gridLine);
}

QColor fluid()
{
    return QColor::fromRgb(colors().fluid);
}

QColor cellFill()
{
    return QColor::fromRgb(colors().cellFill);
}

QColor emptyCellFill()
{
    return QColor::fromRgb(colors().emptyCellFill);
}

QColor passFill()
{
    return QColor::fromRgb(colors().passFill);
}

QColor blockFill()
{
    return QColor::fromRgb(colors().blockFill);
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor inkOn(const QColor &fill)
{
    const QColor dark = isDark() ? background() : ink();
    const QColor light = isDark() ? ink() : QColor(Qt::white);
    return contrastRatio(dark, fill) >= contrastRatio(light, fill) ? dark : light;
}

QColor readableOn(const QColor &color, const QColor &background)
{
    const qreal wanted = g_scheme == Scheme::HighContrast ? 7.0 : 4.5;
    const bool lighten = luminance(background) < 0.18;
    QColor c = color;
    // 12 steps of 15% reach black or white from any colour.
    for (int i = 0; i < 12 && contrastRatio(c, background) < wanted; ++i)
        c = lighten ? c.lighter(115) : c.darker(115);
    if (contrastRatio(c, background) < wanted)
        c = lighten ? QColor(Qt::white) : QColor(Qt::black);
    return c;
}

} // namespace CanvasStyle
