#pragma once

#include "sources/source.h"
#include "workloads.h"

#include <functional>

namespace DriftDeck {

struct WorkloadRowOptions {
    QString sourceId;
    // Where an object can be looked at again: the API URL of (resource, namespace, name), or the
    // file it was read from. resource is the API's plural: "deployments", "pods".
    std::function<QString(const QString &resource, const QString &ns, const QString &name)> locationOf;
    // Pods were read (the API source listed them, or the file holds some): a workload that should
    // run pods but has none then gets a warning instead of silently lacking running images.
    bool podsRead = false;
};

// The rows of workloads, their autoscalers and the images their pods run (key layout in the
// README, "Kubernetes workloads"):
//   image/<kind>/<name>/<container>             the tag the spec names (the digest when pinned)
//   image/<kind>/<name>/<container>/repository  the repository without tag
//   image/<kind>/<name>/<container>/running     what the pods run: "2.14.0", or "2.14.0 ×1, 2.13.1 ×2"
//   image/<kind>/<name>/<container>/digest      the digests the pods run, counted the same way
//   infra/<kind>/<name>/replicas[.ready|.updated|.available], hpa.minReplicas, hpa.maxReplicas, hpa.<metric>
//   infra/<kind>/<name>/<container>/requests.<resource>, limits.<resource>   (quantities)
//   config/<kind>/<name>/<container>/env/<NAME>, envFrom, imagePullPolicy, livenessProbe.…,
//     readinessProbe.…, startupProbe.…, securityContext.…
//   config/<kind>/<name>/serviceAccountName, nodeSelector.<label>, securityContext.…, schedule, suspend
// Several versions or digests at once add a "rollout in progress" warning.
void addWorkloadRows(SourceResult &result, const KubernetesWorkloads &read, const WorkloadRowOptions &options,
                     const Normaliser &normaliser);

// The API's plural for a workload key segment: "deployment" → "deployments".
QString workloadResource(const QString &kind);

} // namespace DriftDeck
