#pragma once

#include "exporter.h"

/// The run as plain text: a heading (scenario, parameters, how it ended), then
/// one line per event in the same plain words as the app's event log
/// ("[  12.345 ms] main.1 read 14 bytes from pipe#1: …"), then what the
/// processes printed. For handouts, mail, and terminals without a display.
class TextExporter : public Exporter {
public:
    bool write(const Event &hello, const EventList &events, const std::optional<Event> &end,
               QIODevice &out) override;

    static QString toText(const Event &hello, const EventList &events,
                          const std::optional<Event> &end);
};
