#pragma once

#include "snapshot/snapshot.h"
#include "values/secrets.h"
#include "workspace/workspace.h"

#include <QString>

#include <optional>

namespace DriftDeck {

// What a path given by the user turned out to be, loaded and validated.
struct OpenedInput {
    std::optional<Workspace> workspace; // a workspace file: still needs a capture
    SnapshotPtr snapshot; // a snapshot file: ready to compare, offline
    QString errorString; // all problems, one per line

    bool ok() const { return errorString.isEmpty() && (workspace || snapshot); }
};

// Workspace or snapshot? Snapshots are JSON documents of format "driftdeck-snapshot".
bool looksLikeSnapshot(const QString &path);
OpenedInput openInput(const QString &path);

// The secret policy of a workspace: its patterns and its per-workspace salt.
std::optional<SecretPolicy> secretPolicyFor(const Workspace &workspace, QString *error);

} // namespace DriftDeck
