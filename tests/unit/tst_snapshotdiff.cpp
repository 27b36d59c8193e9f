#include "snapshot/snapshot.h"
#include "snapshot/snapshotdiff.h"
#include "workspace/policy.h"

#include <QTest>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2025, 7, 1);

EnvironmentCapture environment(const QString &name, const QList<std::pair<QString, Value>> &values)
{
    EnvironmentCapture env;
    env.name = name;
    for (const auto &[key, value] : values) {
        Entry entry;
        entry.value = value;
        env.entries.insert(key, entry);
    }
    return env;
}

// Older capture: staging drifts on the pool size and on a key that will disappear.
Snapshot older()
{
    Snapshot s;
    s.saltId = u"salt-1"_s;
    s.environments = {
        environment(u"production"_s,
                    {{u"config/pool"_s, Value::number(50)},
                     {u"config/timeout"_s, Value::number(30)},
                     {u"config/old"_s, Value::string(u"x"_s)},
                     {u"config/gone"_s, Value::string(u"1"_s)},
                     {u"config/db.password"_s, Value::secret(u"aaa"_s)},
                     {u"config/expected"_s, Value::number(1)},
                     {u"image/api"_s, Value::string(u"1.0"_s)}}),
        environment(u"staging"_s,
                    {{u"config/pool"_s, Value::number(10)},
                     {u"config/timeout"_s, Value::number(30)},
                     {u"config/old"_s, Value::string(u"x"_s)},
                     {u"config/gone"_s, Value::string(u"2"_s)},
                     {u"config/db.password"_s, Value::secret(u"aaa"_s)},
                     {u"config/expected"_s, Value::number(2)},
                     {u"image/api"_s, Value::string(u"1.0"_s)}}),
        environment(u"qa"_s, {{u"config/pool"_s, Value::number(5)}}),
    };
    s.buildIndex();
    return s;
}

// Newer capture: the pool is fixed, the timeout drifts, a key was removed from staging, one
// added, one removed everywhere, the secret rotated in staging; qa replaced by development.
Snapshot newer()
{
    Snapshot s;
    s.saltId = u"salt-1"_s;
    s.environments = {
        environment(u"development"_s, {{u"config/pool"_s, Value::number(1)}}),
        environment(u"production"_s,
                    {{u"config/pool"_s, Value::number(50)},
                     {u"config/timeout"_s, Value::number(30)},
                     {u"config/old"_s, Value::string(u"x"_s)},
                     {u"config/db.password"_s, Value::secret(u"aaa"_s)},
                     {u"config/expected"_s, Value::number(1)},
                     {u"image/api"_s, Value::string(u"1.0"_s)}}),
        environment(u"staging"_s,
                    {{u"config/pool"_s, Value::number(50)},
                     {u"config/timeout"_s, Value::number(60)},
                     {u"config/new"_s, Value::boolean(true)},
                     {u"config/db.password"_s, Value::secret(u"bbb"_s)},
                     {u"config/expected"_s, Value::number(2)},
                     {u"image/api"_s, Value::string(u"1.0"_s)}}),
    };
    s.buildIndex();
    return s;
}

Policy policy()
{
    Policy p;
    ExpectedDifference rule;
    rule.key = u"config/expected"_s;
    rule.reason = u"intended"_s;
    p.expected = {rule};
    return p;
}

QStringList describe(const QList<DriftChange> &changes)
{
    QStringList out;
    for (const DriftChange &c : changes)
        out.append(c.environment + u' ' + c.key + u' ' + driftStatusId(c.before) + u'>' + driftStatusId(c.after));
    return out;
}

const EnvironmentDiff *find(const SnapshotDiff &diff, const QString &name)
{
    for (const EnvironmentDiff &e : diff.environments) {
        if (e.environment == name)
            return &e;
    }
    return nullptr;
}

} // namespace

class SnapshotDiffTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void environmentsAddedAndRemoved()
    {
        const SnapshotDiff diff = diffSnapshots(older(), newer(), u"production"_s, policy(), Today);
        QCOMPARE(diff.environmentsAdded, QStringList{u"development"_s});
        QCOMPARE(diff.environmentsRemoved, QStringList{u"qa"_s});
        QCOMPARE(diff.environments.size(), 2);
        QCOMPARE(diff.environments[0].environment, u"production"_s);
        QCOMPARE(diff.environments[1].environment, u"staging"_s);
    }

    void keysAddedRemovedChanged()
    {
        const SnapshotDiff diff = diffSnapshots(older(), newer(), u"production"_s, policy(), Today);
        QVERIFY(!diff.saltMismatch);
        const EnvironmentDiff *production = find(diff, u"production"_s);
        QVERIFY(production);
        QCOMPARE(production->added, QStringList());
        QCOMPARE(production->removed, QStringList{u"config/gone"_s});
        QVERIFY(production->changed.isEmpty());

        const EnvironmentDiff *staging = find(diff, u"staging"_s);
        QVERIFY(staging);
        QCOMPARE(staging->added, QStringList{u"config/new"_s});
        QCOMPARE(staging->removed, (QStringList{u"config/gone"_s, u"config/old"_s}));
        QVERIFY(staging->notComparable.isEmpty());
        QCOMPARE(staging->changed.size(), 3);
        const ChangedKey &secret = staging->changed[0];
        QCOMPARE(secret.key, u"config/db.password"_s);
        QVERIFY(secret.secret);
        QVERIFY(secret.oldDisplay.isEmpty());
        QVERIFY(secret.newDisplay.isEmpty());
        QCOMPARE(staging->changed[1].key, u"config/pool"_s);
        QCOMPARE(staging->changed[1].oldDisplay, u"10"_s);
        QCOMPARE(staging->changed[1].newDisplay, u"50"_s);
        QVERIFY(!staging->changed[1].secret);
        QCOMPARE(staging->changed[2].key, u"config/timeout"_s);

        QCOMPARE(diff.addedCount(), 1);
        QCOMPARE(diff.removedCount(), 3);
        QCOMPARE(diff.changedCount(), 3);
        QCOMPARE(diff.notComparableCount(), 0);
        QVERIFY(!diff.isEmpty());
    }

    void driftNewAndResolved()
    {
        const SnapshotDiff diff = diffSnapshots(older(), newer(), u"production"_s, policy(), Today);
        QVERIFY(diff.driftError.isEmpty());
        QCOMPARE(describe(diff.newDrift),
                 (QStringList{
                     u"staging config/db.password secret-same>secret-differs"_s,
                     u"staging config/new absent>only-here"_s,
                     u"staging config/old same>missing-here"_s,
                     u"staging config/timeout same>differs"_s,
                 }));
        QCOMPARE(describe(diff.resolvedDrift),
                 (QStringList{
                     u"staging config/gone differs>absent"_s,
                     u"staging config/pool differs>same"_s,
                 }));
    }

    void policyAndDateDecideDrift()
    {
        // Once the rule has expired, config/expected drifts in both snapshots: still no change.
        Policy expiring = policy();
        expiring.expected[0].expires = QDate(2025, 6, 1);
        const SnapshotDiff expired = diffSnapshots(older(), newer(), u"production"_s, expiring, Today);
        QCOMPARE(expired.newDrift.size(), 4);
        // When staging stops differing, the expired rule's drift is resolved; under a rule that
        // still holds the cell was expected, not drift, so nothing was resolved.
        Snapshot b = newer();
        b.environments[2].entries[u"config/expected"_s].value = Value::number(1);
        b.buildIndex();
        const SnapshotDiff fixed = diffSnapshots(older(), b, u"production"_s, expiring, Today);
        QVERIFY(describe(fixed.resolvedDrift).contains(u"staging config/expected differs>same"_s));
        const SnapshotDiff covered = diffSnapshots(older(), b, u"production"_s, policy(), Today);
        QVERIFY(!describe(covered.resolvedDrift).contains(u"staging config/expected differs>same"_s));
    }

    void saltMismatch()
    {
        Snapshot b = newer();
        b.saltId = u"salt-2"_s;
        b.environments[1].entries[u"config/db.password"_s].value = Value::secret(u"ccc"_s);
        b.buildIndex();
        const SnapshotDiff diff = diffSnapshots(older(), b, u"production"_s, policy(), Today);
        QVERIFY(diff.saltMismatch);
        QCOMPARE(find(diff, u"production"_s)->notComparable, QStringList{u"config/db.password"_s});
        QVERIFY(find(diff, u"production"_s)->changed.isEmpty());
        const EnvironmentDiff *staging = find(diff, u"staging"_s);
        QCOMPARE(staging->notComparable, QStringList{u"config/db.password"_s});
        for (const ChangedKey &c : staging->changed)
            QVERIFY2(c.key != u"config/db.password"_s, "a secret from another salt was reported as changed");
        QCOMPARE(diff.notComparableCount(), 2);
    }

    void secretBecomingPlainIsAChange()
    {
        Snapshot b = older();
        b.environments[1].entries[u"config/db.password"_s].value = Value::string(u"now-public"_s);
        b.buildIndex();
        const SnapshotDiff diff = diffSnapshots(older(), b, u"production"_s, policy(), Today);
        const EnvironmentDiff *staging = find(diff, u"staging"_s);
        QCOMPARE(staging->changed.size(), 1);
        QVERIFY(staging->changed[0].secret);
        QVERIFY(staging->changed[0].oldDisplay.isEmpty());
        QCOMPARE(staging->changed[0].newDisplay, u"now-public"_s);
    }

    void identicalSnapshotsAreEmpty()
    {
        const SnapshotDiff diff = diffSnapshots(older(), older(), u"production"_s, policy(), Today);
        QVERIFY(diff.isEmpty());
        QCOMPARE(diff.environments.size(), 3);
        QCOMPARE(diff.changedCount(), 0);
    }

    void baselineMissing_data()
    {
        QTest::addColumn<QString>("baseline");
        QTest::addColumn<QString>("expected");
        QTest::addRow("nowhere") << u"nope"_s << u"the baseline \"nope\" is not in the older snapshot"_s;
        QTest::addRow("only older") << u"qa"_s << u"the baseline \"qa\" is not in the newer snapshot"_s;
        QTest::addRow("only newer") << u"development"_s
                                    << u"the baseline \"development\" is not in the older snapshot"_s;
    }

    void baselineMissing()
    {
        QFETCH(QString, baseline);
        QFETCH(QString, expected);
        const SnapshotDiff diff = diffSnapshots(older(), newer(), baseline, policy(), Today);
        QCOMPARE(diff.driftError, expected);
        QVERIFY(diff.newDrift.isEmpty());
        QVERIFY(diff.resolvedDrift.isEmpty());
        QCOMPARE(diff.changedCount(), 3); // the value comparison does not need a baseline
    }
};

QTEST_GUILESS_MAIN(SnapshotDiffTest)
#include "tst_snapshotdiff.moc"
