// Consul KV answers (GET /v1/kv/<prefix>?recurse), then the rows made of them.
#include "fuzzinput.h"
#include "sources/configservers/consulprotocol.h"
#include "sources/configservers/keyvaluerows.h"
#include "values/normaliser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DriftDeck;
    static const Normaliser normaliser;
    const ConsulKeys keys = parseConsulKeys(Fuzz::bytes(data, size));
    if (keys.errorString.isEmpty())
        (void)keyValueResult(
            keys.keys, QByteArrayLiteral("app/"), QStringLiteral("consul"), QStringLiteral("consul"),
            [](qint64 index) { return QString::number(index); }, normaliser);
    return 0;
}
