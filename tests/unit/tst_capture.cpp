#include "pipeline/capture.h"
#include "pipeline/workspacesession.h"
#include "scriptedsource.h"
#include "sources/sourcefactory.h"
#include "workspace/credentials.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace DriftDeck;
using namespace DriftDeck::Testing;

namespace {

class FakeCredentials : public CredentialProvider
{
public:
    void request(const CredentialRef &ref, QObject *receiver, AnswerFunction answer) override
    {
        if (ref.name == u"TOKEN_staging")
            answerLater(receiver, std::move(answer), {QStringLiteral("s3cr3t"), {}});
        else
            answerLater(receiver, std::move(answer),
                        {std::nullopt, QStringLiteral("environment variable %1 is not set").arg(ref.name)});
    }
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class CaptureTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SnapshotPtr>();
        registerScripted();
    }
    void init()
    {
        ScriptedSource::running = 0;
        ScriptedSource::maxRunning = 0;
        ScriptedSource::credentialsSeen.clear();
    }

    void mergesSourcesAndProtectsSecrets()
    {
        Workspace ws = workspace(
            {scripted(
                 QStringLiteral("a"),
                 values({{"config/pool", "10"}, {"config/db.password", "hunter2"}, {"config/vault.signing", "k3y"}})),
             scripted(QStringLiteral("b"), values({{"config/pool", "20"}, {"config/other", "x"}}))});
        Capture capture(ws, secrets());
        const SnapshotPtr snapshot = runCapture(capture);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->environmentCount(), 2);
        QCOMPARE(snapshot->rowCount(), 4);
        const int row = snapshot->rowOf(QStringLiteral("config/pool"));
        const Entry *pool = snapshot->entry(row, 0);
        // The later source wins; the earlier one's layer stays in the provenance chain.
        QCOMPARE(pool->value.display(), QStringLiteral("20"));
        QCOMPARE(pool->provenance.size(), 2);
        QCOMPARE(snapshot->environments[0].layers[pool->provenance[0].layer].source, QStringLiteral("a"));
        QCOMPARE(snapshot->environments[0].layers[pool->provenance[1].layer].source, QStringLiteral("b"));
        QCOMPARE(snapshot->environments[0].sources[pool->source].id, QStringLiteral("b"));

