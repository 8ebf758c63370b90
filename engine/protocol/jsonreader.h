#pragma once
// A small, strict JSON reader for the engine's inputs: commands on stdin and
// trace lines read back for `run --schedule`. It returns the top-level scalar
// members of one object; nested arrays and objects are validated and skipped
// (kept as their raw text). Untrusted input: every error is a message, never a
// crash; depth and size are bounded.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace ipcviz::protocol {

struct JsonValue {
    enum class Type { Null, Bool, Number, String, Nested };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    std::string text; // decoded string, or the raw text of a nested value

    bool isString() const { return type == Type::String; }
    bool isNumber() const { return type == Type::Number; }
};

using JsonObject = std::map<std::string, JsonValue, std::less<>>;

/// Parses one JSON object. On failure returns nullopt and sets `error` to a
/// message naming the column ("column 12: expected ':'").
std::optional<JsonObject> parseJsonObject(std::string_view text, std::string &error);

} // namespace ipcviz::protocol
