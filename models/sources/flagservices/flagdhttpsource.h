#pragma once

#include "sources/http/httpsource.h"
#include "sources/sourcefactory.h"

namespace DriftDeck {

// Feature flags from a flagd flag-definition document served over HTTP (GET url, e.g. the file a
// flagd sidecar syncs from, or a flags service): the same rows as the flag-file source, with
// provenance pointing at the document's lines. A credential is sent as Basic or Bearer.
class FlagdHttpSource : public HttpSource
{
    Q_OBJECT
public:
    using HttpSource::HttpSource;

    static constexpr QLatin1StringView TypeName{"flagd-http"};

    void start() override;
};

SourceType flagdHttpSourceType();

} // namespace DriftDeck
