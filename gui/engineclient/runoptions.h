#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/// How to start one run of `ipcviz-engine run` (see DESIGN.md, "Engine command
/// line"): the scenario (built-in id or file path) and the options. A value type.
struct RunOptions {
    QString scenario;                      // built-in id ("pipe-messages") or path of a .ipcv file
    bool step = false;                     // --step: start paused at the first gate
    int paceMs = 0;                        // --pace MS when > 0
    int timeoutSeconds = 0;                // --timeout S when > 0 (engine default otherwise: 30)
    QString traceFile;                     // --trace FILE when not empty
    QString scheduleFile;                  // --schedule TRACE when not empty: replay its releases
    QList<QPair<QString, QString>> params; // --param K=V, in order

    /// The engine's argument list: {"run", scenario, options...}.
    QStringList arguments() const;
};
