#pragma once

#include "background/cancelflag.h"
#include "filetree.h"

#include <QHash>
#include <QStringList>

namespace DriftDeck {

// One compose file to read: where it is and how messages name it.
struct ComposeFileInput {
    QString absolutePath;
    QString label; // the path as the workspace wrote it
};

// Several compose files read, interpolated and merged into one model, as `docker compose -f a
// -f b config` would see it (without its normalisation into long syntax).
struct ComposeProject {
    FileTreeNode root; // a map; FileTreeNode::file indexes files
    QStringList files; // labels, in the order given
    QString errorString; // "compose.yaml:12:14: required variable DB_TAG is missing a value: …"

    bool ok() const { return errorString.isEmpty(); }
};

// Reads every file (YAML), interpolates its values with variables (the environment's .env and
// the workspace's own), merges them in order with Compose's rules (!reset and !override too),
// resolves `include` and `extends` (see composefiles.h; files they name are appended to files)
// and keeps one entry per identity in the sequences that have one. Never throws; stops at the
// first problem.
ComposeProject loadComposeProject(const QList<ComposeFileInput> &files, const QHash<QString, QString> &variables,
                                  const CancelFlag &cancelled);

// The same on text already read, for tests: one entry per file, label -> YAML bytes; others are
// files an include or extends may name (by label, relative to the naming file's folder).
ComposeProject composeProjectFromText(const QList<std::pair<QString, QByteArray>> &files,
                                      const QHash<QString, QString> &variables,
                                      const QList<std::pair<QString, QByteArray>> &others = {});

} // namespace DriftDeck
