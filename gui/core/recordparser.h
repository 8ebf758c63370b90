#pragma once

#include "event.h"
#include "eventtext.h"

#include <QByteArrayView>
#include <QString>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

/// Turns one line of the event stream into an Event, or says what is wrong with it
/// (translated). Ordinary records (plain ASCII, integers, no `type`, each key once:
/// everything the engine writes) take a fast path that checks the JSON and picks
/// the common fields without building a QJsonObject; anything else goes through
/// Qt's JSON parser, so both give the same Event and the same messages. The texts
/// of the events go to the parser's EventTextArena; repeated kinds, labels, phases
/// and object ids share one QString. No stream state: EventDecoder has that.
class RecordParser {
public:
    std::optional<Event> parse(QByteArrayView line, QString *error);

private:
    /// The fast path; false when the line needs Qt's parser (it may still be valid).
    bool parseOrdinary(QByteArrayView line, Event *event);
    static std::optional<Event> parseWithQt(QByteArrayView line, QString *error);
    QString intern(std::string_view text);

    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>()(text);
        }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_strings;
    EventTextArena m_arena;
};
