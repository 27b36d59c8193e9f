#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace DriftDeck {

// The workload kinds as the Kubernetes API documents them (apps/v1 Deployment, StatefulSet,
// DaemonSet, ReplicaSet; batch/v1 CronJob, Job; autoscaling/v2 HorizontalPodAutoscaler; v1 Pod),
// reduced to what the rows compare. Pure data: parsing and rows never touch the network.

// A controller that runs pods.
struct Workload {
    QString kind; // the key segment: "deployment", "statefulset", "daemonset", "cronjob"
    QString ns;
    QString name;
    QString resourceVersion;
    QJsonObject podSpec; // spec.template.spec; a CronJob's spec.jobTemplate.spec.template.spec
    QHash<QString, QString> matchLabels; // spec.selector.matchLabels (a CronJob has none)
    // -1 when the object does not say (a manifest without status).
    qint64 desired = -1;
    qint64 ready = -1;
    qint64 updated = -1;
    qint64 available = -1;
    QString schedule; // CronJob
    std::optional<bool> suspend; // CronJob
};

// One container of a pod as its status reports it (init containers too).
struct RunningContainer {
    QString name;
    QString image; // status.image, else the pod spec's image
    QString imageId; // status.imageID: "docker-pullable://REPO@sha256:…", "REPO@sha256:…" or empty
};

struct PodRecord {
    QString ns;
    QString name;
    QString phase;
    QString ownerKind; // the controller ownerReference: ReplicaSet, StatefulSet, DaemonSet, Job
    QString ownerName;
    QHash<QString, QString> labels;
    QList<RunningContainer> containers;
};

// A ReplicaSet owned by a Deployment, a Job owned by a CronJob: how a pod's owner leads to its
// workload when the listing holds these intermediate objects (`kubectl get all` does).
struct OwnerLink {
    QString kind; // ReplicaSet, Job
    QString ns;
    QString name;
    QString ownerKind;
    QString ownerName;
};

struct Autoscaler {
    QString ns;
    QString name;
    QString targetKind; // scaleTargetRef.kind, lower case: "deployment"
    QString targetName;
    qint64 minReplicas = 1; // the API's default
    qint64 maxReplicas = -1;
    QList<std::pair<QString, QString>> targets; // "cpu" → "70%", "requests_per_second" → "1k"
};

struct KubernetesWorkloads {
    QList<Workload> workloads;
    QList<PodRecord> pods;
    QList<OwnerLink> owners;
    QList<Autoscaler> autoscalers;

    bool isEmpty() const { return workloads.isEmpty() && pods.isEmpty() && autoscalers.isEmpty(); }
    void append(const KubernetesWorkloads &other);
};

// Deployment, StatefulSet, DaemonSet, CronJob, HorizontalPodAutoscaler, Pod, ReplicaSet, Job.
bool isWorkloadKind(QStringView kind);

// Reads one item of such a kind (where names it in messages); false with *error set when it is
// malformed (no name, a spec of the wrong type).
bool readWorkloadItem(const QJsonObject &item, QStringView kind, const QString &where, KubernetesWorkloads *into,
                      QString *error);

} // namespace DriftDeck
