#pragma once

#include "drift/driftstatus.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace DriftDeck {

class Snapshot;
struct Policy;

// A key whose value differs between the two snapshots. Secrets carry no display: only the fact
// that the fingerprint changed is known.
struct ChangedKey {
    QString key;
    QString oldDisplay;
    QString newDisplay;
    bool secret = false; // either side is a secret: the displays are empty
};

// What changed in one environment present in both snapshots.
struct EnvironmentDiff {
    QString environment;
    QStringList added; // keys only the newer snapshot has
    QStringList removed; // keys only the older snapshot has
    QList<ChangedKey> changed;
    // Secrets fingerprinted with different salts: whether they changed cannot be known.
    QStringList notComparable;

    bool isEmpty() const
    {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && notComparable.isEmpty();
    }
};

// One cell whose drift against the baseline appeared or went away between the snapshots.
struct DriftChange {
    QString key;
    QString environment;
    DriftStatus before = DriftStatus::Absent; // Absent when the older snapshot lacks the key
    DriftStatus after = DriftStatus::Absent;
};

// The comparison of an older snapshot (A) with a newer one (B), or of a saved one with live data.
// Keys are listed in row order (category, then key); environments in B's order.
struct SnapshotDiff {
    QStringList environmentsAdded;
    QStringList environmentsRemoved;
    QList<EnvironmentDiff> environments; // every environment present in both, changed or not
    QList<DriftChange> newDrift; // drifting in B, not in A
    QList<DriftChange> resolvedDrift; // drifting in A, not in B
    bool saltMismatch = false;
    // Why drift changes could not be computed (the baseline is missing from a snapshot), or empty.
    QString driftError;

    int addedCount() const;
    int removedCount() const;
    int changedCount() const;
    int notComparableCount() const;
    // Nothing added, removed, changed or drifting differently.
    bool isEmpty() const;
};

// Environments are matched by name, keys by full key. Drift in each snapshot is computed with
// the same baseline, policy and date, so only the captured values explain a change of drift.
SnapshotDiff diffSnapshots(const Snapshot &a, const Snapshot &b, const QString &baseline, const Policy &policy,
                           QDate today);

} // namespace DriftDeck
