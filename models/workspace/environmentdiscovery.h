#pragma once

#include "workspace.h"

#include <QDateTime>
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

// What one discovery finds now. `declared` names are skipped: `envs/*` may match the folders of
// the environments the workspace lists itself.
DiscoveryResult discoverEnvironments(const EnvironmentDiscovery &discovery, const QString &workspaceDirectory,
                                     const QStringList &declared);

// The workspace with every discovery's matches appended to its environments (EnvironmentSpec::
// group set), as a capture runs it. A workspace without discoveries comes back unchanged.
Workspace withDiscoveredEnvironments(const Workspace &workspace, QStringList *warnings = nullptr);

} // namespace DriftDeck
