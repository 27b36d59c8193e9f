// The Prometheus text exposition format (a /metrics body).
#include "fuzzinput.h"
#include "sources/metrics/exposition.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DriftDeck;
    const Exposition exposition = parseExposition(Fuzz::bytes(data, size));
    for (const MetricSample &sample : exposition.samples) {
        if (sample.name.isEmpty())
            __builtin_trap();
    }
    return 0;
}
