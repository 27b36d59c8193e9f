#pragma once

#include "snapshot/snapshot.h"
#include "values/secrets.h"
#include "workspace/workspace.h"

#include <QByteArrayView>
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

enum class InputExpected {
    Any, // a workspace or a snapshot, told apart by the snapshot's format marker
    Snapshot, // a snapshot only (a damaged one may have lost its marker)
};

// Workspace or snapshot? Snapshots are JSON documents of format "driftdeck-snapshot".
bool looksLikeSnapshot(QByteArrayView head);
// Regular files only: a pipe would lose what the sniff read, so it is never sniffed here.
bool looksLikeSnapshot(const QString &path);
// Reads the path once: a regular file, or a pipe (`check /dev/stdin`) read into memory with a
// bound and sniffed from there. A FIFO without a writer, a device or a socket never blocks: it
// ends with an error. A workspace from a pipe resolves its relative paths against the current
// folder.
OpenedInput openInput(const QString &path, InputExpected expected = InputExpected::Any);

// The secret policy of a workspace: its patterns and its per-workspace salt.
std::optional<SecretPolicy> secretPolicyFor(const Workspace &workspace, QString *error);

} // namespace DriftDeck
