#include "cgen/ctext.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace ipcviz::cgen {

namespace {

// Names a scenario name must not take in the generated program: C keywords, the
// library functions and macros it calls, and its own helpers and variables.
constexpr std::array kReserved = {
    // C11 keywords
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
    "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict",
    "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union",
    "unsigned", "void", "volatile", "while", "asm", "typeof",
    // library
    "main", "printf", "fprintf", "fflush", "fwrite", "perror", "stdout", "stderr", "stdin", "exit",
    "_exit", "fork", "wait", "waitpid", "sleep", "usleep", "execvp", "kill", "pause", "sigaction",
    "sigemptyset", "signal", "pipe", "close", "dup2", "write", "read", "mkfifo", "open", "unlink",
    "shm_open", "shm_unlink", "ftruncate", "mmap", "munmap", "memcpy", "memmove", "memset",
    "strlen", "strstr", "strcpy", "snprintf", "sem_open", "sem_wait", "sem_post", "sem_close",
    "sem_unlink", "getpid", "getppid", "errno", "environ", "abort", "time", "index", "link",
    "select", "poll", "free", "malloc", "NULL", "EOF",
    // the generator's own names
    "die", "keep_text", "set_sigaction", "enter_child", "label", "forks", "buf", "n", "status",
    "last_child", "text", "value", "args", "fill", "seen", "failed", "pid", "i", "j", "k", "sa"};

bool isReserved(std::string_view name)
{
    if (std::find(kReserved.begin(), kReserved.end(), name) != kReserved.end())
        return true;
    // Prefixes of generated names (process_main, count_sigusr1, on_sigusr1, pid_writer).
    for (std::string_view prefix : {"process_", "count_", "on_", "pid_", "i_"}) {
        if (name.substr(0, prefix.size()) == prefix)
            return true;
    }
    return name.size() > 4 && name.substr(name.size() - 4) == "_pid";
}

} // namespace

std::string cStringLiteral(std::string_view text)
{
    auto isHex = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        const auto c = static_cast<unsigned char>(ch);
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        switch (c) {
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '?':
            // "??" followed by some characters is a trigraph in strict ISO modes.
            out += (!out.empty() && out.back() == '?') ? "\\?" : "?";
            break;
        case 0:
            // \0 reads best, but a digit after it would join the octal escape.
            out += next >= '0' && next <= '7' ? "\\000" : "\\0";
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char esc[8];
                std::snprintf(esc, sizeof esc, "\\x%02x", c);
                out += esc;
                // A hex escape takes every hex digit after it: end the literal there.
                if (i + 1 < text.size() && isHex(next))
                    out += "\" \"";
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

std::string printfEscape(std::string_view text)
{
    std::string out;
    for (char ch : text) {
        out += ch;
        if (ch == '%')
            out += '%';
    }
    return out;
}

std::string commentText(std::string_view text)
{
    std::string out;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7f)
            out += ' ';
        else if (ch == '/' && !out.empty() && out.back() == '*')
            out += " /"; // never close the comment early
        else
            out += ch;
    }
    return out;
}

std::string cIdentifierPart(std::string_view name)
{
    std::string out;
    for (char ch : name) {
        const bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                        (ch >= '0' && ch <= '9') || ch == '_';
        out += ok ? ch : '_';
    }
    return out;
}

std::string cIdentifier(std::string_view name)
{
    std::string out = cIdentifierPart(name);
    if (out.empty() || (out[0] >= '0' && out[0] <= '9'))
        out = "v" + out;
    if (isReserved(out))
        out += '_';
    return out;
}

std::vector<std::string> wrapWords(std::string_view text, std::size_t width)
{
    std::vector<std::string> lines;
    std::string line;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t space = text.find(' ', pos);
        const std::size_t end = space == std::string_view::npos ? text.size() : space;
        const std::string_view word = text.substr(pos, end - pos);
        pos = end + 1;
        if (word.empty())
            continue;
        if (!line.empty() && line.size() + 1 + word.size() > width) {
            lines.push_back(line);
            line.clear();
        }
        if (!line.empty())
            line += ' ';
        line += word;
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

} // namespace ipcviz::cgen
