#pragma once

#include "sources/http/httpsource.h"
#include "sources/sourcefactory.h"
#include "versionrows.h"

namespace DriftDeck {

// Versions straight from a service's own /metrics page (the Prometheus text format), for
// environments without a Prometheus server. Same `versions` and `infra` options and rows as the
// prometheus source; metric names only (no PromQL selectors).
class MetricsEndpointSource : public HttpSource
{
    Q_OBJECT
public:
    using HttpSource::HttpSource;

    static constexpr QLatin1StringView TypeName{"metrics-endpoint"};

    void start() override;
};

SourceType metricsEndpointSourceType();

} // namespace DriftDeck
