#pragma once
// Splits one line of a scenario file into tokens (docs/scenario-format.md,
// "Lexical rules"). Lines are independent, so the parser can report an error
// and carry on with the next line.

#include "protocol/message.h"
#include <cstdint>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipcviz::scenario {

struct Token {
    enum class Kind { Word, Int, String, ParamRef, LBrace, RBrace };
    Kind kind = Kind::Word;
    std::string text;         // word, decoded string, parameter name, or the integer as written
    std::int64_t number = 0;  // Int only
    int column = 0;           // 1-based column of the first character
    std::vector<int> columns; // String only: source column of each decoded byte
};

struct LexError {
    int column = 0;
    protocol::Message message;
};

struct LexedLine {
    std::vector<Token> tokens;
    std::optional<LexError> error; // the first error of the line; tokens are then partial
    int endColumn = 1;             // column just after the last token (for "missing ..." errors)
};

/// Tokenizes one line (without its newline). Columns count characters (UTF-8 code points).
LexedLine lexLine(std::string_view line);

/// True if `text` is valid UTF-8; otherwise `badOffset` is the offset of the first bad byte.
bool isValidUtf8(std::string_view text, std::size_t *badOffset = nullptr);

/// True for a name of a handle or a parameter: [A-Za-z_][A-Za-z0-9_]*.
bool isIdentifier(std::string_view text);

} // namespace ipcviz::scenario
