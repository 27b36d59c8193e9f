#pragma once

#include "snapshot/snapshot.h"
#include "workspace/workspace.h"

#include <optional>

namespace DriftDeck {

// Retrying one source re-reads just that source and splices its keys into the environment's
// last capture, so a flaky registry can be retried in an incident without waiting for every
// other server again.
//
// Splicing is exact only when no other source of the environment provides one of the source's
// keys: the capture keeps only the winning value of each key, so a layered key cannot be
// rebuilt without its other sources. Then the whole environment is read again instead.

// True when sourceId shares a key with another source of the environment (in either capture).
bool sourceSharesKeys(const EnvironmentCapture &environment, const QString &sourceId,
                      const EnvironmentCapture *fresh = nullptr);

// The workspace reduced to one environment and, when sourceId is not empty, to that one source.
// An environment a source listed (discovery `from:`) is taken from latest, the capture shown.
Workspace retryWorkspace(const Workspace &workspace, const QString &environment, const QString &sourceId,
                         const Snapshot *latest = nullptr);

// The environment with sourceId's status, layers and keys replaced by fresh's (a capture of
// that one source). nullopt when the keys overlap (see sourceSharesKeys) or the source is unknown.
std::optional<EnvironmentCapture> spliceSource(const EnvironmentCapture &environment, const QString &sourceId,
                                               const EnvironmentCapture &fresh);

// A copy of snapshot with one environment replaced; its index rebuilt. Runs in O(cells): call
// it off the GUI thread for large snapshots.
SnapshotPtr replaceEnvironment(const Snapshot &snapshot, const EnvironmentCapture &environment);

} // namespace DriftDeck
