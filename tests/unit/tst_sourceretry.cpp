#include "pipeline/sourceretry.h"
#include "pipeline/workspacesession.h"
#include "scriptedsource.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DriftDeck;
using namespace DriftDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

QString valueOf(const Snapshot &snapshot, const QString &key, const QString &environment)
{
    const int row = snapshot.rowOf(key);
    const int env = snapshot.environmentIndex(environment);
    const Entry *entry = row >= 0 && env >= 0 ? snapshot.entry(row, env) : nullptr;
    return entry ? entry->value.display() : u"<missing>"_s;
}

// The provenance label of the layer that set key in environment.
QString layerSourceOf(const Snapshot &snapshot, const QString &key, const QString &environment)
{
    const EnvironmentCapture &env = snapshot.environments[snapshot.environmentIndex(environment)];
    const Entry &entry = env.entries[key];
    return env.layers[entry.provenance.constLast().layer].source + u'/' + env.sources[entry.source].id;
}

SnapshotPtr capture(const Workspace &ws, SnapshotPtr previous = {})
{
    Capture run(ws, secrets());
    run.setPrevious(std::move(previous));
    return runCapture(run);
}

} // namespace

class SourceRetryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SnapshotPtr>();
        registerScripted();
    }
    void init() { ScriptedSource::reads.clear(); }

    void splicesOnlyTheRetriedSource()
    {
        QVariantMap a = values({{"config/a1", "A"}, {"config/a2", "A"}});
        QVariantMap b = values({{"config/b", "B"}});
        a.insert(u"counted"_s, true);
        b.insert(u"counted"_s, true);
        const Workspace ws = workspace({scripted(u"a"_s, a), scripted(u"b"_s, b)});
        const SnapshotPtr before = capture(ws);
        QVERIFY(before);
        const EnvironmentCapture &staging = before->environments[0];
        QVERIFY(!sourceSharesKeys(staging, u"b"_s));

        const SnapshotPtr fresh = capture(retryWorkspace(ws, u"staging"_s, u"b"_s));
        QVERIFY(fresh);
        QCOMPARE(fresh->environmentCount(), 1);
        QCOMPARE(fresh->environments[0].sources.size(), 1);
        const std::optional<EnvironmentCapture> spliced = spliceSource(staging, u"b"_s, fresh->environments[0]);
        QVERIFY(spliced);
        const SnapshotPtr after = replaceEnvironment(*before, *spliced);
        QCOMPARE(valueOf(*after, u"config/b"_s, u"staging"_s), u"B#2"_s);
        QCOMPARE(valueOf(*after, u"config/a1"_s, u"staging"_s), u"A#1"_s); // not read again
        QCOMPARE(valueOf(*after, u"config/b"_s, u"production"_s), u"B#1"_s);
        // Layers and source indexes still point at the right places after renumbering.
        QCOMPARE(layerSourceOf(*after, u"config/b"_s, u"staging"_s), u"b/b"_s);
        QCOMPARE(layerSourceOf(*after, u"config/a2"_s, u"staging"_s), u"a/a"_s);
        QCOMPARE(after->environments[0].sources.size(), 2);
        QCOMPARE(after->environments[0].layers.size(), 2);
        QCOMPARE(after->environments[0].sources[1].fetchedAt, fresh->environments[0].sources[0].fetchedAt);
    }

    void refusesToSpliceLayeredKeys_data()
    {
        QTest::addColumn<bool>("overlapBefore");
        QTest::addRow("both sources set one key") << true;
        QTest::addRow("the retried source now sets another's key") << false;
    }
    void refusesToSpliceLayeredKeys()
    {
        QFETCH(bool, overlapBefore);
        const Workspace ws
            = workspace({scripted(u"a"_s, values({{"config/shared", "A"}})),
                         scripted(u"b"_s, values({{overlapBefore ? "config/shared" : "config/b", "B"}}))});
        const SnapshotPtr before = capture(ws);
        QVERIFY(before);
        QCOMPARE(sourceSharesKeys(before->environments[0], u"b"_s), overlapBefore);

        Workspace changed = ws;
        changed.sources[1] = scripted(u"b"_s, values({{"config/shared", "B2"}}));
        const SnapshotPtr fresh = capture(retryWorkspace(changed, u"staging"_s, u"b"_s));
        QVERIFY(fresh);
        QVERIFY(!spliceSource(before->environments[0], u"b"_s, fresh->environments[0]));
    }

    void failedRetryKeepsTheLastGoodValueStale()
    {
        const Workspace ws
            = workspace({scripted(u"a"_s, values({{"config/a", "A"}})), scripted(u"b"_s, values({{"config/b", "B"}}))});
        const SnapshotPtr before = capture(ws);
        Workspace failing = ws;
        failing.sources[1].options.insert(u"fail"_s, u"503 Service Unavailable"_s);
        const SnapshotPtr fresh = capture(retryWorkspace(failing, u"staging"_s, u"b"_s), before);
        const std::optional<EnvironmentCapture> spliced
            = spliceSource(before->environments[0], u"b"_s, fresh->environments[0]);
        QVERIFY(spliced);
        const SourceStatus &status = spliced->sources[1];
        QCOMPARE(status.state, SourceState::Failed);
        QCOMPARE(status.error, u"503 Service Unavailable"_s);
        QVERIFY(spliced->entries[u"config/b"_s].stale);
        QCOMPARE(spliced->entries[u"config/b"_s].value.display(), u"B"_s);
        QVERIFY(!spliced->entries[u"config/a"_s].stale);
    }

    void sessionRetriesOneSource_data()
    {
        QTest::addColumn<bool>("layered");
        QTest::addColumn<QString>("expectedA"); // staging's config/a after retrying b there
        QTest::addRow("separate keys: only b is read") << false << u"A#1"_s;
        QTest::addRow("layered keys: the whole environment is read") << true << u"A#2"_s;
    }
    void sessionRetriesOneSource()
    {
        QFETCH(bool, layered);
        QFETCH(QString, expectedA);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ws.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: 1\nname: Retry\nenvironments: [staging, production]\nsources:\n"
                   "  - {type: scripted, id: a, counted: true, values: {config/a: A}}\n"
                   "  - {type: scripted, id: b, counted: true, values: {config/b: B");
        file.write(layered ? ", config/a: fromB}}\n" : "}}\n");
        file.close();
        qputenv("DRIFTDECK_SECRET_SALT", "test");
        WorkspaceSession session;
        QSignalSpy changed(&session, &WorkspaceSession::snapshotChanged);
        QSignalSpy errors(&session, &WorkspaceSession::errorOccurred);
        QVERIFY2(session.open(path), qPrintable(errors.value(0).value(0).toString()));
        QVERIFY(changed.wait(5000));

        QSignalSpy finished(&session, &WorkspaceSession::sourceFinished);
        session.retrySource(u"staging"_s, u"b"_s);
        QVERIFY(session.isRefreshing());
        QVERIFY(changed.wait(5000));
        QCOMPARE(finished.size(), layered ? 2 : 1);
        const Snapshot &snapshot = *session.snapshot();
        QCOMPARE(valueOf(snapshot, u"config/b"_s, u"staging"_s), u"B#2"_s);
        QCOMPARE(valueOf(snapshot, u"config/b"_s, u"production"_s), u"B#1"_s);
        if (layered)
            QCOMPARE(valueOf(snapshot, u"config/a"_s, u"staging"_s), u"fromB#2"_s);
        QCOMPARE(ScriptedSource::reads.value(u"a@staging"_s), expectedA == u"A#2"_s ? 2 : 1);
        QCOMPARE(session.drift().baseline(), session.baseline());
    }

    void fullRefreshSupersedesARetry()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ws.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: 1\nname: Retry\nenvironments: [staging, production]\nsources:\n"
                   "  - {type: scripted, id: a, counted: true, delay: 100, values: {config/a: A}}\n");
        file.close();
        qputenv("DRIFTDECK_SECRET_SALT", "test");
        WorkspaceSession session;
        QSignalSpy changed(&session, &WorkspaceSession::snapshotChanged);
        QVERIFY(session.open(path));
        QVERIFY(changed.wait(5000));
        session.retrySource(u"staging"_s, u"a"_s); // read 2 in staging
        session.refresh(); // cancels it; reads 2 in both (the retry never finishes)
        QVERIFY(changed.wait(5000));
        QTest::qWait(300);
        QCOMPARE(changed.size(), 2);
        QVERIFY(!session.isRefreshing());
        QCOMPARE(valueOf(*session.snapshot(), u"config/a"_s, u"production"_s), u"A#2"_s);
        QCOMPARE(valueOf(*session.snapshot(), u"config/a"_s, u"staging"_s),
                 u"A#2"_s); // the cancelled read never finished
    }
};

QTEST_GUILESS_MAIN(SourceRetryTest)
#include "tst_sourceretry.moc"
