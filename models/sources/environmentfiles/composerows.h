#pragma once

#include "composeproject.h"
#include "sources/source.h"

namespace DriftDeck {

// An env_file's variables, read by the caller (the rows never touch the disk themselves).
struct ComposeEnvFile {
    QString label; // as the compose file wrote it
    QList<std::pair<QString, FileTreeNode>> variables; // name -> value with its position
    QString errorString;
};
using ComposeEnvFileReader = std::function<ComposeEnvFile(const QString &path, bool required)>;

// The rows of a merged compose project, per service NAME:
//   image/NAME                    the image reference; one pinned by digest compares by digest
//   image/NAME/digest             the digest, when pinned
//   config/compose.NAME.environment.VAR   env_file values first, `environment` overriding them
//   config/compose.NAME.ports     the published ports, "[ip:]published:target/protocol", sorted
//   config/compose.NAME.healthcheck.test|interval|timeout|retries|start_period|disable
//   infra/compose.NAME.limits.cpus|memory|pids, infra/compose.NAME.reservations.cpus|memory
//   infra/compose.NAME.replicas
// Memory sizes compare in bytes (Compose's units are binary: 512m = 536870912).
// layers: one per compose file (in order), then one per env_file read.
SourceResult composeRows(const ComposeProject &project, const ComposeEnvFileReader &readEnvFile,
                         const Normaliser &normaliser, const QString &sourceId);

// "512m", "1.5g", "1024" -> bytes (Compose uses binary units); false when not a size.
bool parseComposeBytes(QStringView text, double *bytes);

} // namespace DriftDeck
