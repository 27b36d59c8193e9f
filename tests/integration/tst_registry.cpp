// The registry source against Debian's docker-registry (anonymous and htpasswd), plus the parts
// that registry cannot show (Bearer tokens, Link pagination, silence) against LocalHttpServer.
#include "localhttpserver.h"
#include "registryfixture.h"
#include "sourcerun.h"
#include "sources/registry/registryauth.h"
#include "sources/registry/registrysource.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QtTest>

using namespace DriftDeck;
using namespace DriftDeck::Testing;
using namespace DriftDeck::Testing::Registry;
using namespace Qt::StringLiterals;

namespace {

QVariantMap options(const QUrl &url, const QStringList &repositories, const QString &tag, bool listTags = false)
{
    return {{u"url"_s, url.toString()},
            {u"repositories"_s, QVariant(repositories).toList()},
            {u"tag"_s, tag},
            {u"listTags"_s, listTags}};
}

Registry::Options lockedOptions()
{
    Registry::Options options;
    options.htpasswd = true;
    return options;
}

} // namespace

class TestRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        DRIFTDECK_REQUIRE_SERVER(m_anonymous);
        QVERIFY2(Registry::start(m_anonymous), qPrintable(m_anonymous.errorString()));
        QVERIFY2(Registry::start(m_locked, lockedOptions()), qPrintable(m_locked.errorString()));
        const QUrl open = m_anonymous.url();
        m_stagingDigest = push(open, u"checkout-api"_s, u"staging"_s, R"({"architecture":"amd64","os":"linux"})");
        QVERIFY2(m_stagingDigest.startsWith("sha256:"), m_stagingDigest.constData());
        m_productionDigest = push(open, u"checkout-api"_s, u"production"_s, R"({"architecture":"arm64","os":"linux"})");
        QVERIFY2(m_productionDigest.startsWith("sha256:"), m_productionDigest.constData());
        for (const QString &tag : {u"1.4.1"_s, u"1.4.2"_s, u"1.5.0"_s})
            QVERIFY(
                push(open, u"checkout-api"_s, tag, R"({"architecture":"amd64","os":"linux"})").startsWith("sha256:"));
        QVERIFY(push(open, u"team/worker"_s, u"production"_s, R"({"os":"linux"})").startsWith("sha256:"));
        const QByteArray basic = "Basic " + "ci:s3cret"_ba.toBase64();
        m_lockedDigest = push(m_locked.url(), u"checkout-api"_s, u"staging"_s, R"({"os":"linux"})", basic);
        QVERIFY2(m_lockedDigest.startsWith("sha256:"), m_lockedDigest.constData());
        QVERIFY(m_fake.listen());
    }

    void anonymousTagsAndDigests()
    {
        const SourceOutcome outcome
            = runSource(u"registry"_s, options(m_anonymous.url(), {u"checkout-api"_s, u"team/worker"_s}, u"staging"_s));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.emissions, 1);
        QCOMPARE(outcome.value(u"image/checkout-api"_s), u"staging"_s);
        QCOMPARE(outcome.value(u"image/checkout-api/digest"_s), QString::fromLatin1(m_stagingDigest));
        // team/worker has no staging tag: its rows are missing, with a warning, and nothing fails.
        QVERIFY(!outcome.has(u"image/team/worker"_s));
        QVERIFY(!outcome.has(u"image/team/worker/digest"_s));
        QCOMPARE(outcome.result.warnings, QStringList{u"team/worker: no tag \"staging\" in the registry"_s});
        QCOMPARE(outcome.result.layers.size(), 1);
        QCOMPARE(outcome.result.layers[0].location, m_anonymous.url().toString());
    }

    void sameTagDifferentRegistriesGiveDigests()
    {
        // The environment name is the default tag.
        const SourceOutcome outcome = runSource(
            u"registry"_s,
            {{u"url"_s, m_anonymous.url().toString()}, {u"repositories"_s, QVariantList{u"checkout-api"_s}}}, {}, 10000,
            u"production"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"image/checkout-api"_s), u"production"_s);
        QCOMPARE(outcome.value(u"image/checkout-api/digest"_s), QString::fromLatin1(m_productionDigest));
        QVERIFY(m_productionDigest != m_stagingDigest);
    }

    void listTagsOnTheRealRegistry()
    {
        // docker-registry 2.8 ignores ?n= and sends every tag at once, without a Link header.
        const SourceOutcome outcome
            = runSource(u"registry"_s, options(m_anonymous.url(), {u"checkout-api"_s}, u"staging"_s, true));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"image/checkout-api/tags"_s), u"5"_s);
    }

    void htpasswd_data()
    {
        QTest::addColumn<QString>("credential");
        QTest::addColumn<QString>("error"); // empty: success; {url}: the registry
        QTest::addRow("right password") << u"ci:s3cret"_s << QString();
        QTest::addRow("wrong password")
            << u"ci:wrong-horse"_s
            << u"checkout-api: authentication failed (HTTP 401 Unauthorized from {url}v2/checkout-api/manifests/staging)"_s;
        QTest::addRow("no credential")
            << QString()
            << u"checkout-api: authentication failed (HTTP 401 Unauthorized from {url}v2/checkout-api/manifests/staging)"_s;
    }

    void htpasswd()
    {
        QFETCH(QString, credential);
        QFETCH(QString, error);
        const SourceOutcome outcome
            = runSource(u"registry"_s, options(m_locked.url(), {u"checkout-api"_s}, u"staging"_s), credential);
        QVERIFY(outcome.finished);
        if (error.isEmpty()) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
            QCOMPARE(outcome.value(u"image/checkout-api/digest"_s), QString::fromLatin1(m_lockedDigest));
        } else {
            QCOMPARE(outcome.error(), error.replace(u"{url}"_s, m_locked.url().toString()));
            QVERIFY(!outcome.error().contains(u"wrong-horse"_s));
        }
    }

    void bearerTokenFlow()
    {
        RegistryTokenCache::clear();
        int tokenRequests = 0;
        const QByteArray realm = m_fake.url(u"/token"_s).toEncoded();
        m_fake.route("/v2/app/manifests/staging", [realm](const LocalHttpRequest &request) {
            if (request.header("Authorization") == "Bearer tok-1") {
                LocalHttpReply reply;
                reply.headers.emplaceBack("Docker-Content-Digest", "sha256:abc");
                return reply;
            }
            // No scope in the challenge: the source must build repository:app:pull itself.
            LocalHttpReply reply = LocalHttpReply::json(R"({"errors":[{"code":"UNAUTHORIZED"}]})", 401);
            reply.reason = "Unauthorized";
            reply.headers.emplaceBack("WWW-Authenticate", "Bearer realm=\"" + realm + "\",service=\"fake registry\"");
            return reply;
        });
        m_fake.route("/token", [&tokenRequests](const LocalHttpRequest &request) {
            ++tokenRequests;
            if (request.header("Authorization") != "Basic " + "robot:pw"_ba.toBase64())
                return LocalHttpReply::json(R"({"details":"bad credentials"})", 401);
            if (request.queryItem(u"scope"_s) != "repository:app:pull"
                || request.queryItem(u"service"_s) != "fake registry")
                return LocalHttpReply::json(R"({"details":"bad scope"})", 400);
            return LocalHttpReply::json(R"({"token":"tok-1","expires_in":300})");
        });
        QUrl url = m_fake.url();
        const QVariantMap fakeOptions = options(url, {u"app"_s}, u"staging"_s);

        SourceOutcome outcome = runSource(u"registry"_s, fakeOptions, u"robot:pw"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"image/app/digest"_s), u"sha256:abc"_s);
        QCOMPARE(tokenRequests, 1);

        // A second refresh uses the cached token: no new token request, no 401 round trip.
        const int manifestRequests = m_fake.hits("/v2/app/manifests/staging");
        outcome = runSource(u"registry"_s, fakeOptions, u"robot:pw"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(tokenRequests, 1);
        QCOMPARE(m_fake.hits("/v2/app/manifests/staging"), manifestRequests + 1);

        // Wrong credentials at the token service: an authentication failure, without the password.
        outcome = runSource(u"registry"_s, fakeOptions, u"robot:nope-secret"_s);
        QCOMPARE(
            outcome.error(),
            u"app: authentication failed (HTTP 401 Unauthorized from %1token?service=fake registry&scope=repository:app:pull)"_s
                .arg(url.toString()));
    }

    void refusedCachedTokenIsFetchedAgainOnce()
    {
        RegistryTokenCache::clear();
        int issued = 0;
        QByteArray accepted = "tok-1"; // the one token the registry takes at the moment
        const QByteArray realm = m_fake.url(u"/rotating-token"_s).toEncoded();
        m_fake.route("/v2/rotating/manifests/staging", [&accepted, realm](const LocalHttpRequest &request) {
            if (request.header("Authorization") == "Bearer " + accepted) {
                LocalHttpReply reply;
                reply.headers.emplaceBack("Docker-Content-Digest", "sha256:feed");
                return reply;
            }
            LocalHttpReply reply = LocalHttpReply::json(R"({"errors":[{"code":"UNAUTHORIZED"}]})", 401);
            reply.headers.emplaceBack("WWW-Authenticate", "Bearer realm=\"" + realm + "\",service=\"fake\"");
            return reply;
        });
        m_fake.route("/rotating-token", [&issued](const LocalHttpRequest &) {
            ++issued;
            // Valid for five minutes, as far as the token service knows.
            return LocalHttpReply::json("{\"token\":\"tok-" + QByteArray::number(issued) + "\",\"expires_in\":300}");
        });
        const QVariantMap rotating = options(m_fake.url(), {u"rotating"_s}, u"staging"_s);
        const auto manifestHits = [this] {
            return m_fake.hits("/v2/rotating/manifests/staging");
        };

        SourceOutcome outcome = runSource(u"registry"_s, rotating, u"robot:pw"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(issued, 1);

        // The registry revokes tok-1 long before it expires: the cached token draws a 401, is
        // dropped, and one fresh token is fetched and used.
        accepted = "tok-2";
        int before = manifestHits();
        outcome = runSource(u"registry"_s, rotating, u"robot:pw"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"image/rotating/digest"_s), u"sha256:feed"_s);
        QCOMPARE(issued, 2);
        QCOMPARE(manifestHits() - before, 2); // tok-1 refused, tok-2 taken

        // The fresh token went into the cache: the next refresh sends it at once.
        before = manifestHits();
        outcome = runSource(u"registry"_s, rotating, u"robot:pw"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(issued, 2);
        QCOMPARE(manifestHits() - before, 1);

        // The registry refuses even a token just issued: one retry, then a clear error without
        // the credential, and no loop of token requests.
        accepted = "nothing-works";
        before = manifestHits();
        outcome = runSource(u"registry"_s, rotating, u"robot:pw"_s);
        QCOMPARE(outcome.error(), u"registry refused the credentials for rotating"_s);
        QCOMPARE(issued, 3);
        QCOMPARE(manifestHits() - before, 2);
        QCOMPARE(outcome.emissions, 1);

        // The refused token is not kept: the next refresh starts from the challenge.
        accepted = "tok-4";
        before = manifestHits();
        outcome = runSource(u"registry"_s, rotating, u"robot:pw"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(issued, 4);
        QCOMPARE(manifestHits() - before, 2); // no token, then tok-4
    }

    void tagPagination()
    {
        // Five tags, two per page, linked the way distribution 3 and most registries do it.
        m_fake.route("/v2/paged/manifests/staging", [](const LocalHttpRequest &) {
            LocalHttpReply reply;
            reply.headers.emplaceBack("Docker-Content-Digest", "sha256:def");
            return reply;
        });
        m_fake.route("/v2/paged/tags/list", [](const LocalHttpRequest &request) {
            const QByteArray last = request.queryItem(u"last"_s);
            const QByteArrayList all{"a", "b", "c", "d", "e"};
            const qsizetype from = last.isEmpty() ? 0 : all.indexOf(last) + 1;
            const QByteArrayList page = all.mid(from, 2);
            LocalHttpReply reply
                = LocalHttpReply::json("{\"name\":\"paged\",\"tags\":[\"" + page.join("\",\"") + "\"]}");
            if (from + 2 < all.size())
                reply.headers.emplaceBack("Link", "</v2/paged/tags/list?last=" + page.last() + "&n=2>; rel=\"next\"");
            return reply;
        });
        const int before = m_fake.hits("/v2/paged/tags/list");
        const SourceOutcome outcome = runSource(u"registry"_s, options(m_fake.url(), {u"paged"_s}, u"staging"_s, true));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"image/paged/tags"_s), u"5"_s);
        QCOMPARE(m_fake.hits("/v2/paged/tags/list") - before, 3);
    }

    void malformedTagsList()
    {
        m_fake.route("/v2/broken/manifests/staging", LocalHttpReply());
        m_fake.route("/v2/broken/tags/list", LocalHttpReply::malformedJson());
        const SourceOutcome outcome
            = runSource(u"registry"_s, options(m_fake.url(), {u"broken"_s}, u"staging"_s, true));
        QCOMPARE(outcome.error(),
                 u"%1v2/broken/tags/list?n=100: not a tags list: unterminated object at byte 70"_s.arg(
                     m_fake.url().toString()));
    }

    void silentRegistryTimesOut()
    {
        m_fake.route("/v2/silent/*", LocalHttpReply::silent());
        const SourceOutcome outcome
            = runSource(u"registry"_s, options(m_fake.url(), {u"silent"_s}, u"staging"_s), {}, 700);
        QCOMPARE(outcome.error(),
                 u"%1v2/silent/manifests/staging: no answer within 0.7 s"_s.arg(m_fake.url().toString()));
        QVERIFY(outcome.elapsedMs < 2000);
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("repositories");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("error");
        QTest::addRow("bad tag") << QStringList{u"app"_s} << u"has space"_s
                                 << u"\"has space\" is not a valid image tag"_s;
        QTest::addRow("no repositories") << QStringList() << u"staging"_s
                                         << u"No repositories are listed for this source"_s;
    }

    void badOptions()
    {
        QFETCH(QStringList, repositories);
        QFETCH(QString, tag);
        QFETCH(QString, error);
        QCOMPARE(runSource(u"registry"_s, options(m_fake.url(), repositories, tag)).error(), error);
    }

    void challengeParsing()
    {
        const AuthChallenge challenge
            = AuthChallenge::parse("Bearer realm=\"https://auth.example.com/token\",service=\"registry.example.com\","
                                   "scope=\"repository:a/b:pull,push\"");
        QVERIFY(challenge.isBearer());
        QCOMPARE(challenge.parameters.value(u"realm"_s), u"https://auth.example.com/token"_s);
        QCOMPARE(challenge.parameters.value(u"scope"_s), u"repository:a/b:pull,push"_s);
        QCOMPARE(registryScope(AuthChallenge::parse(R"(Bearer realm="x")"), u"a/b"_s), u"repository:a/b:pull"_s);
        QVERIFY(AuthChallenge::parse(R"(Basic realm="r")").isBasic());
        QCOMPARE(RegistrySource::nextPage(R"(</v2/x/tags/list?n=2&last=b>; rel="next")",
                                          QUrl(u"http://h:1/v2/x/tags/list"_s)),
                 QUrl(u"http://h:1/v2/x/tags/list?n=2&last=b"_s));
        QVERIFY(RegistrySource::nextPage(R"(</other>; rel="prev")", QUrl(u"http://h/"_s)).isEmpty());
    }

private:
    TestServer m_anonymous{u"docker-registry"_s};
    TestServer m_locked{u"docker-registry"_s};
    LocalHttpServer m_fake;
    QByteArray m_stagingDigest;
    QByteArray m_productionDigest;
    QByteArray m_lockedDigest;
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
