#include "historysummary.h"

#include "drift/driftengine.h"

#include <QCoreApplication>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::HistorySummary, the same in lupdate and at run time.
struct HistorySummaryText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::HistorySummary)
};

} // namespace

int EnvironmentDriftCounts::total() const
{
    int sum = 0;
    for (const int n : drift)
        sum += n;
    return sum;
}

HistoryPoint HistorySummary::summarise(const Snapshot &snapshot, const QString &baseline, const Policy &policy)
{
    HistoryPoint point;
    point.takenAt = snapshot.takenAt;
    const QString baselineName = baseline.isEmpty() ? snapshot.baseline : baseline;
    const int base = snapshot.environmentIndex(baselineName);
    if (base < 0) {
        point.errorString = HistorySummaryText::tr("the snapshot has no environment \"%1\"").arg(baselineName);
        return point;
    }
    const DriftResult result = DriftEngine::compute(snapshot, base, policy, snapshot.takenAt.toUTC().date());
    // Category of each row, resolved once rather than once per environment.
    std::vector<quint8> categories(size_t(snapshot.rowCount()));
    for (int row = 0; row < snapshot.rowCount(); ++row)
        categories[size_t(row)] = quint8(categoryOfKey(snapshot.key(row)));
    for (int env = 0; env < snapshot.environmentCount(); ++env) {
        if (env == base)
            continue;
        EnvironmentDriftCounts counts;
        counts.environment = snapshot.environments[env].name;
        counts.parity = result.parity(env).score();
        for (int row = 0; row < snapshot.rowCount(); ++row) {
            if (isDrift(result.status(row, env)))
                ++counts.drift[categories[size_t(row)]];
        }
        point.environments.append(counts);
    }
    return point;
}

QList<HistoryPoint> HistorySummary::compute(const QList<HistoryEntry> &entries, const QString &baseline,
                                            const Policy &policy, const Progress &progress)
{
    QList<HistoryPoint> points;
    points.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (progress && !progress(int(i), int(entries.size())))
            break;
        const HistoryEntry &entry = entries[i];
        const SnapshotReadResult read = SnapshotFile::read(entry.path);
        HistoryPoint point;
        if (read.ok())
            point = summarise(*read.snapshot, baseline, policy);
        else
            point.errorString = read.errorString;
        point.path = entry.path;
        if (!point.takenAt.isValid())
            point.takenAt = entry.takenAt;
        points.append(std::move(point));
    }
    if (progress && points.size() == entries.size())
        progress(int(entries.size()), int(entries.size()));
    return points;
}

} // namespace DriftDeck
