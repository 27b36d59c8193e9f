#pragma once

#include "workspace.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace DriftDeck {

// Resolves the workspace's EnvironmentDiscovery entries (see workspace.h).
struct DiscoveredEnvironment {
    QString name;
    QString path; // the match, relative to the workspace folder
    QDateTime modified;
};

struct DiscoveryResult {
    QList<DiscoveredEnvironment> environments; // in name order (numbers compared as numbers)
    QStringList warnings; // names skipped, matches left out by the cap
};

// "envs/pr-*", or "cluster: preview-pr-*" for names a source lists: how messages name a discovery.
QString discoveryLabel(const EnvironmentDiscovery &discovery);

// What each discovery that a source lists found, by its index in Workspace::discoveries.
using ListedEnvironments = QHash<int, DiscoveryResult>;

// What one discovery finds now. `declared` names are skipped: `envs/*` may match the folders of
// the environments the workspace lists itself.
DiscoveryResult discoverEnvironments(const EnvironmentDiscovery &discovery, const QString &workspaceDirectory,
                                     const QStringList &declared);

// The environment one of discovery's matches becomes (group, and for a listing source how it is read).
EnvironmentSpec discoveredEnvironment(const EnvironmentDiscovery &discovery, const QString &name,
                                      const QString &baseline);

// What a discovery with a source finds among the names that source listed (name -> creation
// time in ISO 8601, or empty when the source does not know it: then the name orders them).
DiscoveryResult discoverFromListing(const EnvironmentDiscovery &discovery, const QHash<QString, QString> &listed,
                                    const QStringList &declared);

// The workspace with every discovery's matches appended to its environments (EnvironmentSpec::
// group set), as a capture runs it. A discovery with a source contributes what `listed` holds for
// its index, or nothing. A workspace without discoveries comes back unchanged.
Workspace withDiscoveredEnvironments(const Workspace &workspace, QStringList *warnings = nullptr,
                                     const ListedEnvironments *listed = nullptr);

} // namespace DriftDeck
