#pragma once

#include "snapshot/snapshotdiff.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace DriftDeck {

// Which two captures a diff compares, for the headings of its outputs.
struct DiffSides {
    QString workspaceName;
    QString baseline;
    QString pathA;
    QString pathB;
    QDateTime takenAtA;
    QDateTime takenAtB;
};

// The outputs of `driftdeck diff`. Secrets appear only as "secret changed"; never a value or
// a fingerprint.

// For a terminal: no line wider than `width` columns.
QString formatDiffText(const SnapshotDiff &diff, const DiffSides &sides, int width = 80);
// Versioned schema "driftdeck-diff" 1, documented in the README.
QByteArray formatDiffJson(const SnapshotDiff &diff, const DiffSides &sides);
// GitHub-flavoured Markdown for a pull request comment.
QString formatDiffMarkdown(const SnapshotDiff &diff, const DiffSides &sides);

} // namespace DriftDeck
