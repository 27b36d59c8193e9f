#pragma once

#include "manifestdocuments.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace DriftDeck {

// The part of a kustomization.yaml (https://kubectl.docs.kubernetes.io/references/kustomize/
// kustomization/) that is cheap to apply exactly: which resources it lists, the namespace it
// sets, its image overrides and replica counts. Everything else is listed in warnings so nobody
// mistakes the rows for kustomize's full output.
struct KustomizeImage {
    QString name; // the image name to match, without tag or digest
    QString newName;
    QString newTag;
    QString digest;
};

struct Kustomization {
    QList<std::pair<QString, qint32>> resources; // path relative to the kustomization, line
    QString ns;
    QList<KustomizeImage> images;
    QList<std::pair<QString, qint64>> replicas; // workload name → count
    QStringList warnings;
    QString errorString; // "file:line:column: …"
};

Kustomization readKustomization(const QByteArray &bytes, const QString &file);

// Applies namespace, images and replicas to the objects the kustomization's resources gave.
void applyKustomization(const Kustomization &kustomization, QList<ManifestDocument> &documents);

// "registry:5000/app:1.2@sha256:…" → "registry:5000/app": what kustomize's images[].name matches.
QString imageNameOf(const QString &image);

} // namespace DriftDeck
