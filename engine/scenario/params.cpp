#include "scenario/params.h"

#include "scenario/lexer.h"
#include "scenario/vocabulary.h"

#include <algorithm>
#include <charconv>
#include <functional>

namespace ipcviz::scenario {

namespace {

constexpr std::size_t kMaxStringValue = 1024;

// The slot of the argument at `index` of a statement of `op`.
const ArgSpec *slotOf(const OpSpec &op, std::size_t index)
{
    if (index < op.args.size())
        return &op.args[index];
    if (!op.args.empty() && op.args.back().slot == Slot::Argv)
        return &op.args.back();
    return nullptr;
}

bool wantsInt(const ArgSpec *spec)
{
    return spec &&
           (spec->slot == Slot::Int || spec->slot == Slot::Fd || spec->slot == Slot::Closable);
}

const Param *findParam(const Scenario &s, std::string_view name)
{
    for (const Param &p : s.params) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

std::string knownParams(const Scenario &s)
{
    if (s.params.empty())
        return "this scenario has no parameters";
    std::string names;
    for (const Param &p : s.params) {
        if (!names.empty())
            names += ", ";
        names += p.name;
    }
    return "this scenario's parameters: " + names;
}

// Calls f(spec, arg) for every argument and option value of every statement.
void forEachArg(const std::vector<Statement> &body,
                const std::function<void(const ArgSpec &, const Arg &)> &f)
{
    for (const Statement &st : body) {
        if (const OpSpec *op = findOp(st.op)) {
            for (std::size_t k = 0; k < st.args.size(); ++k) {
                if (const ArgSpec *spec = slotOf(*op, k))
                    f(*spec, st.args[k]);
            }
            for (const auto &[name, value] : st.options) {
                const OptionSpec *o = op->option(name);
                if (o && o->value)
                    f(*o->value, value);
            }
        }
        forEachArg(st.body, f);
    }
}

class Binder {
public:
    Binder(const Scenario &s, const ParamValues &values) : m_scenario(s), m_values(values) {}

    void bind(std::vector<Statement> &body) const
    {
        for (Statement &st : body) {
            if (const OpSpec *op = findOp(st.op)) {
                for (std::size_t k = 0; k < st.args.size(); ++k)
                    bindArg(*op, slotOf(*op, k), st.args[k]);
                for (auto &[name, value] : st.options) {
                    const OptionSpec *o = op->option(name);
                    bindArg(*op, o && o->value ? &*o->value : nullptr, value);
                }
            }
            bind(st.body);
        }
    }

private:
    ParamValue valueOf(const Param &p) const
    {
        const auto it = m_values.find(p.name);
        if (it != m_values.end()) {
            // A value of the wrong type cannot come from applyParamOverride; ignore it.
            const bool isInt = std::holds_alternative<std::int64_t>(it->second);
            if (isInt == (p.type == Param::Type::Int))
                return it->second;
        }
        if (p.type == Param::Type::Int)
            return p.defaultInt;
        return p.defaultString;
    }

    static std::string escapePercent(const std::string &text)
    {
        std::string out;
        for (char c : text) {
            out += c;
            if (c == '%')
                out += '%';
        }
        return out;
    }

    void bindArg(const OpSpec &op, const ArgSpec *spec, Arg &a) const
    {
        if (a.kind == Arg::Kind::ParamRef) {
            const Param *p = findParam(m_scenario, a.text);
            if (!p)
                return; // the parser refuses such scenarios
            const ParamValue v = valueOf(*p);
            if (wantsInt(spec) && std::holds_alternative<std::int64_t>(v)) {
                a.kind = Arg::Kind::Int;
                a.number = std::get<std::int64_t>(v);
                a.text = std::to_string(a.number);
            } else {
                a.kind = Arg::Kind::String;
                a.number = 0;
                a.text = op.substitutions ? escapePercent(paramValueText(v)) : paramValueText(v);
            }
            return;
        }
        if (a.kind != Arg::Kind::String)
            return;
        std::string out;
        std::size_t pos = 0;
        while (true) {
            const std::size_t open = a.text.find("${", pos);
            const std::size_t close = open == std::string::npos ? open : a.text.find('}', open + 2);
            if (open == std::string::npos || close == std::string::npos) {
                out += a.text.substr(pos);
                break;
            }
            out += a.text.substr(pos, open - pos);
            const std::string name = a.text.substr(open + 2, close - open - 2);
            if (const Param *p = findParam(m_scenario, name)) {
                const std::string value = paramValueText(valueOf(*p));
                out += op.substitutions ? escapePercent(value) : value;
            } else {
                out += a.text.substr(open, close - open + 1);
            }
            pos = close + 1;
        }
        a.text = std::move(out);
    }

    const Scenario &m_scenario;
    const ParamValues &m_values;
};

} // namespace

std::string paramValueText(const ParamValue &v)
{
    if (const auto *i = std::get_if<std::int64_t>(&v))
        return std::to_string(*i);
    return std::get<std::string>(v);
}

ParamValues defaultParams(const Scenario &s)
{
    ParamValues values;
    for (const Param &p : s.params) {
        if (p.type == Param::Type::Int)
            values[p.name] = p.defaultInt;
        else
            values[p.name] = p.defaultString;
    }
    return values;
}

std::pair<std::int64_t, std::int64_t> paramRange(const Scenario &s, const Param &p)
{
    std::int64_t min = p.min;
    std::int64_t max = p.max;
    auto narrow = [&](const ArgSpec &spec, const Arg &a) {
        if (a.kind != Arg::Kind::ParamRef || a.text != p.name)
            return;
        if (spec.slot == Slot::Int) {
            min = std::max(min, spec.min);
            max = std::min(max, spec.max);
        } else if (spec.slot == Slot::Fd || spec.slot == Slot::Closable) {
            min = std::max<std::int64_t>(min, 0);
            max = std::min<std::int64_t>(max, 1023);
        }
    };
    for (const Process &root : s.roots)
        forEachArg(root.body, narrow);
    return {min, max};
}

std::optional<std::string> applyParamOverride(const Scenario &s, ParamValues &values,
                                              std::string_view keyValue)
{
    const std::size_t eq = keyValue.find('=');
    if (eq == std::string_view::npos)
        return "expected KEY=VALUE, got '" + std::string(keyValue) + "'";
    const std::string key(keyValue.substr(0, eq));
    const std::string_view value = keyValue.substr(eq + 1);
    if (key.empty())
        return "expected KEY=VALUE, got '" + std::string(keyValue) + "' (the key is empty)";
    const Param *p = findParam(s, key);
    if (!p)
        return "unknown parameter '" + key + "' (" + knownParams(s) + ")";
    if (p->type == Param::Type::String) {
        if (value.size() > kMaxStringValue)
            return "parameter '" + key + "' is too long (at most " +
                   std::to_string(kMaxStringValue) + " bytes)";
        if (!isValidUtf8(value))
            return "parameter '" + key + "' is not valid UTF-8";
        values[key] = std::string(value);
        return std::nullopt;
    }
    std::int64_t number = 0;
    std::string_view digits = value;
    if (!digits.empty() && digits.front() == '+')
        digits.remove_prefix(1);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
    if (digits.empty() || ec == std::errc::invalid_argument || end != digits.data() + digits.size())
        return "parameter '" + key + "' needs an integer, got '" + std::string(value) + "'";
    const auto [min, max] = paramRange(s, *p);
    if (ec == std::errc::result_out_of_range || number < min || number > max) {
        std::string range;
        if (min != INT64_MIN && max != INT64_MAX)
            range = "between " + std::to_string(min) + " and " + std::to_string(max);
        else if (min != INT64_MIN)
            range = "at least " + std::to_string(min);
        else if (max != INT64_MAX)
            range = "at most " + std::to_string(max);
        else
            range = "a 64-bit integer";
        return "parameter '" + key + "' must be " + range + ", got " + std::string(value);
    }
    values[key] = number;
    return std::nullopt;
}

Scenario bindParams(const Scenario &s, const ParamValues &values)
{
    Scenario bound = s;
    const Binder binder(s, values);
    for (Process &root : bound.roots)
        binder.bind(root.body);
    return bound;
}

} // namespace ipcviz::scenario
