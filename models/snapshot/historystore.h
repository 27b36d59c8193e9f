#pragma once

#include "snapshotfile.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace DriftDeck {

// One saved snapshot, as listed from the file name (files are not opened to list them).
struct HistoryEntry {
    QString path;
    QDateTime takenAt; // UTC, to the second
    qint64 fileSize = 0;
};

struct HistorySaveResult {
    QString path; // empty on failure
    QString errorString;

    bool ok() const { return !path.isEmpty(); }
};

// The saved snapshots of one workspace: one folder per workspace, one file per capture named
// after its time (20250314T092653Z.driftsnap.json), so listing is a directory read.
class HistoryStore
{
public:
    // root: the folder holding every workspace's history; empty means
    // QStandardPaths::AppDataLocation + "/history". Tests pass a temporary folder.
    HistoryStore(const QString &workspaceName, const QString &workspacePath, const QString &root = {});

    // "checkout-platform-1a2b3c4d": a readable slug of the name plus the first 8 hex digits of
    // the SHA-256 of the absolute path, so two workspaces with one name keep apart.
    // The history kept directly in `directory` (a workspace's `history: folder:`): a folder shared
    // by a team holds one workspace's history, and its name must not depend on where each writer
    // keeps the workspace file, as workspaceId() does.
    static HistoryStore inFolder(const QString &directory);

    static QString workspaceId(const QString &workspaceName, const QString &workspacePath);
    QString directory() const { return m_directory; }

    // Never overwrites: a second capture in the same second gets "-2", then "-3", …; the name is
    // claimed with an exclusive create, so this holds for writers in other processes too.
    HistorySaveResult save(const Snapshot &snapshot) const;
    // Oldest first. Empty files are names another writer has claimed and is still writing: skipped.
    QList<HistoryEntry> list() const;
    SnapshotReadResult load(const QString &path) const;
    // Removes the snapshots that are neither among the newest keepCount nor taken within
    // keepDays before now. A negative limit keeps everything by that measure. Returns the
    // removed paths, oldest first.
    QStringList applyRetention(int keepCount, int keepDays, const QDateTime &now) const;

private:
    HistoryStore() = default;
    QString m_directory;
};

} // namespace DriftDeck
