// HttpSource's networking rules against an in-process server that misbehaves on purpose.
#include "localhttpserver.h"
#include "sourcerun.h"
#include "sources/http/httpnetwork.h"
#include "sources/http/httpsource.h"
#include "testserver.h"
#include "workspace/sourcetimeout.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxyQuery>
#include <QtTest>

using namespace DriftDeck;
using namespace DriftDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

// The smallest real connector: GET the url, read {"value": …} on a pool thread.
class FetchSource : public HttpSource
{
public:
    using HttpSource::HttpSource;

    void start() override
    {
        if (!optionError().isEmpty())
            return fail(optionError());
        HttpRequest request;
        request.url = baseUrl();
        request.headers = extraHeaders();
        if (const QByteArray auth = authorizationFor(baseCredential()); !auth.isEmpty())
            request.setHeader("Authorization", auth);
        send(request, [this](const HttpResponse &response) {
            attempts = response.attempts;
            if (!response.errorString.isEmpty())
                return fail(response.errorString);
            if (!response.ok())
                return fail(response.statusMessage());
            offThread<SourceResult>(
                [body = response.body] {
                    QJsonParseError error;
                    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
                    if (error.error != QJsonParseError::NoError)
                        return SourceResult::failure(u"malformed JSON: %1"_s.arg(error.errorString()));
                    SourceResult result;
                    result.entries.insert(u"test/value"_s, Entry{Value::string(document[u"value"].toString()), {}});
                    return result;
                },
                [this](SourceResult &&result) { finish(std::move(result)); });
        });
    }

    int timeout() const { return timeoutMs(); }

    int attempts = 0;
};

SourceContext contextFor(const QUrl &url, int timeoutMs = 2000, QVariantMap options = {},
                         const QString &credential = {})
{
    SourceContext context;
    context.sourceId = u"fetch"_s;
    context.environment = u"staging"_s;
    options.insert(u"url"_s, url.toString());
    context.options = options;
    context.timeoutMs = timeoutMs;
    context.credential = credential;
    return context;
}

QString origin(const LocalHttpServer &server)
{
    return u"http://127.0.0.1:%1"_s.arg(server.port());
}

} // namespace

class TestHttpSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.route("/ok", LocalHttpReply::json(R"({"value":"1.4.2"})"));
        m_server.route("/silent", LocalHttpReply::silent());
        m_server.route("/slow", LocalHttpReply::slow(300, R"({"value":"late"})"));
        LocalHttpReply drip = LocalHttpReply::json(R"({"value":"drip drip drip"})");
        drip.dripMs = 150;
        m_server.route("/drip", drip);
        m_server.route("/huge", LocalHttpReply::huge(40LL * 1024 * 1024));
        LocalHttpReply unannounced = LocalHttpReply::huge(3LL * 1024 * 1024);
        unannounced.lieAboutLength = true;
        m_server.route("/unannounced", unannounced);
        LocalHttpReply bomb = LocalHttpReply::json(QByteArray(8 * 1024 * 1024, ' ') + R"({"value":"bomb"})");
        bomb.deflate = true;
        m_server.route("/bomb", bomb);
        LocalHttpReply small = LocalHttpReply::json(QByteArray(1000, ' ') + R"({"value":"packed"})");
        small.deflate = true;
        m_server.route("/deflated", small);
        LocalHttpReply corrupt = LocalHttpReply::json(R"({"value":"not gzip at all"})");
        corrupt.contentEncoding = "gzip";
        m_server.route("/corrupt-gzip", corrupt);
        m_server.route("/malformed", LocalHttpReply::malformedJson());
        m_server.route("/loop", LocalHttpReply::redirect("/loop"));
        m_server.route("/moved", LocalHttpReply::redirect("/ok", 301));
        m_server.route("/offsite", [this](const LocalHttpRequest &) {
            return LocalHttpReply::redirect(u"http://localhost:%1/ok"_s.arg(m_server.port()).toLatin1());
        });
        m_server.route("/missing", LocalHttpReply::json(R"({"error":"no such thing"})", 404));
        m_server.route("/always503", LocalHttpReply::json("{}", 503));
        LocalHttpReply cut = LocalHttpReply::json(R"({"value":"cut short"})");
        cut.cutAfter = 5;
        m_server.route("/cut", cut);
        for (int hop = 1; hop <= 4; ++hop) { // 600 ms per hop: 2.4 s to the end
            LocalHttpReply next = LocalHttpReply::redirect(hop < 4 ? QByteArray("/hop" + QByteArray::number(hop + 1))
                                                                   : QByteArray("/ok"));
            next.delayMs = 600;
            m_server.route(QByteArray("/hop" + QByteArray::number(hop)), next);
        }
        LocalHttpReply busySecond = LocalHttpReply::json("{}", 503);
        busySecond.headers.emplaceBack("Retry-After", "1");
        m_server.route("/busy-a-second", busySecond);
        m_server.route("/busy", [this](const LocalHttpRequest &request) {
            // Busy for the first request of each test (told apart by the X-Test header).
            const QByteArray test = request.header("X-Test");
            if (m_busyAnswered.contains(test))
                return LocalHttpReply::json(R"({"value":"after retry"})");
            m_busyAnswered.insert(test);
            if (test == "date") // 3 s from now, as an HTTP date (whole seconds): at least 2 s
                return LocalHttpReply::tooManyRequests(
                    QLocale::c()
                        .toString(QDateTime::currentDateTimeUtc().addSecs(3), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                        .toLatin1());
            return LocalHttpReply::tooManyRequests(test);
        });
    }

    void success()
    {
        FetchSource source(contextFor(m_server.url(u"/ok"_s)));
        const SourceOutcome outcome = runSource(source);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.emissions, 1);
        QCOMPARE(outcome.value(u"test/value"_s), u"1.4.2"_s);
        QVERIFY(outcome.result.warnings.isEmpty());
    }

    void failures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QVariantMap>("options");
        QTest::addColumn<QString>("error"); // {origin}, {port}: the server; {closed}: a closed port; * any rest
        QTest::addColumn<int>("maxElapsedMs");

        QTest::addRow("accepts and never answers")
            << u"/silent"_s << 800 << QVariantMap() << u"{origin}/silent: no answer within 0.8 s"_s << 2500;
        QTest::addRow("answers too slowly byte by byte")
            << u"/drip"_s << 1000 << QVariantMap() << u"{origin}/drip: the response was still incomplete after 1 s (*"_s
            << 1400;
        QTest::addRow("announced huge body")
            << u"/huge"_s << 5000 << QVariantMap()
            << u"{origin}/huge: the response is larger than the 32 MiB limit (Content-Length: 41943040)"_s << 2500;
        QTest::addRow("unannounced huge body")
            << u"/unannounced"_s << 5000 << QVariantMap{{u"maxResponseSize"_s, 1024 * 1024}}
            << u"{origin}/unannounced: the response is larger than the 1 MiB limit"_s << 2500;
        QTest::addRow("compressed bomb") << u"/bomb"_s << 5000 << QVariantMap{{u"maxResponseSize"_s, 1024 * 1024}}
                                         << u"{origin}/bomb: the response is larger than the 1 MiB limit"_s << 4000;
        QTest::addRow("corrupt gzip")
            << u"/corrupt-gzip"_s << 2000 << QVariantMap()
            << u"{origin}/corrupt-gzip: the gzip-compressed body could not be decompressed after 0 bytes: *"_s << 1000;
        QTest::addRow("malformed JSON") << u"/malformed"_s << 2000 << QVariantMap()
                                        << u"malformed JSON: unterminated object"_s << 2000;
        QTest::addRow("redirect loop") << u"/loop"_s << 2000 << QVariantMap()
                                       << u"{origin}/loop: more than 5 redirects (last to {origin}/loop)"_s << 2000;
        QTest::addRow("redirect to another server")
            << u"/offsite"_s << 2000 << QVariantMap()
            << u"{origin}/offsite: refused a redirect to another server (http://localhost:{port}/ok); set crossOriginRedirects: true to follow it"_s
            << 2000;
        QTest::addRow("not found") << u"/missing"_s << 2000 << QVariantMap()
                                   << u"HTTP 404 Not Found from {origin}/missing"_s << 2000;
        QTest::addRow("503 after retries with backoff")
            << u"/always503"_s << 2000 << QVariantMap() << u"HTTP 503 Service Unavailable from {origin}/always503"_s
            << 3000;
        QTest::addRow("body cut short")
            << u"/cut"_s << 2000 << QVariantMap()
            << u"{origin}/cut: the response was cut short: 5 bytes of the 21 bytes announced arrived before the server closed the connection"_s
            << 1000;
        QTest::addRow("redirects share the timeout")
            << u"/hop1"_s << 1000 << QVariantMap() << u"{origin}/hop2: no answer within 1 s"_s << 1300;
        QTest::addRow("connection refused") << u"/refused"_s << 2000 << QVariantMap()
                                            << u"http://127.0.0.1:{closed}/refused: connection refused"_s << 2000;
        QTest::addRow("bad maxResponseSize") << u"/ok"_s << 2000 << QVariantMap{{u"maxResponseSize"_s, u"lots"_s}}
                                             << u"maxResponseSize must be a positive number of bytes"_s << 500;
        QTest::addRow("unreadable caFile")
            << u"/ok"_s << 2000 << QVariantMap{{u"caFile"_s, u"/nonexistent/ca.pem"_s}}
            << u"No CA certificate could be read from /nonexistent/ca.pem: no such file"_s << 500;
    }

    void failures()
    {
        QFETCH(QString, path);
        QFETCH(int, timeoutMs);
        QFETCH(QVariantMap, options);
        QFETCH(QString, error);
        QFETCH(int, maxElapsedMs);

        const int closedPort = TestServer::freePort();
        QUrl url = m_server.url(path);
        if (path == u"/refused")
            url.setPort(closedPort);
        FetchSource source(contextFor(url, timeoutMs, options));
        const SourceOutcome outcome = runSource(source, 20000);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.emissions, 1);
        error.replace(u"{origin}"_s, origin(m_server))
            .replace(u"{port}"_s, QString::number(m_server.port()))
            .replace(u"{closed}"_s, QString::number(closedPort));
        if (error.endsWith(u'*'))
            QVERIFY2(outcome.error().startsWith(error.chopped(1)), qPrintable(outcome.error()));
        else
            QCOMPARE(outcome.error(), error);
        QVERIFY2(outcome.elapsedMs <= maxElapsedMs, qPrintable(u"took %1 ms"_s.arg(outcome.elapsedMs)));
        if (path == u"/always503")
            QCOMPARE(source.attempts, 1 + HttpSource::DefaultRetries);
    }

    void retriesShareTheTimeout()
    {
        // Retry-After: 1 fits once in 1.5 s; a second wait would not leave the next attempt time.
        FetchSource source(contextFor(m_server.url(u"/busy-a-second"_s), 1500));
        const SourceOutcome outcome = runSource(source);
        QCOMPARE(outcome.error(),
                 u"HTTP 503 Service Unavailable from %1/busy-a-second (the server asks to retry after 1)"_s.arg(
                     origin(m_server)));
        QCOMPARE(source.attempts, 2);
        QVERIFY2(outcome.elapsedMs >= 900 && outcome.elapsedMs < 1500,
                 qPrintable(u"took %1 ms"_s.arg(outcome.elapsedMs)));
    }

    void timeoutIsClamped_data()
    {
        QTest::addColumn<int>("contextMs");
        QTest::addColumn<QVariant>("option");
        QTest::addColumn<int>("expectedMs");
        QTest::addRow("context") << 2500 << QVariant() << 2500;
        QTest::addRow("unset") << 0 << QVariant() << 10000;
        QTest::addRow("option") << 0 << QVariant(qint64(1500)) << 1500;
        // 1000h: an int overflowed to negative by a caller; the option still says what was meant.
        QTest::addRow("1000h overflowed")
            << int(qint64(3600000000) - (qint64(1) << 32)) << QVariant(qint64(3600000000)) << 3600000;
        QTest::addRow("context above the maximum") << std::numeric_limits<int>::max() << QVariant() << 3600000;
    }

    void timeoutIsClamped()
    {
        QFETCH(int, contextMs);
        QFETCH(QVariant, option);
        QFETCH(int, expectedMs);
        QVariantMap options;
        if (option.isValid())
            options.insert(u"timeout"_s, option);
        QCOMPARE(SourceTimeout::fromOptions(options), option.isValid() ? std::min(expectedMs, 3600000) : 10000);
        FetchSource source(contextFor(m_server.url(u"/ok"_s), contextMs, options));
        QCOMPARE(source.timeout(), expectedMs);
    }

    void slowButInTime()
    {
        FetchSource source(contextFor(m_server.url(u"/slow"_s), 3000));
        const SourceOutcome outcome = runSource(source);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"test/value"_s), u"late"_s);
        QVERIFY(outcome.elapsedMs >= 250);
    }

    void compressedBodyIsDecompressed()
    {
        FetchSource source(contextFor(m_server.url(u"/deflated"_s)));
        const SourceOutcome outcome = runSource(source);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"test/value"_s), u"packed"_s);
    }

    void sameOriginRedirectIsFollowed()
    {
        FetchSource source(contextFor(m_server.url(u"/moved"_s)));
        const SourceOutcome outcome = runSource(source);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"test/value"_s), u"1.4.2"_s);
    }

    void crossOriginRedirectOptInDropsAuthorization()
    {
        const qsizetype before = m_server.requests().size();
        FetchSource source(
            contextFor(m_server.url(u"/offsite"_s), 2000, {{u"crossOriginRedirects"_s, true}}, u"s3cr3t-token"_s));
        const SourceOutcome outcome = runSource(source);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        const QList<LocalHttpRequest> requests = m_server.requests().mid(before);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].header("Authorization"), "Bearer s3cr3t-token");
        QCOMPARE(requests[1].path, "/ok");
        QCOMPARE(requests[1].header("Authorization"), QByteArray());
    }

    void retryAfterIsHonoured_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("retried");
        QTest::addColumn<int>("minWaitMs");
        QTest::addRow("seconds") << "1"_ba << true << 900;
        QTest::addRow("HTTP date") << "date"_ba << true << 1900;
        QTest::addRow("longer than the cap") << "120"_ba << false << 0;
    }

    void retryAfterIsHonoured()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, retried);
        QFETCH(int, minWaitMs);
        FetchSource source(contextFor(m_server.url(u"/busy"_s), 6000,
                                      {{u"headers"_s, QVariantMap{{u"X-Test"_s, QString::fromLatin1(retryAfter)}}}}));
        const SourceOutcome outcome = runSource(source);
        if (retried) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
            QCOMPARE(outcome.value(u"test/value"_s), u"after retry"_s);
            QCOMPARE(source.attempts, 2);
            QVERIFY2(outcome.elapsedMs >= minWaitMs, qPrintable(u"retried after %1 ms"_s.arg(outcome.elapsedMs)));
        } else {
            QCOMPARE(outcome.error(),
                     u"HTTP 429 Too Many Requests from %1/busy (the server asks to retry after 120)"_s.arg(
                         origin(m_server)));
            QVERIFY(outcome.elapsedMs < 1000);
        }
    }

    void retryAfterParsing_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("ms");
        QTest::addRow("seconds") << "7"_ba << qint64(7000);
        QTest::addRow("spaces") << " 3 "_ba << qint64(3000);
        QTest::addRow("date in 30 s") << "Sat, 01 Jan 2028 00:00:30 GMT"_ba << qint64(30000);
        QTest::addRow("date in the past") << "Fri, 31 Dec 2027 23:00:00 GMT"_ba << qint64(0);
        QTest::addRow("negative") << "-5"_ba << qint64(-1);
        QTest::addRow("garbage") << "soon"_ba << qint64(-1);
        QTest::addRow("empty") << ""_ba << qint64(-1);
    }

    void retryAfterParsing()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, ms);
        const QDateTime now(QDate(2028, 1, 1), QTime(0, 0), QTimeZone::UTC);
        QCOMPARE(HttpSource::retryAfterMs(value, now), ms);
    }

    void safeUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("safe");
        QTest::addRow("userinfo") << u"https://bob:hunter2@reg.example.com/v2/"_s << u"https://reg.example.com/v2/"_s;
        QTest::addRow("token query") << u"http://h/q?access_token=abc&query=up"_s
                                     << u"http://h/q?access_token=***&query=up"_s;
        QTest::addRow("api key") << u"http://h/q?apiKey=abc"_s << u"http://h/q?apiKey=***"_s;
        QTest::addRow("plain") << u"http://h:9090/api/v1/query?query=up"_s << u"http://h:9090/api/v1/query?query=up"_s;
    }

    void safeUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, safe);
        QCOMPARE(HttpSource::safeUrl(QUrl(url)), safe);
    }

    void credentialsNeverInMessages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("not found") << u"/missing"_s;
        QTest::addRow("timeout") << u"/silent"_s;
        QTest::addRow("redirect refused") << u"/offsite"_s;
    }

    void credentialsNeverInMessages()
    {
        QFETCH(QString, path);
        QUrl url = m_server.url(path);
        url.setUserInfo(u"bob:hunter2"_s);
        url.setQuery(u"token=tok-123"_s);
        FetchSource source(contextFor(url, 800));
        const SourceOutcome outcome = runSource(source);
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.ok());
        QVERIFY2(!outcome.error().contains(u"hunter2"_s), qPrintable(outcome.error()));
        QVERIFY2(!outcome.error().contains(u"tok-123"_s), qPrintable(outcome.error()));
        QVERIFY2(!outcome.error().contains(u"bob"_s), qPrintable(outcome.error()));
        // The URL's user:password is still sent, as Basic auth.
        QCOMPARE(m_server.requests().constLast().header("Authorization"), "Basic " + "bob:hunter2"_ba.toBase64());
    }

    void cancelAbortsAndReportsOnce()
    {
        FetchSource source(contextFor(m_server.url(u"/silent"_s), 5000));
        int failures = 0;
        QString error;
        connect(&source, &Source::failed, this, [&](const QString &e) {
            ++failures;
            error = e;
        });
        source.start();
        QVERIFY(waitUntil([this] { return m_server.openConnections() > 0; }, 2000));
        source.cancel();
        source.cancel();
        QVERIFY(waitUntil([&] { return failures > 0; }, 1000));
        QVERIFY(waitUntil([this] { return m_server.openConnections() == 0; }, 2000));
        waitUntil([] { return false; }, 100);
        QCOMPARE(failures, 1);
        QCOMPARE(error, u"Cancelled"_s);
    }

    void loopbackIsNeverProxied()
    {
        QVERIFY(LoopbackBypassProxyFactory::isLoopbackHost(u"127.0.0.1"_s));
        QVERIFY(LoopbackBypassProxyFactory::isLoopbackHost(u"::1"_s));
        QVERIFY(LoopbackBypassProxyFactory::isLoopbackHost(u"LOCALHOST"_s));
        QVERIFY(!LoopbackBypassProxyFactory::isLoopbackHost(u"10.0.0.1"_s));
        QVERIFY(!LoopbackBypassProxyFactory::isLoopbackHost(u"localhost.example.com"_s));

        // A proxy that does not exist: a loopback request would fail if it went there.
        qputenv("http_proxy", QByteArray("http://127.0.0.1:" + QByteArray::number(TestServer::freePort())));
        FetchSource source(contextFor(m_server.url(u"/ok"_s)));
        const SourceOutcome outcome = runSource(source);
        qunsetenv("http_proxy");
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    }

    void commonOptionsAreDeclared()
    {
        QStringList names;
        for (const SourceOption &option : HttpSource::commonOptions())
            names.append(option.name);
        QCOMPARE(
            names,
            QStringList({u"url"_s, u"timeout"_s, u"caFile"_s, u"insecure"_s, u"clientCertificate"_s, u"clientKey"_s,
                         u"maxResponseSize"_s, u"headers"_s, u"retries"_s, u"crossOriginRedirects"_s}));
    }

private:
    LocalHttpServer m_server;
    QSet<QByteArray> m_busyAnswered;
};

QTEST_GUILESS_MAIN(TestHttpSource)
#include "tst_httpsource.moc"
