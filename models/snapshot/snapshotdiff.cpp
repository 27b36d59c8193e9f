#include "snapshotdiff.h"

#include "drift/driftengine.h"
#include "snapshot.h"

#include <QCoreApplication>

#include <algorithm>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::SnapshotDiff, the same in lupdate and at run time.
struct SnapshotDiffText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::SnapshotDiff)
};

void sortKeys(QStringList &keys)
{
    std::sort(keys.begin(), keys.end(), keyLessThan);
}

EnvironmentDiff diffEnvironment(const EnvironmentCapture &a, const EnvironmentCapture &b, bool saltMismatch)
{
    EnvironmentDiff diff;
    diff.environment = b.name;
    for (auto it = b.entries.cbegin(); it != b.entries.cend(); ++it) {
        const auto old = a.entries.constFind(it.key());
        if (old == a.entries.cend()) {
            diff.added.append(it.key());
            continue;
        }
        const Value &x = old->value;
        const Value &y = it->value;
        if (x.isSecret() && y.isSecret() && saltMismatch) {
            // Fingerprints made with different salts differ even for the same secret.
            diff.notComparable.append(it.key());
        } else if (!(x == y)) {
            // A secret side shows nothing; the other side's display was never a secret.
            diff.changed.append({it.key(), x.isSecret() ? QString() : x.display(),
                                 y.isSecret() ? QString() : y.display(), x.isSecret() || y.isSecret()});
        }
    }
    for (auto it = a.entries.cbegin(); it != a.entries.cend(); ++it) {
        if (!b.entries.contains(it.key()))
            diff.removed.append(it.key());
    }
    sortKeys(diff.added);
    sortKeys(diff.removed);
    sortKeys(diff.notComparable);
    std::sort(diff.changed.begin(), diff.changed.end(),
              [](const ChangedKey &x, const ChangedKey &y) { return keyLessThan(x.key, y.key); });
    return diff;
}

void diffDrift(const Snapshot &a, const Snapshot &b, const QString &baseline, const Policy &policy, QDate today,
               SnapshotDiff &out)
{
    const int baseA = a.environmentIndex(baseline);
    const int baseB = b.environmentIndex(baseline);
    if (baseA < 0 || baseB < 0) {
        out.driftError = SnapshotDiffText::tr("the baseline \"%1\" is not in the %2 snapshot")
                             .arg(baseline, baseA < 0 ? SnapshotDiffText::tr("older") : SnapshotDiffText::tr("newer"));
        return;
    }
    const DriftResult ra = DriftEngine::compute(a, baseA, policy, today);
    const DriftResult rb = DriftEngine::compute(b, baseB, policy, today);

    // Row of each of B's keys in A (-1 when A lacks it), and which of A's rows B still has.
    std::vector<int> rowInA(size_t(b.rowCount()), -1);
    std::vector<bool> aRowInB(size_t(a.rowCount()), false);
    for (int row = 0; row < b.rowCount(); ++row) {
        rowInA[size_t(row)] = a.rowOf(b.key(row));
        if (rowInA[size_t(row)] >= 0)
            aRowInB[size_t(rowInA[size_t(row)])] = true;
    }
    for (int envB = 0; envB < b.environmentCount(); ++envB) {
        const QString &name = b.environments[envB].name;
        const int envA = a.environmentIndex(name);
        if (envA < 0 || envB == baseB)
            continue;
        for (int row = 0; row < b.rowCount(); ++row) {
            const int rowA = rowInA[size_t(row)];
            const DriftStatus before = rowA >= 0 ? ra.status(rowA, envA) : DriftStatus::Absent;
            const DriftStatus after = rb.status(row, envB);
            if (isDrift(after) && !isDrift(before))
                out.newDrift.append({b.key(row), name, before, after});
            else if (isDrift(before) && !isDrift(after))
                out.resolvedDrift.append({b.key(row), name, before, after});
        }
        for (int rowA = 0; rowA < a.rowCount(); ++rowA) {
            if (!aRowInB[size_t(rowA)] && isDrift(ra.status(rowA, envA)))
                out.resolvedDrift.append({a.key(rowA), name, ra.status(rowA, envA), DriftStatus::Absent});
        }
    }
    // Row order, and within a key the order of B's environments (stable sort keeps it).
    auto byKey = [](const DriftChange &x, const DriftChange &y) {
        return keyLessThan(x.key, y.key);
    };
    std::stable_sort(out.newDrift.begin(), out.newDrift.end(), byKey);
    std::stable_sort(out.resolvedDrift.begin(), out.resolvedDrift.end(), byKey);
}

} // namespace

int SnapshotDiff::addedCount() const
{
    int n = 0;
    for (const EnvironmentDiff &e : environments)
        n += int(e.added.size());
    return n;
}

int SnapshotDiff::removedCount() const
{
    int n = 0;
    for (const EnvironmentDiff &e : environments)
        n += int(e.removed.size());
    return n;
}

int SnapshotDiff::changedCount() const
{
    int n = 0;
    for (const EnvironmentDiff &e : environments)
        n += int(e.changed.size());
    return n;
}

int SnapshotDiff::notComparableCount() const
{
    int n = 0;
    for (const EnvironmentDiff &e : environments)
        n += int(e.notComparable.size());
    return n;
}

bool SnapshotDiff::isEmpty() const
{
    if (!environmentsAdded.isEmpty() || !environmentsRemoved.isEmpty() || !newDrift.isEmpty()
        || !resolvedDrift.isEmpty())
        return false;
    return std::all_of(environments.cbegin(), environments.cend(),
                       [](const EnvironmentDiff &e) { return e.isEmpty(); });
}

SnapshotDiff diffSnapshots(const Snapshot &a, const Snapshot &b, const QString &baseline, const Policy &policy,
                           QDate today)
{
    SnapshotDiff diff;
    diff.saltMismatch = a.saltId != b.saltId;
    for (const EnvironmentCapture &env : a.environments) {
        if (b.environmentIndex(env.name) < 0)
            diff.environmentsRemoved.append(env.name);
    }
    for (const EnvironmentCapture &env : b.environments) {
        const int inA = a.environmentIndex(env.name);
        if (inA < 0)
            diff.environmentsAdded.append(env.name);
        else
            diff.environments.append(diffEnvironment(a.environments[inA], env, diff.saltMismatch));
    }
    diffDrift(a, b, baseline, policy, today, diff);
    return diff;
}

} // namespace DriftDeck
