// Fuzz target: the JSON reader behind engine commands on stdin and
// `run --schedule` traces, and the event record writer with arbitrary text.

#include "protocol/jsonreader.h"
#include "protocol/record.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ipcviz::protocol;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    std::string error;
    auto obj = parseJsonObject(text, error);
    if (!obj && error.empty())
        std::abort(); // a refusal must say why

    // Whatever the bytes, a record stays one valid line within the limit.
    Record r;
    r.field("kind", "fuzz").preview("data", text).field("text", text);
    r.beginArray("argv").item(text).item(text).endArray();
    const auto line = r.finish();
    if (line.size() > kMaxLine || line.back() != '\n')
        std::abort();
    std::string why;
    if (!parseJsonObject(line.substr(0, line.size() - 1), why))
        std::abort(); // our own output must always parse
    return 0;
}
