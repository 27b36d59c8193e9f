#pragma once

#include "snapshot/snapshot.h"

#include <QStringList>

namespace DriftDeck::CommandLine {

QStringList commandNames();
// Each takes the program name followed by the command's own arguments.
int runCheck(const QStringList &arguments);
int runSnapshot(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runDiff(const QStringList &arguments);

// A snapshot read from a file, or captured now from a workspace file.
struct CommandInput {
    SnapshotPtr snapshot;
    QString errorString;
    bool captured = false; // from a workspace, just now
    QString workspacePath; // when captured
};
// allowWorkspace false: path must be a snapshot file.
CommandInput loadInput(const QString &path, bool allowWorkspace);
// "staging / Registry: timeout after 10 s" for every source that failed or was cancelled.
QStringList failedSources(const Snapshot &snapshot);

} // namespace DriftDeck::CommandLine
