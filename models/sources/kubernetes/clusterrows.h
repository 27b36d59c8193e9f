#pragma once

#include "sources/configservers/kubernetesformat.h"

#include <functional>

namespace DriftDeck {

struct ClusterRowOptions {
    QString sourceId;
    // The API URL of (resource, namespace, name) — resource is the API's plural ("deployments",
    // "secrets") — or the file the objects came from.
    std::function<QString(const QString &resource, const QString &ns, const QString &name)> locationOf;
    QStringList excludedNames; // ConfigMaps and Secrets left out (globs)
    bool podsRead = false; // see WorkloadRowOptions::podsRead
    bool releases = false; // Secrets of type helm.sh/release.v1 become Helm release rows
};

// Every row of what was read from a cluster, whichever way it came (the API, a kubectl file):
// ConfigMaps and Secrets (kubernetesResult), workloads (addWorkloadRows) and, when asked, Helm
// releases (addHelmRows). A release Secret that cannot be decoded fails the result, naming it.
SourceResult clusterResult(const KubernetesObjects &read, const ClusterRowOptions &options,
                           const Normaliser &normaliser);

// The key prefixes those rows use, so a failed source makes them unknown rather than missing.
QStringList clusterKeyPrefixes();

} // namespace DriftDeck
