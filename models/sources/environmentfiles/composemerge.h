#pragma once

#include "filetree.h"

#include <QStringList>

namespace DriftDeck {

// Compose's rules for several files (compose-go's override package, which `docker compose
// config` uses): later files override scalars and merge mappings; sequences are appended, except
//   - environment, labels, annotations, build.args, env_file, dns…, sysctls, tmpfs: both sides
//     turned into "KEY=value" sequences (maps sorted by key) and appended;
//   - command, entrypoint, healthcheck.test: replaced whole;
//   - depends_on and networks given as lists become maps first; build given as a string
//     becomes {context: …}; logging with another driver is replaced whole;
// and afterwards one entry per identity is kept (the later one, in the earlier one's place):
// environment and labels by KEY, ports by host:published:target/protocol, volumes by target,
// env_file by path, secrets and configs by target. A null in a later file keeps the earlier value.
// files names the files by FileTreeNode::file, for messages. Returns an error with file and line
// ("cannot override services.web.ports: a list with a map"), or an empty string.
// The YAML tags of the specification's merge section: a value tagged !override replaces the
// earlier one whole; an entry tagged !reset removes the earlier one (and is itself dropped).
QString mergeComposeTrees(FileTreeNode &base, FileTreeNode override, const QStringList &files);

// Removes entries tagged !reset: in the first file there is nothing earlier for them to reset.
void dropComposeResets(FileTreeNode &node);

// The deduplication above, on the merged tree (Compose applies it to a single file too).
QString enforceComposeUnicity(FileTreeNode &root, const QStringList &files);

// The mapping form of a Compose "KEY=value" sequence or map (environment, labels): key -> node
// (null for "KEY" without a value), in order, the last occurrence winning.
std::vector<std::pair<QString, FileTreeNode>> composeKeyValues(const FileTreeNode &node);

} // namespace DriftDeck
