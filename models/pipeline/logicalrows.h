#pragma once

#include "snapshot/snapshot.h"
#include "values/secrets.h"
#include "workspace/logicalrow.h"

namespace DriftDeck {

// Adds each logical row to every environment of a capture: the value of the key that row names
// for that environment (extracted by its pattern, if any), with that key's provenance followed by
// a step "<original key>" so the drill-down shows where it came from. The original rows stay.
// Under sameMajor/sameMinor the value's canonical text is cut to the first one or two numbers of
// the version, so "15.2" and "15.4" compare as the same major while showing in full.
// An environment whose key is absent has no value (missing); a pattern that does not match, or a
// secret that cannot be searched, gives an unknown (masked) cell saying why. Pure: takes the
// snapshot by value (move it in to avoid a copy) and returns it with its index rebuilt.
// With secrets, a row's own key is checked against the secret patterns too: "config/api.token"
// taken from a key no pattern covers is still a secret by its name.
Snapshot applyLogicalRows(Snapshot snapshot, const QList<LogicalRow> &rows, const SecretPolicy *secrets = nullptr);

// "15.4.1" -> "15" (major) or "15.4" (minor); the first version-like number in text, or text
// itself when there is none.
QString versionPrefix(const QString &text, int parts);

} // namespace DriftDeck
