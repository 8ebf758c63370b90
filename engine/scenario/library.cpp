#include "scenario/library.h"

#include "scenario/builtins.h"
#include "scenario/lexer.h"
#include "scenario/manpages.h"
#include "scenario/vocabulary.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ipcviz::scenario {

namespace {

std::size_t categoryRank(const std::string &category)
{
    const auto &all = categories();
    return static_cast<std::size_t>(std::find(all.begin(), all.end(), category) - all.begin());
}

bool looksLikeId(const std::string &s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

ParseResult failure(const std::string &file, const protocol::Message &message, SourceLoc loc = {})
{
    ParseResult r;
    r.scenario.sourcePath = file;
    r.errors.push_back(Diagnostic{file, loc, message.english(), message});
    return r;
}

std::string baseId(const std::string &path)
{
    std::string name = path.substr(path.find_last_of('/') + 1);
    if (name.size() > 5 && name.ends_with(".ipcv"))
        name.resize(name.size() - 5);
    return name;
}

// Reads a whole regular file of at most kMaxScenarioFileSize bytes.
std::optional<std::string> readSmallFile(const std::string &path, protocol::Message &error)
{
    // O_NONBLOCK: opening a FIFO by mistake must not hang until a writer comes.
    int fd = -1;
    do {
        fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        error = EMSG("cannot open the file: %1", std::strerror(errno));
        return std::nullopt;
    }
    std::string text;
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        error = EMSG("cannot read the file: %1", std::strerror(errno));
    } else if (!S_ISREG(st.st_mode)) {
        error = S_ISDIR(st.st_mode) ? EMSG("is a directory, not a scenario file")
                                    : EMSG("is not a regular file");
    } else if (static_cast<std::size_t>(st.st_size) > kMaxScenarioFileSize) {
        error = EMSG("the file is larger than 1 MiB (%1 bytes): not a scenario",
                     static_cast<long long>(st.st_size));
    } else {
        char buf[65536];
        while (true) {
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                error = EMSG("cannot read the file: %1", std::strerror(errno));
                break;
            }
            if (n == 0)
                break;
            text.append(buf, static_cast<std::size_t>(n));
            if (text.size() > kMaxScenarioFileSize) { // it grew while we read it
                error = EMSG("the file is larger than 1 MiB: not a scenario");
                break;
            }
        }
    }
    ::close(fd);
    if (!error.templateText().empty())
        return std::nullopt;
    return text;
}

} // namespace

std::vector<BuiltinInfo> listBuiltins()
{
    std::vector<BuiltinInfo> list;
    for (const BuiltinSource &b : builtinSources()) {
        const std::string id(b.id);
        const ParseResult r = parseScenario(b.text, "builtin:" + id, id);
        const Scenario &s = r.scenario;
        list.push_back(BuiltinInfo{s.id, s.title, s.category, s.description, s.watch, s.params,
                                   s.expect, manPages(s)});
    }
    std::sort(list.begin(), list.end(), [](const BuiltinInfo &a, const BuiltinInfo &b) {
        const std::size_t ra = categoryRank(a.category);
        const std::size_t rb = categoryRank(b.category);
        return ra != rb ? ra < rb : a.id < b.id;
    });
    return list;
}

ParseResult loadScenario(const std::string &idOrPath)
{
    for (const BuiltinSource &b : builtinSources()) {
        if (b.id == idOrPath)
            return parseScenario(b.text, "builtin:" + idOrPath, idOrPath);
    }
    struct stat st {};
    const bool exists = ::stat(idOrPath.c_str(), &st) == 0;
    if (!exists && looksLikeId(idOrPath)) {
        std::vector<std::string_view> ids;
        for (const BuiltinSource &b : builtinSources())
            ids.push_back(b.id);
        const protocol::Message unknown = EMSG(
            "unknown scenario '%1': no built-in has this id and there is no such file", idOrPath);
        const std::string close = closestName(idOrPath, ids);
        return failure(
            idOrPath,
            EMSG("%1; run `ipcviz-engine list` to see the built-in scenarios",
                 close.empty() ? unknown : EMSG("%1 (did you mean '%2'?)", unknown, close)));
    }
    protocol::Message error;
    const std::optional<std::string> text = readSmallFile(idOrPath, error);
    if (!text)
        return failure(idOrPath, error);
    std::size_t bad = 0;
    if (!isValidUtf8(*text, &bad)) {
        const std::string_view before(text->data(), bad);
        const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
        const std::size_t lineStart = before.find_last_of('\n') + 1; // npos + 1 == 0
        int column = 1;
        for (std::size_t i = lineStart; i < bad; ++i) {
            if ((static_cast<unsigned char>((*text)[i]) & 0xC0) != 0x80)
                ++column;
        }
        return failure(idOrPath, EMSG("the file is not UTF-8 text (invalid byte here)"),
                       SourceLoc{line, column});
    }
    return parseScenario(*text, idOrPath, baseId(idOrPath));
}

} // namespace ipcviz::scenario
