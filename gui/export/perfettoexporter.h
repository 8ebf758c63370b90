#pragma once

#include "exporter.h"

#include <QJsonDocument>

/// Chrome Trace Event JSON (object form, `displayTimeUnit` "ns") that
/// ui.perfetto.dev and chrome://tracing open. Each scenario process is a Perfetto
/// process (and one thread) whose ids are the real PIDs, named "label (PID)".
/// Every begin/end pair is one complete slice ("X"), so time spent blocked is a
/// long slice; other events are instants ("i"). Flow arrows ("s"/"f") join each
/// pipe or FIFO write to every read that returned some of its bytes (the k-th byte
/// written into an object is the k-th byte read from it) and each signal.send to
/// its signal.deliver. See docs/perfetto.md.
class PerfettoExporter : public Exporter {
public:
    bool write(const Event &hello, const EventList &events, const std::optional<Event> &end,
               QIODevice &out) override;

    /// The whole trace document.
    static QJsonDocument toJson(const Event &hello, const EventList &events,
                                const std::optional<Event> &end);
};
