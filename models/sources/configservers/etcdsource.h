#pragma once

#include "keyvaluerows.h"
#include "sources/http/httpsource.h"
#include "sources/sourcefactory.h"

namespace DriftDeck {

// The keys below a prefix in etcd v3, read through its JSON gateway (POST /v3/kv/range), e.g.
// prefix "app/{env}/": "app/staging/database/poolSize" becomes config/database.poolSize. Pages of
// pageSize keys continue after the last key while etcd says "more", all pinned to the first
// page's revision so the rows show one moment. A "user:password" credential is exchanged for a
// token (POST /v3/auth/authenticate); any other credential is sent as the token itself.
// Provenance: keys changed at the same revision share a layer "etcd <url> <prefix> rev R, changed
// at rev M" — the store's revision and when the key last changed, which is what a person asks
// when two environments differ (Origin.display stays the value, as for every source).
class EtcdSource : public HttpSource
{
    Q_OBJECT
public:
    using HttpSource::HttpSource;

    static constexpr QLatin1StringView TypeName{"etcd"};
    static constexpr int DefaultPageSize = 1000;
    static constexpr int MaxPages = 10000;

    void start() override;

private:
    void authenticate(const QString &credential);
    void readPage(const QByteArray &key, qint64 revision, int page);
    void done(qint64 revision);
    QString failureFor(const QString &what, const HttpResponse &response) const;

    QByteArray m_prefix;
    QByteArray m_rangeEnd;
    QByteArray m_token;
    qint64 m_pageSize = DefaultPageSize;
    QList<StoredKey> m_keys;
};

SourceType etcdSourceType();

} // namespace DriftDeck
