// Consul, Spring Boot Actuator, Spring Cloud Config and Kubernetes cannot run in the build root:
// LocalHttpServer replays recorded answers of their documented shapes (tests/fixtures/replay),
// with their ways of refusing credentials, their paging (Kubernetes' continue tokens), silence
// and broken bodies.
#include "localhttpserver.h"
#include "sourcerun.h"
#include "sources/configservers/consulsource.h"
#include "sources/configservers/kubectljsonsource.h"
#include "sources/configservers/kubernetessource.h"
#include "sources/configservers/springactuatorsource.h"
#include "sources/configservers/springconfigsource.h"
#include "testserver.h"

#include <QFile>
#include <QtTest>

using namespace DriftDeck;
using namespace DriftDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray replay(const QString &relative)
{
    QFile file(QStringLiteral(DRIFTDECK_FIXTURES "/replay/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

const QByteArray ConsulToken = "consul-acl-7d2e";
const QByteArray KubernetesToken = "eyJhbGciOiJSUzI1NiJ9.sa-token";
const QByteArray SpringBasic = "Basic " + QByteArray("actuator:pw").toBase64();

} // namespace

class ReplayedTest : public QObject
{
    Q_OBJECT
private:
    LocalHttpServer m_server;
    LocalHttpServer m_silent;
    LocalHttpServer m_broken;

    QString url(LocalHttpServer &server, const QString &path = {})
    {
        return server.url(path).toString(QUrl::StripTrailingSlash);
    }

    SourceOutcome run(const QLatin1StringView &type, LocalHttpServer &server, QVariantMap options,
                      const QString &credential, const QString &environment = u"staging"_s, int timeoutMs = 3000)
    {
        options.insert(u"url"_s, url(server));
        return runSource(type, options, credential, timeoutMs, environment);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QVERIFY(m_silent.listen());
        QVERIFY(m_broken.listen());
        m_silent.route("/*", LocalHttpReply::silent());
        m_broken.route("/*", LocalHttpReply::malformedJson());

        const auto consul = [](const QString &file) {
            return [file](const LocalHttpRequest &request) {
                if (request.header("X-Consul-Token") != ConsulToken) {
                    LocalHttpReply denied = LocalHttpReply::text(replay(u"consul/acl-denied.txt"_s));
                    denied.status = 403;
                    denied.reason = "Forbidden";
                    return denied;
                }
                if (!request.target.contains("recurse"))
                    return LocalHttpReply::json("\"not recursive\"");
                LocalHttpReply reply = LocalHttpReply::json(replay(file));
                reply.headers.append(std::pair<QByteArray, QByteArray>("X-Consul-Index", "48"));
                return reply;
            };
        };
        m_server.route("/v1/kv/app/staging/", consul(u"consul/staging.json"_s));
        m_server.route("/v1/kv/app/production/", consul(u"consul/production.json"_s));
        m_server.route("/v1/kv/app/empty/", [](const LocalHttpRequest &) {
            LocalHttpReply none;
            none.status = 404;
            return none;
        });

        const auto spring = [](const QString &file) {
            return [file](const LocalHttpRequest &request) {
                if (request.header("Authorization") != SpringBasic)
                    return LocalHttpReply::json(replay(u"spring-actuator/unauthorized.json"_s), 401);
                return LocalHttpReply::json(replay(file));
            };
        };
        m_server.route("/staging/actuator/env", spring(u"spring-actuator/staging.json"_s));
        m_server.route("/production/actuator/env", spring(u"spring-actuator/production.json"_s));
        m_server.route("/shop/staging", spring(u"spring-config/shop-staging.json"_s));
        m_server.route("/shop/production/main", spring(u"spring-config/shop-production.json"_s));

        m_server.route("/api/v1/namespaces/shop/configmaps", [](const LocalHttpRequest &request) {
            if (request.header("Authorization") != "Bearer " + KubernetesToken)
                return LocalHttpReply::json(replay(u"kubernetes/unauthorized.json"_s), 401);
            if (request.queryItem(u"limit"_s) != "2")
                return LocalHttpReply::json(R"({"kind":"Status","message":"expected limit=2","code":400})", 400);
            const QByteArray token = request.queryItem(u"continue"_s);
            if (token.isEmpty())
                return LocalHttpReply::json(replay(u"kubernetes/configmaps-page1.json"_s));
            if (token.startsWith("eyJ2IjoibWV0YS5rOHMuaW8vdjEi"))
                return LocalHttpReply::json(replay(u"kubernetes/configmaps-page2.json"_s));
            return LocalHttpReply::json(R"({"kind":"Status","message":"bad continue token","code":400})", 400);
        });
        m_server.route("/api/v1/namespaces/shop/secrets", [](const LocalHttpRequest &request) {
            if (request.header("Authorization") != "Bearer " + KubernetesToken)
                return LocalHttpReply::json(replay(u"kubernetes/unauthorized.json"_s), 401);
            return LocalHttpReply::json(replay(u"kubernetes/secrets.json"_s));
        });
        LocalHttpReply forbidden = LocalHttpReply::json(replay(u"kubernetes/forbidden.json"_s), 403);
        forbidden.reason = "Forbidden";
        m_server.route("/api/v1/namespaces/locked/configmaps", forbidden);
    }

    // ---- Consul ----------------------------------------------------------------------------

    void consul()
    {
        const SourceOutcome staging = run(ConsulSource::TypeName, m_server, {{u"prefix"_s, u"app/staging/"_s}},
                                          QString::fromLatin1(ConsulToken));
        QVERIFY2(staging.ok(), qPrintable(staging.error()));
        QCOMPARE(staging.emissions, 1);
        QCOMPARE(staging.value(u"config/database.poolSize"_s), u"20"_s);
        QCOMPARE(staging.result.entries.size(), 4);
        const Entry pool = staging.result.entries.value(u"config/database.poolSize"_s);
        QCOMPARE(staging.result.layers.at(pool.provenance.at(0).layer).label,
                 u"consul %1 app/staging/ index 48, changed at index 40"_s.arg(url(m_server)));
        const SourceOutcome production = run(ConsulSource::TypeName, m_server, {{u"prefix"_s, u"app/production/"_s}},
                                             QString::fromLatin1(ConsulToken), u"production"_s);
        QVERIFY(production.ok());
        QCOMPARE(production.result.entries.value(u"config/features.limits"_s).value,
                 staging.result.entries.value(u"config/features.limits"_s).value);
    }

    void consulEmptyPrefix()
    {
        const SourceOutcome outcome
            = run(ConsulSource::TypeName, m_server, {{u"prefix"_s, u"app/empty/"_s}}, QString::fromLatin1(ConsulToken));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QVERIFY(outcome.result.entries.isEmpty());
        QCOMPARE(outcome.result.warnings, QStringList{u"Consul has no keys below \"app/empty/\""_s});
    }

    void consulDenied()
    {
        const SourceOutcome outcome
            = run(ConsulSource::TypeName, m_server, {{u"prefix"_s, u"app/staging/"_s}}, u"wrong-token"_s);
        QCOMPARE(outcome.error(),
                 u"Consul: reading keys failed: HTTP 403 Forbidden from %1: Permission denied"_s.arg(
                     url(m_server) + u"/v1/kv/app/staging/?recurse=true"_s));
        QVERIFY(!outcome.error().contains(u"wrong-token"_s));
    }

    // ---- Spring ----------------------------------------------------------------------------

    void springActuator()
    {
        QVariantMap options{{u"path"_s, u"/staging/actuator/env"_s}};
        const SourceOutcome staging = run(SpringActuatorSource::TypeName, m_server, options, u"actuator:pw"_s);
        QVERIFY2(staging.ok(), qPrintable(staging.error()));
        QCOMPARE(staging.value(u"config/spring.datasource.url"_s), u"jdbc:postgresql://db.staging:5432/shop"_s);
        QCOMPARE(staging.result.entries.value(u"config/spring.datasource.url"_s).provenance.size(), 2);
        options.insert(u"path"_s, u"/production/actuator/env"_s);
        const SourceOutcome production = run(SpringActuatorSource::TypeName, m_server, options, u"actuator:pw"_s);
        QVERIFY(production.ok());
        QVERIFY(production.result.entries.value(u"config/spring.datasource.url"_s).value.isMasked());
    }

    void springConfig()
    {
        const SourceOutcome staging
            = run(SpringConfigSource::TypeName, m_server, {{u"application"_s, u"shop"_s}}, u"actuator:pw"_s);
        QVERIFY2(staging.ok(), qPrintable(staging.error()));
        QCOMPARE(staging.value(u"config/shop.checkout.maxitems"_s), u"25"_s);
        QCOMPARE(staging.result.layers.size(), 3);
        const SourceOutcome production
            = run(SpringConfigSource::TypeName, m_server, {{u"application"_s, u"shop"_s}, {u"label"_s, u"main"_s}},
                  u"actuator:pw"_s, u"production"_s);
        QVERIFY2(production.ok(), qPrintable(production.error()));
        QCOMPARE(production.value(u"config/shop.checkout.newflow"_s), u"false"_s);
    }

    void springUnauthorised_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QVariantMap>("options");
        QTest::addColumn<QString>("message");
        QTest::addRow("actuator") << QString(SpringActuatorSource::TypeName)
                                  << QVariantMap{{u"path"_s, u"/staging/actuator/env"_s}}
                                  << u"Spring Actuator: HTTP 401 Unauthorized from %1/staging/actuator/env"_s;
        QTest::addRow("config server") << QString(SpringConfigSource::TypeName)
                                       << QVariantMap{{u"application"_s, u"shop"_s}}
                                       << u"Spring Cloud Config: HTTP 401 Unauthorized from %1/shop/staging"_s;
    }
    void springUnauthorised()
    {
        QFETCH(QString, type);
        QFETCH(QVariantMap, options);
        QFETCH(QString, message);
        options.insert(u"url"_s, url(m_server));
        const SourceOutcome outcome = runSource(type, options, u"actuator:wrong"_s, 3000);
        QCOMPARE(outcome.error(), message.arg(url(m_server)));
    }

    // ---- Kubernetes ------------------------------------------------------------------------

    void kubernetesPaged()
    {
        const SourceOutcome outcome
            = run(KubernetesSource::TypeName, m_server, {{u"namespace"_s, u"shop"_s}, {u"pageSize"_s, 2}},
                  QString::fromLatin1(KubernetesToken));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.emissions, 1);
        QCOMPARE(m_server.hits("/api/v1/namespaces/shop/configmaps"), 2);
        QCOMPARE(outcome.value(u"config/configmap/checkout/MAX_ITEMS"_s), u"20"_s);
        QCOMPARE(outcome.value(u"config/configmap/payments/TIMEOUT"_s), u"30s"_s); // from page 2
        QVERIFY(outcome.has(u"config/secret/checkout-db/password"_s));
        QVERIFY(!outcome.has(u"config/configmap/kube-root-ca.crt/ca.crt"_s));
        QCOMPARE(outcome.result.entries.size(), 8);
        const Entry secret = outcome.result.entries.value(u"config/secret/checkout-db/password"_s);
        QCOMPARE(outcome.result.layers.at(secret.provenance.at(0).layer).location,
                 url(m_server, u"/api/v1/namespaces/shop/secrets/checkout-db"_s));
    }

    void kubernetesRefused_data()
    {
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("message");
        QTest::addRow("wrong token") << u"shop"_s << u"expired"_s
                                     << u"kubernetes: listing configmaps failed: HTTP 401 Unauthorized from "
                                        "%1/api/v1/namespaces/shop/configmaps?limit=500: Unauthorized"_s;
        QTest::addRow("forbidden") << u"locked"_s << QString::fromLatin1(KubernetesToken)
                                   << u"kubernetes: listing configmaps failed: HTTP 403 Forbidden from "
                                      "%1/api/v1/namespaces/locked/configmaps?limit=500: secrets is forbidden: User "
                                      "\"system:serviceaccount:shop:driftdeck\" cannot list resource \"secrets\" in "
                                      "API group \"\" in the namespace \"shop\""_s;
    }
    void kubernetesRefused()
    {
        QFETCH(QString, ns);
        QFETCH(QString, token);
        QFETCH(QString, message);
        const SourceOutcome outcome = run(KubernetesSource::TypeName, m_server, {{u"namespace"_s, ns}}, token);
        QCOMPARE(outcome.error(), message.arg(url(m_server)));
    }

    void kubectlJson()
    {
        const SourceOutcome outcome
            = runSource(KubectlJsonSource::TypeName,
                        {{u"path"_s, QStringLiteral(DRIFTDECK_FIXTURES "/replay/kubernetes/kubectl-{env}.json")}});
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.result.entries.size(), 4);
        QCOMPARE(outcome.value(u"config/configmap/checkout/LOG_LEVEL"_s), u"info"_s);
        QCOMPARE(outcome.result.warnings.size(), 1);
    }

    // ---- every replayed type: silence and broken bodies ------------------------------------

    void hostile_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QVariantMap>("options");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("malformed");
        QTest::addRow("consul") << QString(ConsulSource::TypeName) << QVariantMap{{u"prefix"_s, u"app/"_s}}
                                << u"/v1/kv/app/?recurse=true"_s
                                << u"the answer is not JSON: unterminated object at offset 70"_s;
        QTest::addRow("spring-actuator") << QString(SpringActuatorSource::TypeName) << QVariantMap{}
                                         << u"/actuator/env"_s
                                         << u"the answer is not JSON: unterminated object at offset 70"_s;
        QTest::addRow("spring-config") << QString(SpringConfigSource::TypeName)
                                       << QVariantMap{{u"application"_s, u"shop"_s}} << u"/shop/staging"_s
                                       << u"the answer is not JSON: unterminated object at offset 70"_s;
        QTest::addRow("kubernetes") << QString(KubernetesSource::TypeName) << QVariantMap{{u"namespace"_s, u"shop"_s}}
                                    << u"/api/v1/namespaces/shop/configmaps?limit=500"_s
                                    << u"not JSON: unterminated object at offset 70"_s;
    }
    void hostile()
    {
        QFETCH(QString, type);
        QFETCH(QVariantMap, options);
        QFETCH(QString, path);
        QFETCH(QString, malformed);

        options.insert(u"url"_s, url(m_silent));
        QElapsedTimer clock;
        clock.start();
        const SourceOutcome silent = runSource(type, options, u"token"_s, 1000);
        QCOMPARE(silent.emissions, 1);
        QVERIFY2(silent.error().endsWith(u"no answer within 1 s"_s), qPrintable(silent.error()));
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));

        options.insert(u"url"_s, url(m_broken));
        const SourceOutcome broken = runSource(type, options, u"token"_s, 3000);
        QCOMPARE(broken.emissions, 1);
        QCOMPARE(broken.error(), url(m_broken) + path + u": "_s + malformed);
    }
};

QTEST_GUILESS_MAIN(ReplayedTest)
#include "tst_replayed.moc"
