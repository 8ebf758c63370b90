#pragma once
// Messages the app can translate. The engine writes every message in English
// (`message`) and, next to it, the same message as a template with numbered
// placeholders and its arguments (`template`, `args`; engine/PROTOCOL.md,
// "Translatable messages"). An argument is user data (a name, a number), kept
// as written, or another template, translated in its turn.
//
// Every template is written as a string literal inside EMSG(...) or
// EMSG_NOOP(...), so that scripts/update-translations can collect them all for
// the translators (translations/engine-strings.cpp).

#include <concepts>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// A translatable message: EMSG("unknown signal '%1'", name).
#define EMSG(...) ::ipcviz::protocol::Message::make(__VA_ARGS__)
/// Marks a template that is kept as text and made a Message later with
/// Message::fragment() (the descriptions of the vocabulary's arguments).
#define EMSG_NOOP(text) text

namespace ipcviz::protocol {

class MessageArg;

class Message {
public:
    Message() = default;

    /// `tmpl` has the placeholders %1 to %9, one for each argument.
    template <typename... Args> static Message make(const char *tmpl, Args &&...args);
    /// A template that was marked with EMSG_NOOP, without arguments.
    static Message fragment(std::string_view tmpl);
    /// User data: shown as it is, never translated.
    static Message data(std::string text);

    bool isData() const { return m_data; }
    const std::string &templateText() const { return m_template; }
    const std::vector<Message> &args() const { return m_args; }

    /// The English text: the template with its arguments substituted.
    std::string english() const;
    /// `,"template":T,"args":[...]` (no `args` when there are none), or nothing
    /// for plain data; to put after a record's `message`.
    std::string jsonFields() const;
    /// The `args` array alone ("[]" when there are none).
    std::string argsJson() const;

private:
    void appendEnglish(std::string &out) const;
    void appendJson(std::string &out) const;

    std::string m_template; // or the text itself, for data
    std::vector<Message> m_args;
    bool m_data = false;
};

/// What an EMSG argument may be: another Message (translated), or data.
class MessageArg {
public:
    MessageArg(Message m) : m_message(std::move(m)) {}
    MessageArg(std::string s) : m_message(Message::data(std::move(s))) {}
    MessageArg(std::string_view s) : m_message(Message::data(std::string(s))) {}
    MessageArg(const char *s) : m_message(Message::data(s)) {}
    template <std::integral T>
    requires(!std::same_as<T, bool> && !std::same_as<T, char>) MessageArg(T n)
        : m_message(Message::data(std::to_string(n)))
    {}

    Message take() && { return std::move(m_message); }

private:
    Message m_message;
};

template <typename... Args> Message Message::make(const char *tmpl, Args &&...args)
{
    Message m;
    m.m_template = tmpl;
    m.m_args.reserve(sizeof...(Args));
    (m.m_args.push_back(MessageArg(std::forward<Args>(args)).take()), ...);
    return m;
}

/// Substitutes %1 to %9 in one pass (a %N in an argument stays as it is); a %
/// that is not followed by a digit of an existing argument is kept.
std::string substitutePlaceholders(std::string_view tmpl, const std::vector<std::string> &args);

} // namespace ipcviz::protocol
