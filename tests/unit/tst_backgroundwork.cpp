// Background work that must never crash, deadlock or hang on exit: sources deleted while their
// reading is queued, snapshot assembly and drift computation running several at once on the
// global pool, and a refresh storm (F5 held down).
#include "background/cancelflag.h"
#include "background/parallel.h"
#include "drift/driftengine.h"
#include "pipeline/snapshotassembler.h"
#include "pipeline/workspacesession.h"
#include "scriptedsource.h"
#include "sources/configfilessource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFutureSynchronizer>
#include <QFutureWatcher>
#include <QPointer>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrentRun>

using namespace DriftDeck;
using namespace DriftDeck::Testing;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Outcomes of a capture of `environments` environments × 2 sources of `keys` keys each.
std::vector<SourceOutcome> outcomes(int environments, int keys)
{
    std::vector<SourceOutcome> all;
    for (int env = 0; env < environments; ++env) {
        for (int source = 0; source < 2; ++source) {
            SourceOutcome outcome;
            outcome.environment = env;
            outcome.status.id = QStringLiteral("s%1").arg(source);
            outcome.status.state = SourceState::Ok;
            outcome.result.layers = {Layer{outcome.status.id, QStringLiteral("layer"), {}}};
            for (int k = 0; k < keys; ++k) {
                Entry entry;
                entry.value = Value::string(QString::number((k * (env + 1)) % 7));
                entry.provenance = {Origin{0, k + 1, 1, entry.value.display()}};
                outcome.result.entries.insert(QStringLiteral("config/key%1").arg(k), entry);
            }
            all.push_back(std::move(outcome));
        }
    }
    return all;
}

qint64 residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * 4 : -1;
}

} // namespace

class BackgroundWorkTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SnapshotPtr>();
        registerScripted();
        qputenv("DRIFTDECK_SECRET_SALT", "test");
    }
    void cleanup()
    {
        QThreadPool::globalInstance()->setMaxThreadCount(QThread::idealThreadCount());
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
    }

    void fileSourceDeletedWhileItsReadingIsQueued()
    {
        // The pool is busy (keychain lookups, other sources): the reading waits in the queue when
        // the watchdog or a newer refresh deletes the source. Deleting must neither wait for the
        // reading nor let it run against the half-destroyed object.
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("base.yaml")), "pool: 10\n");
        QThreadPool::globalInstance()->setMaxThreadCount(1);
        QSemaphore release;
        QFuture<void> blocker = QtConcurrent::run([&release] { release.acquire(); });

        SourceContext context;
        context.sourceId = QStringLiteral("config");
        context.environment = QStringLiteral("staging");
        context.workspaceDirectory = dir.path();
        context.options.insert(QStringLiteral("layers"), QVariantList{QStringLiteral("base.yaml")});
        auto source = std::make_unique<ConfigFilesSource>(context);
        QSignalSpy values(source.get(), &Source::valuesAvailable);
        source->start();
        QElapsedTimer clock;
        clock.start();
        source.reset();
        QVERIFY2(clock.elapsed() < 500, "deleting a source must not wait for its reading");

        release.release();
        blocker.waitForFinished();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QCoreApplication::processEvents();
        QCOMPARE(values.size(), 0);
    }

    void assembliesAtOnceDoNotDeadlock()
    {
        // Two (or more) refreshes finishing together assemble on the global pool at the same
        // time; each merges environments and computes drift in parallel. On two threads, work
        // that waits for tasks queued on its own pool never finishes.
        QThreadPool::globalInstance()->setMaxThreadCount(2);
        const Workspace ws
            = workspace({}, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
        QFutureSynchronizer<int> all;
        for (int i = 0; i < 6; ++i) {
            all.addFuture(QtConcurrent::run([ws] {
                const Snapshot snapshot
                    = assembleSnapshot(ws, secrets(), nullptr, outcomes(4, 10000), QDateTime::currentDateTimeUtc());
                const DriftResult drift = DriftEngine::compute(snapshot, 0, ws.policy, QDate(2026, 12, 1));
                return drift.driftRowCount();
            }));
        }
        QElapsedTimer clock;
        clock.start();
        while (QThreadPool::globalInstance()->activeThreadCount() > 0 && clock.elapsed() < 60000)
            QTest::qWait(20);
        QVERIFY2(QThreadPool::globalInstance()->activeThreadCount() == 0, "assemblies deadlocked on the pool");
        for (const QFuture<int> &future : all.futures())
            QVERIFY(future.result() > 0);
    }

    // The one idiom for stale work: a superseded worker is told to stop, its late result never
    // reaches the receiver, and its watcher goes away by itself once the worker is done.
    void supersededWorkIsDroppedAndCleanedUp()
    {
        QObject receiver;
        QSemaphore started;
        QSemaphore release;
        const CancelFlagPtr cancel = makeCancelFlag();
        auto *watcher = new QFutureWatcher<int>(&receiver);
        QPointer<QFutureWatcherBase> work = watcher;
        const QPointer<QFutureWatcherBase> watched = watcher;
        int delivered = 0;
        QObject::connect(watcher, &QFutureWatcherBase::finished, &receiver, [&delivered] { ++delivered; });
        bool sawCancel = false;
        watcher->setFuture(QtConcurrent::run([&started, &release, cancel, &sawCancel] {
            started.release();
            release.acquire();
            sawCancel = cancel->load();
            return 42;
        }));
        started.acquire();
        supersede(work, &receiver, cancel);
        QVERIFY(!work);
        release.release();
        QTRY_VERIFY(!watched); // deleted once the worker finished
        QCOMPARE(delivered, 0);
        QVERIFY(sawCancel);

        // Work that finished before it was let go of is cleaned up too.
        auto *done = new QFutureWatcher<int>(&receiver);
        QPointer<QFutureWatcherBase> doneWork = done;
        const QPointer<QFutureWatcherBase> doneWatched = done;
        QObject::connect(done, &QFutureWatcherBase::finished, &receiver, [&delivered] { ++delivered; });
        done->setFuture(QtConcurrent::run([] { return 1; }));
        done->waitForFinished();
        supersede(doneWork, &receiver);
        QTRY_VERIFY(!doneWatched);
        QCOMPARE(delivered, 0);
    }

    void parallelForNestedRunsInline()
    {
        std::atomic_int sum = 0;
        parallelFor(4, [&](int outer) { parallelFor(4, [&](int inner) { sum += outer * 4 + inner; }); });
        QCOMPARE(sum.load(), 120);
    }

    void refreshStorm()
    {
        // A user holding F5: refresh() every 1–30 ms on a workspace of local files. No crash, no
        // hang, and the last refresh's snapshot arrives.
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("base.yaml")), "pool: 10\nlog:\n  level: info\n");
        writeFile(dir.filePath(QStringLiteral("staging.yaml")), "pool: 20\n");
        writeFile(dir.filePath(QStringLiteral("production.yaml")), "pool: 30\n");
        writeFile(dir.filePath(QStringLiteral("ws.yaml")),
                  "version: 1\nname: Storm\nenvironments: [a, b, c, staging, production]\n"
                  "sources:\n  - type: config-files\n    layers: [base.yaml, \"{env}.yaml\"]\n"
                  "  - type: scripted\n    delay: 3\n    values: {config/x: y}\n");
        WorkspaceSession session;
        QSignalSpy changed(&session, &WorkspaceSession::snapshotChanged);
        QVERIFY(session.open(dir.filePath(QStringLiteral("ws.yaml"))));
        // DRIFTDECK_STORM_SECONDS=60 for the long run; the suite holds F5 for three seconds.
        const int seconds = qEnvironmentVariableIntValue("DRIFTDECK_STORM_SECONDS") > 0
            ? qEnvironmentVariableIntValue("DRIFTDECK_STORM_SECONDS")
            : 3;
        QVERIFY(changed.wait(10000));
        const qint64 residentBefore = residentKiB();
        QElapsedTimer clock;
        clock.start();
        int refreshes = 0;
        while (clock.elapsed() < seconds * 1000) {
            session.refresh();
            ++refreshes;
            QTest::qWait(1 + int(QRandomGenerator::global()->bounded(30)));
        }
        // One more, waited for: the storm's own last result may have arrived already.
        changed.clear();
        session.refresh();
        QVERIFY(changed.wait(20000));
        // The change seen may be an earlier refresh's drift finishing; the last refresh ends too.
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRefreshing(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot() && session.snapshot()->environmentCount() == 5, 20000);
        const SnapshotPtr snapshot = session.snapshot();
        const Entry *pool = snapshot->entry(snapshot->rowOf(QStringLiteral("config/pool")), 4);
        QVERIFY(pool);
        QCOMPARE(pool->value.display(), QStringLiteral("30"));
        qInfo("%d refreshes in %d s; resident memory %lld KiB before, %lld KiB after", refreshes, seconds,
              residentBefore, residentKiB());
    }
};

QTEST_GUILESS_MAIN(BackgroundWorkTest)
#include "tst_backgroundwork.moc"
