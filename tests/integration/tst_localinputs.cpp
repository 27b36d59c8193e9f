// Local paths that are not regular files, against the real binary: a FIFO as a flag file, a
// configuration layer or the workspace itself must end with a clear error instead of hanging;
// `check /dev/stdin` reads a workspace or a snapshot from a pipe. And warnings of sources (a
// missing layer) reach the user.
#include "snapshot/snapshotfile.h"
#include "workspace/localfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(path.left(path.lastIndexOf(u'/')));
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray ConfigWorkspace
    = "version: 1\nname: Local shop\nbaseline: production\n"
      "environments: [staging, production]\n"
      "sources:\n  - type: config-files\n    layers: [config/base.yaml, \"config/{env}.yaml\"]\n";

} // namespace

class TestLocalInputs : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Every run must end by itself well within the bound: a hang is the bug these tests catch.
    Run run(const QStringList &arguments, const QByteArray &input = {}, const QString &folder = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DRIFTDECK_SECRET_SALT"), QStringLiteral("local-test-salt"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(folder.isEmpty() ? m_dir.path() : folder);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(DRIFTDECK_BINARY), arguments);
        process.waitForStarted();
        if (!input.isNull()) {
            process.write(input);
            process.closeWriteChannel();
        }
        Run result;
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("hung: no exit within 20 s");
            return result;
        }
        result.ms = clock.elapsed();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static bool makeFifo(const QString &path)
    {
        QDir().mkpath(path.left(path.lastIndexOf(u'/')));
        QFile::remove(path);
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(path(QStringLiteral("shop/workspace.yaml")), ConfigWorkspace));
        QVERIFY(writeFile(path(QStringLiteral("shop/config/base.yaml")), "database:\n  poolSize: 10\n"));
        QVERIFY(writeFile(path(QStringLiteral("shop/config/production.yaml")), "database:\n  poolSize: 50\n"));
        QVERIFY(writeFile(path(QStringLiteral("shop/config/staging.yaml")), "database:\n  poolSize: 20\n"));
    }

    void fifoAsFlagFile()
    {
        const QString folder = path(QStringLiteral("flags"));
        QVERIFY(writeFile(folder + QStringLiteral("/workspace.yaml"),
                          "version: 1\nname: Flags\nbaseline: production\nenvironments: [staging, production]\n"
                          "sources:\n  - type: flag-file\n    path: \"flags/{env}.json\"\n"));
        QVERIFY(writeFile(folder + QStringLiteral("/flags/production.json"),
                          "{\"flags\":{\"beta\":{\"state\":\"ENABLED\",\"variants\":{\"on\":true,\"off\":false},"
                          "\"defaultVariant\":\"on\"}}}"));
        QVERIFY(makeFifo(folder + QStringLiteral("/flags/staging.json")));
        const Run r = run({QStringLiteral("check"), folder + QStringLiteral("/workspace.yaml")});
        qInfo("flag file FIFO: exit %d after %lld ms", r.exitCode, r.ms);
        QCOMPARE(r.exitCode, 3); // staging failed; production was read
        QVERIFY2(r.out.contains(QStringLiteral("is a pipe (FIFO)")), qPrintable(r.out + r.err));
        QVERIFY(r.ms < 5000);
    }

    void fifoAsConfigLayer()
    {
        const QString folder = path(QStringLiteral("layers"));
        QVERIFY(writeFile(folder + QStringLiteral("/workspace.yaml"), ConfigWorkspace));
        QVERIFY(writeFile(folder + QStringLiteral("/config/base.yaml"), "database:\n  poolSize: 10\n"));
        QVERIFY(writeFile(folder + QStringLiteral("/config/production.yaml"), "database:\n  poolSize: 50\n"));
        QVERIFY(makeFifo(folder + QStringLiteral("/config/staging.yaml")));
        const Run r = run({QStringLiteral("check"), folder + QStringLiteral("/workspace.yaml")});
        qInfo("configuration layer FIFO: exit %d after %lld ms", r.exitCode, r.ms);
        QCOMPARE(r.exitCode, 3);
        // The layer planner refuses it up front; the reader would too (a FIFO swapped in later).
        QVERIFY2(r.out.contains(QStringLiteral("config/staging.yaml: not a file"))
                     || r.out.contains(QStringLiteral("is a pipe (FIFO)")),
                 qPrintable(r.out + r.err));
        QVERIFY(r.ms < 5000);
    }

    // Every source that reads files a workspace names refuses a FIFO in the staging environment at
    // once, with the path, while production is read (it used to block a pool thread for good).
    void fifoAsEnvironmentFile_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("stagingFile");
        QTest::addColumn<QByteArray>("productionText");
        QTest::newRow("helm-values") << QByteArray(
            "  - type: helm-values\n    release: shop\n    files: [\"v/{env}.yaml\"]\n")
                                     << u"v/staging.yaml"_s << QByteArray("image:\n  tag: \"1.0\"\n");
        QTest::newRow("kubernetes-manifests")
            << QByteArray("  - type: kubernetes-manifests\n    paths: [\"k8s/{env}.yaml\"]\n") << u"k8s/staging.yaml"_s
            << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app}\ndata: {a: \"1\"}\n");
        QTest::newRow("docker-compose") << QByteArray("  - type: docker-compose\n    files: [\"c/{env}.yaml\"]\n")
                                        << u"c/staging.yaml"_s
                                        << QByteArray("services:\n  web:\n    image: nginx:1.27\n");
        QTest::newRow("pulumi") << QByteArray("  - type: pulumi\n    path: \"Pulumi.{env}.yaml\"\n")
                                << u"Pulumi.staging.yaml"_s << QByteArray("config:\n  shop:size: \"2\"\n");
        QTest::newRow("helm-json") << QByteArray("  - type: helm-json\n    list: \"helm/{env}-list.json\"\n")
                                   << u"helm/staging-list.json"_s << QByteArray("[]");
    }

    void fifoAsEnvironmentFile()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, stagingFile);
        QFETCH(QByteArray, productionText);
        const QString folder = path(u"envfiles/"_s + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(writeFile(folder + u"/workspace.yaml"_s,
                          "version: 1\nname: Files\nbaseline: production\nenvironments: [staging, production]\n"
                          "sources:\n"
                              + source));
        QVERIFY(writeFile(folder + u'/' + QString(stagingFile).replace(u"staging"_s, u"production"_s), productionText));
        QVERIFY(makeFifo(folder + u'/' + stagingFile));
        const Run r = run({u"check"_s, folder + u"/workspace.yaml"_s});
        qInfo("%s FIFO: exit %d after %lld ms", QTest::currentDataTag(), r.exitCode, r.ms);
        QCOMPARE(r.exitCode, 3); // staging failed; production was read
        QVERIFY2(r.out.contains(u"is a pipe (FIFO)"_s) && r.out.contains(stagingFile), qPrintable(r.out + r.err));
        QVERIFY(r.ms < 5000);
    }

    // Files a network source reads when it is made (on the window's thread): a CA bundle, a
    // kubeconfig, a token file. A FIFO there must fail the source, never block.
    void fifoAsCredentialFile_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("fifo");
        QTest::addColumn<QByteArray>("kubeconfig"); // written beside, when the FIFO is a file it names
        QTest::newRow("caFile") << QByteArray(
            "  - type: prometheus\n    url: \"https://127.0.0.1:1\"\n    caFile: ca.pem\n"
            "    queries: {up: \"up\"}\n")
                                << u"ca.pem"_s << QByteArray();
        QTest::newRow("kubeconfig") << QByteArray(
            "  - type: kubernetes\n    kubeconfig: kube.yaml\n    context: \"{env}\"\n")
                                    << u"kube.yaml"_s << QByteArray();
        QTest::newRow("kubeconfig tokenFile")
            << QByteArray("  - type: kubernetes\n    kubeconfig: kube.yaml\n    context: \"{env}\"\n") << u"token"_s
            << QByteArray("clusters: [{name: c, cluster: {server: \"https://127.0.0.1:1\"}}]\n"
                          "users: [{name: u, user: {tokenFile: token}}]\n"
                          "contexts: [{name: staging, context: {cluster: c, user: u}},"
                          " {name: production, context: {cluster: c, user: u}}]\n");
    }

    void fifoAsCredentialFile()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, fifo);
        QFETCH(QByteArray, kubeconfig);
        const QString folder
            = path(u"credentialfiles/"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY(writeFile(folder + u"/workspace.yaml"_s,
                          "version: 1\nname: Credentials\nbaseline: production\nenvironments: [staging, production]\n"
                          "sources:\n"
                              + source));
        if (!kubeconfig.isEmpty())
            QVERIFY(writeFile(folder + u"/kube.yaml"_s, kubeconfig));
        QVERIFY(makeFifo(folder + u'/' + fifo));
        const Run r = run({u"check"_s, folder + u"/workspace.yaml"_s});
        qInfo("%s FIFO: exit %d after %lld ms", QTest::currentDataTag(), r.exitCode, r.ms);
        const QString said = QString(r.out + r.err).simplified(); // the text report wraps long errors
        QVERIFY2(r.exitCode == 3 || r.exitCode == 2, qPrintable(said)); // a failed source, not a crash
        QVERIFY2(said.contains(u"is a pipe (FIFO)"_s), qPrintable(said));
        QVERIFY(r.ms < 5000);
    }

    // The one reader of whole files: what it refuses and why, and an empty file is read, not missing.
    void readRegularSaysWhy()
    {
        const QString empty = path(u"regular/empty.json"_s);
        QVERIFY(writeFile(empty, QByteArray()));
        LocalFile::Read read = LocalFile::readRegular(empty, 1024);
        QVERIFY2(read.ok(), qPrintable(read.errorString));
        QVERIFY(!read.bytes.isNull());
        QVERIFY(read.bytes.isEmpty());

        const QString large = path(u"regular/large.json"_s);
        QVERIFY(writeFile(large, QByteArray(3 * 1024 * 1024, 'x')));
        read = LocalFile::readRegular(large, 2 * 1024 * 1024);
        QCOMPARE(read.errorString, u"larger than 2 MiB"_s);
        QVERIFY(read.bytes.isEmpty());
        QVERIFY(LocalFile::readRegular(large, 3 * 1024 * 1024).ok()); // exactly the limit is allowed

        QCOMPARE(LocalFile::readRegular(path(u"regular/none.json"_s), 1024).errorString, u"no such file"_s);
        QCOMPARE(LocalFile::readRegular(path(u"regular"_s), 1024).errorString, u"is a folder, not a file"_s);
        const QString fifo = path(u"regular/fifo.json"_s);
        QVERIFY(makeFifo(fifo));
        QCOMPARE(LocalFile::readRegular(fifo, 1024).errorString, u"is a pipe (FIFO), not a regular file"_s);
    }

    void fifoAsWorkspaceWithoutWriter_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addRow("check") << QStringLiteral("check");
        QTest::addRow("snapshot") << QStringLiteral("snapshot");
        QTest::addRow("diff") << QStringLiteral("diff");
    }
    void fifoAsWorkspaceWithoutWriter()
    {
        QFETCH(QString, command);
        const QString fifo = path(QStringLiteral("workspace.fifo"));
        QVERIFY(makeFifo(fifo));
        QStringList arguments{command, fifo};
        if (command == u"snapshot")
            arguments << QStringLiteral("-o") << path(QStringLiteral("never.json"));
        if (command == u"diff")
            arguments << path(QStringLiteral("shop/workspace.yaml"));
        const Run r = run(arguments);
        qInfo("workspace FIFO (%s): exit %d after %lld ms", qPrintable(command), r.exitCode, r.ms);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("nothing to read")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("never.json"))));
    }

    void devicesAreRefused()
    {
        const Run r = run({QStringLiteral("check"), QStringLiteral("/dev/zero")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("/dev/zero: is a device or socket, not a regular file")),
                 qPrintable(r.err));
    }

    // The workspace comes through a pipe; its relative layers resolve against the current folder.
    void checkReadsWorkspaceFromStdin()
    {
        const Run r = run(
            {QStringLiteral("check"), QStringLiteral("/dev/stdin"), QStringLiteral("--format"), QStringLiteral("json")},
            ConfigWorkspace, path(QStringLiteral("shop")));
        QCOMPARE(r.exitCode, 1); // drift: poolSize differs
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root[u"errors"].toArray().size(), 0);
        QCOMPARE(root[u"rows"].toArray().first().toObject()[u"key"].toString(),
                 QStringLiteral("config/database.poolSize"));
    }

    void checkAndSnapshotReadSnapshotsFromStdin()
    {
        const QString file = path(QStringLiteral("shop.driftsnap.json"));
        const Run written = run({QStringLiteral("snapshot"), QStringLiteral("/dev/stdin"), QStringLiteral("-o"), file},
                                ConfigWorkspace, path(QStringLiteral("shop")));
        QCOMPARE(written.exitCode, 0);
        const SnapshotReadResult read = SnapshotFile::read(file);
        QVERIFY2(read.ok(), qPrintable(read.errorString));
        QCOMPARE(read.snapshot->workspaceName, QStringLiteral("Local shop"));

        const Run checked = run({QStringLiteral("check"), QStringLiteral("/dev/stdin")}, readFile(file));
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.out.contains(QStringLiteral("config/database.poolSize")),
                 qPrintable(checked.out + checked.err));

        const Run again = run({QStringLiteral("snapshot"), QStringLiteral("/dev/stdin"), QStringLiteral("-o"),
                               path(QStringLiteral("again.json"))},
                              readFile(file));
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("is already a snapshot")), qPrintable(again.err));
    }

    void emptyStdinSaysSo()
    {
        const Run r = run({QStringLiteral("check"), QStringLiteral("/dev/stdin")}, QByteArray(""));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("nothing to read")), qPrintable(r.err));
    }

    // A layer that does not exist is skipped: the user hears about it in every format.
    void missingLayerIsReported()
    {
        const QString folder = path(QStringLiteral("missing"));
        QVERIFY(writeFile(folder + QStringLiteral("/workspace.yaml"),
                          "version: 1\nname: Missing\nbaseline: production\nenvironments: [staging, production]\n"
                          "sources:\n  - type: config-files\n    label: Service configuration\n"
                          "    layers: [config/base.yaml, \"config/{env}.yaml\"]\n"));
        QVERIFY(writeFile(folder + QStringLiteral("/config/base.yaml"), "database:\n  poolSize: 10\n"));
        QVERIFY(writeFile(folder + QStringLiteral("/config/production.yaml"), "database:\n  poolSize: 10\n"));
        const Run text = run({QStringLiteral("check"), folder + QStringLiteral("/workspace.yaml")});
        QCOMPARE(text.exitCode, 0); // a warning is not drift
        QVERIFY2(text.err.contains(QStringLiteral("driftdeck check: warning: staging / Service configuration: "
                                                  "config/staging.yaml: file not found")),
                 qPrintable(text.err));
        const Run json = run({QStringLiteral("check"), folder + QStringLiteral("/workspace.yaml"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray warnings = QJsonDocument::fromJson(json.out.toUtf8()).object()[u"warnings"].toArray();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings[0].toObject()[u"environment"].toString(), QStringLiteral("staging"));
        QVERIFY(warnings[0].toObject()[u"message"].toString().contains(QStringLiteral("config/staging.yaml")));
    }

    // Reading a small file under a large limit takes what the file holds, not the limit: every
    // configuration layer used to hold 128 MiB of address space (QIODevice::read(limit + 1)).
    void readAtMostTakesWhatTheFileHolds()
    {
        const QString small = path(QStringLiteral("bounded/small.yaml"));
        QVERIFY(writeFile(small, "a: 1\n"));
        QFile file;
        QString error;
        QVERIFY2(LocalFile::openRegular(file, small, &error), qPrintable(error));
        const QByteArray bytes = LocalFile::readAtMost(file, 64 * 1024 * 1024);
        QCOMPARE(bytes, QByteArray("a: 1\n"));
        QVERIFY2(bytes.capacity() < 1024 * 1024, qPrintable(QString::number(bytes.capacity())));

        // Over the limit: exactly one byte more than allowed, so the caller can say "too large".
        const QString large = path(QStringLiteral("bounded/large.yaml"));
        QVERIFY(writeFile(large, QByteArray(300 * 1024, 'x')));
        QFile big;
        QVERIFY2(LocalFile::openRegular(big, large, &error), qPrintable(error));
        QCOMPARE(LocalFile::readAtMost(big, 100 * 1024).size(), 100 * 1024 + 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLocalInputs)
#include "tst_localinputs.moc"
