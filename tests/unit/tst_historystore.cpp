#include "snapshot/historystore.h"
#include "snapshot/historysummary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

const QString WorkspacePath = u"/srv/checkout/workspace.yaml"_s;

QDateTime utc(int month, int day, int hour = 9, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, minute, second, ms), QTimeZone::UTC);
}

Snapshot snapshotAt(const QDateTime &when, const QString &marker = {}, int stagingValue = 2)
{
    Snapshot s;
    s.workspaceName = u"Checkout"_s;
    s.takenAt = when;
    s.baseline = u"production"_s;
    s.saltId = marker;
    EnvironmentCapture production, staging;
    production.name = u"production"_s;
    staging.name = u"staging"_s;
    for (const QString &key : {u"config/a"_s, u"config/b"_s, u"flag/x"_s, u"image/api"_s}) {
        Entry p, q;
        p.value = Value::number(1);
        q.value = Value::number(key == u"config/a"_s || key == u"flag/x"_s ? stagingValue : 1);
        production.entries.insert(key, p);
        staging.entries.insert(key, q);
    }
    s.environments = {production, staging};
    s.buildIndex();
    return s;
}

QStringList fileNames(const QList<HistoryEntry> &entries)
{
    QStringList names;
    for (const HistoryEntry &e : entries)
        names.append(QFileInfo(e.path).fileName());
    return names;
}

QStringList fileNames(const QStringList &paths)
{
    QStringList names;
    for (const QString &p : paths)
        names.append(QFileInfo(p).fileName());
    return names;
}

} // namespace

class HistoryStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workspaceId_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << u"Checkout Platform"_s << u"checkout-platform-275eaa29"_s;
        QTest::addRow("accents and symbols") << u"  Café & Co. (EU)  "_s << u"cafe-co-eu-275eaa29"_s;
        QTest::addRow("no latin letters") << u"日本"_s << u"workspace-275eaa29"_s;
        QTest::addRow("long") << QString(60, u'a') << QString(40, u'a') + u"-275eaa29"_s;
    }

    void workspaceId()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(HistoryStore::workspaceId(name, WorkspacePath), expected);
    }

    void workspaceIdUsesAbsolutePath()
    {
        const QString relative = u"some/workspace.yaml"_s;
        QCOMPARE(HistoryStore::workspaceId(u"w"_s, relative),
                 HistoryStore::workspaceId(u"w"_s, QDir::current().absoluteFilePath(relative)));
        QVERIFY(HistoryStore::workspaceId(u"w"_s, u"/a/workspace.yaml"_s)
                != HistoryStore::workspaceId(u"w"_s, u"/b/workspace.yaml"_s));
    }

    void saveListLoad()
    {
        QTemporaryDir root;
        const HistoryStore store(u"Checkout Platform"_s, WorkspacePath, root.path());
        QCOMPARE(store.directory(), root.path() + u"/checkout-platform-275eaa29"_s);

        const HistorySaveResult later = store.save(snapshotAt(utc(3, 14, 10), u"later"_s));
        QVERIFY2(later.ok(), qPrintable(later.errorString));
        const HistorySaveResult first = store.save(snapshotAt(utc(3, 14, 9, 26, 53, 589), u"first"_s));
        QVERIFY2(first.ok(), qPrintable(first.errorString));
        QCOMPARE(QFileInfo(first.path).fileName(), u"20250314T092653Z.driftsnap.json"_s);
        QCOMPARE(QFileInfo(first.path).absolutePath(), store.directory());

        const QList<HistoryEntry> entries = store.list();
        QCOMPARE(fileNames(entries),
                 (QStringList{u"20250314T092653Z.driftsnap.json"_s, u"20250314T100000Z.driftsnap.json"_s}));
        QCOMPARE(entries[0].takenAt, utc(3, 14, 9, 26, 53));
        QCOMPARE(entries[0].fileSize, QFileInfo(first.path).size());
        QVERIFY(entries[0].fileSize > 0);

        const SnapshotReadResult loaded = store.load(entries[1].path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString));
        QCOMPARE(loaded.snapshot->saltId, u"later"_s);
        QCOMPARE(loaded.snapshot->rowCount(), 4);
    }

    void neverOverwrites()
    {
        QTemporaryDir root;
        const HistoryStore store(u"w"_s, WorkspacePath, root.path());
        QStringList saved;
        for (const QString &marker : {u"one"_s, u"two"_s, u"three"_s}) {
            const HistorySaveResult result = store.save(snapshotAt(utc(3, 14, 9, 0, 0, 100), marker));
            QVERIFY2(result.ok(), qPrintable(result.errorString));
            saved.append(QFileInfo(result.path).fileName());
        }
        QCOMPARE(saved,
                 (QStringList{u"20250314T090000Z.driftsnap.json"_s, u"20250314T090000Z-2.driftsnap.json"_s,
                              u"20250314T090000Z-3.driftsnap.json"_s}));
        const QList<HistoryEntry> entries = store.list();
        QCOMPARE(fileNames(entries), saved);
        QCOMPARE(store.load(entries[0].path).snapshot->saltId, u"one"_s);
        QCOMPARE(store.load(entries[2].path).snapshot->saltId, u"three"_s);
    }

    void listReadsNamesNotFiles()
    {
        QTemporaryDir root;
        const HistoryStore store(u"w"_s, WorkspacePath, root.path());
        QVERIFY(QDir().mkpath(store.directory()));
        for (const char *name : {"20250101T000000Z.driftsnap.json", "notes.txt", "backup.driftsnap.json",
                                 "20251399T000000Z.driftsnap.json"}) {
            QFile file(store.directory() + u'/' + QLatin1StringView(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not json at all");
        }
        const QList<HistoryEntry> entries = store.list();
        QCOMPARE(fileNames(entries), QStringList{u"20250101T000000Z.driftsnap.json"_s});
        QCOMPARE(entries[0].takenAt, QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC));
        QCOMPARE(entries[0].fileSize, 15);
        QVERIFY(!store.load(entries[0].path).ok());
    }

    void emptyHistory()
    {
        QTemporaryDir root;
        const HistoryStore store(u"w"_s, WorkspacePath, root.path());
        QVERIFY(store.list().isEmpty());
        QVERIFY(store.applyRetention(0, 0, utc(3, 20)).isEmpty());
    }

    void saveErrors()
    {
        QTemporaryDir root;
        QFile blocker(root.filePath(u"history"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should go
        blocker.close();
        const HistoryStore store(u"w"_s, WorkspacePath, blocker.fileName());
        const HistorySaveResult blocked = store.save(snapshotAt(utc(3, 1)));
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.errorString,
                 u"cannot create the history folder %1"_s.arg(QDir::toNativeSeparators(store.directory())));

        const HistoryStore fine(u"w"_s, WorkspacePath, root.path());
        Snapshot undated = snapshotAt(utc(3, 1));
        undated.takenAt = QDateTime();
        QCOMPARE(fine.save(undated).errorString, u"cannot save a snapshot without a capture time"_s);
    }

    void retention_data()
    {
        QTest::addColumn<int>("keepCount");
        QTest::addColumn<int>("keepDays");
        QTest::addColumn<QStringList>("removed");
        // Snapshots on 1, 5, 10, 15, 19 and 20 March at 09:00; now is 20 March 12:00.
        QTest::addRow("count 2 or 7 days")
            << 2 << 7
            << QStringList{u"20250301T090000Z.driftsnap.json"_s, u"20250305T090000Z.driftsnap.json"_s,
                           u"20250310T090000Z.driftsnap.json"_s};
        QTest::addRow("count 4 or 1 day")
            << 4 << 1 << QStringList{u"20250301T090000Z.driftsnap.json"_s, u"20250305T090000Z.driftsnap.json"_s};
        QTest::addRow("count only") << 1 << -1 << QStringList();
        QTest::addRow("days only") << -1 << 10 << QStringList();
        QTest::addRow("count 1, days 0") << 1 << 0
                                         << QStringList{u"20250301T090000Z.driftsnap.json"_s,
                                                        u"20250305T090000Z.driftsnap.json"_s,
                                                        u"20250310T090000Z.driftsnap.json"_s,
                                                        u"20250315T090000Z.driftsnap.json"_s,
                                                        u"20250319T090000Z.driftsnap.json"_s};
        QTest::addRow("count 0, days 5") << 0 << 5
                                         << QStringList{u"20250301T090000Z.driftsnap.json"_s,
                                                        u"20250305T090000Z.driftsnap.json"_s,
                                                        u"20250310T090000Z.driftsnap.json"_s,
                                                        u"20250315T090000Z.driftsnap.json"_s};
        QTest::addRow("keep more than exist") << 10 << 0 << QStringList();
    }

    void retention()
    {
        QFETCH(int, keepCount);
        QFETCH(int, keepDays);
        QFETCH(QStringList, removed);
        QTemporaryDir root;
        const HistoryStore store(u"w"_s, WorkspacePath, root.path());
        for (const int day : {1, 5, 10, 15, 19, 20})
            QVERIFY(store.save(snapshotAt(utc(3, day))).ok());
        const QStringList before = fileNames(store.list());
        const QStringList gone = store.applyRetention(keepCount, keepDays, utc(3, 20, 12));
        QCOMPARE(fileNames(gone), removed);
        QStringList expectedLeft = before;
        for (const QString &name : removed)
            expectedLeft.removeOne(name);
        QCOMPARE(fileNames(store.list()), expectedLeft);
        for (const QString &path : gone)
            QVERIFY(!QFile::exists(path));
    }

    void summary()
    {
        QTemporaryDir root;
        const HistoryStore store(u"w"_s, WorkspacePath, root.path());
        QVERIFY(store.save(snapshotAt(utc(3, 1), {}, 2)).ok()); // staging drifts on config/a and flag/x
        QVERIFY(store.save(snapshotAt(utc(3, 2), {}, 1)).ok()); // fixed
        QFile broken(store.directory() + u"/20250303T090000Z.driftsnap.json"_s);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{");
        broken.close();

        Policy policy;
        ExpectedDifference rule;
        rule.key = u"flag/x"_s;
        rule.expires = QDate(2025, 3, 1); // covers the first day only: expired on the second
        policy.expected = {rule};

        int calls = 0;
        const QList<HistoryPoint> points
            = HistorySummary::compute(store.list(), QString(), policy, [&calls](int, int total) {
                  ++calls;
                  return total == 3;
              });
        QCOMPARE(points.size(), 3);
        QCOMPARE(calls, 4);
        QCOMPARE(points[0].takenAt, utc(3, 1));
        QVERIFY(points[0].errorString.isEmpty());
        QCOMPARE(points[0].environments.size(), 1);
        const EnvironmentDriftCounts &day1 = points[0].environments[0];
        QCOMPARE(day1.environment, u"staging"_s);
        QCOMPARE(day1.drift[int(Category::Configuration)], 1);
        QCOMPARE(day1.drift[int(Category::FeatureFlags)], 0); // expected that day
        QCOMPARE(day1.drift[int(Category::Versions)], 0);
        QCOMPARE(day1.total(), 1);
        QCOMPARE(points[1].environments[0].total(), 0);
        QCOMPARE(points[1].environments[0].parity, 1.0);
        QVERIFY(points[2].errorString.contains(u"the file looks truncated"_s));
        QCOMPARE(points[2].takenAt, utc(3, 3));

        const QList<HistoryPoint> missing = HistorySummary::compute(store.list().mid(0, 1), u"qa"_s, policy);
        QCOMPARE(missing[0].errorString, u"the snapshot has no environment \"qa\""_s);

        const QList<HistoryPoint> stopped
            = HistorySummary::compute(store.list(), QString(), policy, [](int done, int) { return done < 1; });
        QCOMPARE(stopped.size(), 1);
    }
};

QTEST_GUILESS_MAIN(HistoryStoreTest)
#include "tst_historystore.moc"
