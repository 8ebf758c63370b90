#include "recordparser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <array>
#include <cstring>

namespace {

/// The context under which Qt Linguist collects this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EventDecoder)
};

// Beyond these the fast path hands the line to Qt's parser (which has its own limits).
constexpr int MaxMembers = 64;
constexpr int MaxDepth = 64;
constexpr size_t MaxInternedStrings = 10000;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

void skipSpace(const char *&p, const char *end)
{
    while (p < end && isSpace(*p))
        ++p;
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The checks below accept strict JSON only, in the subset where Qt's parser reads
// exactly what the JSON standard says (printable ASCII in strings, the standard
// escapes, integers of at most 18 digits); everything else goes to Qt's parser.

/// Bytes a string scan must stop at: the quote, the backslash, and what the fast
/// path leaves to Qt (control characters, DEL, anything beyond ASCII).
constexpr std::array<bool, 256> kStringStops = [] {
    std::array<bool, 256> stops{};
    for (int c = 0; c < 256; ++c)
        stops[static_cast<size_t>(c)] = c < 0x20 || c >= 0x7F || c == '"' || c == '\\';
    return stops;
}();

/// p at the opening quote; on success p is past the closing one.
bool skipString(const char *&p, const char *end, bool *escaped)
{
    for (++p; p < end; ++p) {
        const auto c = static_cast<uchar>(*p);
        if (!kStringStops[c])
            continue;
        if (c == '"') {
            ++p;
            return true;
        }
        if (c == '\\') {
            *escaped = true;
            if (++p >= end)
                return false;
            switch (*p) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                break;
            case 'u':
                if (end - p < 5 || !isHexDigit(p[1]) || !isHexDigit(p[2]) || !isHexDigit(p[3]) ||
                    !isHexDigit(p[4]))
                    return false;
                p += 4;
                break;
            default:
                return false;
            }
        } else if (c < 0x20 || c >= 0x7F) {
            return false;
        }
    }
    return false;
}

bool skipInteger(const char *&p, const char *end)
{
    if (*p == '-')
        ++p;
    const char *digits = p;
    while (p < end && *p >= '0' && *p <= '9')
        ++p;
    const auto count = p - digits;
    if (count < 1 || count > 18 || (count > 1 && *digits == '0'))
        return false;
    return p == end || (*p != '.' && *p != 'e' && *p != 'E');
}

bool skipLiteral(const char *&p, const char *end, const char *word, size_t size)
{
    if (static_cast<size_t>(end - p) < size || std::memcmp(p, word, size) != 0)
        return false;
    p += size;
    return true;
}

bool skipValue(const char *&p, const char *end, int depth);

bool skipContainer(const char *&p, const char *end, int depth, bool object)
{
    if (depth >= MaxDepth)
        return false;
    const char close = object ? '}' : ']';
    ++p;
    skipSpace(p, end);
    if (p < end && *p == close) {
        ++p;
        return true;
    }
    for (;;) {
        if (p >= end)
            return false;
        if (object) {
            bool escaped = false;
            if (*p != '"' || !skipString(p, end, &escaped))
                return false;
            skipSpace(p, end);
            if (p >= end || *p != ':')
                return false;
            ++p;
            skipSpace(p, end);
            if (p >= end)
                return false;
        }
        if (!skipValue(p, end, depth + 1))
            return false;
        skipSpace(p, end);
        if (p < end && *p == ',') {
            ++p;
            skipSpace(p, end);
            continue;
        }
        if (p < end && *p == close) {
            ++p;
            return true;
        }
        return false;
    }
}

bool skipValue(const char *&p, const char *end, int depth)
{
    bool escaped = false;
    switch (*p) {
    case '"':
        return skipString(p, end, &escaped);
    case 't':
        return skipLiteral(p, end, "true", 4);
    case 'f':
        return skipLiteral(p, end, "false", 5);
    case 'n':
        return skipLiteral(p, end, "null", 4);
    case '[':
        return skipContainer(p, end, depth, false);
    case '{':
        return skipContainer(p, end, depth, true);
    default:
        return (*p == '-' || (*p >= '0' && *p <= '9')) && skipInteger(p, end);
    }
}

Event::CommonField commonField(std::string_view key)
{
    switch (key.size()) {
    case 1:
        return key == "t" ? Event::TField : Event::CommonField(0);
    case 3:
        return key == "seq"   ? Event::SeqField
               : key == "pid" ? Event::PidField
               : key == "obj" ? Event::ObjField
                              : Event::CommonField(0);
    case 4:
        return key == "line"   ? Event::LineField
               : key == "kind" ? Event::KindField
                               : Event::CommonField(0);
    case 5:
        return key == "label"   ? Event::LabelField
               : key == "phase" ? Event::PhaseField
                                : Event::CommonField(0);
    default:
        return Event::CommonField(0);
    }
}

} // namespace

std::optional<Event> RecordParser::parse(QByteArrayView line, QString *error)
{
    Event event;
    if (parseOrdinary(line, &event))
        return event;
    return parseWithQt(line, error);
}

