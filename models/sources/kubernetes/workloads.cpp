#include "workloads.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

class WorkloadText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::KubernetesWorkloads)
};

QJsonObject objectAt(const QJsonObject &object, QLatin1StringView field)
{
    return object.value(field).toObject();
}

// The API leaves out counters that are zero ("readyReplicas" of a scaled-down Deployment), so a
// status that exists but lacks the field means 0; no status at all (a manifest) means unknown.
qint64 counter(const QJsonObject &parent, bool present, QLatin1StringView field)
{
    if (!present)
        return -1;
    const QJsonValue value = parent.value(field);
    return value.isDouble() ? qint64(value.toDouble()) : 0;
}

QHash<QString, QString> stringMap(const QJsonObject &object)
{
    QHash<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

// The controller among ownerReferences (there is at most one), else the first.
std::pair<QString, QString> controllerOf(const QJsonObject &metadata)
{
    const QJsonArray owners = metadata.value("ownerReferences"_L1).toArray();
    std::pair<QString, QString> first;
    for (const QJsonValue &value : owners) {
        const QJsonObject owner = value.toObject();
        std::pair<QString, QString> reference{owner.value("kind"_L1).toString(), owner.value("name"_L1).toString()};
        if (owner.value("controller"_L1).toBool())
            return reference;
        if (first.first.isEmpty())
            first = reference;
    }
    return first;
}

QString targetText(const QJsonObject &target)
{
    const QString type = target.value("type"_L1).toString();
    const auto text = [&](QLatin1StringView field) {
        const QJsonValue value = target.value(field);
        return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
    };
    if (type == u"Utilization")
        return text("averageUtilization"_L1) + u'%';
    if (type == u"AverageValue")
        return WorkloadText::tr("%1 per pod").arg(text("averageValue"_L1));
    return text("value"_L1);
}

void readAutoscaler(const QJsonObject &item, const QJsonObject &metadata, KubernetesWorkloads *into)
{
    const QJsonObject spec = objectAt(item, "spec"_L1);
    Autoscaler hpa;
    hpa.ns = metadata.value("namespace"_L1).toString();
    hpa.name = metadata.value("name"_L1).toString();
    const QJsonObject target = objectAt(spec, "scaleTargetRef"_L1);
    hpa.targetKind = target.value("kind"_L1).toString().toLower();
    hpa.targetName = target.value("name"_L1).toString();
    if (spec.value("minReplicas"_L1).isDouble())
        hpa.minReplicas = qint64(spec.value("minReplicas"_L1).toDouble());
    if (spec.value("maxReplicas"_L1).isDouble())
        hpa.maxReplicas = qint64(spec.value("maxReplicas"_L1).toDouble());
    for (const auto values = spec.value("metrics"_L1).toArray(); const QJsonValue &value : values) {
        const QJsonObject metric = value.toObject();
        const QString type = metric.value("type"_L1).toString();
        QString name;
        QJsonObject source;
        if (type == u"Resource") {
            source = objectAt(metric, "resource"_L1);
            name = source.value("name"_L1).toString();
        } else if (type == u"ContainerResource") {
            source = objectAt(metric, "containerResource"_L1);
            name = source.value("name"_L1).toString() + u'.' + source.value("container"_L1).toString();
        } else {
            // Pods, Object, External: {metric: {name}, target}
            source = objectAt(metric, type == u"Pods" ? "pods"_L1 : type == u"Object" ? "object"_L1 : "external"_L1);
            name = objectAt(source, "metric"_L1).value("name"_L1).toString();
        }
        if (!name.isEmpty())
            hpa.targets.append({name, targetText(objectAt(source, "target"_L1))});
    }
    into->autoscalers.append(hpa);
}

void readPod(const QJsonObject &item, const QJsonObject &metadata, KubernetesWorkloads *into)
{
    PodRecord pod;
    pod.ns = metadata.value("namespace"_L1).toString();
    pod.name = metadata.value("name"_L1).toString();
    std::tie(pod.ownerKind, pod.ownerName) = controllerOf(metadata);
    pod.labels = stringMap(objectAt(metadata, "labels"_L1));
    const QJsonObject status = objectAt(item, "status"_L1);
    pod.phase = status.value("phase"_L1).toString();
    QHash<QString, QString> specImages;
    const QJsonObject spec = objectAt(item, "spec"_L1);
    for (const auto list : {"initContainers"_L1, "containers"_L1}) {
        for (const auto values = spec.value(list).toArray(); const QJsonValue &value : values) {
            const QJsonObject container = value.toObject();
            specImages.insert(container.value("name"_L1).toString(), container.value("image"_L1).toString());
        }
    }
    for (const auto list : {"initContainerStatuses"_L1, "containerStatuses"_L1}) {
        for (const auto values = status.value(list).toArray(); const QJsonValue &value : values) {
            const QJsonObject container = value.toObject();
            RunningContainer running;
            running.name = container.value("name"_L1).toString();
            running.image = container.value("image"_L1).toString();
            if (running.image.isEmpty() || running.image.startsWith("sha256:"_L1))
                running.image = specImages.value(running.name, running.image);
            running.imageId = container.value("imageID"_L1).toString();
            specImages.remove(running.name);
            pod.containers.append(running);
        }
    }
    // Containers without a status yet (a pod still being scheduled) still say what they will run.
    for (auto it = specImages.cbegin(); it != specImages.cend(); ++it)
        pod.containers.append({it.key(), it.value(), {}});
    into->pods.append(pod);
}

} // namespace

