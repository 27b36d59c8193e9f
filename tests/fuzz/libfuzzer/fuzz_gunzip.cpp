// gzip as a Helm release stores it: whatever the bytes, an answer within the output limit.
#include "fuzzinput.h"
#include "sources/kubernetes/gunzip.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DriftDeck;
    constexpr qsizetype limit = 1024 * 1024;
    const GunzipResult result = gunzip(Fuzz::bytes(data, size), limit);
    if (result.data.size() > limit || (!result.errorString.isEmpty() && !result.data.isEmpty()))
        __builtin_trap(); // never beyond the limit, never half an answer with an error
    return 0;
}
