// The workspace's `history:` section: where its (shared) history lives and how much of it to keep.
#include "pipeline/historykeeper.h"
#include "workspace/workspaceloader.h"

#include <QDir>
#include <QTest>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

const QString WorkspacePath = u"/srv/team/drift/workspace.yaml"_s;

WorkspaceLoadResult load(const QByteArray &history)
{
    return WorkspaceLoader::loadText("version: 1\nname: Shop\nenvironments: [staging, production]\n"
                                     "sources:\n  - type: config-files\n    layers: [\"{env}.yaml\"]\n"
                                         + history,
                                     WorkspacePath);
}

} // namespace

class TestHistoryOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void folderAndLimits_data()
    {
        QTest::addColumn<QByteArray>("history");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("keepCount");
        QTest::addColumn<int>("keepDays");
        QTest::addRow("none") << QByteArray() << QString() << -2 << -2;
        QTest::addRow("relative to the workspace")
            << QByteArray("history:\n  folder: ../shared/history/\n") << u"/srv/team/shared/history"_s << -2 << -2;
        QTest::addRow("absolute, with limits")
            << QByteArray("history:\n  folder: /mnt/drift\n  keepCount: 30\n  keepDays: -1\n") << u"/mnt/drift"_s << 30
            << -1;
        QTest::addRow("home") << QByteArray("history:\n  folder: ~/drift\n") << QDir::homePath() + u"/drift"_s << -2
                              << -2;
        QTest::addRow("limits only") << QByteArray("history:\n  keepDays: 14\n") << QString() << -2 << 14;
    }
    void folderAndLimits()
    {
        QFETCH(QByteArray, history);
        QFETCH(QString, folder);
        QFETCH(int, keepCount);
        QFETCH(int, keepDays);
        const WorkspaceLoadResult result = load(history);
        QVERIFY2(result.workspace, result.errors.isEmpty() ? "" : qPrintable(result.errors.first().toString()));
        QCOMPARE(result.workspace->history.folder, folder);
        QCOMPARE(result.workspace->history.keepCount, keepCount);
        QCOMPARE(result.workspace->history.keepDays, keepDays);

        // The store and the limits every writer uses.
        const HistoryStore store = historyStoreFor(*result.workspace, u"/data/history"_s);
        if (folder.isEmpty())
            QCOMPARE(store.directory(), u"/data/history/"_s + HistoryStore::workspaceId(u"Shop"_s, WorkspacePath));
        else
            QCOMPARE(store.directory(), folder);
        const HistorySettings user{true, 500, 90};
        const HistorySettings applied = historySettingsFor(result.workspace->history, user);
        QCOMPARE(applied.keepCount, keepCount == -2 ? 500 : keepCount);
        QCOMPARE(applied.keepDays, keepDays == -2 ? 90 : keepDays);
        QVERIFY(applied.keepAutomatically);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("history");
        QTest::addColumn<QString>("message");
        QTest::addRow("not a map") << QByteArray("history: /mnt/drift\n") << u"history"_s;
        QTest::addRow("unknown key") << QByteArray("history:\n  path: /mnt/drift\n") << u"path"_s;
        QTest::addRow("empty folder") << QByteArray("history:\n  folder: \"\"\n") << u"must not be empty"_s;
        QTest::addRow("zero count") << QByteArray("history:\n  keepCount: 0\n") << u"from 1 to"_s;
        QTest::addRow("fraction") << QByteArray("history:\n  keepDays: 1.5\n") << u"whole number"_s;
    }
    void errors()
    {
        QFETCH(QByteArray, history);
        QFETCH(QString, message);
        const WorkspaceLoadResult result = load(history);
        QVERIFY(!result.workspace);
        QVERIFY(!result.errors.isEmpty());
        QVERIFY2(result.errors.first().toString().contains(message), qPrintable(result.errors.first().toString()));
    }
};

QTEST_MAIN(TestHistoryOptions)
#include "tst_historyoptions.moc"
