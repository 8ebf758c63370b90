#include "eventdecoder.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLoggingCategory>
#include <algorithm>
#include <climits>
#include <cstring>
#include <utility>

Q_LOGGING_CATEGORY(lcDecoder, "ipcviz.decoder")

namespace {

// A garbage stream must not grow the error list without bound; the count of the
// errors left out is still reported once.
constexpr qsizetype MaxStoredErrors = 1000;

/// The context under which Qt Linguist collects this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EventDecoder)
};

QByteArrayView chopCarriageReturn(QByteArrayView line)
{
    if (!line.isEmpty() && line.back() == '\r')
        line.chop(1);
    return line;
}

bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

} // namespace

std::optional<Event> EventDecoder::decodeLine(QByteArrayView line, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    line = chopCarriageReturn(line);
    if (line.size() > MaxLineBytes - 1) {
        message = Tr::tr("line is %1 bytes long; the limit is %2 bytes")
                      .arg(line.size() + 1)
                      .arg(MaxLineBytes);
        return std::nullopt;
    }
    if (isBlank(line)) {
        message = Tr::tr("empty line");
        return std::nullopt;
    }
    RecordParser parser;
    return parser.parse(line, &message);
}

void EventDecoder::feed(QByteArrayView bytes)
{
    qsizetype pos = 0;
    while (pos < bytes.size() && !m_refused) {
        const char *start = bytes.data() + pos;
        const auto *newline =
            static_cast<const char *>(std::memchr(start, '\n', size_t(bytes.size() - pos)));
        if (!newline) {
            const QByteArrayView rest = bytes.sliced(pos);
            if (m_discarding)
                return;
            // Anything beyond the limit (plus room for a '\r') can only be an error:
            // drop it now rather than buffer an endless line.
            if (m_buffer.size() + rest.size() > MaxLineBytes) {
                QByteArray excerpt = m_buffer;
                excerpt.append(rest.first(qMin(rest.size(), ExcerptBytes)));
                addError(Tr::tr("line is longer than %1 bytes; skipped").arg(MaxLineBytes), excerpt,
                         m_lineNumber + 1);
                m_discarding = true;
                m_buffer.clear();
            } else {
                m_buffer.append(rest);
            }
            return;
        }
        const QByteArrayView piece(start, newline - start);
        pos += piece.size() + 1;
        ++m_lineNumber;
        if (m_discarding) {
            m_discarding = false;
            continue;
        }
        if (m_buffer.isEmpty()) {
            decodeCompleteLine(piece);
        } else if (m_buffer.size() + piece.size() > MaxLineBytes) {
            QByteArray excerpt = m_buffer;
            addError(Tr::tr("line is %1 bytes long; the limit is %2 bytes; skipped")
                         .arg(m_buffer.size() + piece.size() + 1)
                         .arg(MaxLineBytes),
                     excerpt);
            m_buffer.clear();
        } else {
            m_buffer.append(piece);
            const QByteArray line = std::exchange(m_buffer, {});
            decodeCompleteLine(line);
        }
    }
}

void EventDecoder::finish()
{
    if (m_discarding) {
        m_discarding = false;
        ++m_lineNumber;
        return;
    }
    if (m_buffer.isEmpty() || m_refused)
        return;
    ++m_lineNumber;
    const QByteArray line = std::exchange(m_buffer, {});
    decodeCompleteLine(line);
}

void EventDecoder::reset()
{
    *this = EventDecoder();
}

void EventDecoder::continueStream()
{
    reset();
    m_continuation = true;
}

bool EventDecoder::append(EventDecoder &&rest)
{
    // What decoding the whole stream in one go would have found, or refuse.
    const bool followsOn = rest.m_continuation && rest.m_errorCount == 0 && !rest.m_refused &&
                           !rest.m_helloInContinuation && m_hello && !m_refused && !m_seenEnd &&
                           !m_discarding && m_buffer.isEmpty() &&
                           (!rest.m_assumedLastSeq || *rest.m_assumedLastSeq == m_lastSeq);
    if (!followsOn)
        return false;
    m_events.append(std::move(rest.m_events));
    m_lineNumber += rest.m_lineNumber;
    if (rest.m_assumedLastSeq)
        m_lastSeq = rest.m_lastSeq;
    m_seenEnd = rest.m_seenEnd;
    m_buffer = std::move(rest.m_buffer);
    m_discarding = rest.m_discarding;
    rest.reset();
    return true;
}

