#pragma once

#include "sources/source.h"

#include <QJsonObject>
#include <QString>

namespace DriftDeck {

// Adds rows to a result, all from one layer; the first writer of a key wins and a repeated key
// is reported once per object by the caller.
struct RowWriter {
    SourceResult *result = nullptr;
    qint32 layer = -1;

    void add(const QString &key, const Value &value) const;
    // Nested maps as dotted keys below prefix ("…/livenessProbe" + ".httpGet.path"), lists whole;
    // separator goes between prefix and the first level.
    void addFlattened(const QString &prefix, const QJsonObject &object, const Normaliser &normaliser,
                      QChar separator = u'.') const;
};

// The key prefixes of one workload: config/<kind>/<name>, infra/<kind>/<name>, image/<kind>/<name>.
struct WorkloadKeys {
    QString config;
    QString infra;
    QString image;

    WorkloadKeys(const QString &kind, const QString &name);
};

// How an environment variable's valueFrom reads, never its value: "configMapKeyRef app-config/LOG_LEVEL",
// "secretKeyRef db-credentials/password", "fieldRef metadata.namespace".
QString envReference(const QJsonObject &valueFrom);

// A resource quantity compared by its amount: "512Mi" and "0.5Gi" are one value, shown as written.
Value quantityValue(const QString &text, const Normaliser &normaliser);

// The rows of a pod template's spec (see the README's "Kubernetes workloads"): per container
// (init containers too) the image, resources, environment, probes, security context and pull
// policy; for the pod its service account, node selector and security context.
void addPodSpecRows(const RowWriter &writer, const WorkloadKeys &keys, const QJsonObject &podSpec,
                    const Normaliser &normaliser);

} // namespace DriftDeck
