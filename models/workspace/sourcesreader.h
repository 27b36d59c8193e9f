#pragma once

#include "nodereader.h"
#include "workspace.h"

namespace DriftDeck {

// The "sources:" list: each source's type, id, environments, credentials, normalisation and
// overrides, and its type-specific options checked against the SourceFactory's schema.
// Ids left out are filled in from the type ("config-files", "config-files-2", …).
QList<SourceSpec> readSources(NodeReader &reader, const YamlNode &node, const QString &path,
                              const QStringList &environments, const NormalisationOptions &defaults);

// A "normalise:" map; keys written replace those in options, the rest stay.
void readNormalisation(NodeReader &reader, const YamlNode &node, const QString &path, NormalisationOptions *options);

} // namespace DriftDeck
