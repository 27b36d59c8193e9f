// etcd v3 JSON gateway answers: range pages, authentication, errors; then the rows made of them.
#include "fuzzinput.h"
#include "sources/configservers/etcdprotocol.h"
#include "sources/configservers/keyvaluerows.h"
#include "values/normaliser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DriftDeck;
    static const Normaliser normaliser;
    const unsigned choice = Fuzz::selector(data, size);
    const QByteArray body = Fuzz::bytes(data, size);
    switch (choice % 3) {
    case 0: {
        const EtcdRangePage page = parseEtcdRange(body);
        if (page.errorString.isEmpty())
            (void)keyValueResult(
                page.keys, QByteArrayLiteral("app/"), QStringLiteral("etcd"), QStringLiteral("etcd"),
                [](qint64 revision) { return QString::number(revision); }, normaliser);
        break;
    }
    case 1:
        (void)parseEtcdAuthenticate(body);
        break;
    default:
        (void)etcdErrorMessage(body);
        break;
    }
    return 0;
}