void KubernetesWorkloads::append(const KubernetesWorkloads &other)
{
    workloads.append(other.workloads);
    pods.append(other.pods);
    owners.append(other.owners);
    autoscalers.append(other.autoscalers);
}

bool isWorkloadKind(QStringView kind)
{
    return kind == u"Deployment" || kind == u"StatefulSet" || kind == u"DaemonSet" || kind == u"CronJob"
        || kind == u"HorizontalPodAutoscaler" || kind == u"Pod" || kind == u"ReplicaSet" || kind == u"Job";
}

bool readWorkloadItem(const QJsonObject &item, QStringView kind, const QString &where, KubernetesWorkloads *into,
                      QString *error)
{
    const QJsonObject metadata = objectAt(item, "metadata"_L1);
    const QString name = metadata.value("name"_L1).toString();
    if (name.isEmpty()) {
        *error = WorkloadText::tr("%1 has no metadata.name").arg(where);
        return false;
    }
    const QJsonValue specValue = item.value("spec"_L1);
    if (!specValue.isUndefined() && !specValue.isNull() && !specValue.isObject()) {
        *error = WorkloadText::tr("%1 (%2): \"spec\" must be a map").arg(where, name);
        return false;
    }
    if (kind == u"HorizontalPodAutoscaler") {
        readAutoscaler(item, metadata, into);
        return true;
    }
    if (kind == u"Pod") {
        readPod(item, metadata, into);
        return true;
    }
    if (kind == u"ReplicaSet" || kind == u"Job") {
        const auto [ownerKind, ownerName] = controllerOf(metadata);
        if (!ownerKind.isEmpty())
            into->owners.append(
                {kind.toString(), metadata.value("namespace"_L1).toString(), name, ownerKind, ownerName});
        return true;
    }
    const QJsonObject spec = specValue.toObject();
    const QJsonValue statusValue = item.value("status"_L1);
    const bool hasStatus = statusValue.isObject();
    const QJsonObject status = statusValue.toObject();
    Workload workload;
    workload.kind = kind.toString().toLower();
    workload.ns = metadata.value("namespace"_L1).toString();
    workload.name = name;
    workload.resourceVersion = metadata.value("resourceVersion"_L1).toString();
    workload.matchLabels = stringMap(objectAt(objectAt(spec, "selector"_L1), "matchLabels"_L1));
    if (kind == u"CronJob") {
        workload.podSpec
            = objectAt(objectAt(objectAt(objectAt(spec, "jobTemplate"_L1), "spec"_L1), "template"_L1), "spec"_L1);
        workload.schedule = spec.value("schedule"_L1).toString();
        if (spec.value("suspend"_L1).isBool())
            workload.suspend = spec.value("suspend"_L1).toBool();
    } else {
        workload.podSpec = objectAt(objectAt(spec, "template"_L1), "spec"_L1);
    }
    if (kind == u"DaemonSet") {
        workload.desired = counter(status, hasStatus, "desiredNumberScheduled"_L1);
        workload.ready = counter(status, hasStatus, "numberReady"_L1);
        workload.updated = counter(status, hasStatus, "updatedNumberScheduled"_L1);
        workload.available = counter(status, hasStatus, "numberAvailable"_L1);
    } else if (kind != u"CronJob") {
        const QJsonValue replicas = spec.value("replicas"_L1);
        workload.desired = replicas.isDouble() ? qint64(replicas.toDouble()) : 1; // the API's default
        workload.ready = counter(status, hasStatus, "readyReplicas"_L1);
        workload.updated = counter(status, hasStatus, "updatedReplicas"_L1);
        workload.available = counter(status, hasStatus, "availableReplicas"_L1);
    }
    into->workloads.append(workload);
    return true;
}

} // namespace DriftDeck
