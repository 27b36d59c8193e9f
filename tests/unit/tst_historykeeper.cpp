#include "pipeline/historykeeper.h"
#include "testsnapshots.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

const QString WorkspacePath = u"/srv/checkout/workspace.yaml"_s;

QDateTime march(int day, int hour = 9)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, 0), QTimeZone::UTC);
}

SnapshotPtr snapshotAt(const QDateTime &when)
{
    auto s = TestSnapshots::checkoutSnapshot();
    s->takenAt = when;
    return s;
}

QStringList fileNames(const QList<HistoryEntry> &entries)
{
    QStringList names;
    for (const HistoryEntry &e : entries)
        names.append(QFileInfo(e.path).fileName());
    return names;
}

} // namespace

class HistoryKeeperTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void settingsDefaults()
    {
        QTemporaryDir dir;
        const QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        const HistorySettings history = HistoryKeeper::readSettings(settings);
        QCOMPARE(history.keepAutomatically, true);
        QCOMPARE(history.keepCount, 500);
        QCOMPARE(history.keepDays, 90);
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        const HistorySettings written{false, 12, -1};
        HistoryKeeper::writeSettings(written, settings);
        QCOMPARE(settings.value(u"history/keepAutomatically"_s).toBool(), false);
        QCOMPARE(settings.value(u"history/keepCount"_s).toInt(), 12);
        QCOMPARE(settings.value(u"history/keepDays"_s).toInt(), -1);
        QCOMPARE(HistoryKeeper::readSettings(settings), written);
    }

    void settingsOutOfRange_data()
    {
        QTest::addColumn<QString>("count");
        QTest::addColumn<QString>("days");
        QTest::addColumn<int>("keepCount");
        QTest::addColumn<int>("keepDays");
        QTest::addRow("no limits") << u"-1"_s << u"-1"_s << -1 << -1;
        QTest::addRow("zero days is fine, zero snapshots is not") << u"0"_s << u"0"_s << 500 << 0;
        QTest::addRow("below -1") << u"-5"_s << u"-2"_s << 500 << 90;
        QTest::addRow("not numbers") << u"many"_s << u"1.5"_s << 500 << 90;
        QTest::addRow("too large") << u"1000001"_s << u"36501"_s << 500 << 90;
        QTest::addRow("largest") << u"1000000"_s << u"36500"_s << 1000000 << 36500;
    }

    void settingsOutOfRange()
    {
        QFETCH(QString, count);
        QFETCH(QString, days);
        QFETCH(int, keepCount);
        QFETCH(int, keepDays);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        settings.setValue(u"history/keepCount"_s, count);
        settings.setValue(u"history/keepDays"_s, days);
        const HistorySettings history = HistoryKeeper::readSettings(settings);
        QCOMPARE(history.keepCount, keepCount);
        QCOMPARE(history.keepDays, keepDays);
    }

    void keepSavesInTheBackground()
    {
        QTemporaryDir root;
        HistoryKeeper keeper(HistoryStore(u"Checkout"_s, WorkspacePath, root.path()), HistorySettings{});
        keeper.setNow(march(20));
        QSignalSpy kept(&keeper, &HistoryKeeper::kept);
        QSignalSpy changed(&keeper, &HistoryKeeper::historyChanged);
        keeper.keep(snapshotAt(march(1)));
        // The result arrives through the event loop, never from inside keep().
        QVERIFY(keeper.isBusy());
        QCOMPARE(kept.size(), 0);
        QVERIFY(kept.wait(5000));
        QVERIFY(!keeper.isBusy());
        QCOMPARE(changed.size(), 1);
        const QString path = kept.first().first().toString();
        QCOMPARE(QFileInfo(path).fileName(), u"20250301T090000Z.driftsnap.json"_s);
        QCOMPARE(fileNames(keeper.store().list()), QStringList{u"20250301T090000Z.driftsnap.json"_s});
        const SnapshotReadResult read = keeper.store().load(path);
        QVERIFY2(read.ok(), qPrintable(read.errorString));
        QCOMPARE(read.snapshot->rowCount(), TestSnapshots::checkoutSnapshot()->rowCount());
    }

    void keepWhileBusyKeepsTheNewest()
    {
        QTemporaryDir root;
        HistoryKeeper keeper(HistoryStore(u"Checkout"_s, WorkspacePath, root.path()), HistorySettings{});
        keeper.setNow(march(20));
        QSignalSpy kept(&keeper, &HistoryKeeper::kept);
        const SnapshotPtr first = snapshotAt(march(1));
        keeper.keep(first);
        keeper.keep(snapshotAt(march(2)));
        keeper.keep(first); // already being saved: not queued again
        keeper.keep(snapshotAt(march(3)));
        QTRY_COMPARE_WITH_TIMEOUT(kept.size(), 2, 5000);
        QTRY_VERIFY(!keeper.isBusy());
        QTest::qWait(50);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(fileNames(keeper.store().list()),
                 (QStringList{u"20250301T090000Z.driftsnap.json"_s, u"20250303T090000Z.driftsnap.json"_s}));
    }

    void keepingTheSameSnapshotAgainSavesOnce()
    {
        QTemporaryDir root;
        HistoryKeeper keeper(HistoryStore(u"Checkout"_s, WorkspacePath, root.path()), HistorySettings{});
        keeper.setNow(march(20));
        QSignalSpy kept(&keeper, &HistoryKeeper::kept);
        const SnapshotPtr snapshot = snapshotAt(march(1));
        keeper.keep(snapshot);
        QVERIFY(kept.wait(5000));
        keeper.keep(snapshot);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(1).first(), kept.at(0).first());
        QCOMPARE(keeper.store().list().size(), 1);
    }

    void retentionAfterEachKeep()
    {
        QTemporaryDir root;
        HistoryKeeper keeper(HistoryStore(u"Checkout"_s, WorkspacePath, root.path()), HistorySettings{true, 2, 3});
        keeper.setNow(march(20, 12));
        QSignalSpy kept(&keeper, &HistoryKeeper::kept);
        for (const int day : {1, 5, 10, 19}) {
            keeper.keep(snapshotAt(march(day)));
            QVERIFY(kept.wait(5000));
        }
        // The newest two, plus nothing else within three days of 20 March.
        QCOMPARE(fileNames(keeper.store().list()),
                 (QStringList{u"20250310T090000Z.driftsnap.json"_s, u"20250319T090000Z.driftsnap.json"_s}));
    }

    void keepIfAutomatic()
    {
        QTemporaryDir root;
        HistoryKeeper keeper(HistoryStore(u"Checkout"_s, WorkspacePath, root.path()), HistorySettings{false, 10, 10});
        QVERIFY(!keeper.keepIfAutomatic(snapshotAt(march(1))));
        QVERIFY(!keeper.isBusy());
        keeper.setSettings(HistorySettings{true, 10, -1});
        QSignalSpy kept(&keeper, &HistoryKeeper::kept);
        QVERIFY(keeper.keepIfAutomatic(snapshotAt(march(1))));
        QVERIFY(kept.wait(5000));
        QCOMPARE(keeper.store().list().size(), 1);
    }

    void automaticKeepSkipsUnchangedContent()
    {
        QTemporaryDir root;
        HistoryKeeper keeper(HistoryStore(u"Checkout"_s, WorkspacePath, root.path()), HistorySettings{true, -1, -1});
        QSignalSpy kept(&keeper, &HistoryKeeper::kept);
        const auto keepAt = [&](const QDateTime &when, bool automatic, bool changeValue = false) -> qsizetype {
            auto snapshot = TestSnapshots::checkoutSnapshot();
            snapshot->takenAt = when;
            if (changeValue)
                snapshot->environments[0].entries.begin()->value = Value::string(u"changed"_s);
            keeper.setNow(when);
            if (automatic)
                keeper.keepIfAutomatic(snapshot);
            else
                keeper.keep(snapshot);
            if (!QTest::qWaitFor([&] { return !keeper.isBusy(); }, 5000))
                return -1;
            QTest::qWait(20);
            return keeper.store().list().size();
        };
        QCOMPARE(keepAt(march(1, 9), true), 1);
        // A watch-mode refresh that read the same values: not kept again…
        QCOMPARE(keepAt(march(1, 9).addSecs(600), true), 1);
        QCOMPARE(kept.size(), 1);
        // …a changed value is, and so is the same content when asked explicitly or an hour later.
        QCOMPARE(keepAt(march(1, 9).addSecs(1200), true, true), 2);
        QCOMPARE(keepAt(march(1, 9).addSecs(1800), true, true), 2);
        QCOMPARE(keepAt(march(1, 9).addSecs(2400), false, true), 3);
        QCOMPARE(keepAt(march(1, 9).addSecs(2400 + 3600), true, true), 4);
    }

    void failure()
    {
        QTemporaryDir root;
        QFile blocker(root.filePath(u"history"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should go
        blocker.close();
        HistoryKeeper keeper(HistoryStore(u"w"_s, WorkspacePath, blocker.fileName()), HistorySettings{});
        QSignalSpy kept(&keeper, &HistoryKeeper::kept);
        QSignalSpy failed(&keeper, &HistoryKeeper::failed);
        QSignalSpy changed(&keeper, &HistoryKeeper::historyChanged);
        keeper.keep(snapshotAt(march(1)));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().toString(),
                 u"cannot create the history folder %1"_s.arg(QDir::toNativeSeparators(keeper.store().directory())));
        QCOMPARE(kept.size(), 0);
        QCOMPARE(changed.size(), 0);
        QVERIFY(!keeper.isBusy());
    }

    void anotherWorkspaceDropsTheWaitingSnapshot()
    {
        QTemporaryDir root;
        const HistoryStore first(u"One"_s, WorkspacePath, root.path());
        const HistoryStore second(u"Two"_s, WorkspacePath, root.path());
        HistoryKeeper keeper(first, HistorySettings{});
        keeper.setNow(march(20));
        QSignalSpy kept(&keeper, &HistoryKeeper::kept);
        keeper.keep(snapshotAt(march(1)));
        keeper.keep(snapshotAt(march(2))); // waits, then belongs to a workspace no longer open
        keeper.setStore(second);
        QVERIFY(kept.wait(5000));
        QTRY_VERIFY(!keeper.isBusy());
        QCOMPARE(fileNames(first.list()), QStringList{u"20250301T090000Z.driftsnap.json"_s});
        QCOMPARE(second.list().size(), 0);
    }
};

QTEST_GUILESS_MAIN(HistoryKeeperTest)
#include "tst_historykeeper.moc"
