#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace DriftDeck {

// A run of characters (UTF-16 code units) inside one line.
struct TextRange {
    int start = 0;
    int length = 0;
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// One line of a diff between a baseline value (left) and another environment's value (right).
struct DiffLine {
    enum class Kind : quint8 {
        Same, // in both
        Removed, // only in the baseline
        Added, // only in the other environment
        Changed, // a baseline line replaced by a similar one: see the character ranges
    };
    Kind kind = Kind::Same;
    int left = -1; // 0-based line in the baseline value; -1 for Added
    int right = -1; // 0-based line in the other value; -1 for Removed
    QList<TextRange> leftChanges; // Changed only: what differs in the baseline line
    QList<TextRange> rightChanges; // Changed only: what differs in the other line

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

// Line diff (Myers) with character ranges for lines that were edited rather than replaced, for
// the drill-down panel. Values can be large documents (certificates, JSON blobs), so the work is
// bounded: past a budget of edits the rest is reported as removed-then-added, never slowly.
namespace LineDiff {

// Lines as a person sees them: "\n", "\r\n" and "\r" all end a line; no trailing empty line
// for a final newline. An empty text has no lines.
QStringList splitLines(const QString &text);

QList<DiffLine> diff(const QString &left, const QString &right);
QList<DiffLine> diffLines(const QStringList &left, const QStringList &right);

// The characters that differ between two versions of one line, on each side.
void intraLine(QStringView left, QStringView right, QList<TextRange> *leftChanges, QList<TextRange> *rightChanges);

// Removed and added lines this much alike (0..1, by characters in common) are shown as one
// changed line with character highlights; less alike lines are shown as removed and added.
inline constexpr double ChangedLineSimilarity = 0.4;
// Beyond this many line or character edits, stop looking for a minimal diff.
inline constexpr int MaxEdits = 1000;

} // namespace LineDiff
} // namespace DriftDeck
