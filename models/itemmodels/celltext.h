#pragma once

#include <QList>
#include <QString>

namespace DriftDeck {

class Snapshot;
class DriftResult;
struct Entry;
struct ExpectedDifference;

// One layer a cell's value passed through, lowest priority first; the last one won.
struct ProvenanceStep {
    QString label; // "config/staging.yaml", "env DB_POOL_SIZE"
    QString location; // file path relative to the workspace, or a URL
    int line = 0; // 0 when the format has no lines
    int column = 0;
    QString display; // what that layer said; always empty for secrets
    bool won = false;

    // "config/staging.yaml:12", or just the label when there is no line.
    QString where() const;
};

// How a cell reads to a person. Shared by the matrix and the drill-down so both say the same
// thing, and so no code path can show a secret by accident.
namespace CellText {

// The text a cell shows: the value, a fixed mask for secrets and masked values, empty when missing.
QString display(const Entry *entry);
// The same for a cell of key: numbers with a unit read in it ("32 GiB", "250 ms"; values/units.h).
QString display(QStringView key, const Entry *entry);
// The value as read when display(key, entry) shows it in a unit, else an empty string.
QString rawWhenInUnit(QStringView key, const Entry *entry);
QString secretPlaceholder();
QString maskedPlaceholder();

QList<ProvenanceStep> provenance(const Snapshot &snapshot, int row, int environment);

// "reason — owner, expires 2027-03-31" for the rule that covers (or covered) a cell.
QString rule(const ExpectedDifference &rule, bool expired);

// Everything known about one cell, one fact a line: status, note, value, rule, provenance.
QString toolTip(const Snapshot &snapshot, const DriftResult &result, int row, int environment);

} // namespace CellText
} // namespace DriftDeck