EventList EventDecoder::takeEvents()
{
    return std::exchange(m_events, {});
}

DecodeErrorList EventDecoder::takeErrors()
{
    if (m_suppressedErrors > 0) {
        m_errors.append(DecodeError{
            m_lineNumber,
            Tr::tr("%n more error(s) not listed", nullptr, static_cast<int>(m_suppressedErrors)),
            {}});
        m_suppressedErrors = 0;
    }
    m_storedErrors = 0;
    return std::exchange(m_errors, {});
}

void EventDecoder::addError(const QString &message, QByteArrayView line, qint64 lineNumber)
{
    if (lineNumber < 0)
        lineNumber = m_lineNumber;
    ++m_errorCount;
    if (m_storedErrors >= MaxStoredErrors) {
        ++m_suppressedErrors;
        return;
    }
    ++m_storedErrors;
    qCDebug(lcDecoder) << "line" << lineNumber << message;
    m_errors.append(DecodeError{lineNumber, message,
                                line.first(qMin(line.size(), ExcerptBytes)).toByteArray()});
}

void EventDecoder::decodeCompleteLine(QByteArrayView rawLine)
{
    const QByteArrayView line = chopCarriageReturn(rawLine);
    if (isBlank(line))
        return;
    if (line.size() > MaxLineBytes - 1) {
        addError(Tr::tr("line is %1 bytes long; the limit is %2 bytes; skipped")
                     .arg(line.size() + 1)
                     .arg(MaxLineBytes),
                 line);
        return;
    }
    QString message;
    std::optional<Event> record = m_parser.parse(line, &message);
    if (!record) {
        addError(message, line);
        return;
    }
    Event &event = *record;

    if (event.isHello()) {
        if (m_continuation) {
            // Part of a stream cut in two should have no hello: append() refuses it.
            m_helloInContinuation = true;
            return;
        }
        if (m_hello) {
            addError(Tr::tr("second hello record; ignored"), line);
            return;
        }
        const QJsonValue protocol = event.value(QLatin1String("protocol"));
        const qint64 version = protocol.toInteger(-1);
        if (version > ProtocolVersion) {
            addError(Tr::tr("the stream uses protocol version %1, but this version of ipcviz "
                            "understands only version %2: update ipcviz")
                         .arg(version)
                         .arg(ProtocolVersion),
                     line);
            m_refused = true;
            m_buffer.clear();
            return;
        }
        if (version < 1)
            addError(Tr::tr("hello record without a valid protocol version; assuming %1")
                         .arg(ProtocolVersion),
                     line);
        if (!m_events.isEmpty() || m_lastSeq >= 0)
            addError(Tr::tr("hello record is not the first record"), line);
        m_hello = event;
        m_events.append(std::move(event));
        return;
    }
    if (event.isEndRecord()) {
        if (m_seenEnd) {
            addError(Tr::tr("second end record; ignored"), line);
            return;
        }
        m_seenEnd = true;
        m_events.append(std::move(event));
        return;
    }

    if (!m_hello && !m_continuation && !m_reportedNoHello) {
        m_reportedNoHello = true;
        addError(Tr::tr("event before the hello record"), line);
    }
    if (m_continuation && !m_assumedLastSeq) {
        // The first part is assumed to end just before this event (append() checks).
        m_assumedLastSeq = event.seq - 1;
        m_lastSeq = event.seq - 1;
    }
    if (m_seenEnd)
        addError(Tr::tr("event after the end record"), line);
    const qint64 expected = m_lastSeq + 1;
    if (m_lastSeq < 0 && event.seq != 0) {
        addError(Tr::tr("first seq is %n, expected 0: %n event(s) missing", nullptr,
                        static_cast<int>(std::min<qint64>(event.seq, INT_MAX))),
                 line);
    } else if (event.seq > expected) {
        addError(Tr::tr("seq jumps from %1 to %2: %n event(s) missing", nullptr,
                        static_cast<int>(std::min<qint64>(event.seq - expected, INT_MAX)))
                     .arg(m_lastSeq)
                     .arg(event.seq),
                 line);
    } else if (event.seq < expected) {
        addError(
            Tr::tr("seq %1 comes after %2: out of order or repeated").arg(event.seq).arg(m_lastSeq),
            line);
    }
    // A late event must not make every following one look out of order.
    m_lastSeq = qMax(m_lastSeq, event.seq);
    m_events.append(std::move(event));
}
