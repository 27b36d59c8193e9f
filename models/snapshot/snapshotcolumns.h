#pragma once

#include "snapshot.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace DriftDeck {

// The entries of every environment of a snapshot as compact columns (internal to SnapshotFile,
// format version 2). Keys, texts and values are stored once in tables; each environment then
// holds per entry a few small integers, one column each, and "the same value as the previous
// environment" costs one zero byte: a 20 × 100,000 snapshot needs a few bytes per cell
// before compression. Layout (all integers LEB128, "s" ones zigzag):
//   keys:   count, then per key: bytes shared with the previous key, suffix length, suffix UTF-8
//   texts:  count, then per text: length, UTF-8
//   values: count, then per value: kind, display text, canonical (0: the display, else text + 1)
//   per environment, in the order of the header's list: entry count, then the columns
//     key gap (key − previous key − 1), value (0: as the previous environment with this key,
//     else value + 1), source + 1, flags (1: stale), origin count,
//     and per origin: layer + 1, line (s: − the previous origin's line), column,
//     display (0: the entry's display, 1: empty, else text + 2).
namespace SnapshotColumns {

// snapshot must be indexed (buildIndex); its rows give the keys.
QByteArray encode(const Snapshot &snapshot);

// Fills the entries of the environments already listed in snapshot (names, layers and sources
// read from the header). Every index is checked, so a damaged payload gives an error, never a
// crash; the error names the byte offset in the (uncompressed) payload.
bool decode(QByteArrayView payload, Snapshot *snapshot, QString *error);

} // namespace SnapshotColumns

} // namespace DriftDeck
