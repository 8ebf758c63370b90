#include "eventtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>

namespace {

/// Skips one value of a text known to be valid JSON: p is at its first byte;
/// returns one past its last byte.
const char *skipValue(const char *p, const char *end)
{
    int depth = 0;
    do {
        switch (*p) {
        case '"':
            // The next quote that no backslash escapes closes the string.
            for (++p;;) {
                const auto *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
                if (!quote)
                    return end;
                qsizetype backslashes = 0;
                while (quote - backslashes > p && quote[-backslashes - 1] == '\\')
                    ++backslashes;
                p = quote + 1;
                if (backslashes % 2 == 0)
                    break;
            }
            break;
        case '[':
        case '{':
            ++depth;
            ++p;
            break;
        case ']':
        case '}':
            --depth;
            ++p;
            break;
        default:
            if (depth == 0) {
                // A number or literal at the top: up to the next delimiter.
                while (p < end && *p != ',' && *p != '}' && *p != ']')
                    ++p;
                return p;
            }
            ++p;
        }
    } while (depth > 0 && p < end);
    return p;
}

bool keyEquals(QByteArrayView key, QLatin1StringView wanted)
{
    return key.size() == wanted.size() && std::memcmp(key.data(), wanted.data(), key.size()) == 0;
}

bool keyEquals(QByteArrayView key, QStringView wanted)
{
    if (key.size() != wanted.size())
        return false; // only ASCII keys compare this way; see findKey()
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (static_cast<uchar>(key[i]) != wanted[i].unicode())
            return false;
    }
    return true;
}

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

EventText::EventText(QExplicitlySharedDataPointer<EventTextBlock> block, qsizetype offset,
                     qsizetype size, quint8 keptFields)
    : m_block(std::move(block)), m_offset(static_cast<quint32>(offset) & 0xFFFFFFu),
      m_kept(keptFields), m_size(static_cast<quint32>(size))
{
    Q_ASSERT(offset < (qsizetype(1) << 24));
}

EventText EventText::fromObject(const QJsonObject &fields)
{
    if (fields.isEmpty())
        return {};
    const QByteArray json = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    QExplicitlySharedDataPointer<EventTextBlock> block(new EventTextBlock(json.size()));
    std::memcpy(block->data(), json.constData(), static_cast<size_t>(json.size()));
    block->setUsed(json.size());
    return EventText(std::move(block), 0, json.size(), 0);
}

template <typename Key> QByteArrayView EventText::findKey(Key wanted) const
{
    const QByteArrayView text = json();
    if (text.size() < 2)
        return {};
    const char *p = text.data() + 1;                 // after '{'
    const char *end = text.data() + text.size() - 1; // at '}'
    while (p < end) {
        // "key":value, then ',' or the end.
        const char *keyStart = ++p;
        bool escaped = false;
        while (*p != '"') {
            if (*p == '\\') {
                escaped = true;
                ++p;
            }
            ++p;
        }
        const QByteArrayView key(keyStart, p - keyStart);
        const char *valueStart = p + 2; // past '"' and ':'
        const char *valueEnd = skipValue(valueStart, end);
        const bool match =
            escaped ? decodeString(QByteArrayView(keyStart - 1, key.size() + 2)) == wanted
                    : keyEquals(key, wanted);
        if (match)
            return QByteArrayView(valueStart, valueEnd - valueStart);
        p = valueEnd + 1; // past ','
    }
    return {};
}

QByteArrayView EventText::find(QLatin1StringView key) const
{
    return findKey(key);
}

QByteArrayView EventText::find(QStringView key) const
{
    if (isAscii(key))
        return findKey(key);
    // A key beyond ASCII is UTF-8 in the text.
    const QByteArray utf8 = key.toUtf8();
    return findKey(QLatin1StringView(utf8.constData(), utf8.size()));
}

QJsonObject EventText::toObject() const
{
    const QByteArrayView text = json();
    if (text.isEmpty())
        return {};
    return QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size())).object();
}

bool EventText::parsePlainInteger(QByteArrayView json, qint64 *value)
{
    qsizetype i = 0;
    const bool negative = !json.isEmpty() && json[0] == '-';
    if (negative)
        ++i;
    const qsizetype digits = json.size() - i;
    if (digits < 1 || digits > 18 || (digits > 1 && json[i] == '0'))
        return false;
    qint64 result = 0;
    for (; i < json.size(); ++i) {
        const char c = json[i];
        if (c < '0' || c > '9')
            return false;
        result = result * 10 + (c - '0');
    }
    *value = negative ? -result : result;
    return true;
}

QString EventText::decodeString(QByteArrayView json)
{
    if (json.size() < 2)
        return {};
    const QByteArrayView content = json.sliced(1, json.size() - 2);
    bool plain = true;
    bool ascii = true;
    for (const char c : content) {
        if (c == '\\')
            plain = false;
        else if (static_cast<uchar>(c) >= 0x80)
            ascii = false;
    }
    if (plain)
        return ascii ? QString::fromLatin1(content) : QString::fromUtf8(content);
    QString out;
    out.reserve(content.size());
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < content.size(); ++i) {
        if (content[i] != '\\')
            continue;
        out += QString::fromUtf8(content.sliced(runStart, i - runStart));
        const char e = content[++i];
        switch (e) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            int unit = 0;
            for (int k = 1; k <= 4; ++k)
                unit = unit * 16 + hexValue(content[i + k]);
            out += QChar(static_cast<char16_t>(unit));
            i += 4;
            break;
        }
        default: // '"', '\\', '/'
            out += QLatin1Char(e);
        }
        runStart = i + 1;
    }
    out += QString::fromUtf8(content.sliced(runStart));
    return out;
}

QJsonValue EventText::decodeValue(QByteArrayView json)
{
    if (json.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    switch (json[0]) {
    case '"':
        return decodeString(json);
    case 't':
        return true;
    case 'f':
        return false;
    case 'n':
        return QJsonValue(QJsonValue::Null);
    case '{':
        return QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size())).object();
    case '[':
        return QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size())).array();
    default:
        break;
    }
    qint64 integer = 0;
    if (parsePlainInteger(json, &integer))
        return integer;
    // Fractions, exponents, long integers: exactly as Qt reads them.
    const QByteArray wrapped = '[' + json.toByteArray() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0);
}

char *EventTextArena::reserve(qsizetype maxSize)
{
    if (!m_block || m_block->capacity() - m_block->used() < maxSize) {
        const qsizetype bytes = std::max(maxSize, m_nextBlockBytes);
        m_nextBlockBytes = std::min(m_nextBlockBytes * 2, BlockBytes);
        m_block = QExplicitlySharedDataPointer<EventTextBlock>(new EventTextBlock(bytes));
    }
    return m_block->data() + m_block->used();
}

EventText EventTextArena::commit(qsizetype size, quint8 keptFields)
{
    const qsizetype offset = m_block->used();
    m_block->setUsed(offset + size);
    return EventText(m_block, offset, size, keptFields);
}
