#pragma once

#include "core/event.h"

#include <QLoggingCategory>
#include <QSize>
#include <QString>
#include <optional>

class QIODevice;

Q_DECLARE_LOGGING_CATEGORY(lcExport)

/// Settings that some export formats use; the others ignore them.
struct ExportOptions {
    /// svg/png: draw the state right after the event with this seq; -1 = the end.
    qint64 atSeq = -1;
    /// png: pixels (1920x1080 suits slides); svg: the size of the drawing.
    QSize size = QSize(1920, 1080);
    /// c: the engine to ask; empty = next to the application, then PATH.
    QString enginePath;
    /// mermaid: at most this many messages, then one note saying how many were left out.
    int maxMessages = 300;
};

/// One export format: turns a run (hello, events, end, as TraceFile loads and
/// saves them) into bytes written to a device. An exporter never throws and never
/// crashes on damaged input; when it cannot produce its output, write() returns
/// false and errorString() says why in words a user understands.
class Exporter {
public:
    virtual ~Exporter();

    /// Writes the export of one run into `out` (already open for writing).
    virtual bool write(const Event &hello, const EventList &events, const std::optional<Event> &end,
                       QIODevice &out) = 0;

    /// Why the last write() failed (translated); empty after a success.
    QString errorString() const { return m_errorString; }

protected:
    Exporter() = default;
    bool fail(const QString &message);
    /// Writes all of `bytes`; on a short write fails with the device's error.
    bool writeAll(QIODevice &out, const QByteArray &bytes);
    void clearError() { m_errorString.clear(); }

private:
    QString m_errorString;
};
