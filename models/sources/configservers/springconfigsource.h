#pragma once

#include "sources/http/httpsource.h"
#include "sources/sourcefactory.h"

namespace DriftDeck {

// What a Spring Cloud Config Server serves an application: GET /{application}/{profile}[/{label}]
// (profile defaults to the environment's name). Each property source (a file in the config
// repository, highest priority first) becomes a provenance layer. Same relaxedNames and
// ignoreSources options as spring-actuator; a credential is sent as Basic or Bearer.
class SpringConfigSource : public HttpSource
{
    Q_OBJECT
public:
    using HttpSource::HttpSource;

    static constexpr QLatin1StringView TypeName{"spring-config"};

    void start() override;
};

SourceType springConfigSourceType();

} // namespace DriftDeck
