// The etcd source against Debian's etcd-server 3.5 on 127.0.0.1, seeded through its JSON API;
// silence and broken bodies come from LocalHttpServer.
#include "localhttpserver.h"
#include "sourcerun.h"
#include "sources/configservers/etcdsource.h"
#include "testserver.h"

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

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

struct Answer {
    int status = 0;
    QJsonObject body;
};

Answer post(const QUrl &url, const QJsonObject &body, const QByteArray &token = {})
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", token);
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  QJsonDocument::fromJson(reply->readAll()).object()};
    delete reply;
    return answer;
}

} // namespace

class EtcdTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_etcd;
    QString m_url;

    bool put(const QByteArray &key, const QByteArray &value, const QByteArray &token = {})
    {
        return post(QUrl(m_url + u"/v3/kv/put"_s), {{u"key"_s, b64(key)}, {u"value"_s, b64(value)}}, token).status
            == 200;
    }

    SourceOutcome run(const QString &prefix, const QVariantMap &extra = {}, const QString &credential = {})
    {
        QVariantMap options{{u"url"_s, m_url}, {u"prefix"_s, prefix}};
        options.insert(extra);
        return runSource(EtcdSource::TypeName, options, credential, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_etcd = std::make_unique<TestServer>(u"etcd"_s);
        DRIFTDECK_REQUIRE_SERVER(*m_etcd);
        const QString client = u"http://127.0.0.1:%1"_s.arg(m_etcd->port());
        const QString peer = u"http://127.0.0.1:%1"_s.arg(TestServer::freePort());
        QVERIFY2(m_etcd->start({u"--data-dir"_s, m_etcd->path(u"data"_s), u"--listen-client-urls"_s, client,
                                u"--advertise-client-urls"_s, client, u"--listen-peer-urls"_s, peer,
                                u"--initial-advertise-peer-urls"_s, peer, u"--initial-cluster"_s, u"default="_s + peer,
                                u"--log-level"_s, u"warn"_s}),
                 qPrintable(m_etcd->errorString()));
        QVERIFY2(m_etcd->waitForHttp(m_etcd->url(u"/health"_s), 20000, 200), qPrintable(m_etcd->errorString()));
        m_url = client;

        QVERIFY(put("app/staging/database/poolSize", "20"));
        QVERIFY(put("app/staging/database/host", "db.staging"));
        QVERIFY(put("app/staging/limits", R"({"b": 2, "a": 1})"));
        QVERIFY(put("app/staging/cache/ttl", "30"));
        QVERIFY(put("app/staging/cache/enabled", "true"));
        QVERIFY(put("app/production/database/poolSize", "50"));
        QVERIFY(put("app/production/limits", R"({"a":1,"b":2})"));
        QVERIFY(put("app/stagingX/decoy", "outside the prefix")); // "app/staging0" ends the range before it
        QVERIFY(put("app/staging/database/poolSize", "25")); // a second revision of one key
    }

    void readsKeysBelowPrefix()
    {
        const SourceOutcome staging = run(u"app/staging/"_s);
        QVERIFY2(staging.ok(), qPrintable(staging.error()));
        QCOMPARE(staging.emissions, 1);
        QStringList keys = staging.result.entries.keys();
        keys.sort();
        QCOMPARE(keys,
                 QStringList({u"config/cache.enabled"_s, u"config/cache.ttl"_s, u"config/database.host"_s,
                              u"config/database.poolSize"_s, u"config/limits"_s}));
        QCOMPARE(staging.value(u"config/database.poolSize"_s), u"25"_s);
        const Entry pool = staging.result.entries.value(u"config/database.poolSize"_s);
        QCOMPARE(pool.value.kind(), ValueKind::Number);
        // Provenance: the store's revision and when this key last changed (the 9th write).
        const QString label = staging.result.layers.at(pool.provenance.at(0).layer).label;
        QCOMPARE(label, u"etcd %1 app/staging/ rev 10, changed at rev 10"_s.arg(m_url));
        QCOMPARE(staging.result.layers.at(pool.provenance.at(0).layer).location, m_url);
        QCOMPARE(
            staging.result.layers.at(staging.result.entries.value(u"config/database.host"_s).provenance.at(0).layer)
                .label,
            u"etcd %1 app/staging/ rev 10, changed at rev 3"_s.arg(m_url));

        // JSON values are compared by structure.
        const SourceOutcome production = run(u"app/production/"_s);
        QVERIFY(production.ok());
        QCOMPARE(production.result.entries.value(u"config/limits"_s).value,
                 staging.result.entries.value(u"config/limits"_s).value);
        QCOMPARE(production.result.entries.size(), 2);
    }

    void pagination_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addRow("one key per page") << 1;
        QTest::addRow("two keys per page") << 2;
        QTest::addRow("exactly all") << 5;
    }
    void pagination()
    {
        QFETCH(int, pageSize);
        const SourceOutcome whole = run(u"app/staging/"_s);
        const SourceOutcome paged = run(u"app/staging/"_s, {{u"pageSize"_s, pageSize}});
        QVERIFY2(paged.ok(), qPrintable(paged.error()));
        QCOMPARE(paged.result.entries.keys().size(), 5);
        for (auto it = whole.result.entries.cbegin(); it != whole.result.entries.cend(); ++it)
            QCOMPARE(paged.result.entries.value(it.key()).value, it->value);
    }

    void emptyPrefixHasNoRows()
    {
        const SourceOutcome outcome = run(u"nothing/here/"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QVERIFY(outcome.result.entries.isEmpty());
    }

    void silentServerTimesOut()
    {
        LocalHttpServer silent;
        QVERIFY(silent.listen());
        silent.route("/v3/kv/range", LocalHttpReply::silent());
        QElapsedTimer clock;
        clock.start();
        const SourceOutcome outcome
            = runSource(EtcdSource::TypeName,
                        {{u"url"_s, silent.url().toString()}, {u"prefix"_s, u"app/"_s}, {u"retries"_s, 0}}, {}, 1000);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.emissions, 1);
        QVERIFY2(outcome.error().endsWith(u"no answer within 1 s"_s), qPrintable(outcome.error()));
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }

    void malformedBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addRow("truncated JSON") << QByteArray(R"({"header":{"revision":"3"},"kvs":[{"key":)")
                                        << "the answer is not JSON: unterminated object at offset 41";
        QTest::addRow("not etcd") << QByteArray(R"({"status":"success"})")
                                  << "the answer has no header.revision: is this the etcd v3 API?";
        QTest::addRow("more without keys") << QByteArray(R"({"header":{"revision":"3"},"more":true})")
                                           << "etcd keeps saying there are more keys but sends none";
    }
    void malformedBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        LocalHttpServer broken;
        QVERIFY(broken.listen());
        broken.route("/v3/kv/range", LocalHttpReply::json(body));
        const SourceOutcome outcome = runSource(
            EtcdSource::TypeName, {{u"url"_s, broken.url().toString()}, {u"prefix"_s, u"app/"_s}}, {}, 3000);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.emissions, 1);
        const QString where = broken.url(u"/v3/kv/range"_s).toString();
        QCOMPARE(outcome.error(), where + u": "_s + error);
    }

    // Last: switches authentication on for the rest of this server's life.
    void authentication()
    {
        QCOMPARE(
            post(QUrl(m_url + u"/v3/auth/user/add"_s), {{u"name"_s, u"root"_s}, {u"password"_s, u"pw:1"_s}}).status,
            200);
        QCOMPARE(post(QUrl(m_url + u"/v3/auth/role/add"_s), {{u"name"_s, u"root"_s}}).status, 200);
        QCOMPARE(post(QUrl(m_url + u"/v3/auth/user/grant"_s), {{u"user"_s, u"root"_s}, {u"role"_s, u"root"_s}}).status,
                 200);
        QCOMPARE(post(QUrl(m_url + u"/v3/auth/enable"_s), {}).status, 200);

        const SourceOutcome signedIn = run(u"app/staging/"_s, {}, u"root:pw:1"_s);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error()));
        QCOMPARE(signedIn.value(u"config/database.poolSize"_s), u"25"_s);

        const SourceOutcome wrong = run(u"app/staging/"_s, {}, u"root:not-the-password"_s);
        QCOMPARE(wrong.error(),
                 u"etcd: signing in failed: HTTP 400 Bad Request from %1/v3/auth/authenticate: "
                 "etcdserver: authentication failed, invalid user ID or password"_s.arg(m_url));

        const SourceOutcome anonymous = run(u"app/staging/"_s);
        QCOMPARE(anonymous.error(),
                 u"etcd: reading keys failed: HTTP 400 Bad Request from %1/v3/kv/range: "
                 "etcdserver: user name is empty (etcd requires signing in: give this source "
                 "credentials \"user:password\")"_s.arg(m_url));

        const SourceOutcome badToken = run(u"app/staging/"_s, {}, u"not-a-token"_s);
        QCOMPARE(badToken.error(),
                 u"etcd: reading keys failed: HTTP 401 Unauthorized from %1/v3/kv/range: "
                 "etcdserver: invalid auth token"_s.arg(m_url));
    }
};

QTEST_GUILESS_MAIN(EtcdTest)
#include "tst_etcd.moc"
