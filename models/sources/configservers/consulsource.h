#pragma once

#include "sources/http/httpsource.h"
#include "sources/sourcefactory.h"

namespace DriftDeck {

// The keys below a prefix in Consul's KV store: GET /v1/kv/<prefix>?recurse, e.g. prefix
// "app/{env}/": "app/staging/database/poolSize" becomes config/database.poolSize. 404 means no
// key has the prefix: no rows (and a warning), not a failure. The credential is sent as
// X-Consul-Token. Provenance like etcd's: one layer per ModifyIndex, labelled with the store's
// X-Consul-Index.
class ConsulSource : public HttpSource
{
    Q_OBJECT
public:
    using HttpSource::HttpSource;

    static constexpr QLatin1StringView TypeName{"consul"};

    void start() override;
};

SourceType consulSourceType();

} // namespace DriftDeck
