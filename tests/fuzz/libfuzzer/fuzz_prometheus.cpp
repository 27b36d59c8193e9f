// Prometheus HTTP API answers (/api/v1/query), with and without a label to collect.
#include "fuzzinput.h"
#include "sources/metrics/prometheussource.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DriftDeck;
    const unsigned choice = Fuzz::selector(data, size);
    static const int statuses[] = {200, 400, 422, 503, 500, 302};
    const int status = statuses[choice % 6];
    const QString label = choice & 0x80 ? QString() : QStringLiteral("version");
    (void)PrometheusSource::parseAnswer(status, Fuzz::bytes(data, size), label);
    return 0;
}
