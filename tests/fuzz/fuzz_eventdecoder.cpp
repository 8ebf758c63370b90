// Fuzz target: the app's incremental event decoder, fed the same bytes whole
// and in chunks, must never crash and must decode the same events both ways.

#include "core/eventdecoder.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto *bytes = reinterpret_cast<const char *>(data);
    EventDecoder whole;
    whole.feed(QByteArrayView(bytes, qsizetype(size)));
    whole.finish();
    const EventList a = whole.takeEvents();

    EventDecoder chunked;
    // Chunk sizes taken from the data itself, so the fuzzer explores splits.
    std::size_t pos = 0;
    std::size_t step = size ? (data[0] % 13) + 1 : 1;
    while (pos < size) {
        const std::size_t n = std::min(step, size - pos);
        chunked.feed(QByteArrayView(bytes + pos, qsizetype(n)));
        pos += n;
        step = (step * 7 + 3) % 29 + 1;
    }
    chunked.finish();
    const EventList b = chunked.takeEvents();
    if (a.size() != b.size())
        std::abort();
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].seq != b[i].seq || a[i].kind != b[i].kind || a[i].fields() != b[i].fields())
            std::abort();
    return 0;
}
