#pragma once

#include "workloads.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace DriftDeck {

// "registry:5000/acme/checkout-api:2.14.0@sha256:…" in its parts. tag is empty when the
// reference names no tag (then "latest" is what runs, unless a digest pins it).
struct ImageReference {
    QString repository; // registry:5000/acme/checkout-api
    QString tag; // 2.14.0
    QString digest; // sha256:…

    // The tag, else the digest, else "latest": what a person calls the version.
    QString version() const;
};
ImageReference parseImageReference(QStringView reference);

// The manifest digest a pod runs, from status.imageID: "docker-pullable://REPO@sha256:…" (Docker),
// "REPO@sha256:…" (containerd, CRI-O) or a bare "sha256:…"; empty when there is none yet.
QString digestOfImageId(QStringView imageId);

// One value, or several with how many pods run each, most pods first:
// {"2.13.1", "2.14.0", "2.13.1"} → "2.13.1 ×2, 2.14.0 ×1". Empty strings are not counted.
QString countedValues(const QStringList &values, int *distinct = nullptr);

// For each workload (same index as read.workloads), the pods that belong to it: through the pod's
// controller (a ReplicaSet or Job, followed to its owner by the listed ReplicaSets and Jobs, else
// by their naming: "<deployment>-<pod-template-hash>", "<cronjob>-<scheduled time>"), and for pods
// without one by the workload's selector. Failed pods are left out.
QList<QList<const PodRecord *>> podsByWorkload(const KubernetesWorkloads &read);

} // namespace DriftDeck
