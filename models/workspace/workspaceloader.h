#pragma once

#include "workspace.h"

#include <QList>
#include <QString>

#include <optional>

namespace DriftDeck {

// One problem found in a workspace file, precise enough to jump to:
// "workspace.yaml:12:5: sources[2].url: expected a URL, got a list".
struct WorkspaceError {
    QString file;
    int line = 0; // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    QString path; // the node, e.g. "sources[2].url"; empty for file-level problems
    QString message;

    QString toString() const;
};

struct WorkspaceLoadResult {
    std::optional<Workspace> workspace; // set only when there are no errors
    QList<WorkspaceError> errors; // every problem found, not just the first

    bool ok() const { return workspace.has_value() && errors.isEmpty(); }
    QString errorString() const; // all errors, one per line
};

// Reads and validates a workspace file (YAML, version 1). Never throws, never crashes on bad
// input: truncated files, wrong types, invalid UTF-8, huge or deeply nested documents all come
// back as errors.
class WorkspaceLoader
{
public:
    static WorkspaceLoadResult loadFile(const QString &path);
    // path is used for messages and to resolve relative paths.
    static WorkspaceLoadResult loadText(const QByteArray &text, const QString &path);
};

} // namespace DriftDeck
