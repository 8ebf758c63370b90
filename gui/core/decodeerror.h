#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// A problem found while decoding an event stream or a trace file: where it is
/// (1-based physical line number), what is wrong (translated, plain words) and
/// the first bytes of the offending line. A value type, never thrown.
struct DecodeError {
    qint64 lineNumber = 0;
    QString message;
    QByteArray excerpt; // at most EventDecoder::ExcerptBytes of the line

    /// "line 12: invalid JSON (...)" for logs and message boxes.
    QString toString() const;
};

using DecodeErrorList = QList<DecodeError>;
