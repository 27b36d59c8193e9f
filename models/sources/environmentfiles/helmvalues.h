#pragma once

#include "filetree.h"
#include "sources/source.h"

#include <QStringList>

namespace DriftDeck {

// Helm's rules for values files given in order (values.yaml, then values-{env}.yaml, then --set):
// maps merge deeply, anything else (lists included) is replaced whole, and a null in a later
// layer deletes the key. Returns an error with file and line for a file that is not a map of
// values.
QString mergeHelmValues(FileTreeNode &base, FileTreeNode override);

// The merged values as rows "<prefix><dotted.path>": maps are flattened, lists stay whole, an empty
// map is a row of its own. layers: the per-layer trees before merging, so each row's provenance
// lists every layer that set it (FileTreeNode::file is the layer index), the winner last.
void helmValueRows(const FileTreeNode &merged, const std::vector<FileTreeNode> &layers, const QString &prefix,
                   const Normaliser &normaliser, SourceResult *result);

// "image.tag" with a value as the workspace wrote it: the tree --set would give ({image: {tag: …}}).
// Backslash escapes a dot in a key ("annotations.kubernetes\.io/name"). position names the layer.
FileTreeNode helmSetTree(const QString &path, const QVariant &value, qint32 layer);

} // namespace DriftDeck
