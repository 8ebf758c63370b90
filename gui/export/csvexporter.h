#pragma once

#include "exporter.h"

#include <QStringList>

/// Comma-separated values for spreadsheets: one row per event (hello and end are
/// not events and have no row), a header of every field seen (the common ones
/// first: seq, t, pid, label, kind, phase, obj, line; then the others sorted),
/// quoted as RFC 4180 says (CRLF line ends, "" for a quote). Nested values
/// (arrays, objects) are written as compact JSON; absent fields are empty cells.
class CsvExporter : public Exporter {
public:
    bool write(const Event &hello, const EventList &events, const std::optional<Event> &end,
               QIODevice &out) override;

    /// The column names for these events, in output order.
    static QStringList columns(const EventList &events);
    /// The whole CSV text.
    static QByteArray toCsv(const EventList &events);
    /// One cell, quoted when it contains a comma, a quote, CR or LF.
    static QString quote(const QString &cell);
};