        const Entry *password = snapshot->entry(snapshot->rowOf(QStringLiteral("config/db.password")), 1);
        QVERIFY(password->value.isSecret());
        QVERIFY(!password->value.canonical().contains(QStringLiteral("hunter2")));
        for (const Origin &origin : password->provenance)
            QVERIFY(origin.display.isEmpty());
        QCOMPARE(snapshot->saltId, secrets().saltId());
        // A value its source marks sensitive is a secret even though no pattern matches its key.
        const Entry *signing = snapshot->entry(snapshot->rowOf(QStringLiteral("config/vault.signing")), 0);
        QVERIFY(signing->value.isSecret());
        QVERIFY(signing->provenance.constFirst().display.isEmpty());
    }

    void failingSourceKeepsOthersAndCarriesStaleValues()
    {
        Workspace ws = workspace({scripted(QStringLiteral("a"), values({{"config/pool", "10"}}))});
        Capture first(ws, secrets());
        const SnapshotPtr previous = runCapture(first);
        QVERIFY(previous);

        ws.sources[0].overrides.insert(QStringLiteral("staging"),
                                       {{QStringLiteral("fail"), QStringLiteral("connection refused")}});
        Capture second(ws, secrets());
        second.setPrevious(previous);
        const SnapshotPtr snapshot = runCapture(second);
        QVERIFY(snapshot);
        const SourceStatus &failed = snapshot->environments[0].sources[0];
        QCOMPARE(failed.state, SourceState::Failed);
        QCOMPARE(failed.error, QStringLiteral("connection refused"));
        QCOMPARE(failed.lastSuccess, previous->environments[0].sources[0].fetchedAt);
        const Entry *stale = snapshot->entry(snapshot->rowOf(QStringLiteral("config/pool")), 0);
        QVERIFY(stale);
        QVERIFY(stale->stale);
        QCOMPARE(stale->value.display(), QStringLiteral("10"));
        QCOMPARE(snapshot->environments[0].layers[stale->provenance[0].layer].label, QStringLiteral("staging.yaml"));
        QCOMPARE(snapshot->environments[1].sources[0].state, SourceState::Ok);
        QVERIFY(!snapshot->entry(snapshot->rowOf(QStringLiteral("config/pool")), 1)->stale);
    }

    void watchdogEndsASourceThatNeverAnswers()
    {
        QVariantMap hang{{QStringLiteral("hang"), true}, {QStringLiteral("timeout"), 50}};
        Workspace ws = workspace({scripted(QStringLiteral("a"), hang)}, {QStringLiteral("production")});
        Capture capture(ws, secrets());
        capture.setWatchdogGrace(100);
        const SnapshotPtr snapshot = runCapture(capture);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->environments[0].sources[0].state, SourceState::Failed);
        QVERIFY(snapshot->environments[0].sources[0].error.startsWith(QStringLiteral("No answer within")));
    }

    void cancelEndsEverything()
    {
        QVariantMap hang{{QStringLiteral("hang"), true}};
        Workspace ws = workspace({scripted(QStringLiteral("a"), hang), scripted(QStringLiteral("b"), hang)});
        Capture capture(ws, secrets());
        capture.setMaxConcurrent(1);
        QSignalSpy finished(&capture, &Capture::finished);
        capture.start();
        QTimer::singleShot(20, &capture, &Capture::cancel);
        QVERIFY(finished.wait(5000));
        const SnapshotPtr snapshot = finished.first().first().value<SnapshotPtr>();
        for (const EnvironmentCapture &env : snapshot->environments) {
            for (const SourceStatus &status : env.sources)
                QCOMPARE(status.state, SourceState::Cancelled);
        }
    }

    void concurrencyIsBounded()
    {
        QList<SourceSpec> sources;
        for (int i = 0; i < 6; ++i)
            sources.append(scripted(QStringLiteral("s%1").arg(i), values({{"config/k", "v"}}, 30)));
        Capture capture(workspace(sources), secrets());
        capture.setMaxConcurrent(3);
        QSignalSpy progress(&capture, &Capture::progress);
        QVERIFY(runCapture(capture));
        QCOMPARE(ScriptedSource::maxRunning, 3);
        QCOMPARE(progress.size(), 12);
        QCOMPARE(progress.last().at(0).toInt(), 12);
    }

    void manySourcesRunAtOnceUpToTheDefaultBound()
    {
        // 20 environments × 5 sources should take one round trip, not thirteen; 140 jobs
        // still stop at the bound.
        QList<SourceSpec> sources;
        for (int i = 0; i < 70; ++i)
            sources.append(scripted(QStringLiteral("s%1").arg(i), values({{"config/k", "v"}}, 100)));
        Capture capture(workspace(sources), secrets());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runCapture(capture));
        QCOMPARE(ScriptedSource::maxRunning, 128);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    }

    void credentialsComeFromTheProvider()
    {
        SourceSpec spec = scripted(QStringLiteral("a"), values({{"config/k", "v"}}));
        spec.credentials = {CredentialRef::Kind::EnvironmentVariable, QStringLiteral("TOKEN_{env}")};
        FakeCredentials credentials;
        Capture capture(workspace({spec}), secrets());
        capture.setCredentialProvider(&credentials);
        const SnapshotPtr snapshot = runCapture(capture);
        QVERIFY(snapshot);
        QCOMPARE(ScriptedSource::credentialsSeen, QStringList{QStringLiteral("s3cr3t")});
        QCOMPARE(snapshot->environments[0].sources[0].state, SourceState::Ok);
        QCOMPARE(snapshot->environments[1].sources[0].state, SourceState::Failed);
        QCOMPARE(snapshot->environments[1].sources[0].error,
                 QStringLiteral("environment variable TOKEN_production is not set"));
    }

    void dotenvSecretsAreMatchedByTheirOriginalName()
    {
        // PRIVATE_KEY in a .env file becomes config/private.key, which no pattern matches; the
        // variable's own name does. Values that carry a credential are secret under any name.
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QVERIFY(writeFile(dir.filePath(name), bytes));
        };
        write(QStringLiteral("base.yaml"), "app: shop\n");
        write(QStringLiteral("production.env"),
              "PRIVATE_KEY=AAAAB3NzaC1yc2EAAAADAQABAAABAQ\nDB_PASSWORD=hunter2\nLOG_LEVEL=info\n"
              "CONNECTION=Server=db;User Id=sa;Password=hunter2;\nAUTH=Bearer eyJhbGciOiJIUzI1NiJ9\n"
              "REPORTS=https://reports.example.com/x?user=a&password=hunter2\n");
        SourceSpec spec;
        spec.type = QStringLiteral("config-files");
        spec.id = QStringLiteral("config");
        spec.options = {{QStringLiteral("layers"), QVariantList{QStringLiteral("base.yaml")}},
                        {QStringLiteral("dotenv"), QStringLiteral("{env}.env")},
                        {QStringLiteral("envMapping"),
                         QVariantMap{{QStringLiteral("DB_PASSWORD"), QStringLiteral("database.login")}}}};
        Workspace ws = workspace({spec}, {QStringLiteral("production")});
        ws.filePath = dir.filePath(QStringLiteral("ws.yaml"));
        Capture capture(ws, secrets());
        const SnapshotPtr snapshot = runCapture(capture);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->environments[0].sources[0].error, QString());
        for (const char *key :
             {"config/private.key", "config/database.login", "config/connection", "config/auth", "config/reports"}) {
            const int row = snapshot->rowOf(QString::fromLatin1(key));
            QVERIFY2(row >= 0, qPrintable(QString::fromLatin1(key) + u" not in " + snapshot->keys().join(u' ')));
            const Entry *entry = snapshot->entry(row, 0);
            QVERIFY2(entry, key);
            QVERIFY2(entry->value.isSecret(), key);
            for (const Origin &origin : entry->provenance)
                QVERIFY2(origin.display.isEmpty(), key);
        }
        QCOMPARE(snapshot->entry(snapshot->rowOf(QStringLiteral("config/log.level")), 0)->value.display(),
                 QStringLiteral("info"));
    }

    void lowerLayersCredentialsAreHiddenInEveryEnvironment()
    {
        // Keys and values are pooled across the environments' files and judged once per key:
        // every environment still gets its secrets fingerprinted, and a lower layer that wrote a
        // credential the upper layer replaced keeps no display of it.
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QVERIFY(writeFile(dir.filePath(name), bytes));
        };
        write(QStringLiteral("base.yaml"),
              "db:\n  dsn: postgres://app:hunter2@db/shop\n  password: hunter2\n  pool: 10\n");
        write(QStringLiteral("staging.yaml"), "db:\n  dsn: postgres://db/shop\n");
        write(QStringLiteral("production.yaml"), "db:\n  dsn: postgres://db/shop\n  pool: 20\n");
        SourceSpec spec;
        spec.type = QStringLiteral("config-files");
        spec.id = QStringLiteral("config");
        spec.options
            = {{QStringLiteral("layers"), QVariantList{QStringLiteral("base.yaml"), QStringLiteral("{env}.yaml")}}};
        Workspace ws = workspace({spec});
        ws.filePath = dir.filePath(QStringLiteral("ws.yaml"));
        Capture capture(ws, secrets());
        const SnapshotPtr snapshot = runCapture(capture);
        QVERIFY(snapshot);
        for (int env = 0; env < 2; ++env) {
            QCOMPARE(snapshot->environments[env].sources[0].error, QString());
            const Entry *password = snapshot->entry(snapshot->rowOf(QStringLiteral("config/db.password")), env);
            QVERIFY(password && password->value.isSecret());
            for (const Origin &origin : password->provenance)
                QVERIFY(origin.display.isEmpty());
            const Entry *dsn = snapshot->entry(snapshot->rowOf(QStringLiteral("config/db.dsn")), env);
            QVERIFY(dsn);
            QCOMPARE(dsn->value.display(), QStringLiteral("postgres://db/shop"));
            QCOMPARE(dsn->provenance.size(), 2);
            QVERIFY(dsn->provenance[0].display.isEmpty()); // base.yaml's URL with its password
            QCOMPARE(dsn->provenance[1].display, QStringLiteral("postgres://db/shop"));
        }
    }

    void onlyNetworkSourcesWaitForTls()
    {
        // Loading the CA certificates costs a check of local files half a second: only a
        // workspace with a source that may use the network waits for it.
        const auto spec = [](const char *type) {
            SourceSpec source;
            source.type = QString::fromLatin1(type);
            source.id = source.type;
            return source;
        };
        for (const char *type : {"config-files", "flag-file", "docker-compose", "helm-values", "terraform", "pulumi",
                                 "kubernetes-manifests", "helm-json"}) {
            QVERIFY2(SourceFactory::instance().type(QString::fromLatin1(type)), type);
            QVERIFY2(!Capture::usesNetwork(workspace({spec(type)})), type);
        }
        QVERIFY(!Capture::usesNetwork(workspace({spec("config-files"), spec("flag-file")})));
        QVERIFY(Capture::usesNetwork(workspace({spec("config-files"), spec("registry")})));
        // kubectl-json reads a file but asks registries for the digests of its images.
        QVERIFY(Capture::usesNetwork(workspace({spec("kubectl-json")})));
        QVERIFY(Capture::usesNetwork(workspace({spec("config-files"), spec("no-such-type")})));
    }

    void sessionUsesCredentialsFromTheEnvironment()
    {
        // The window's session reads credentials without being handed a provider.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: 1\nname: Credentials\nenvironments: [staging, production]\n"
                   "sources:\n  - type: scripted\n    values: {config/k: v}\n"
                   "    credentials: {env: \"DRIFTDECK_TEST_TOKEN_{env}\"}\n");
        file.close();
        qputenv("DRIFTDECK_SECRET_SALT", "test");
        qputenv("DRIFTDECK_TEST_TOKEN_staging", "staging-token");
        qunsetenv("DRIFTDECK_TEST_TOKEN_production");
        WorkspaceSession session;
        QSignalSpy changed(&session, &WorkspaceSession::snapshotChanged);
        QSignalSpy errors(&session, &WorkspaceSession::errorOccurred);
        QVERIFY2(session.open(path), qPrintable(errors.value(0).value(0).toString()));
        QVERIFY(changed.wait(5000));
        QCOMPARE(ScriptedSource::credentialsSeen, QStringList{QStringLiteral("staging-token")});
        const SnapshotPtr snapshot = session.snapshot();
        QCOMPARE(snapshot->environments[0].sources[0].state, SourceState::Ok);
        QCOMPARE(snapshot->environments[1].sources[0].error,
                 QStringLiteral("environment variable DRIFTDECK_TEST_TOKEN_production is not set"));
    }

    void sessionDropsSupersededRefreshes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: 1\nname: Session\nenvironments: [staging, production]\n"
                   "sources:\n  - type: scripted\n    delay: 200\n");
        file.close();
        qputenv("DRIFTDECK_SECRET_SALT", "test");
        WorkspaceSession session;
        session.setToday(QDate(2026, 11, 26));
        QSignalSpy changed(&session, &WorkspaceSession::snapshotChanged);
        QSignalSpy errors(&session, &WorkspaceSession::errorOccurred);
        QVERIFY2(session.open(path), qPrintable(errors.value(0).value(0).toString()));
        QVERIFY(session.isRefreshing());
        session.refresh(); // supersedes the first refresh before it delivers
        QVERIFY(changed.wait(5000));
        QTest::qWait(400);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(session.snapshot()->environmentCount(), 2);
        QCOMPARE(session.baseline(), 1); // no baseline named: the last environment

        QSignalSpy drift(&session, &WorkspaceSession::driftChanged);
        session.setBaseline(0);
        QVERIFY(drift.wait(5000));
        QCOMPARE(session.drift().baseline(), 0);
    }
};

QTEST_GUILESS_MAIN(CaptureTest)
#include "tst_capture.moc"
