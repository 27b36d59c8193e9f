// OCI registry answers: error bodies, Link headers of tag pages, WWW-Authenticate challenges and
// token endpoint answers.
#include "fuzzinput.h"
#include "sources/registry/registryauth.h"
#include "sources/registry/registrysource.h"

#include <QTimeZone>
#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DriftDeck;
    const unsigned choice = Fuzz::selector(data, size);
    const QByteArray input = Fuzz::bytes(data, size);
    switch (choice % 4) {
    case 0:
        (void)RegistrySource::registryError(input);
        break;
    case 1:
        (void)RegistrySource::nextPage(input, QUrl(QStringLiteral("http://127.0.0.1:5000/v2/app/tags/list?n=100")));
        break;
    case 2:
        (void)AuthChallenge::parse(input);
        break;
    default:
        (void)RegistryToken::parse(input, QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC));
        break;
    }
    return 0;
}
