#pragma once

#include "canvasstyle.h"

#include <QCoreApplication>
#include <QString>

struct ProcessState;

/// The words and colour for a process's state, the same on the canvas badge, in
/// the inspector and in tooltips: "blocked in read()", "zombie (code 0)",
/// "exited (killed by SIGTERM)".
class ProcessDescriber {
    Q_DECLARE_TR_FUNCTIONS(ProcessDescriber)
public:
    static QString stateText(const ProcessState &process);
    static CanvasStyle::Tone tone(const ProcessState &process);
    /// "code 3" / "killed by SIGKILL" / empty while it has not ended.
    static QString howItEnded(const ProcessState &process);
};
