// What runs, checked against the registry, on Debian's real docker-registry: repositories named
// per environment as one row; the tag a workload runs resolved in its registry and a tag pushed
// again after the "deploy" reported critical by `driftdeck check`; TLS client certificates (a
// registry with http.tls.clientcas, certificates made with openssl at test time), from source
// options and from a kubeconfig.
#include "registryfixture.h"
#include "sourcerun.h"
#include "testserver.h"
#include "workspace/workspaceloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslKey>
#include <QtTest>

using namespace DriftDeck;
using namespace DriftDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

QString runOpenssl(const QStringList &arguments, const QString &directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(TestServer::findProgram(u"openssl"_s), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return u"openssl %1 failed: %2"_s.arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAll()));
    return {};
}

QStringList newKey(const QString &name)
{
    return {u"-newkey"_s, u"ec"_s,      u"-pkeyopt"_s,   u"ec_paramgen_curve:P-256"_s,
            u"-nodes"_s,  u"-keyout"_s, name + u".key"_s};
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// Expected messages name files in the test's folder as %1.
QString inFolder(const QString &message, const QString &folder)
{
    return message.contains(u"%1"_s) ? message.arg(folder) : message;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// `kubectl get deploy,pods -o json` of one Deployment whose pod runs image (spec) as digest
// (status.imageID, as containerd reports it).
QByteArray kubectlList(const QString &image, const QString &runningDigest)
{
    const QString repository = image.left(image.lastIndexOf(u':'));
    const QJsonObject labels{{u"app"_s, u"checkout"_s}};
    const QJsonObject container{{u"name"_s, u"api"_s}, {u"image"_s, image}};
    const QJsonObject deployment{
        {u"apiVersion"_s, u"apps/v1"_s},
        {u"kind"_s, u"Deployment"_s},
        {u"metadata"_s, QJsonObject{{u"name"_s, u"checkout"_s}, {u"namespace"_s, u"shop"_s}}},
        {u"spec"_s,
         QJsonObject{{u"replicas"_s, 1},
                     {u"selector"_s, QJsonObject{{u"matchLabels"_s, labels}}},
                     {u"template"_s,
                      QJsonObject{{u"metadata"_s, QJsonObject{{u"labels"_s, labels}}},
                                  {u"spec"_s, QJsonObject{{u"containers"_s, QJsonArray{container}}}}}}}},
        {u"status"_s, QJsonObject{{u"replicas"_s, 1}, {u"readyReplicas"_s, 1}, {u"updatedReplicas"_s, 1}}}};
    const QJsonObject pod{
        {u"apiVersion"_s, u"v1"_s},
        {u"kind"_s, u"Pod"_s},
        {u"metadata"_s,
         QJsonObject{{u"name"_s, u"checkout-x2m9q"_s}, {u"namespace"_s, u"shop"_s}, {u"labels"_s, labels}}},
        {u"spec"_s, QJsonObject{{u"containers"_s, QJsonArray{container}}}},
        {u"status"_s,
         QJsonObject{{u"phase"_s, u"Running"_s},
                     {u"containerStatuses"_s,
                      QJsonArray{QJsonObject{{u"name"_s, u"api"_s},
                                             {u"image"_s, image},
                                             {u"imageID"_s, QString(repository + u'@' + runningDigest)}}}}}}};
    return QJsonDocument(QJsonObject{{u"apiVersion"_s, u"v1"_s},
                                     {u"kind"_s, u"List"_s},
                                     {u"items"_s, QJsonArray{deployment, pod}}})
        .toJson();
}

struct Check {
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

} // namespace

class TestClusterRegistry : public QObject
{
    Q_OBJECT

    Check check(const QString &workspace)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"NO_COLOR"_s, u"1"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DRIFTDECK_BINARY), {u"check"_s, workspace, u"--format"_s, u"json"_s});
        Check result;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            result.err = u"timed out"_s;
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QJsonObject row(const QJsonObject &report, const QString &key)
    {
        for (const QJsonValue &row : report.value(u"rows"_s).toArray()) {
            if (row.toObject().value(u"key"_s).toString() == key)
                return row.toObject();
        }
        return {};
    }

    QString image() const { return u"127.0.0.1:%1/apps/checkout-api:2.14.0"_s.arg(m_registry.port()); }

private Q_SLOTS:
    void initTestCase()
    {
        DRIFTDECK_REQUIRE_SERVER(m_registry);
        QVERIFY(m_dir.isValid());
        QVERIFY2(Registry::start(m_registry), qPrintable(m_registry.errorString()));

        // A CA, the registry's certificate for 127.0.0.1, a client certificate the CA signed, and
        // a key of nobody's certificate.
        const QString dir = m_tls.directory();
        const QStringList san{u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s};
        QString error = runOpenssl(
            QStringList{u"req"_s, u"-x509"_s} + newKey(u"ca"_s)
                + QStringList{u"-out"_s, u"ca.pem"_s, u"-days"_s, u"30"_s, u"-subj"_s, u"/CN=Drift Deck Test CA"_s},
            dir);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = runOpenssl(
            QStringList{u"req"_s, u"-x509"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s} + newKey(u"server"_s)
                + QStringList{u"-out"_s, u"server.pem"_s, u"-days"_s, u"20"_s, u"-subj"_s, u"/CN=127.0.0.1"_s} + san,
            dir);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = runOpenssl(QStringList{u"req"_s, u"-x509"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s}
                               + newKey(u"client"_s)
                               + QStringList{u"-out"_s, u"client.pem"_s, u"-days"_s, u"20"_s, u"-subj"_s,
                                             u"/CN=drift-deck"_s, u"-addext"_s, u"extendedKeyUsage=clientAuth"_s},
                           dir);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = runOpenssl(QStringList{u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                                       u"ec_paramgen_curve:P-256"_s, u"-out"_s, u"other.key"_s},
                           dir);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Registry::Options tls;
        tls.certificate = m_tls.path(u"server.pem"_s);
        tls.key = m_tls.path(u"server.key"_s);
        tls.clientCas = m_tls.path(u"ca.pem"_s);
        QVERIFY2(Registry::start(m_tls, tls), qPrintable(m_tls.errorString()));

        // Pushing to the TLS registry takes the client certificate too.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_tls.path(u"ca.pem"_s));
        ssl.setLocalCertificate(QSslCertificate::fromPath(m_tls.path(u"client.pem"_s)).constFirst());
        QFile key(m_tls.path(u"client.key"_s));
        QVERIFY(key.open(QIODevice::ReadOnly));
        ssl.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        m_tlsDigest = Registry::push(m_tls.url({}, u"https"_s), u"shop/checkout-api"_s, u"2.14.0"_s,
                                     R"({"os":"linux"})", {}, ssl);
        QVERIFY2(m_tlsDigest.startsWith("sha256:"), m_tlsDigest.constData());
    }

    // staging/checkout-api and prod/checkout-api: one row image/checkout-api, each environment's
    // digest in it.
    void perEnvironmentRepositoriesAreOneRow()
    {
        const QUrl url = m_registry.url();
        const QByteArray staging
            = Registry::push(url, u"staging/checkout-api"_s, u"2.14.0"_s, R"({"os":"linux","v":"s"})");
        const QByteArray production
            = Registry::push(url, u"prod/checkout-api"_s, u"2.14.0"_s, R"({"os":"linux","v":"p"})");
        QVERIFY2(staging.startsWith("sha256:") && production.startsWith("sha256:"),
                 QByteArray(staging + ' ' + production).constData());
        const QVariantList repositories{QVariantMap{
            {u"name"_s, u"checkout-api"_s},
            {u"paths"_s,
             QVariantMap{{u"staging"_s, u"staging/checkout-api"_s}, {u"production"_s, u"prod/checkout-api"_s}}},
            {u"tag"_s, u"2.14.0"_s}}};
        const QVariantMap options{{u"url"_s, url.toString()}, {u"repositories"_s, repositories}};
        for (const auto &[environment, digest] :
             {std::pair{u"staging"_s, staging}, std::pair{u"production"_s, production}}) {
            const SourceOutcome outcome = runSource(u"registry"_s, options, {}, 10000, environment);
            QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
            QCOMPARE(outcome.value(u"image/checkout-api"_s), u"2.14.0"_s);
            QCOMPARE(outcome.value(u"image/checkout-api/digest"_s), QString::fromLatin1(digest));
            QCOMPARE(outcome.result.entries.size(), 2);
        }

        // path with {env}, expanded per environment like every option of a workspace.
        SourceSpec spec;
        spec.options
            = {{u"url"_s, url.toString()},
               {u"tag"_s, u"2.14.0"_s},
               {u"repositories"_s,
                QVariantList{QVariantMap{{u"name"_s, u"checkout-api"_s}, {u"path"_s, u"{env}/checkout-api"_s}}}}};
        const SourceOutcome outcome = runSource(u"registry"_s, spec.optionsFor(u"staging"_s));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"image/checkout-api/digest"_s), QString::fromLatin1(staging));
    }

    void repositoryOptionsAreChecked_data()
    {
        QTest::addColumn<QByteArray>("repositories");
        QTest::addColumn<QString>("error");
        QTest::addRow("unknown environment in paths")
            << "[{name: checkout-api, paths: {staging: s/checkout-api, prodution: p/checkout-api}}]"_ba
            << u"sources[0].repositories[0].paths.prodution: \"prodution\" is not an environment (environments: staging, production)"_s;
        QTest::addRow("unknown key") << "[{name: checkout-api, pth: x}]"_ba
                                     << u"sources[0].repositories[0].pth: unknown key \"pth\""_s;
        QTest::addRow("no name") << "[{path: x/checkout-api}]"_ba << u"sources[0].repositories[0]"_s;
        QTest::addRow("not a repository name")
            << "[{name: api, path: \"Staging/API\"}]"_ba << u"\"Staging/API\" is not a repository name"_s;
        QTest::addRow("bad tag") << "[{name: api, tag: \"a b\"}]"_ba << u"\"a b\" is not a valid image tag"_s;
        QTest::addRow("name twice") << "[api, {name: api, path: x/api}]"_ba << u"the name \"api\" is used twice"_s;
    }
    void repositoryOptionsAreChecked()
    {
        QFETCH(QByteArray, repositories);
        QFETCH(QString, error);
        const QByteArray yaml = "version: 1\nname: t\nenvironments: [staging, production]\nsources:\n"
                                "  - type: registry\n    url: https://registry.example.com\n    repositories: "
            + repositories + "\n";
        const WorkspaceLoadResult loaded = WorkspaceLoader::loadText(yaml, m_dir.filePath(u"w.yaml"_s));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorString().contains(error), qPrintable(loaded.errorString()));
    }

    // Deploy 2.14.0, then push 2.14.0 again: `driftdeck check` says the tag moved, critical,
    // with both digests; before the push nothing is critical.
    void movedTagIsCritical()
    {
        const QByteArray deployed
            = Registry::push(m_registry.url(), u"apps/checkout-api"_s, u"2.14.0"_s, R"({"os":"linux","build":1})");
        QVERIFY2(deployed.startsWith("sha256:"), deployed.constData());
        const QString folder = m_dir.filePath(u"moved"_s);
        for (const QString &environment : {u"staging"_s, u"production"_s})
            QVERIFY(writeFile(folder + u"/k8s/"_s + environment + u".json"_s,
                              kubectlList(image(), QString::fromLatin1(deployed))));
        const QString workspace = folder + u"/workspace.yaml"_s;
        QVERIFY(writeFile(workspace,
                          "version: 1\nname: Moved tag\nbaseline: production\n"
                          "environments: [staging, production]\nsources:\n"
                          "  - type: kubectl-json\n    path: \"k8s/{env}.json\"\n    registries:\n      - url: "
                              + m_registry.url().toString().toUtf8() + "\n"));
        const QString key = u"image/deployment/checkout/api/registryDigest"_s;

        const Check before = check(workspace);
        QVERIFY2(before.exitCode == 0, qPrintable(before.err + QString::fromUtf8(QJsonDocument(before.json).toJson())));
        QVERIFY(row(before.json, key).isEmpty()); // same everywhere, nothing to say

        const QByteArray pushedAgain
            = Registry::push(m_registry.url(), u"apps/checkout-api"_s, u"2.14.0"_s, R"({"os":"linux","build":2})");
        QVERIFY2(pushedAgain.startsWith("sha256:") && pushedAgain != deployed, pushedAgain.constData());
        const Check after = check(workspace);
        QCOMPARE(after.exitCode, 1);
        const QJsonObject moved = row(after.json, key);
        QCOMPARE(moved.value(u"severity"_s).toString(), u"critical"_s);
        const QString reason = moved.value(u"reason"_s).toString();
        for (const QString &environment : {u"staging"_s, u"production"_s})
            QVERIFY2(reason.contains(u"%1: tag 2.14.0 now names %2 in the registry; the pods run %3"_s.arg(
                         environment, QString::fromLatin1(pushedAgain), QString::fromLatin1(deployed))),
                     qPrintable(reason));
        QCOMPARE(moved.value(u"cells"_s).toObject().value(u"staging"_s).toObject().value(u"value"_s).toString(),
                 QString::fromLatin1(pushedAgain));
    }

    // The registry cannot be reached: the cluster's rows stay, the lookup's rows are unknown and a
    // warning says why.
    void unreachableRegistryCostsOnlyItsRows()
    {
        const int closed = TestServer::freePort();
        const QString image = u"127.0.0.1:%1/apps/api:1.0"_s.arg(closed);
        const QString file = m_dir.filePath(u"unreachable.json"_s);
        QVERIFY(writeFile(file, kubectlList(image, u"sha256:"_s + QString(64, u'a'))));
        const SourceOutcome outcome
            = runSource(u"kubectl-json"_s,
                        {{u"path"_s, file}, {u"registries"_s, QVariantList{u"http://127.0.0.1:%1"_s.arg(closed)}}});
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"image/deployment/checkout/api"_s), u"1.0"_s);
        QVERIFY(outcome.result.entries.value(u"image/deployment/checkout/api/registryDigest"_s).value.isMasked());
        QVERIFY2(outcome.result.warnings.join(u'\n').contains(
                     u"registry 127.0.0.1:%1: the running tags were not looked up: "_s.arg(closed)),
                 qPrintable(outcome.result.warnings.join(u'\n')));
        QVERIFY(outcome.result.warnings.join(u'\n').contains(u"connection refused"_s));
    }

    // A registry behind htpasswd: the credential comes from the environment variable the entry
    // names; without it only the lookup's rows are unknown.
    void registryCredentialsFromTheEnvironment()
    {
        Registry::Options locked;
        locked.htpasswd = true;
        QVERIFY2(Registry::start(m_locked, locked), qPrintable(m_locked.errorString()));
        const QByteArray digest = Registry::push(m_locked.url(), u"apps/worker"_s, u"1.0.0"_s, R"({"os":"linux"})",
                                                 "Basic " + "ci:s3cret"_ba.toBase64());
        QVERIFY2(digest.startsWith("sha256:"), digest.constData());
        const QString file = m_dir.filePath(u"locked.json"_s);
        QVERIFY(writeFile(
            file, kubectlList(u"127.0.0.1:%1/apps/worker:1.0.0"_s.arg(m_locked.port()), QString::fromLatin1(digest))));
        const QVariantList registries{
            QVariantMap{{u"url"_s, m_locked.url().toString()},
                        {u"credentials"_s, QVariantMap{{u"env"_s, u"DRIFTDECK_TEST_REGISTRY"_s}}}}};
        const QVariantMap options{{u"path"_s, file}, {u"registries"_s, registries}};
        const QString key = u"image/deployment/checkout/api/registryDigest"_s;

        qunsetenv("DRIFTDECK_TEST_REGISTRY");
        const SourceOutcome unset = runSource(u"kubectl-json"_s, options);
        QVERIFY2(unset.ok(), qPrintable(unset.error()));
        QVERIFY(unset.result.entries.value(key).value.isMasked());
        QVERIFY2(
            unset.result.warnings.join(u'\n').contains(u"environment variable DRIFTDECK_TEST_REGISTRY is not set"_s),
            qPrintable(unset.result.warnings.join(u'\n')));

        qputenv("DRIFTDECK_TEST_REGISTRY", "ci:wrong");
        const SourceOutcome refused = runSource(u"kubectl-json"_s, options);
        QVERIFY2(refused.ok(), qPrintable(refused.error()));
        QVERIFY(refused.result.entries.value(key).value.isMasked());
        QVERIFY2(refused.result.warnings.join(u'\n').contains(u"authentication failed"_s),
                 qPrintable(refused.result.warnings.join(u'\n')));
        QVERIFY(!refused.result.warnings.join(u'\n').contains(u"wrong"_s));

        qputenv("DRIFTDECK_TEST_REGISTRY", "ci:s3cret");
        const SourceOutcome outcome = runSource(u"kubectl-json"_s, options);
        qunsetenv("DRIFTDECK_TEST_REGISTRY");
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(key), QString::fromLatin1(digest));
        QCOMPARE(outcome.value(u"image/deployment/checkout/api/digest"_s), QString::fromLatin1(digest));
    }

    void registriesOptionIsChecked()
    {
        const QByteArray yaml
            = "version: 1\nname: t\nenvironments: [staging]\nsources:\n"
              "  - type: kubectl-json\n    path: k.json\n    registries:\n"
              "      - url: https://registry.example.com\n        credentials: {env: A, keychain: B}\n"
              "      - url: ftp://x\n";
        const WorkspaceLoadResult loaded = WorkspaceLoader::loadText(yaml, m_dir.filePath(u"w.yaml"_s));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorString().contains(u"sources[0].registries[0].credentials: name either"_s),
                 qPrintable(loaded.errorString()));
        QVERIFY2(loaded.errorString().contains(u"sources[0].registries[1].url: expected an http or https URL"_s),
                 qPrintable(loaded.errorString()));
    }

    // A registry that asks for a client certificate: none → a clear error; with one → the digest.
    void clientCertificate()
    {
        QVariantMap options{{u"url"_s, m_tls.url({}, u"https"_s).toString()},
                            {u"repositories"_s, QVariantList{u"shop/checkout-api"_s}},
                            {u"tag"_s, u"2.14.0"_s},
                            {u"caFile"_s, m_tls.path(u"ca.pem"_s)}};
        // The registry (TLS 1.3) refuses only after the handshake and Qt then waits: the timeout
        // ends it, and the message says what the server probably wants.
        const SourceOutcome refused = runSource(u"registry"_s, options, {}, 1500);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"set clientCertificate and clientKey"_s), qPrintable(refused.error()));
        QVERIFY(refused.elapsedMs < 5000);

        options.insert(u"clientCertificate"_s, m_tls.path(u"client.pem"_s));
        options.insert(u"clientKey"_s, m_tls.path(u"client.key"_s));
        const SourceOutcome accepted = runSource(u"registry"_s, options);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error()));
        QCOMPARE(accepted.value(u"image/shop/checkout-api/digest"_s), QString::fromLatin1(m_tlsDigest));
    }

    void badClientCertificates_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("error");
        QTest::addRow("certificate missing")
            << u"missing.pem"_s << u"client.key"_s << u"client certificate %1/missing.pem: "_s;
        QTest::addRow("key missing") << u"client.pem"_s << u"missing.key"_s << u"client key %1/missing.key: "_s;
        QTest::addRow("key is a certificate")
            << u"client.pem"_s << u"client.pem"_s << u"%1/client.pem holds no PEM private key"_s;
        QTest::addRow("certificate is a key")
            << u"client.key"_s << u"client.key"_s << u"%1/client.key holds no PEM certificate"_s;
        QTest::addRow("key of another certificate")
            << u"client.pem"_s << u"other.key"_s << u"the client key does not match the client certificate"_s;
        QTest::addRow("only one of them")
            << u"client.pem"_s << QString() << u"clientCertificate and clientKey go together"_s;
    }
    void badClientCertificates()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, error);
        QVariantMap options{{u"url"_s, m_tls.url({}, u"https"_s).toString()},
                            {u"repositories"_s, QVariantList{u"shop/checkout-api"_s}},
                            {u"tag"_s, u"2.14.0"_s},
                            {u"caFile"_s, m_tls.path(u"ca.pem"_s)},
                            {u"clientCertificate"_s, m_tls.path(certificate)}};
        if (!key.isEmpty())
            options.insert(u"clientKey"_s, m_tls.path(key));
        const SourceOutcome outcome = runSource(u"registry"_s, options);
        QVERIFY(outcome.finished);
        QVERIFY2(outcome.error().contains(inFolder(error, m_tls.directory())), qPrintable(outcome.error()));
        // The key's bytes never appear in a message.
        const QByteArray keyPem = readFile(m_tls.path(u"client.key"_s));
        const QString body = QString::fromLatin1(keyPem.mid(keyPem.indexOf('\n') + 1, 40));
        QVERIFY(!outcome.error().contains(body));
    }

    // No Kubernetes API server runs here: the kubeconfig points the kubernetes source at the TLS
    // registry. An HTTP 404 for the ConfigMap list proves the handshake with the kubeconfig's
    // client certificate went through; without it, the TLS refusal.
    void kubeconfigClientCertificate_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("error");
        const QString certData = QString::fromLatin1(readFile(m_tls.path(u"client.pem"_s)).toBase64());
        const QString keyData = QString::fromLatin1(readFile(m_tls.path(u"client.key"_s)).toBase64());
        const QString otherKeyData = QString::fromLatin1(readFile(m_tls.path(u"other.key"_s)).toBase64());
        QTest::addRow("inline data") << u"client-certificate-data: %1\n    client-key-data: %2"_s.arg(certData, keyData)
                                     << u"listing configmaps failed: HTTP 404"_s;
        QTest::addRow("files") << u"client-certificate: client.pem\n    client-key: client.key"_s
                               << u"listing configmaps failed: HTTP 404"_s;
        QTest::addRow("no certificate") << u"token: not-checked-by-a-registry"_s
                                        << u"set clientCertificate and clientKey"_s;
        QTest::addRow("certificate file missing")
            << u"client-certificate: gone.pem\n    client-key: client.key"_s << u"client certificate %1/gone.pem: "_s;
        QTest::addRow("key of another certificate")
            << u"client-certificate-data: %1\n    client-key-data: %2"_s.arg(certData, otherKeyData)
            << u"the client key does not match the client certificate"_s;
        // An exec plugin's ExecCredential carries the PEM itself (not base64).
        const QJsonObject credential{
            {u"apiVersion"_s, u"client.authentication.k8s.io/v1"_s},
            {u"kind"_s, u"ExecCredential"_s},
            {u"status"_s,
             QJsonObject{{u"clientCertificateData"_s, QString::fromLatin1(readFile(m_tls.path(u"client.pem"_s)))},
                         {u"clientKeyData"_s, QString::fromLatin1(readFile(m_tls.path(u"client.key"_s)))}}}};
        QVERIFY(writeFile(m_tls.path(u"exec.json"_s), QJsonDocument(credential).toJson()));
        QTest::addRow("exec plugin")
            << u"exec: {apiVersion: client.authentication.k8s.io/v1, command: cat, args: [\"%1\"]}"_s.arg(
                   m_tls.path(u"exec.json"_s))
            << u"listing configmaps failed: HTTP 404"_s;
        QTest::addRow("key without certificate")
            << u"client-key: client.key"_s << u"kubeconfig user \"ci\": client-key without client-certificate"_s;
    }
    void kubeconfigClientCertificate()
    {
        QFETCH(QString, user);
        QFETCH(QString, error);
        const QString kubeconfig = m_tls.path(u"kubeconfig"_s);
        QVERIFY(writeFile(kubeconfig,
                          u"apiVersion: v1\nkind: Config\ncurrent-context: staging\nclusters:\n"
                          "- name: test\n  cluster:\n    server: %1\n    certificate-authority: ca.pem\n"
                          "users:\n- name: ci\n  user:\n    %2\ncontexts:\n"
                          "- name: staging\n  context: {cluster: test, user: ci, namespace: shop}\n"_s
                              .arg(m_tls.url({}, u"https"_s).toString(), user)
                              .toUtf8()));
        const SourceOutcome outcome = runSource(u"kubernetes"_s, {{u"kubeconfig"_s, kubeconfig}}, {}, 1500);
        QVERIFY(outcome.finished);
        QVERIFY2(outcome.error().contains(inFolder(error, m_tls.directory())), qPrintable(outcome.error()));
        const QByteArray keyPem = readFile(m_tls.path(u"client.key"_s));
        QVERIFY(!outcome.error().contains(QString::fromLatin1(keyPem.mid(keyPem.indexOf('\n') + 1, 40))));
    }

private:
    TestServer m_registry{u"docker-registry"_s};
    TestServer m_tls{u"docker-registry"_s};
    TestServer m_locked{u"docker-registry"_s};
    QTemporaryDir m_dir;
    QByteArray m_tlsDigest;
};

QTEST_GUILESS_MAIN(TestClusterRegistry)
#include "tst_clusterregistry.moc"
