#pragma once

#include "logicalrow.h"
#include "nodereader.h"

namespace DriftDeck {

// The workspace's `rows:` section:
//   rows:
//     - key: infra/postgres
//       compare: sameMajor            # exact (default), sameMajor, sameMinor
//       from:
//         development: {key: image/postgres, pattern: "postgres:(.+)"}
//         staging: infra/postgres.version              # a bare key
//         production: infra/aws_db_instance.main.engine_version
//         "*": …                                       # any other environment
// Every mistake is reported at its line: unknown environments (with a did-you-mean), patterns
// that do not compile, a key without a category, a row declared twice.
void readLogicalRows(NodeReader &reader, const YamlNode &node, const QStringList &environments,
                     QList<LogicalRow> *rows);

} // namespace DriftDeck
