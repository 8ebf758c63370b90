#pragma once

#include "exporter.h"

#include <QCoreApplication>

/// A Mermaid `sequenceDiagram` of a run, for slides and notes: processes and IPC
/// objects are participants (declared before use, ids made of letters, digits and
/// `_`, display names escaped with Mermaid entity codes); fork, exec, exit, wait,
/// writes into an object, reads out of it (with a short data preview), semaphore
/// operations and signals are messages; zombies and signal handlers are notes.
/// The output depends only on the trace. After `maxMessages` messages the rest is
/// left out and a final note says how many, so that a diagram stays readable.
class MermaidExporter : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(MermaidExporter)

public:
    static constexpr int DefaultMaxMessages = 300;
    static constexpr int PreviewChars = 24;

    explicit MermaidExporter(int maxMessages = DefaultMaxMessages);

    bool write(const Event &hello, const EventList &events, const std::optional<Event> &end,
               QIODevice &out) override;

    static QString toMermaid(const Event &hello, const EventList &events,
                             const std::optional<Event> &end, int maxMessages = DefaultMaxMessages);
    /// Text made safe for a Mermaid message, note or display name: control
    /// characters as C escapes, and `#`, `;`, `<`, `>`, `"` as entity codes.
    static QString escapeText(const QString &text);
    /// A participant id: letters, digits and `_` only, never starting with a digit.
    static QString sanitizeId(const QString &name);

private:
    int m_maxMessages;
};
