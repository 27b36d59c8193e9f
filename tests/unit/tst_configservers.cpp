// Spring (Actuator and Cloud Config) and Kubernetes answers turned into rows: pure functions over
// recorded bodies of the documented shapes (tests/fixtures/replay).
#include "sources/configservers/kubernetesformat.h"
#include "sources/configservers/springformat.h"

#include <QFile>
#include <QTest>

using namespace DriftDeck;

namespace {

QByteArray fixture(const QString &relative)
{
    QFile file(QStringLiteral(DRIFTDECK_FIXTURES "/replay/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

SourceResult actuator(const QString &file, const SpringRowOptions &options = {})
{
    const SpringEnvironment environment = parseSpringActuatorEnv(fixture(file));
    if (!environment.errorString.isEmpty())
        return SourceResult::failure(environment.errorString);
    return springResult(environment, QStringLiteral("spring"), QStringLiteral("http://app/actuator/env"), options,
                        Normaliser());
}

QStringList layerLabels(const SourceResult &result, const Entry &entry)
{
    QStringList labels;
    for (const Origin &origin : entry.provenance)
        labels.append(result.layers.at(origin.layer).label);
    return labels;
}

QString location(const KubernetesObject &object)
{
    return QStringLiteral("k8s:") + object.name;
}

} // namespace

class ConfigServersTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void actuatorProvenance()
    {
        const SourceResult result = actuator(QStringLiteral("spring-actuator/staging.json"));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        // Relaxed binding: the environment variable and the file's property are one row, and the
        // environment variable (higher priority) wins.
        const Entry url = result.entries.value(QStringLiteral("config/spring.datasource.url"));
        QCOMPARE(url.value.display(), QStringLiteral("jdbc:postgresql://db.staging:5432/shop"));
        QCOMPARE(layerLabels(result, url),
                 QStringList({QStringLiteral("Config resource 'class path resource [application.yml]' via location "
                                             "'optional:classpath:/'"),
                              QStringLiteral("systemEnvironment")}));
        QCOMPARE(url.provenance.at(0).line, 4);
        QCOMPARE(url.provenance.at(0).column, 10);
        QCOMPARE(url.provenance.at(1).line, 0);
        QCOMPARE(url.provenance.at(0).display, QStringLiteral("jdbc:postgresql://localhost:5432/shop"));
        // The profile file overrides application.yml.
        const Entry maxItems = result.entries.value(QStringLiteral("config/shop.checkout.maxitems"));
        QCOMPARE(maxItems.value.canonical(), QStringLiteral("25"));
        QCOMPARE(maxItems.provenance.size(), 2);
        QCOMPARE(result.entries.value(QStringLiteral("config/shop.checkout.newflow")).value.kind(), ValueKind::Boolean);
        QCOMPARE(
            result.entries.value(QStringLiteral("config/spring.datasource.hikari.maximumpoolsize")).value.canonical(),
            QStringLiteral("10"));
        QCOMPARE(result.entries.value(QStringLiteral("config/spring.datasource.password")).value.kind(),
                 ValueKind::Masked);
        QCOMPARE(result.layers.size(), 5);
        QCOMPARE(result.layers.constLast().label, QStringLiteral("server.ports"));
        QCOMPARE(result.layers.constLast().location, QStringLiteral("http://app/actuator/env"));
    }

    void actuatorMaskedIsUnknown()
    {
        const SourceResult production = actuator(QStringLiteral("spring-actuator/production.json"));
        QVERIFY(production.ok());
        const Entry url = production.entries.value(QStringLiteral("config/spring.datasource.url"));
        QVERIFY(url.value.isMasked());
        QVERIFY(!url.value.isComparable());
        QCOMPARE(url.provenance.at(1).display, QStringLiteral("******"));
    }

    void actuatorOptions()
    {
        SpringRowOptions options;
        options.relaxedNames = false;
        options.ignoredSources = {QStringLiteral("system*"), QStringLiteral("server.ports")};
        const SourceResult result = actuator(QStringLiteral("spring-actuator/staging.json"), options);
        QVERIFY(result.entries.contains(QStringLiteral("config/shop.checkout.max-items")));
        QVERIFY(!result.entries.contains(QStringLiteral("config/SPRING_DATASOURCE_URL")));
        QCOMPARE(result.entries.value(QStringLiteral("config/spring.datasource.url")).value.display(),
                 QStringLiteral("jdbc:postgresql://localhost:5432/shop"));
        QCOMPARE(result.layers.size(), 3);
    }

    void originPosition_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addRow("file") << "class path resource [application.yml] - 3:12" << 3 << 12;
        QTest::addRow("environment") << "System Environment Property \"PATH\"" << 0 << 0;
        QTest::addRow("no column") << "x - 3" << 0 << 0;
        QTest::addRow("not numbers") << "x - a:b" << 0 << 0;
    }
    void originPosition()
    {
        QFETCH(QString, origin);
        QFETCH(int, line);
        QFETCH(int, column);
        int l = 0;
        int c = 0;
        QCOMPARE(springOriginPosition(origin, &l, &c), line > 0);
        QCOMPARE(l, line);
        QCOMPARE(c, column);
    }

    void cloudConfig()
    {
        const SpringEnvironment environment
            = parseSpringConfigEnvironment(fixture(QStringLiteral("spring-config/shop-staging.json")));
        QVERIFY2(environment.errorString.isEmpty(), qPrintable(environment.errorString));
        const SourceResult result = springResult(environment, QStringLiteral("cfg"),
                                                 QStringLiteral("http://cfg/shop/staging"), {}, Normaliser());
        QCOMPARE(result.layers.size(), 3);
        QCOMPARE(result.layers.at(0).label,
                 QStringLiteral("https://git.example.com/platform/config-repo.git/application.yml"));
        const Entry maxItems = result.entries.value(QStringLiteral("config/shop.checkout.maxitems"));
        QCOMPARE(maxItems.value.canonical(), QStringLiteral("25"));
        QCOMPARE(layerLabels(result, maxItems).constLast(),
                 QStringLiteral("https://git.example.com/platform/config-repo.git/shop-staging.yml"));
        QCOMPARE(result.entries.value(QStringLiteral("config/shop.regions[0]")).value.display(),
                 QStringLiteral("eu-west-1"));

        const SourceResult production
            = springResult(parseSpringConfigEnvironment(fixture(QStringLiteral("spring-config/shop-production.json"))),
                           QStringLiteral("cfg"), QString(), {}, Normaliser());
        QCOMPARE(production.entries.value(QStringLiteral("config/shop.checkout.newflow")).value.canonical(),
                 QStringLiteral("false"));
        QVERIFY(!production.entries.contains(QStringLiteral("config/logging.level.root")));
    }

    void springMalformed_data()
    {
        QTest::addColumn<bool>("isActuator");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addRow("truncated") << true << fixture(QStringLiteral("spring-actuator/truncated.json"))
                                   << "the answer is not JSON: unterminated string at offset 164";
        QTest::addRow("an error answer") << true << fixture(QStringLiteral("spring-actuator/unauthorized.json"))
                                         << "the answer has no \"propertySources\" list";
        QTest::addRow("no sources") << false << fixture(QStringLiteral("spring-config/no-sources.json"))
                                    << "the answer has no \"propertySources\" list";
        QTest::addRow("a list") << false << QByteArray("[]") << "the answer is not a JSON object";
        QTest::addRow("source without name") << false << QByteArray(R"({"propertySources":[{"source":{}}]})")
                                             << "propertySources[0] is not {\"name\", \"source\": {…}}";
        QTest::addRow("actuator format at config server")
            << false << fixture(QStringLiteral("spring-actuator/staging.json"))
            << "propertySources[0] is not {\"name\", \"source\": {…}}";
        QTest::addRow("property without value")
            << true << QByteArray(R"({"propertySources":[{"name":"x","properties":{"a":{"origin":"o"}}}]})")
            << "property \"a\" in \"x\" has no value";
    }
    void springMalformed()
    {
        QFETCH(bool, isActuator);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const SpringEnvironment environment
            = isActuator ? parseSpringActuatorEnv(body) : parseSpringConfigEnvironment(body);
        QCOMPARE(environment.errorString, error);
        QVERIFY(environment.sources.isEmpty());
    }

    void kubernetesPages()
    {
        const KubernetesObjects first
            = parseKubernetesObjects(fixture(QStringLiteral("kubernetes/configmaps-page1.json")));
        QVERIFY2(first.errorString.isEmpty(), qPrintable(first.errorString));
        QCOMPARE(first.objects.size(), 2);
        QVERIFY(first.continueToken.startsWith(QLatin1StringView("eyJ2Ij")));
        const KubernetesObjects second
            = parseKubernetesObjects(fixture(QStringLiteral("kubernetes/configmaps-page2.json")));
        QVERIFY(second.continueToken.isEmpty());

        const SourceResult result = kubernetesResult(first.objects + second.objects, QStringLiteral("k8s"), location,
                                                     defaultKubernetesExcludes(), Normaliser());
        QCOMPARE(result.layers.size(), 2); // kube-root-ca.crt and the Helm release are left out
        QCOMPARE(result.layers.at(0).label, QStringLiteral("ConfigMap shop/checkout (resourceVersion 48001)"));
        QCOMPARE(result.layers.at(0).location, QStringLiteral("k8s:checkout"));
        QStringList keys = result.entries.keys();
        keys.sort();
        QCOMPARE(keys,
                 QStringList({QStringLiteral("config/configmap/checkout/LOG_LEVEL"),
                              QStringLiteral("config/configmap/checkout/MAX_ITEMS"),
                              QStringLiteral("config/configmap/checkout/limits.json"),
                              QStringLiteral("config/configmap/payments/PROVIDER"),
                              QStringLiteral("config/configmap/payments/TIMEOUT"),
                              QStringLiteral("config/configmap/payments/logo.png")}));
        QCOMPARE(result.entries.value(QStringLiteral("config/configmap/checkout/MAX_ITEMS")).value.kind(),
                 ValueKind::Number);
        QCOMPARE(result.entries.value(QStringLiteral("config/configmap/checkout/limits.json")).value.canonical(),
                 QStringLiteral("{\"a\":1,\"b\":2}"));
        QCOMPARE(result.entries.value(QStringLiteral("config/configmap/payments/logo.png")).value.display(),
                 QStringLiteral("base64:iVBORw0KGgoA"));
        QCOMPARE(result.warnings, QStringList());
    }

    void kubernetesSecrets()
    {
        const KubernetesObjects secrets = parseKubernetesObjects(fixture(QStringLiteral("kubernetes/secrets.json")));
        QVERIFY(secrets.errorString.isEmpty());
        const SourceResult result = kubernetesResult(secrets.objects, QStringLiteral("k8s"), location,
                                                     defaultKubernetesExcludes(), Normaliser());
        // The service-account token Secret is skipped; the rest sits below config/secret/.
        QCOMPARE(result.layers.size(), 1);
        QCOMPARE(result.layers.at(0).label, QStringLiteral("Secret shop/checkout-db (resourceVersion 48100)"));
        const Entry password = result.entries.value(QStringLiteral("config/secret/checkout-db/password"));
        QCOMPARE(password.value.display(), QStringLiteral("s3cr3t-staging")); // the pipeline fingerprints it
        QCOMPARE(password.provenance.at(0).display, QString()); // provenance never carries it
        QCOMPARE(result.entries.size(), 2);
    }

    void kubectlList()
    {
        const KubernetesObjects list
            = parseKubernetesObjects(fixture(QStringLiteral("kubernetes/kubectl-staging.json")));
        QVERIFY(list.errorString.isEmpty());
        QCOMPARE(list.objects.size(), 2);
        QCOMPARE(list.otherKinds, 1); // the Service
        QCOMPARE(list.objects.at(1).kind, KubernetesObject::Kind::Secret);
        const KubernetesObjects single = parseKubernetesObjects(
            R"({"kind":"ConfigMap","metadata":{"name":"one","namespace":"shop"},"data":{"a":"1"}})");
        QCOMPARE(single.objects.size(), 1);
        QCOMPARE(single.objects.at(0).data.at(0).second, QByteArray("1"));
    }

    void kubernetesMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addRow("not JSON") << QByteArray("{") << "not JSON: unterminated object at offset 1";
        QTest::addRow("no kind") << QByteArray("{}") << "not a Kubernetes object: \"kind\" is missing";
        QTest::addRow("status") << fixture(QStringLiteral("kubernetes/unauthorized.json"))
                                << "expected ConfigMaps, Secrets or workloads, got a Status";
        QTest::addRow("bad base64") << fixture(QStringLiteral("kubernetes/bad-binarydata.json"))
                                    << "items[0] (x): binaryData.blob is not base64";
        QTest::addRow("secret value not base64")
            << QByteArray(R"({"kind":"SecretList","items":[{"metadata":{"name":"s"},"data":{"k":"c2Vj!!"}}]})")
            << "items[0] (s): data.k is not base64";
        QTest::addRow("items not a list")
            << QByteArray(R"({"kind":"ConfigMapList","items":{}})") << "ConfigMapList: \"items\" must be a list";
        QTest::addRow("no name") << QByteArray(R"({"kind":"ConfigMapList","items":[{"metadata":{}}]})")
                                 << "items[0] has no metadata.name";
        QTest::addRow("data not strings")
            << QByteArray(R"({"kind":"ConfigMap","metadata":{"name":"c"},"data":{"a":1}})")
            << "ConfigMap (c): data.a must be a string";
    }
    void kubernetesMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const KubernetesObjects objects = parseKubernetesObjects(body);
        QCOMPARE(objects.errorString, error);
        QVERIFY(objects.objects.isEmpty());
    }

    void kubernetesStatus()
    {
        QCOMPARE(kubernetesStatusMessage(fixture(QStringLiteral("kubernetes/unauthorized.json"))),
                 QStringLiteral("Unauthorized"));
        QVERIFY(kubernetesStatusMessage(fixture(QStringLiteral("kubernetes/forbidden.json")))
                    .startsWith(QLatin1StringView("secrets is forbidden")));
        QCOMPARE(kubernetesStatusMessage(fixture(QStringLiteral("kubernetes/secrets.json"))), QString());
    }
};

QTEST_GUILESS_MAIN(ConfigServersTest)
#include "tst_configservers.moc"
