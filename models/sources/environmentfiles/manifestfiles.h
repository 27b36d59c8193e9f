#pragma once

#include "background/cancelflag.h"
#include "manifestdocuments.h"

#include <QStringList>

namespace DriftDeck {

// The objects found at one path of a kubernetes-manifests source: a manifest file; a folder of
// *.yaml, *.yml and *.json files (in name order, like `kubectl apply -f DIR`); or a folder with a
// kustomization.yaml, whose resources are read with the cheap transformations applied
// (namespace, images, replicas). What kustomize would do beyond those (patches, generators,
// name prefixes, components, Helm charts) is named in a warning: for those, point the source at
// the output of `kubectl kustomize DIR` saved to a file.
struct ManifestFiles {
    QList<ManifestDocument> documents;
    QStringList files; // every file read, as labels
    QStringList warnings;
    QString errorString;
};

struct ManifestPath {
    QString label; // as the workspace names it, for messages and provenance
    QString absolute;
};

ManifestFiles readManifestPath(const ManifestPath &path, bool recursive, const CancelFlag &cancelled);

// Larger manifest files are refused rather than read.
constexpr qint64 MaxManifestFileSize = 64 * 1024 * 1024;

} // namespace DriftDeck
