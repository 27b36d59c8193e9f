#pragma once

#include "kubernetesformat.h"
#include "sources/http/httpsource.h"
#include "sources/kubernetes/kubeconfig.h"
#include "sources/sourcefactory.h"

#include <memory>

class QTemporaryFile;

namespace DriftDeck {

// One namespace from the Kubernetes API server: ConfigMaps and Secrets (GET /api/v1/namespaces/<ns>/
// configmaps, …/secrets), and on request workloads (apps/v1 deployments, statefulsets, daemonsets;
// batch/v1 cronjobs; autoscaling/v2 horizontalpodautoscalers; v1 pods) and Helm releases (Secrets
// labelled owner=helm), pageSize items at a time following metadata.continue, workloads and pods
// narrowed by labelSelector. The credential is a bearer token (a service account's); caFile names
// the cluster's CA. Or a kubeconfig context gives server, CA and token, or runs its exec credential
// plugin (with the source's timeout) for one. Rows: see clusterResult (Secrets are only ever kept
// as fingerprints).
class KubernetesSource : public HttpSource
{
    Q_OBJECT
public:
    explicit KubernetesSource(SourceContext context, QObject *parent = nullptr);
    ~KubernetesSource() override;

    static constexpr QLatin1StringView TypeName{"kubernetes"};
    static constexpr int DefaultPageSize = 500;
    static constexpr int MaxPages = 1000;

    void start() override;

private:
    struct Resolved; // kubernetessourcecredentials.cpp
    KubernetesSource(Resolved resolved, QObject *parent);
    static Resolved resolve(SourceContext context);
    void runExecPlugin();
    void readResources();
    void readNext();
    void readPage(const QString &resource, const QString &continueToken, int page);
    // Environment discovery: the cluster's namespaces instead of one namespace's objects.
    void listNamespaces(const QString &continueToken, int page);
    QString resourcePath(const QString &resource, const QString &name = {}) const;
    QString failureFor(const QString &resource, const HttpResponse &response) const;

    QString m_namespace;
    QString m_labelSelector;
    QStringList m_resources; // still to read: "configmaps", "deployments", "releases", …
    bool m_podsRead = false;
    bool m_releases = false;
    qint64 m_pageSize = DefaultPageSize;
    KubernetesObjects m_read;
    QList<std::pair<QString, QString>> m_listed; // discovery: namespace, creationTimestamp
    KubeconfigContext m_kubeconfig;
    std::shared_ptr<QTemporaryFile> m_caData; // the kubeconfig's inline CA, for caFile
    QStringList m_warnings;
};

SourceType kubernetesSourceType();

} // namespace DriftDeck
