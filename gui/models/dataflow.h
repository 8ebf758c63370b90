#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// Something that moved because of the last applied event, for the canvas to
/// animate: data from a writer into an object, data from an object to a reader
/// (with the writer it came from, when known), or a signal from sender to target.
struct DataFlow {
    enum class Kind {
        Write,  // process `from` put data into object `obj`
        Read,   // object `obj` gave data to process `to` (origin: `from`, may be empty)
        Signal, // process `from` (or "" for the user/engine) sent `signal` to `to`
    };
    Kind kind = Kind::Write;
    QString from; // label; empty for the user (through the engine) or an unknown writer
    QString to;   // label
    QString obj;
    qint64 bytes = 0;
    QByteArray data; // preview of what moved
    QString signal;  // "SIGUSR1" for Signal flows
    qint64 seq = -1; // the event that caused it

    bool operator==(const DataFlow &) const = default;
};

using DataFlowList = QList<DataFlow>;
