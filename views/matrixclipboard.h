#pragma once

#include <QModelIndexList>
#include <QString>

namespace DriftDeck {

// What Copy puts on the clipboard from the matrix: a cell's value, a key row or a block of
// cells as tab-separated text. A secret is never copied: a lone secret cell refuses, and in rows
// it is written as the mask.
struct ClipboardText {
    QString text;
    QString refusal; // why nothing was copied; empty when text is usable

    bool ok() const { return refusal.isEmpty(); }
};

namespace MatrixClipboard {
ClipboardText forSelection(QModelIndexList indexes);
ClipboardText forKey(const QModelIndex &index);
// A key row: the full key, then each environment's value.
ClipboardText forRow(const QModelIndex &index);
} // namespace MatrixClipboard

} // namespace DriftDeck
