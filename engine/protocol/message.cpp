#include "protocol/message.h"

#include "protocol/record.h"

namespace ipcviz::protocol {

Message Message::fragment(std::string_view tmpl)
{
    Message m;
    m.m_template = std::string(tmpl);
    return m;
}

Message Message::data(std::string text)
{
    Message m;
    m.m_template = std::move(text);
    m.m_data = true;
    return m;
}

std::string substitutePlaceholders(std::string_view tmpl, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(tmpl.size());
    for (std::size_t i = 0; i < tmpl.size(); ++i) {
        if (tmpl[i] == '%' && i + 1 < tmpl.size() && tmpl[i + 1] >= '1' && tmpl[i + 1] <= '9') {
            const std::size_t n = static_cast<std::size_t>(tmpl[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += tmpl[i];
    }
    return out;
}

void Message::appendEnglish(std::string &out) const
{
    if (m_data || m_args.empty()) {
        out += m_template;
        return;
    }
    std::vector<std::string> args;
    args.reserve(m_args.size());
    for (const Message &a : m_args)
        args.push_back(a.english());
    out += substitutePlaceholders(m_template, args);
}

std::string Message::english() const
{
    std::string out;
    appendEnglish(out);
    return out;
}

void Message::appendJson(std::string &out) const
{
    out += '"';
    appendJsonEscaped(out, m_template);
    out += '"';
    if (m_data)
        return;
    if (!m_args.empty()) {
        out += ",\"args\":";
        out += argsJson();
    }
}

std::string Message::argsJson() const
{
    std::string out = "[";
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        const Message &a = m_args[i];
        if (i > 0)
            out += ',';
        if (a.m_data) {
            a.appendJson(out);
        } else {
            out += "{\"template\":";
            a.appendJson(out);
            out += '}';
        }
    }
    return out + "]";
}

std::string Message::jsonFields() const
{
    if (m_data || m_template.empty())
        return {};
    std::string out = ",\"template\":";
    appendJson(out);
    return out;
}

} // namespace ipcviz::protocol
