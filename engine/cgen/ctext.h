#pragma once
// Spelling scenario text as C source: string literals, printf formats, comments
// and identifiers. Shared by the C generator's parts; no state.

#include <string>
#include <string_view>
#include <vector>

namespace ipcviz::cgen {

/// `text` as a C string literal with its quotes: "Hello\n". NUL is `\0` and other
/// control bytes `\xHH`, split from a following hex digit (`"\x17" "a"`) so that no
/// escape runs into the character after it; UTF-8 letters are kept as they are.
std::string cStringLiteral(std::string_view text);

/// `text` made safe inside a printf format: every `%` doubled.
std::string printfEscape(std::string_view text);

/// `text` made safe inside a /* comment */ on one line: no "*/", no line breaks,
/// no control characters.
std::string commentText(std::string_view text);

/// A C identifier for a scenario name: letters, digits and `_` kept, anything else
/// becomes `_`, a leading digit gets a `v` before it, and a name the program uses
/// for itself (C keywords, libc functions, the generator's helpers) gets a `_` after.
std::string cIdentifier(std::string_view name);

/// `name` with every character that cannot be in a C identifier replaced by `_`,
/// for use inside a longer identifier (process_main, count_sigusr1): no checks.
std::string cIdentifierPart(std::string_view name);

/// Splits `text` at spaces into lines of at most `width` characters (a longer word
/// gets a line of its own).
std::vector<std::string> wrapWords(std::string_view text, std::size_t width);

} // namespace ipcviz::cgen
