#pragma once

#include "checklist/checklist.h"
#include "drift/driftresult.h"
#include "snapshot/snapshot.h"
#include "values/category.h"

#include <QDate>
#include <QList>
#include <QString>

namespace DriftDeck {

// The threshold at or above which the command line reports failure.
enum class FailOn { Drift, Critical, Never };

// Exit codes of `driftdeck check` (documented in --help and the README).
enum ExitCode {
    ExitNoDrift = 0,
    ExitDrift = 1,
    ExitInvalid = 2,
    ExitIncomplete = 3,
};

// One cell as the outputs show it. Secrets carry no value, only their verdict.
struct ReportCell {
    QString environment;
    DriftStatus status = DriftStatus::Absent;
    CellNote note = CellNote::None;
    QString display; // what people read: in its unit ("32 GiB"); empty for secrets and missing values
    QString value; // as read ("34359738368"): what JSON's value holds; empty when display is
    // Where the value came from: the layer's label (shared with the snapshot, not copied per
    // cell) and the line in it, 0 when unknown. origin() puts them together.
    QString originLabel;
    int originLine = 0;
    int rule = -1; // index into the policy's expected differences
    bool stale = false;
    bool secret = false; // compared by fingerprint; display is always empty
    bool set = false; // the environment has the key (an expected difference may cover its absence)

    QString origin() const // "config/staging.yaml:12", or empty
    {
        return originLine > 0 ? originLabel + u':' + QString::number(originLine) : originLabel;
    }
};

struct ReportRow {
    QString key;
    Category category = Category::Other;
    Severity severity = Severity::None;
    QString reason; // why the row's state is bad beyond its values (DriftResult::stateReason); usually empty
    QList<ReportCell> cells; // one per compared environment, baseline first
};

struct ReportEnvironment {
    QString name;
    QString displayName;
    bool baseline = false;
    EnvironmentParity parity;
};

struct ReportSourceError {
    QString environment;
    QString source;
    QString message;
};

// Everything `check` prints, gathered once so every format tells the same story.
struct CheckReport {
    QString workspaceName;
    QDateTime takenAt;
    QString baseline;
    QList<ReportEnvironment> environments; // compared environments, baseline first
    QList<ReportRow> rows; // rows with drift, expected differences or unknowns (or all, see options)
    QList<ReportSourceError> errors;
    // What sources read with a warning (a layer that does not exist or includes itself): the
    // comparison went on without it, so the user must hear about it.
    QList<ReportSourceError> warnings;
    Policy policy;
    // The parity checklist, cells limited to the compared environments (checklist/checklist.h).
    QList<ChecklistItem> checklist;
    int comparedRows = 0;
    int driftRows = 0;
    int criticalRows = 0;
    int expectedCells = 0;
    int expiredRuleCells = 0;

    bool incomplete() const { return !errors.isEmpty(); }
    // The exit code for this report under a threshold.
    int exitCode(FailOn failOn) const;
    // Rows at or above the threshold.
    bool rowFails(const ReportRow &row, FailOn failOn) const;
};

struct CheckOptions {
    int baseline = -1; // environment index; -1: the snapshot's default baseline
    QList<int> environments; // subset to compare (baseline included automatically); empty: all
    bool allRows = false;
    QDate today; // judges planned removals and rule expiry in the checklist; invalid: today
};

// Builds the report; result must come from DriftEngine::compute on the same snapshot.
CheckReport buildCheckReport(const Snapshot &snapshot, const DriftResult &result, const CheckOptions &options);

} // namespace DriftDeck
