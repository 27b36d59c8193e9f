#pragma once

#include <QString>

namespace DriftDeck {

class Snapshot;

// A flag's metadata from the seed format (owner, category, planned removal, variants), read from
// the rows beside the flag's own (flag/<key>/owner, …) for the drill-down.
struct FlagMetadata {
    QString flagKey; // "flag/new-checkout"
    QString owner;
    QString category; // release, ops, experiment
    QString plannedRemoval; // YYYY-MM-DD
    QString variants;

    bool isEmpty() const
    {
        return owner.isEmpty() && category.isEmpty() && plannedRemoval.isEmpty() && variants.isEmpty();
    }
    // "Owner checkout-team · release flag · planned removal 2026-11-30 · variants […]"; empty when none.
    QString describe() const;

    // For key (the flag's row or one of its metadata rows), as environment reads it, or else the
    // first environment that has the row.
    static FlagMetadata of(const Snapshot &snapshot, const QString &key, int environment);
};

} // namespace DriftDeck
