#pragma once

#include "sources/kubernetes/workloads.h"
#include "sources/source.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace DriftDeck {

// ConfigMaps and Secrets as the Kubernetes API server and `kubectl get -o json` show them
// (https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/), as pure
// functions. ConfigMap `data` holds strings, `binaryData` base64; Secret `data` base64.

struct KubernetesObject {
    enum class Kind : quint8 { ConfigMap, Secret };
    Kind kind = Kind::ConfigMap;
    QString ns;
    QString name;
    QString resourceVersion;
    QString type; // Secrets: "Opaque", "kubernetes.io/tls", …
    QList<std::pair<QString, QByteArray>> data; // decoded bytes, data before binaryData
};

struct KubernetesObjects {
    QList<KubernetesObject> objects;
    KubernetesWorkloads workloads; // Deployments, …, Pods (see sources/kubernetes/workloads.h)
    QString continueToken; // metadata.continue of a list page: more items follow
    int otherKinds = 0; // items of kinds no row is made of (Services, Ingresses, …)
    QString errorString;
};

// A typed list (ConfigMapList, DeploymentList, PodList, …), kubectl's "List", or a single object.
// Items of a typed list carry no "kind"; the list's kind names them.
KubernetesObjects parseKubernetesObjects(const QByteArray &body);

// What an API server error ({"kind": "Status", "message": …}) says, or empty.
QString kubernetesStatusMessage(const QByteArray &body);

// Objects nobody compares across clusters: the API server's own CA bundle in every namespace
// and Helm's release records. Service-account token Secrets are always skipped.
QStringList defaultKubernetesExcludes();

// Rows "config/configmap/<name>/<key>" and "config/secret/<name>/<key>". Everything from a
// Secret sits below "config/secret/", which the default secret pattern "*secret*" covers, so the
// pipeline keeps only a salted fingerprint; provenance never shows a Secret's value. One layer per
// object, located by locationOf (the API URL or the file).
SourceResult kubernetesResult(const QList<KubernetesObject> &objects, const QString &sourceId,
                              const std::function<QString(const KubernetesObject &)> &locationOf,
                              const QStringList &excludedNames, const Normaliser &normaliser);

} // namespace DriftDeck
