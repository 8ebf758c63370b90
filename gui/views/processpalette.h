#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

/// The colours that identify processes, shared by the canvas, the timeline and
/// the console so that a student can follow one process across every view. A
/// label gets the next colour of a fixed palette the first time it is seen, so
/// for one run (live or replayed) the same label always has the same colour.
class ProcessPalette {
public:
    /// Number of distinct colours before they repeat.
    static int size();
    /// The palette colour at @p index (wraps around).
    static QColor colorAt(int index);

    /// Gives @p label a colour if it has none yet; returns its index.
    int assign(const QString &label);
    /// Assigns colours to @p labels in order (labels already known keep theirs).
    void assignAll(const QStringList &labels);
    /// Forgets every assignment (a new run starts).
    void clear();

    /// Fill/stroke colour of @p label; unknown labels get a stable colour from a hash.
    QColor color(const QString &label) const;
    /// A shade of color() that stays readable as text on the canvas background.
    QColor textColor(const QString &label) const;

private:
    QHash<QString, int> m_index;
};
