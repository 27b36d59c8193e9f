#pragma once

#include "nodereader.h"
#include "workspace.h"

namespace DriftDeck {

// `- discover: GLOB` inside the environments list, with optional newest and group, and `from` (a
// source that lists names) with its environment, labelSelector and repository.
void readDiscovery(NodeReader &reader, const YamlNode &item, const QString &itemPath,
                   QList<EnvironmentDiscovery> *discoveries);

// After the sources are read: each `from` names a kubernetes or registry source, `environment` one
// of the declared environments, and labelSelector / repository fit the source's kind.
void checkDiscoverySources(NodeReader &reader, const YamlNode &environments, const Workspace &workspace);

} // namespace DriftDeck
