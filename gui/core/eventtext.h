#pragma once

#include <QByteArrayView>
#include <QExplicitlySharedDataPointer>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QSharedData>
#include <QString>
#include <QStringView>
#include <memory>

/// Storage shared by the texts of many events: one allocation holds the fields of
/// hundreds of consecutive events, instead of one QJsonObject (and its heap blocks)
/// per event. Filled front to back by EventTextArena, never moved or changed after.
class EventTextBlock : public QSharedData {
public:
    explicit EventTextBlock(qsizetype capacity)
        : m_data(std::make_unique<char[]>(static_cast<size_t>(capacity))), m_capacity(capacity)
    {}

    char *data() const { return m_data.get(); }
    qsizetype capacity() const { return m_capacity; }
    qsizetype used() const { return m_used; }
    void setUsed(qsizetype used) { m_used = used; }

private:
    std::unique_ptr<char[]> m_data;
    qsizetype m_capacity;
    qsizetype m_used = 0;
};

/// The fields of one event record as compact JSON text ("{"fd":4,"bytes":64}"): no
/// space between members, each key once, strict JSON (what Qt's parser and writer
/// agree on). One field is found by scanning the text (find(), value()), without
/// decoding the others; toObject() decodes them all. The common fields an Event
/// holds in its members can be left out of the text: keptFields() says which (see
/// Event::CommonField). A default EventText is the empty object.
class EventText {
public:
    EventText() = default;
    EventText(QExplicitlySharedDataPointer<EventTextBlock> block, qsizetype offset, qsizetype size,
              quint8 keptFields);

    /// The canonical text of @p fields (Qt's compact JSON), nothing left out.
    static EventText fromObject(const QJsonObject &fields);

    /// The whole text, "{...}" (empty view for the empty object).
    QByteArrayView json() const
    {
        return m_block ? QByteArrayView(m_block->data() + m_offset, m_size) : QByteArrayView();
    }
    quint8 keptFields() const { return m_kept; }

    /// The JSON text of the value of top-level @p key; a null view when absent.
    QByteArrayView find(QLatin1StringView key) const;
    QByteArrayView find(QStringView key) const;
    /// Every field in the text (the kept ones are not in it).
    QJsonObject toObject() const;

    /// Decodes one JSON value as Qt's parser would; Undefined for a null view.
    static QJsonValue decodeValue(QByteArrayView json);
    /// Decodes a JSON string token (with its quotes).
    static QString decodeString(QByteArrayView json);
    /// A JSON number token that is a plain integer of at most 18 digits: its value.
    static bool parsePlainInteger(QByteArrayView json, qint64 *value);

private:
    template <typename Key> QByteArrayView findKey(Key key) const;

    QExplicitlySharedDataPointer<EventTextBlock> m_block;
    quint32 m_offset : 24 = 0; // blocks hold at most 16 MiB (EventTextArena::BlockBytes)
    quint32 m_kept : 8 = 0;
    quint32 m_size = 0;
};

/// Where a decoder writes the texts of the events it makes: blocks of BlockBytes,
/// each shared by the events whose text it holds and freed with the last of them.
class EventTextArena {
public:
    static constexpr qsizetype BlockBytes = 64 * 1024;

    /// Room for a text of at most @p maxSize bytes; write it there, then commit().
    char *reserve(qsizetype maxSize);
    /// The text of @p size bytes just written at reserve()'s pointer.
    EventText commit(qsizetype size, quint8 keptFields);

private:
    QExplicitlySharedDataPointer<EventTextBlock> m_block;
    qsizetype m_nextBlockBytes = 1024; // small streams stay small
};
