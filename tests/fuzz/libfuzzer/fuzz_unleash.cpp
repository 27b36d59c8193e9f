// Unleash admin API answers: the feature list, one feature's strategies, error bodies.
#include "fuzzinput.h"
#include "sources/flagservices/unleashprotocol.h"
#include "values/normaliser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DriftDeck;
    static const Normaliser normaliser;
    const unsigned choice = Fuzz::selector(data, size);
    const QByteArray body = Fuzz::bytes(data, size);
    switch (choice % 3) {
    case 0:
        (void)parseUnleashFeatureList(body);
        break;
    case 1:
        (void)unleashFeatureRows(body, QStringLiteral("production"), normaliser);
        break;
    default:
        (void)unleashErrorMessage(body);
        break;
    }
    return 0;
}
