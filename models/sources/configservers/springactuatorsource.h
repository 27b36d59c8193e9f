#pragma once

#include "sources/http/httpsource.h"
#include "sources/sourcefactory.h"

namespace DriftDeck {

// A running Spring Boot application's configuration from its Actuator: GET <url><path> (path
// default /actuator/env). Every property source becomes a provenance layer (the highest priority
// one wins); values Boot hides ("******") are masked: unknown, never equal. Relaxed names
// (default on) make SPRING_DATASOURCE_URL and spring.datasource.url one row. A credential is sent
// as Basic ("user:password") or Bearer.
class SpringActuatorSource : public HttpSource
{
    Q_OBJECT
public:
    using HttpSource::HttpSource;

    static constexpr QLatin1StringView TypeName{"spring-actuator"};

    void start() override;
};

SourceType springActuatorSourceType();

// The relaxedNames and ignoreSources options both Spring source types take.
QList<SourceOption> springRowSourceOptions();

} // namespace DriftDeck
