// The unleash source against unleash-server 7.5.1 (npm) on PostgreSQL 17, both started from the
// build root by unleash/start-unleash.sh once for this binary and seeded through the admin API;
// silence and broken bodies come from LocalHttpServer.
#include "localhttpserver.h"
#include "sourcerun.h"
#include "sources/flagservices/unleashsource.h"
#include "testserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QtTest>

using namespace DriftDeck;
using namespace DriftDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString AdminToken = u"*:*.drift-deck-admin-4f1c"_s;

// Where unleash-server is installed once and reused: DRIFTDECK_UNLEASH_CACHE, else next to the
// build's bin folder.
QString cacheDirectory()
{
    const QString configured = qEnvironmentVariable("DRIFTDECK_UNLEASH_CACHE");
    if (!configured.isEmpty())
        return configured;
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../unleash-cache"_s);
}

} // namespace

class UnleashTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_unleash;
    QString m_url;

    int call(const QByteArray &method, const QString &path, const QJsonValue &body = {})
    {
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(QUrl(m_url + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", AdminToken.toUtf8());
        const QByteArray bytes = body.isObject() ? QJsonDocument(body.toObject()).toJson()
            : body.isArray()                     ? QJsonDocument(body.toArray()).toJson()
                                                 : QByteArray();
        QNetworkReply *reply = network.sendCustomRequest(request, method, bytes);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300)
            qWarning("%s %s: %d %s", method.constData(), qPrintable(path), status, reply->readAll().constData());
        delete reply;
        return status;
    }

    bool createFlag(const QString &name)
    {
        return call("POST", u"/api/admin/projects/default/features"_s,
                    QJsonObject{{u"name"_s, name}, {u"type"_s, u"release"_s}})
            == 201;
    }
    bool addStrategy(const QString &flag, const QString &environment, const QJsonObject &strategy)
    {
        return call("POST",
                    u"/api/admin/projects/default/features/%1/environments/%2/strategies"_s.arg(flag, environment),
                    strategy)
            == 200;
    }
    bool switchOn(const QString &flag, const QString &environment)
    {
        return call("POST", u"/api/admin/projects/default/features/%1/environments/%2/on"_s.arg(flag, environment))
            == 200;
    }

    SourceOutcome run(const QString &environment, const QString &token = AdminToken, const QVariantMap &extra = {})
    {
        QVariantMap options{{u"url"_s, m_url}};
        options.insert(extra);
        return runSource(UnleashSource::TypeName, options, token, 5000, environment);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_unleash = std::make_unique<TestServer>(u"setpriv"_s);
        DRIFTDECK_REQUIRE_SERVER(*m_unleash);
        if (TestServer::findProgram(u"node"_s).isEmpty() || TestServer::findProgram(u"npm"_s).isEmpty())
            DRIFTDECK_SKIP_MISSING("node and npm are needed to run Unleash");
        if (QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty())
            DRIFTDECK_SKIP_MISSING("PostgreSQL is needed to run Unleash");
        const QString script = QStringLiteral(DRIFTDECK_SOURCE_ROOT "/tests/integration/unleash/start-unleash.sh");
        QVERIFY2(m_unleash->start({u"--pdeathsig"_s, u"TERM"_s, u"bash"_s, script, m_unleash->directory(),
                                   cacheDirectory(), QString::number(m_unleash->port()),
                                   QString::number(TestServer::freePort()), AdminToken.mid(4)}),
                 qPrintable(m_unleash->errorString()));
        // The first run installs unleash-server from npm (about a minute); later runs start in ~15 s.
        QVERIFY2(m_unleash->waitForHttp(m_unleash->url(u"/health"_s), 240000, 200),
                 qPrintable(m_unleash->errorString()));
        m_url = u"http://127.0.0.1:%1"_s.arg(m_unleash->port());

        // new-checkout: 25 % in development, 50 % with a constraint and variants in production (on).
        QVERIFY(createFlag(u"new-checkout"_s));
        QVERIFY(addStrategy(u"new-checkout"_s, u"development"_s,
                            QJsonObject{{u"name"_s, u"flexibleRollout"_s},
                                        {u"parameters"_s,
                                         QJsonObject{{u"rollout"_s, u"25"_s},
                                                     {u"stickiness"_s, u"default"_s},
                                                     {u"groupId"_s, u"new-checkout"_s}}}}));
        const QJsonArray constraints{QJsonObject{
            {u"contextName"_s, u"userId"_s}, {u"operator"_s, u"IN"_s}, {u"values"_s, QJsonArray{u"a"_s, u"b"_s}}}};
        const QJsonArray variants{QJsonObject{{u"name"_s, u"blue"_s},
                                              {u"weight"_s, 1000},
                                              {u"weightType"_s, u"variable"_s},
                                              {u"stickiness"_s, u"default"_s}}};
        QVERIFY(addStrategy(u"new-checkout"_s, u"production"_s,
                            QJsonObject{{u"name"_s, u"flexibleRollout"_s},
                                        {u"parameters"_s,
                                         QJsonObject{{u"rollout"_s, u"50"_s},
                                                     {u"stickiness"_s, u"default"_s},
                                                     {u"groupId"_s, u"new-checkout"_s}}},
                                        {u"constraints"_s, constraints},
                                        {u"variants"_s, variants}}));
        QVERIFY(switchOn(u"new-checkout"_s, u"production"_s));
        // dark-mode: on for everyone in development only.
        QVERIFY(createFlag(u"dark-mode"_s));
        QVERIFY(addStrategy(u"dark-mode"_s, u"development"_s, QJsonObject{{u"name"_s, u"default"_s}}));
        QVERIFY(switchOn(u"dark-mode"_s, u"development"_s));
        // More flags than requests in flight, so the per-flag reads queue.
        for (int i = 1; i <= 9; ++i)
            QVERIFY(createFlag(u"bulk-%1"_s.arg(i)));
    }

    void production()
    {
        const SourceOutcome outcome = run(u"production"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.emissions, 1);
        QCOMPARE(outcome.value(u"flag/new-checkout"_s), u"on"_s);
        QCOMPARE(outcome.value(u"flag/new-checkout/rollout"_s), u"50"_s);
        QCOMPARE(outcome.result.entries.value(u"flag/new-checkout/rules"_s).value.canonical(),
                 u"[{\"constraints\":[{\"contextName\":\"userId\",\"operator\":\"IN\",\"values\":[\"a\",\"b\"]}],"
                 "\"name\":\"flexibleRollout\",\"parameters\":"
                 "{\"groupId\":\"new-checkout\",\"rollout\":50,\"stickiness\":\"default\"}}]"_s);
        QCOMPARE(outcome.result.entries.value(u"flag/new-checkout/variants"_s).value.canonical(),
                 u"[{\"name\":\"blue\",\"stickiness\":\"default\",\"weight\":1000,\"weightType\":\"variable\"}]"_s);
        QCOMPARE(outcome.value(u"flag/dark-mode"_s), u"off"_s);
        QVERIFY(!outcome.has(u"flag/dark-mode/rules"_s));
        for (int i = 1; i <= 9; ++i)
            QCOMPARE(outcome.value(u"flag/bulk-%1"_s.arg(i)), u"off"_s);
        QCOMPARE(outcome.result.entries.size(), 14); // new-checkout 4 rows, dark-mode 1, bulk 9
        QCOMPARE(outcome.result.layers.at(0).label, u"unleash %1 project default, environment production"_s.arg(m_url));
    }

    void development()
    {
        const SourceOutcome outcome = run(u"development"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"flag/new-checkout"_s), u"off"_s);
        QCOMPARE(outcome.value(u"flag/new-checkout/rollout"_s), u"25"_s);
        QVERIFY(!outcome.has(u"flag/new-checkout/variants"_s));
        QCOMPARE(outcome.value(u"flag/dark-mode"_s), u"on"_s);
        QCOMPARE(outcome.result.entries.value(u"flag/dark-mode/rules"_s).value.canonical(),
                 u"[{\"name\":\"default\",\"parameters\":{}}]"_s);
    }

    void environmentOption()
    {
        // A Drift Deck environment named differently from Unleash's.
        const SourceOutcome outcome = run(u"prod"_s, AdminToken, {{u"environment"_s, u"production"_s}});
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"flag/new-checkout"_s), u"on"_s);
    }

    void unknownEnvironment()
    {
        const SourceOutcome outcome = run(u"staging"_s);
        QCOMPARE(outcome.error(),
                 u"unleash: project \"default\" has no environment \"staging\" (it has: development, production)"_s);
    }

    void unknownProjectWarns()
    {
        const SourceOutcome outcome = run(u"production"_s, AdminToken, {{u"project"_s, u"no-such-project"_s}});
        QVERIFY2(outcome.ok(), qPrintable(outcome.error())); // Unleash answers 200 with no flags
        QVERIFY(outcome.result.entries.isEmpty());
        QCOMPARE(outcome.result.warnings,
                 QStringList{u"unleash: project \"no-such-project\" has no flags (is the project name right?)"_s});
    }

    void wrongToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("message");
        QTest::addRow("wrong") << u"*:*.wrong-token-0000"_s << u"You must log in to use Unleash."_s;
        QTest::addRow("none") << QString()
                              << u"You must log in to use Unleash. Your request had no authorization header, so we "
                                 "could not authorize you. Try logging in at /auth/simple/login"_s;
    }
    void wrongToken()
    {
        QFETCH(QString, token);
        QFETCH(QString, message);
        const SourceOutcome outcome = run(u"production"_s, token);
        QCOMPARE(outcome.error(),
                 u"unleash: listing the flags of project \"default\" failed: HTTP 401 Unauthorized "
                 "from %1/api/admin/projects/default/features: %2 (check the admin API token given "
                 "as this source's credentials)"_s.arg(m_url, message));
    }

    void silence_data()
    {
        QTest::addColumn<bool>("listAnswers");
        QTest::addRow("flag list") << false;
        QTest::addRow("one flag") << true;
    }
    void silence()
    {
        QFETCH(bool, listAnswers);
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route("/api/admin/projects/default/features",
                     listAnswers
                         ? LocalHttpReply::json(R"({"features":[{"name":"a","environments":[{"name":"staging"}]}]})")
                         : LocalHttpReply::silent());
        server.route("/api/admin/projects/default/features/a", LocalHttpReply::silent());
        QElapsedTimer clock;
        clock.start();
        const SourceOutcome outcome
            = runSource(UnleashSource::TypeName, {{u"url"_s, server.url().toString()}}, AdminToken, 1000, u"staging"_s);
        QCOMPARE(outcome.emissions, 1);
        QVERIFY2(outcome.error().endsWith(u"no answer within 1 s"_s), qPrintable(outcome.error()));
        QVERIFY(!outcome.error().contains(AdminToken));
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("list");
        QTest::addColumn<QByteArray>("flag");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error");
        QTest::addRow("list cut off") << QByteArray(R"({"features":[{"name":)") << QByteArray()
                                      << u"/api/admin/projects/default/features"_s
                                      << u"the answer is not JSON: unterminated object at offset 21"_s;
        QTest::addRow("list of something else")
            << QByteArray(R"([1,2])") << QByteArray() << u"/api/admin/projects/default/features"_s
            << u"the answer is not a JSON object"_s;
        QTest::addRow("flag cut off") << QByteArray(
            R"({"features":[{"name":"a","environments":[{"name":"staging"}]}]})")
                                      << QByteArray(R"({"name":"a","environments":[{"name":"staging","enabled":tr)")
                                      << u"/api/admin/projects/default/features/a"_s
                                      << u"the answer is not JSON: illegal value at offset 57"_s;
    }
    void malformed()
    {
        QFETCH(QByteArray, list);
        QFETCH(QByteArray, flag);
        QFETCH(QString, path);
        QFETCH(QString, error);
        LocalHttpServer server;
        QVERIFY(server.listen());
        server.route("/api/admin/projects/default/features", LocalHttpReply::json(list));
        server.route("/api/admin/projects/default/features/a", LocalHttpReply::json(flag));
        const SourceOutcome outcome
            = runSource(UnleashSource::TypeName, {{u"url"_s, server.url().toString()}}, AdminToken, 3000, u"staging"_s);
        QCOMPARE(outcome.emissions, 1);
        QCOMPARE(outcome.error(), server.url(path).toString() + u": "_s + error);
    }
};

QTEST_GUILESS_MAIN(UnleashTest)
#include "tst_unleash.moc"
