#pragma once

#include "sources/configservers/kubernetesformat.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace DriftDeck {

// Kubernetes manifests on disk: YAML streams of objects separated by "---", `kind: List`
// objects, typed lists (ConfigMapList), or JSON. Each object keeps the file and line it was
// written at, so a malformed one is reported as "file:line:column: …".
struct ManifestDocument {
    QJsonObject object; // always has "kind"; items of a typed list get the list's item kind
    QString file; // as the workspace names it
    qint32 line = 0;
    qint32 column = 0;

    QString kind() const { return object.value(QLatin1StringView("kind")).toString(); }
    QString location() const; // "file:line"
};

// Appends every object of one file to *out; an error names the file, line and column.
QString readManifestDocuments(const QByteArray &bytes, const QString &file, QList<ManifestDocument> *out);

// Reads each document with the cluster source's reader (parseKubernetesObjects), so an object on
// disk becomes the same rows as one from the API. A Secret's stringData is encoded into data, as
// the API server does on write. Kinds no row is made of (Service, Ingress) are counted in
// otherKinds. On a malformed object errorString is "file:line:column: …" and nothing is kept.
KubernetesObjects manifestObjects(const QList<ManifestDocument> &documents);

// The API's resource name for a kind ("Deployment" → "deployments"), as ClusterRowOptions'
// locationOf receives it.
QString manifestResourceName(const QString &kind);

} // namespace DriftDeck
