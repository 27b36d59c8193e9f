#pragma once

#include "historystore.h"
#include "values/category.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <functional>

namespace DriftDeck {

struct Policy;

// Drifting cells of one environment in one saved snapshot, by category.
struct EnvironmentDriftCounts {
    QString environment;
    std::array<int, CategoryCount> drift{}; // indexed by Category
    double parity = 1.0; // EnvironmentParity::score()

    int total() const;
};

// One point of the history chart.
struct HistoryPoint {
    QString path;
    QDateTime takenAt;
    QString errorString; // the snapshot could not be read, or lacks the baseline
    QList<EnvironmentDriftCounts> environments; // the baseline itself is left out
};

// Drift over time for the history chart. Each snapshot is loaded, compared and dropped before
// the next, so memory stays at one snapshot; time grows with the number and size of snapshots
// (a year of daily 2-million-cell snapshots takes minutes), so run it off the GUI thread and
// use progress to report and cancel.
class HistorySummary
{
public:
    // Return false to stop; the points computed so far are returned.
    using Progress = std::function<bool(int done, int total)>;

    // baseline: an environment name; empty uses each snapshot's own baseline. The given policy
    // applies to every snapshot, with rule expiry judged on the day each one was taken, so the
    // chart shows how drift would have looked under today's rules on that day.
    static QList<HistoryPoint> compute(const QList<HistoryEntry> &entries, const QString &baseline,
                                       const Policy &policy, const Progress &progress = {});
    // The counts for one snapshot already in memory.
    static HistoryPoint summarise(const Snapshot &snapshot, const QString &baseline, const Policy &policy);
};

} // namespace DriftDeck
