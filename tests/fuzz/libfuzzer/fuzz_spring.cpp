// Spring Boot Actuator /actuator/env and Spring Cloud Config answers, then the rows made of them.
#include "fuzzinput.h"
#include "sources/configservers/springformat.h"
#include "values/normaliser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DriftDeck;
    static const Normaliser normaliser;
    const unsigned choice = Fuzz::selector(data, size);
    const QByteArray body = Fuzz::bytes(data, size);
    const SpringEnvironment environment
        = choice & 1 ? parseSpringConfigEnvironment(body) : parseSpringActuatorEnv(body);
    if (environment.errorString.isEmpty()) {
        SpringRowOptions options;
        options.relaxedNames = (choice & 2) == 0;
        (void)springResult(environment, QStringLiteral("spring"), QStringLiteral("spring"), options, normaliser);
    }
    int line = 0, column = 0;
    (void)springOriginPosition(QString::fromUtf8(body.left(256)), &line, &column);
    return 0;
}
