#include "workloadrows.h"

#include "podspecrows.h"
#include "runningimages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

class WorkloadRowText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::WorkloadRows)
};

QString kindTitle(const QString &kind)
{
    static const QHash<QString, QString> titles{{u"deployment"_s, u"Deployment"_s},
                                                {u"statefulset"_s, u"StatefulSet"_s},
                                                {u"daemonset"_s, u"DaemonSet"_s},
                                                {u"cronjob"_s, u"CronJob"_s}};
    return titles.value(kind, kind);
}

QString qualified(const QString &ns, const QString &name)
{
    return ns.isEmpty() ? name : ns + u'/' + name;
}

QStringList containerNames(const QJsonObject &podSpec)
{
    QStringList names;
    for (const auto list : {"initContainers"_L1, "containers"_L1}) {
        for (const auto containers = podSpec.value(list).toArray(); const QJsonValue &container : containers)
            names.append(container.toObject().value("name"_L1).toString());
    }
    names.removeAll(QString());
    return names;
}

void addRunningRows(SourceResult &result, const Workload &workload, const WorkloadKeys &keys,
                    const QList<const PodRecord *> &pods, const WorkloadRowOptions &options)
{
    const qint32 layer = qint32(result.layers.size());
    result.layers.append({options.sourceId,
                          WorkloadRowText::tr("Pods of %1 %2: %3")
                              .arg(kindTitle(workload.kind), qualified(workload.ns, workload.name))
                              .arg(pods.size()),
                          options.locationOf(u"pods"_s, workload.ns, {})});
    const RowWriter writer{&result, layer};
    for (const auto containers = containerNames(workload.podSpec); const QString &container : containers) {
        QStringList versions;
        QStringList digests;
        for (const PodRecord *pod : pods) {
            for (const RunningContainer &running : pod->containers) {
                if (running.name != container)
                    continue;
                versions.append(parseImageReference(running.image).version());
                digests.append(digestOfImageId(running.imageId));
            }
        }
        int distinctVersions = 0;
        int distinctDigests = 0;
        const QString version = countedValues(versions, &distinctVersions);
        const QString digest = countedValues(digests, &distinctDigests);
        const QString key = keys.image + u'/' + container;
        if (!version.isEmpty())
            writer.add(key + u"/running"_s, Value::string(version));
        if (!digest.isEmpty())
            writer.add(key + u"/digest"_s, Value::string(digest));
        if (distinctVersions > 1 || distinctDigests > 1)
            result.warnings.append(
                WorkloadRowText::tr("%1/%2: rollout in progress, container %3 runs %4")
                    .arg(workload.kind, workload.name, container, distinctVersions > 1 ? version : digest));
    }
}

void addAutoscalerRows(SourceResult &result, const Autoscaler &hpa, const WorkloadRowOptions &options)
{
    const qint32 layer = qint32(result.layers.size());
    result.layers.append({options.sourceId, u"HorizontalPodAutoscaler "_s + qualified(hpa.ns, hpa.name),
                          options.locationOf(u"horizontalpodautoscalers"_s, hpa.ns, hpa.name)});
    const RowWriter writer{&result, layer};
    const QString prefix = WorkloadKeys(hpa.targetKind, hpa.targetName).infra + u"/hpa."_s;
    writer.add(prefix + u"minReplicas"_s, Value::number(double(hpa.minReplicas)));
    if (hpa.maxReplicas >= 0)
        writer.add(prefix + u"maxReplicas"_s, Value::number(double(hpa.maxReplicas)));
    for (const auto &[metric, target] : hpa.targets)
        writer.add(prefix + metric, Value::string(target));
}

} // namespace

QString workloadResource(const QString &kind)
{
    return kind + u's';
}

void addWorkloadRows(SourceResult &result, const KubernetesWorkloads &read, const WorkloadRowOptions &options,
                     const Normaliser &normaliser)
{
    const QList<QList<const PodRecord *>> pods = podsByWorkload(read);
    QSet<QString> seen;
    for (qsizetype i = 0; i < read.workloads.size(); ++i) {
        const Workload &workload = read.workloads.at(i);
        const WorkloadKeys keys(workload.kind, workload.name);
        if (seen.contains(keys.config)) {
            result.warnings.append(WorkloadRowText::tr("%1 %2 appears more than once (several namespaces?); the "
                                                       "first one is kept")
                                       .arg(kindTitle(workload.kind), workload.name));
            continue;
        }
        seen.insert(keys.config);
        QString label = kindTitle(workload.kind) + u' ' + qualified(workload.ns, workload.name);
        if (!workload.resourceVersion.isEmpty())
            label += WorkloadRowText::tr(" (resourceVersion %1)").arg(workload.resourceVersion);
        const qint32 layer = qint32(result.layers.size());
        result.layers.append(
            {options.sourceId, label, options.locationOf(workloadResource(workload.kind), workload.ns, workload.name)});
        const RowWriter writer{&result, layer};
        if (workload.desired >= 0)
            writer.add(keys.infra + u"/replicas"_s, Value::number(double(workload.desired)));
        if (workload.ready >= 0)
            writer.add(keys.infra + u"/replicas.ready"_s, Value::number(double(workload.ready)));
        if (workload.updated >= 0)
            writer.add(keys.infra + u"/replicas.updated"_s, Value::number(double(workload.updated)));
        if (workload.available >= 0)
            writer.add(keys.infra + u"/replicas.available"_s, Value::number(double(workload.available)));
        if (!workload.schedule.isEmpty())
            writer.add(keys.config + u"/schedule"_s, Value::string(workload.schedule));
        if (workload.suspend)
            writer.add(keys.config + u"/suspend"_s, Value::boolean(*workload.suspend));
        addPodSpecRows(writer, keys, workload.podSpec, normaliser);
        if (!pods.at(i).isEmpty()) {
            addRunningRows(result, workload, keys, pods.at(i), options);
        } else if (options.podsRead && workload.desired != 0 && workload.kind != u"cronjob") {
            result.warnings.append(
                WorkloadRowText::tr("%1/%2 has no pods: what it runs is unknown").arg(workload.kind, workload.name));
        }
    }
    for (const Autoscaler &hpa : read.autoscalers)
        addAutoscalerRows(result, hpa, options);
}

} // namespace DriftDeck
