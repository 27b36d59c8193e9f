#pragma once

#include "kubernetesformat.h"
#include "sources/http/httpsource.h"
#include "sources/sourcefactory.h"

namespace DriftDeck {

// ConfigMaps and Secrets of one namespace from the Kubernetes API server:
// GET /api/v1/namespaces/<ns>/configmaps and …/secrets, pageSize items at a time following
// metadata.continue. The credential is a bearer token (a service account's); caFile names the
// cluster's CA. Rows config/configmap/<name>/<key> and config/secret/<name>/<key> (see
// kubernetesResult: Secrets are only ever kept as fingerprints under the default secret patterns).
class KubernetesSource : public HttpSource
{
    Q_OBJECT
public:
    using HttpSource::HttpSource;

    static constexpr QLatin1StringView TypeName{"kubernetes"};
    static constexpr int DefaultPageSize = 500;
    static constexpr int MaxPages = 1000;

    void start() override;

private:
    void readNext();
    void readPage(const QString &resource, const QString &continueToken, int page);
    QString failureFor(const QString &resource, const HttpResponse &response) const;

    QString m_namespace;
    QStringList m_resources; // still to read: "configmaps", "secrets"
    qint64 m_pageSize = DefaultPageSize;
    QList<KubernetesObject> m_objects;
    QStringList m_warnings;
};

SourceType kubernetesSourceType();

} // namespace DriftDeck
