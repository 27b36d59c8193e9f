#include "snapshot/keyhistory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

using Values = QHash<QString, Value>; // environment -> value of the key; absent: not there

// One snapshot with the environments named in `present` (others not captured at all), each
// holding config/pool with the given value, or not when the map lacks it.
Snapshot snapshotOn(int day, const QStringList &present, const Values &values, const QString &salt = u"s1"_s)
{
    Snapshot s;
    s.workspaceName = u"Checkout"_s;
    s.baseline = u"production"_s;
    s.saltId = salt;
    s.takenAt = QDateTime(QDate(2025, 3, day), QTime(9, 0), QTimeZone::UTC);
    for (const QString &name : present) {
        EnvironmentCapture env;
        env.name = name;
        Entry other;
        other.value = Value::string(u"unrelated"_s);
        env.entries.insert(u"config/other"_s, other);
        if (values.contains(name)) {
            Entry e;
            e.value = values.value(name);
            env.entries.insert(u"config/pool"_s, e);
        }
        s.environments.append(env);
    }
    s.buildIndex();
    return s;
}

// "day environment change previous→now", so a whole history compares as one list.
QStringList describe(const QList<KeyHistoryPoint> &points)
{
    QStringList out;
    for (const KeyHistoryPoint &p : points) {
        out.append(u"%1 %2 %3 %4→%5%6"_s.arg(p.takenAt.date().day())
                       .arg(p.environment, KeyHistory::changeTitle(p.change), p.previousDisplay, p.display,
                            p.secret ? u" (secret)"_s : QString()));
    }
    return out;
}

const QStringList Both{u"staging"_s, u"production"_s};

} // namespace

class KeyHistoryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changes_data()
    {
        QTest::addColumn<QList<Snapshot>>("snapshots");
        QTest::addColumn<QStringList>("expected");
        const Value n10 = Value::number(10), n20 = Value::number(20), n50 = Value::number(50);
        const Value secretA = Value::secret(u"aaaa"_s), secretB = Value::secret(u"bbbb"_s);

        QTest::addRow("unchanged values give only first sightings")
            << QList<Snapshot>{snapshotOn(1, Both, {{u"staging"_s, n10}, {u"production"_s, n50}}),
                               snapshotOn(2, Both, {{u"staging"_s, n10}, {u"production"_s, n50}})}
            << QStringList{u"1 staging first seen →10"_s, u"1 production first seen →50"_s};
        QTest::addRow("a change, an addition and a removal")
            << QList<Snapshot>{snapshotOn(1, Both, {{u"production"_s, n50}}),
                               snapshotOn(2, Both, {{u"staging"_s, n10}, {u"production"_s, n50}}),
                               snapshotOn(3, Both, {{u"staging"_s, n20}, {u"production"_s, n50}}),
                               snapshotOn(4, Both, {{u"staging"_s, n20}})}
            << QStringList{u"1 production first seen →50"_s, u"2 staging added →10"_s, u"3 staging changed 10→20"_s,
                           u"4 production removed 50→"_s};
        QTest::addRow("an environment not captured says nothing")
            << QList<Snapshot>{snapshotOn(1, Both, {{u"staging"_s, n10}, {u"production"_s, n50}}),
                               snapshotOn(2, {u"production"_s}, {{u"production"_s, n50}}),
                               snapshotOn(3, Both, {{u"staging"_s, n10}, {u"production"_s, n50}})}
            << QStringList{u"1 staging first seen →10"_s, u"1 production first seen →50"_s};
        QTest::addRow("number and string of the same text differ")
            << QList<Snapshot>{snapshotOn(1, {u"staging"_s}, {{u"staging"_s, n10}}),
                               snapshotOn(2, {u"staging"_s}, {{u"staging"_s, Value::string(u"10"_s)}})}
            << QStringList{u"1 staging first seen →10"_s, u"2 staging changed 10→10"_s};
        QTest::addRow("secrets show only that they changed")
            << QList<Snapshot>{snapshotOn(1, {u"staging"_s}, {{u"staging"_s, secretA}}),
                               snapshotOn(2, {u"staging"_s}, {{u"staging"_s, secretA}}),
                               snapshotOn(3, {u"staging"_s}, {{u"staging"_s, secretB}}),
                               snapshotOn(4, {u"staging"_s}, {})}
            << QStringList{u"1 staging first seen → (secret)"_s, u"3 staging changed → (secret)"_s,
                           u"4 staging removed → (secret)"_s};
        QTest::addRow("a plain value becoming a secret shows the old value only")
            << QList<Snapshot>{snapshotOn(1, {u"staging"_s}, {{u"staging"_s, Value::string(u"hunter2"_s)}}),
                               snapshotOn(2, {u"staging"_s}, {{u"staging"_s, secretA}})}
            << QStringList{u"1 staging first seen →hunter2"_s, u"2 staging changed hunter2→ (secret)"_s};
        QTest::addRow("another salt cannot be compared")
            << QList<Snapshot>{snapshotOn(1, {u"staging"_s}, {{u"staging"_s, secretA}}, u"s1"_s),
                               snapshotOn(2, {u"staging"_s}, {{u"staging"_s, secretB}}, u"s2"_s),
                               snapshotOn(3, {u"staging"_s}, {{u"staging"_s, secretB}}, u"s2"_s)}
            << QStringList{u"1 staging first seen → (secret)"_s, u"2 staging cannot compare → (secret)"_s};
    }

    void changes()
    {
        QFETCH(QList<Snapshot>, snapshots);
        QFETCH(QStringList, expected);
        QTemporaryDir root;
        const HistoryStore store(u"Checkout"_s, u"/w.yaml"_s, root.path());
        for (const Snapshot &s : std::as_const(snapshots))
            QVERIFY(store.save(s).ok());
        const KeyHistoryResult result = KeyHistory::compute(u"config/pool"_s, store.list());
        QCOMPARE(result.key, u"config/pool"_s);
        QCOMPARE(describe(result.points), expected);
        QCOMPARE(result.snapshotsRead, int(snapshots.size()));
        QVERIFY(result.errors.isEmpty());
        QVERIFY(!result.cancelled);
        for (const KeyHistoryPoint &p : result.points)
            QCOMPARE(p.path, store.list().at(p.takenAt.date().day() - 1).path);
    }

    void unreadableSnapshotsAreReportedAndSkipped()
    {
        QTemporaryDir root;
        const HistoryStore store(u"Checkout"_s, u"/w.yaml"_s, root.path());
        QVERIFY(store.save(snapshotOn(1, {u"staging"_s}, {{u"staging"_s, Value::number(1)}})).ok());
        QFile broken(store.directory() + u"/20250302T090000Z.driftsnap.json"_s);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": ");
        broken.close();
        QVERIFY(store.save(snapshotOn(3, {u"staging"_s}, {{u"staging"_s, Value::number(2)}})).ok());
        const KeyHistoryResult result = KeyHistory::compute(u"config/pool"_s, store.list());
        QCOMPARE(result.snapshotsRead, 2);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().contains(u"20250302T090000Z.driftsnap.json"_s),
                 qPrintable(result.errors.first()));
        QCOMPARE(describe(result.points), (QStringList{u"1 staging first seen →1"_s, u"3 staging changed 1→2"_s}));
    }

    void progressAndCancel()
    {
        QTemporaryDir root;
        const HistoryStore store(u"Checkout"_s, u"/w.yaml"_s, root.path());
        for (int day = 1; day <= 4; ++day)
            QVERIFY(store.save(snapshotOn(day, {u"staging"_s}, {{u"staging"_s, Value::number(day)}})).ok());
        QList<int> seen;
        const KeyHistoryResult result
            = KeyHistory::compute(u"config/pool"_s, store.list(), [&seen](int done, int total) {
                  seen.append(done);
                  return total == 4 && done < 2;
              });
        QVERIFY(result.cancelled);
        QCOMPARE(seen, (QList<int>{0, 1, 2}));
        QCOMPARE(result.snapshotsRead, 2);
        QCOMPARE(describe(result.points), (QStringList{u"1 staging first seen →1"_s, u"2 staging changed 1→2"_s}));

        const KeyHistoryResult unknown = KeyHistory::compute(u"config/nothing"_s, store.list());
        QVERIFY(unknown.points.isEmpty());
        QCOMPARE(unknown.snapshotsRead, 4);
        QVERIFY(KeyHistory::compute(u"config/pool"_s, {}).points.isEmpty());
    }
};

QTEST_GUILESS_MAIN(KeyHistoryTest)
#include "tst_keyhistory.moc"
