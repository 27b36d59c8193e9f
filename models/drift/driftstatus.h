#pragma once

#include <QString>
#include <QtGlobal>

namespace DriftDeck {

// A cell's standing against the baseline.
enum class DriftStatus : quint8 {
    Baseline, // the baseline's own cell (it has a value)
    Same,
    Differs,
    MissingHere, // the baseline has the key, this environment does not
    OnlyHere, // this environment has a key the baseline lacks
    Expected, // differs, but a policy rule covers it (reason, owner, expiry)
    SecretSame, // compared by fingerprint; the value is never shown
    SecretDiffers,
    Unknown, // cannot be compared: see CellNote
    Absent, // neither this environment nor the baseline has the key
    Ignored, // an ignore rule takes the key out of the comparison
};
inline constexpr int DriftStatusCount = 11;

// Why a cell looks the way it does, beyond its status.
enum class CellNote : quint8 {
    None,
    SourceFailed, // the source that provides the key failed; any value shown is stale
    Masked, // the source hid the value (e.g. Spring "******")
    BaselineUnknown, // the baseline's own value is unknown
    WithinTolerance, // numbers differ within a tolerance rule: counted as same
    ExpiredRule, // an expected-difference rule matched but has expired: drift again
    SaltMismatch, // secret fingerprints made with different salts cannot be compared
};

enum class Severity : quint8 { None, Info, Warning, Critical };

// True for statuses that are real, unexplained drift.
constexpr bool isDrift(DriftStatus s)
{
    return s == DriftStatus::Differs || s == DriftStatus::MissingHere || s == DriftStatus::OnlyHere
        || s == DriftStatus::SecretDiffers;
}

// Stable identifiers for files and the command line ("differs", "missing-here", …).
QString driftStatusId(DriftStatus status);
// Translated, for people.
QString driftStatusTitle(DriftStatus status);
QString cellNoteText(CellNote note);
QString severityId(Severity severity);
QString severityTitle(Severity severity);

} // namespace DriftDeck
