#pragma once

#include <QCoreApplication>
#include <QString>

struct Event;

/// Turns events into translated plain-words sentences for the log, tooltips and
/// the inspector: "main.1 read 14 bytes from pipe#1: "Hello, world.\n"",
/// "main forked main.1 (PID 4251)", "main.1 became a zombie". Every kind of
/// engine/PROTOCOL.md has a sentence; unknown kinds get a generic one.
class EventDescriber {
    Q_DECLARE_TR_FUNCTIONS(EventDescriber)
public:
    static constexpr int MaxPreviewChars = 60;

    /// One sentence about the event (hello and end records included).
    static QString describe(const Event &event);
    /// What a process at a step gate will do next, from its gate.wait event:
    /// "will read up to 1024 bytes from pipe#1 (fd 3)".
    static QString describeGate(const Event &gateWait);
    /// "main.1" or, when no label, "PID 4251".
    static QString who(const Event &event);
    /// A data preview quoted and C-escaped for one line: "\"Hello, world.\\n\"",
    /// cut at MaxPreviewChars with an ellipsis.
    static QString quotePreview(const QString &data, bool truncated = false);
};