bool RecordParser::parseOrdinary(QByteArrayView line, Event *event)
{
    struct Member {
        std::string_view key;
        std::string_view value; // JSON text
        bool escaped;
    };
    Member members[MaxMembers];
    int count = 0;

    const char *p = line.data();
    const char *end = p + line.size();
    skipSpace(p, end);
    if (p >= end || *p != '{')
        return false;
    ++p;
    skipSpace(p, end);
    for (;;) {
        bool escaped = false;
        if (p >= end || *p != '"')
            return false;
        const char *keyStart = p + 1;
        if (!skipString(p, end, &escaped) || escaped)
            return false;
        const std::string_view key(keyStart, static_cast<size_t>(p - 1 - keyStart));
        skipSpace(p, end);
        if (p >= end || *p != ':')
            return false;
        ++p;
        skipSpace(p, end);
        if (p >= end)
            return false;
        const char *valueStart = p;
        if (*p == '"' ? !skipString(p, end, &escaped) : !skipValue(p, end, 0))
            return false;
        if (count == MaxMembers)
            return false;
        for (int i = 0; i < count; ++i) {
            if (members[i].key == key)
                return false; // Qt keeps the last one: let it
        }
        members[count++] = {key, std::string_view(valueStart, static_cast<size_t>(p - valueStart)),
                            escaped};
        skipSpace(p, end);
        if (p < end && *p == ',') {
            ++p;
            skipSpace(p, end);
            continue;
        }
        if (p < end && *p == '}') {
            ++p;
            break;
        }
        return false;
    }
    skipSpace(p, end);
    if (p != end)
        return false;

    // The common fields go to the members, the others to the text.
    char *const text = m_arena.reserve(line.size() + 2);
    qsizetype size = 0;
    text[size++] = '{';
    quint8 kept = 0;
    for (int i = 0; i < count; ++i) {
        const Member &m = members[i];
        const Event::CommonField field = commonField(m.key);
        qint64 number = 0;
        switch (field) {
        case Event::SeqField:
        case Event::TField:
        case Event::PidField:
        case Event::LineField:
            if (!EventText::parsePlainInteger(QByteArrayView(m.value.data(), m.value.size()),
                                              &number))
                return false;
            break;
        case Event::KindField:
        case Event::LabelField:
        case Event::PhaseField:
        case Event::ObjField:
            if (m.value.front() != '"' || m.escaped)
                return false;
            break;
        default:
            if (m.key == "type")
                return false; // hello, end or an error: Qt's parser says which
            break;
        }
        switch (field) {
        case Event::SeqField:
            event->seq = number;
            break;
        case Event::TField:
            event->t = number;
            break;
        case Event::PidField:
            event->pid = number;
            break;
        case Event::LineField:
            event->line = static_cast<int>(number);
            break;
        case Event::KindField:
            event->kind = intern(m.value.substr(1, m.value.size() - 2));
            break;
        case Event::LabelField:
            event->label = intern(m.value.substr(1, m.value.size() - 2));
            break;
        case Event::PhaseField:
            event->phase = intern(m.value.substr(1, m.value.size() - 2));
            break;
        case Event::ObjField:
            event->obj = intern(m.value.substr(1, m.value.size() - 2));
            break;
        default:
            break;
        }
        // A line number beyond int stays in the text, where it is exact.
        if (field && !(field == Event::LineField && event->line != number)) {
            kept |= field;
            continue;
        }
        if (size > 1)
            text[size++] = ',';
        text[size++] = '"';
        std::memcpy(text + size, m.key.data(), m.key.size());
        size += static_cast<qsizetype>(m.key.size());
        text[size++] = '"';
        text[size++] = ':';
        std::memcpy(text + size, m.value.data(), m.value.size());
        size += static_cast<qsizetype>(m.value.size());
    }
    // What the checks of parseWithQt() would refuse: leave the message to it.
    if (!(kept & Event::KindField) || event->kind.isEmpty() || !(kept & Event::SeqField) ||
        event->seq < 0)
        return false;
    text[size++] = '}';
    event->setText(size > 2 ? m_arena.commit(size, kept) : EventText({}, 0, 0, kept));
    return true;
}

std::optional<Event> RecordParser::parseWithQt(QByteArrayView line, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), line.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Tr::tr("invalid JSON at byte %1: %2")
                     .arg(parseError.offset + 1)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = Tr::tr("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const QJsonValue type = object.value(QLatin1String("type"));
    if (!type.isUndefined()) {
        const QString name = type.toString();
        if (name != QLatin1String("hello") && name != QLatin1String("end")) {
            *error = Tr::tr("unknown record type \"%1\" (expected hello or end)")
                         .arg(type.isString() ? name : Tr::tr("not a string"));
            return std::nullopt;
        }
        return Event::fromJson(object);
    }
    const QJsonValue kind = object.value(QLatin1String("kind"));
    if (!kind.isString() || kind.toString().isEmpty()) {
        *error = Tr::tr("record has neither a \"kind\" nor a \"type\"");
        return std::nullopt;
    }
    const QJsonValue seq = object.value(QLatin1String("seq"));
    if (seq.toInteger(-1) < 0) {
        *error = Tr::tr("event \"%1\" has no valid \"seq\" (a non-negative integer)")
                     .arg(kind.toString());
        return std::nullopt;
    }
    return Event::fromJson(object);
}

QString RecordParser::intern(std::string_view text)
{
    const auto it = m_strings.find(text);
    if (it != m_strings.end())
        return it->second;
    QString string = QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
    if (m_strings.size() < MaxInternedStrings)
        m_strings.emplace(std::string(text), string);
    return string;
}
