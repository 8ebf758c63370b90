#pragma once

#include <QColor>
#include <QFont>

/// Fonts, pens and state colours of the canvas and the timeline, in one place so
/// that every item reads the same from the back of a lecture hall: large text,
/// thick lines, and a state always shown in colour *and* in words.
namespace CanvasStyle {

/// How a process looks: each value has its own colour and is always paired with
/// a text such as "blocked in read()".
enum class Tone { Running, Ready, Blocked, Sleeping, Zombie, Exited, Reaped, Engine };

QFont titleFont(); // process labels, object titles
QFont bodyFont();  // PIDs, paths, values
QFont smallFont(); // secondary details
QFont monoFont();  // bytes (hex / text strips)

QColor toneColor(Tone tone);     // badge background
QColor toneTextColor(Tone tone); // badge text, readable on toneColor()

constexpr qreal kLineWidth = 3.0;
constexpr qreal kRadius = 10.0;

QColor background();
QColor ink();      // main text
QColor mutedInk(); // secondary text
QColor objectFill();
QColor highlight(); // changed bytes, selection

} // namespace CanvasStyle
