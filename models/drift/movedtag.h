#pragma once

#include "driftstatus.h"

#include <QString>

namespace DriftDeck {

class Snapshot;

// Declared versus running: a cluster source with `registries:` writes, next to the digests a
// workload's pods run (<image key>/digest), the digest the workload's tag names in the registry
// now (<image key>/registryDigest). When no pod runs that digest the tag was pushed again after
// the deploy: what a restart or a new node would pull is not what runs. That is critical in every
// environment where it happens, even when all environments agree.
struct MovedTag {
    Severity severity = Severity::None;
    QString reason; // "staging: tag 2.14.0 now names sha256:… in the registry; the pods run sha256:…"
};

inline constexpr QStringView RegistryDigestSuffix = u"/registryDigest";

// The rule for one row of the snapshot; None for rows that are not registryDigest rows.
MovedTag movedTag(const Snapshot &snapshot, int row, const QString &key);

// The digests in a running-digest value: "sha256:a ×2, sha256:b ×1" → {sha256:a, sha256:b}.
QStringList runningDigests(const QString &value);

} // namespace DriftDeck
