#pragma once

#include "filetree.h"
#include "workspace/localfile.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace DriftDeck {

// The compose files of one project as they are read: those the workspace lists, then those
// their `include` and `extends` name. Every file gets the next FileTreeNode::file index, so
// provenance and messages name the file a value came from.
struct ComposeFiles {
    // The bytes of a file by its absolute path, or why it cannot be read ("no such file").
    std::function<LocalFile::Read(const QString &absolute)> read;
    QHash<QString, QString> variables;
    QStringList labels; // as messages name them
    QStringList absolutes;

    // Reads, checks and interpolates one compose file into *out.
    QString load(const QString &label, const QString &absolute, FileTreeNode *out);
    // The label and absolute path of `path` as written in file `from` (relative to its folder).
    std::pair<QString, QString> relativeTo(qint32 from, const QString &path) const;
};

// Replaces every service's `extends` (short form "service", or {service, file}) by the service it
// names, with the extending service merged over it by the rules of mergeComposeTrees. Chains are
// followed; a cycle or a missing service is an error at the `extends` line.
QString resolveComposeExtends(FileTreeNode &root, ComposeFiles &files);

// Reads the top-level `include` entries (a path, or {path: one or a list, project_directory,
// env_file}) as projects of their own — merged, extended, their own includes resolved — and copies
// their services, networks, volumes, configs and secrets in. A resource defined on both sides is
// an error, as in `docker compose config`. Removes the `include` key.
QString resolveComposeIncludes(FileTreeNode &root, ComposeFiles &files, int depth = 0);

} // namespace DriftDeck
