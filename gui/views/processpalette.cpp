#include "processpalette.h"

#include "canvasstyle.h"

#include <array>

namespace {
// Tableau 10, reordered so that neighbours in a tree (main, main.1, main.2) differ
// strongly; every colour is distinguishable for the common colour-vision deficiencies
// when combined with the label text that always accompanies it.
constexpr std::array<QRgb, 10> kColors = {
    0xff4e79a7, // blue
    0xfff28e2b, // orange
    0xff59a14f, // green
    0xffe15759, // red
    0xffb07aa1, // purple
    0xff76b7b2, // teal
    0xffedc948, // yellow
    0xff9c755f, // brown
    0xffff9da7, // pink
    0xff7f7f7f, // grey
};
} // namespace

int ProcessPalette::size()
{
    return static_cast<int>(kColors.size());
}

QColor ProcessPalette::colorAt(int index)
{
    const int n = size();
    return QColor::fromRgb(kColors[static_cast<size_t>(((index % n) + n) % n)]);
}

int ProcessPalette::assign(const QString &label)
{
    const auto it = m_index.constFind(label);
    if (it != m_index.constEnd())
        return it.value();
    const int index = static_cast<int>(m_index.size());
    m_index.insert(label, index);
    return index;
}

void ProcessPalette::assignAll(const QStringList &labels)
{
    for (const QString &label : labels)
        assign(label);
}

void ProcessPalette::clear()
{
    m_index.clear();
}

QColor ProcessPalette::color(const QString &label) const
{
    const auto it = m_index.constFind(label);
    if (it != m_index.constEnd())
        return colorAt(it.value());
    return colorAt(static_cast<int>(qHash(label) % static_cast<size_t>(size())));
}

QColor ProcessPalette::textColor(const QString &label) const
{
    // Light entries (yellow, pink) need darkening on white, dark ones lightening on black.
    return CanvasStyle::readableOn(color(label), CanvasStyle::background());
}
