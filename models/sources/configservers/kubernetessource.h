#pragma once

#include "kubernetesformat.h"
#include "sources/http/httpsource.h"
#include "sources/sourcefactory.h"

namespace DriftDeck {

// One namespace from the Kubernetes API server: ConfigMaps and Secrets (GET /api/v1/namespaces/<ns>/
// configmaps, …/secrets), and on request workloads (apps/v1 deployments, statefulsets, daemonsets;
// batch/v1 cronjobs; autoscaling/v2 horizontalpodautoscalers; v1 pods) and Helm releases (Secrets
// labelled owner=helm), pageSize items at a time following metadata.continue, workloads and pods
// narrowed by labelSelector. The credential is a bearer token (a service account's); caFile names
// the cluster's CA. Rows: see clusterResult (Secrets are only ever kept as fingerprints).
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
    QString resourcePath(const QString &resource, const QString &name = {}) const;
    QString failureFor(const QString &resource, const HttpResponse &response) const;

    QString m_namespace;
    QString m_labelSelector;
    QStringList m_resources; // still to read: "configmaps", "deployments", "releases", …
    bool m_podsRead = false;
    bool m_releases = false;
    qint64 m_pageSize = DefaultPageSize;
    KubernetesObjects m_read;
    QStringList m_warnings;
};

SourceType kubernetesSourceType();

} // namespace DriftDeck
