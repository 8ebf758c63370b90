#pragma once

#include <QColor>
#include <QFont>

/// Fonts, pens and colours of the canvas and the timeline, in one place so that
/// every item reads the same from the back of a lecture hall: large text, thick
/// lines, and a state always shown in colour *and* in words.
///
/// The colours come in three schemes: light and dark (following the desktop,
/// see AppPalette) and high contrast (presenter mode: black on white, every word
/// at least 7:1 against what it is drawn on). scale() enlarges lines, and the
/// canvas and timeline views, for a projector. Items read these when they paint,
/// so a change shows at the next repaint.
namespace CanvasStyle {

enum class Scheme { Light, Dark, HighContrast };

void setScheme(Scheme scheme);
Scheme scheme();
/// True when text is light on a dark background.
bool isDark();

/// Presenter mode's enlargement (1 = normal): line widths here, and the zoom of
/// the canvas and timeline views.
void setScale(qreal scale);
qreal scale();

/// How a process looks: each value has its own colour and is always paired with
/// a text such as "blocked in read()".
enum class Tone { Running, Ready, Blocked, Sleeping, Zombie, Exited, Reaped, Engine };

QFont titleFont(); // process labels, object titles
QFont bodyFont();  // PIDs, paths, values
QFont smallFont(); // secondary details
QFont monoFont();  // bytes (hex / text strips)

QColor toneColor(Tone tone);     // badge background
QColor toneTextColor(Tone tone); // badge text, readable on toneColor()

/// Outline width at scale 1; draw with lineWidth().
constexpr qreal kLineWidth = 3.0;
constexpr qreal kRadius = 10.0;
/// Width of outlines and edges: kLineWidth × scale().
qreal lineWidth();

QColor background();
QColor ink();           // main text
QColor mutedInk();      // secondary text
QColor objectFill();    // process cards
QColor panelFill();     // IPC object cards
QColor captionFill();   // labels drawn over edges and arrows
QColor highlight();     // changed bytes, selection
QColor gridLine();      // timeline ticks, memory cell borders
QColor fluid();         // bytes queued in a pipe
QColor cellFill();      // a byte of shared memory
QColor emptyCellFill(); // past the end of a segment
QColor passFill();      // a semaphore that lets sem_wait() through
QColor blockFill();     // a semaphore that blocks sem_wait()

/// WCAG 2 contrast ratio of two colours: 1 (same) to 21 (black on white).
qreal contrastRatio(const QColor &a, const QColor &b);
/// The text colour for words drawn on @p fill: the scheme's ink or its opposite,
/// whichever contrasts more.
QColor inkOn(const QColor &fill);
/// @p color darkened (or, on a dark background, lightened) just enough to be read
/// as text on @p background: 7:1 in high contrast, 4.5:1 otherwise.
QColor readableOn(const QColor &color, const QColor &background);

} // namespace CanvasStyle
