// The prometheus source against Debian's Prometheus (behind basic auth) scraping a target this
// test serves, and the metrics-endpoint source reading that target directly.
#include "localhttpserver.h"
#include "sourcerun.h"
#include "sources/metrics/exposition.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QtTest>

using namespace DriftDeck;
using namespace DriftDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

// bcrypt (cost 4) of "s3cret": Prometheus' web config takes bcrypt hashes only.
constexpr auto PasswordHash = "$2b$04$K3IGeX0MZeypSMiLK57yr.K6mpQvTRLFbjVpPen8WNP6jcLm0NC1O";

// Two checkout instances mid-rollout, one worker, three exporters' info metrics, two counters.
constexpr auto Metrics = R"(# HELP checkout_build_info Build information.
# TYPE checkout_build_info gauge
checkout_build_info{instance_id="a",version="1.4.2",revision="abc"} 1
checkout_build_info{instance_id="b",version="1.5.0",revision="def"} 1
worker_build_info{version="2.0.1"} 1
pg_static{server="db:5432",short_version="17.2",version="PostgreSQL 17.2 on x86_64"} 1
redis_instance_info{redis_version="7.2.4",role="master"} 1
node_uname_info{machine="x86_64",release="6.1.0-18-amd64",sysname="Linux"} 1
# TYPE app_errors_total counter
app_errors_total{route="/a"} 3
app_errors_total{route="/b"} 4
odd_info{text="quote \" backslash \\ newline \n end"} 1
)";

bool prometheusAnswers(const QUrl &url, const QByteArray &authorization)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    delete reply;
    return body.contains("\"result\":[{");
}

} // namespace

class TestPrometheus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        DRIFTDECK_REQUIRE_SERVER(m_prometheus);
        QVERIFY(m_target.listen());
        m_target.route("/metrics", LocalHttpReply::text(Metrics, "text/plain; version=0.0.4"));
        m_target.route("/broken-metrics", LocalHttpReply::text("ok_metric 1\nbroken_metric{a=\"x} 1\n"));
        m_target.route("/api/v1/query", LocalHttpReply::malformedJson());
        m_target.route("/slow/api/v1/query", LocalHttpReply::silent());
        m_target.route(
            "/unavailable/api/v1/query",
            LocalHttpReply::json(R"({"status":"error","errorType":"unavailable","error":"TSDB is starting"})", 503));

        const QByteArray config
            = "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
              "scrape_configs:\n  - job_name: app\n    static_configs:\n      - targets: ['127.0.0.1:"
            + QByteArray::number(m_target.port()) + "']\n";
        QVERIFY(m_prometheus.writeFile(u"prometheus.yml"_s, config));
        QVERIFY(m_prometheus.writeFile(u"web.yml"_s, "basic_auth_users:\n  ci: "_ba + PasswordHash + "\n"));
        QVERIFY2(m_prometheus.start({u"--config.file="_s + m_prometheus.path(u"prometheus.yml"_s),
                                     u"--web.config.file="_s + m_prometheus.path(u"web.yml"_s),
                                     u"--storage.tsdb.path="_s + m_prometheus.path(u"data"_s),
                                     u"--web.listen-address=127.0.0.1:%1"_s.arg(m_prometheus.port())}),
                 qPrintable(m_prometheus.errorString()));
        // Behind basic auth even /-/ready answers 401: any answer means it is listening.
        QVERIFY2(m_prometheus.waitForHttp(m_prometheus.url(u"/-/ready"_s), 20000),
                 qPrintable(m_prometheus.errorString()));
        // Wait for the first scrape (the event loop must run so our target can answer it).
        QUrl query = m_prometheus.url(u"/api/v1/query"_s);
        query.setQuery(u"query=checkout_build_info"_s);
        const QByteArray basic = "Basic " + "ci:s3cret"_ba.toBase64();
        QVERIFY2(waitUntil([&] { return prometheusAnswers(query, basic); }, 20000),
                 qPrintable(u"Prometheus never scraped the test target\n"_s + m_prometheus.errorString()));
    }

    void versionsInfraAndQueries()
    {
        const QVariantMap options{
            {u"url"_s, m_prometheus.url().toString()},
            {u"versions"_s,
             QVariantList{QVariantMap{{u"metric"_s, u"checkout_build_info"_s}, {u"key"_s, u"checkout-api"_s}},
                          QVariantMap{{u"metric"_s, u"worker_build_info{job=\"app\"}"_s},
                                      {u"label"_s, u"version"_s},
                                      {u"key"_s, u"worker"_s}},
                          QVariantMap{{u"metric"_s, u"absent_build_info"_s}, {u"key"_s, u"ghost"_s}}}},
            {u"infra"_s, QVariantList{u"postgres"_s, u"redis"_s, u"node"_s}},
            {u"queries"_s,
             QVariantMap{{u"errors"_s, u"sum(app_errors_total)"_s},
                         {u"perRoute"_s, u"app_errors_total"_s},
                         {u"nothing"_s, u"app_errors_total{route=\"/none\"}"_s},
                         {u"ratio"_s, u"scalar(sum(app_errors_total)) / 2"_s}}},
        };
        const SourceOutcome outcome = runSource(u"prometheus"_s, options, u"ci:s3cret"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.emissions, 1);
        QCOMPARE(outcome.value(u"runtime/checkout-api.version"_s), u"1.4.2 ×1, 1.5.0 ×1 — rollout in progress"_s);
        QCOMPARE(outcome.result.entries.value(u"runtime/checkout-api.version"_s).value.canonical(), u"1.4.2, 1.5.0"_s);
        QCOMPARE(outcome.value(u"runtime/worker.version"_s), u"2.0.1"_s);
        QVERIFY(!outcome.has(u"runtime/ghost.version"_s));
        QCOMPARE(outcome.value(u"infra/postgres.version"_s), u"17.2"_s);
        QCOMPARE(outcome.value(u"infra/redis.version"_s), u"7.2.4"_s);
        QCOMPARE(outcome.value(u"infra/node.kernel"_s), u"6.1.0-18-amd64"_s);
        QCOMPARE(outcome.value(u"metric/errors"_s), u"7"_s);
        QCOMPARE(outcome.result.entries.value(u"metric/errors"_s).value.kind(), ValueKind::Number);
        QCOMPARE(outcome.value(u"metric/ratio"_s), u"3.5"_s);
        // No single number: those rows are unknown, saying why, and the rest is read.
        QCOMPARE(outcome.result.entries.value(u"metric/perRoute"_s).value.kind(), ValueKind::Masked);
        QCOMPARE(outcome.value(u"metric/perRoute"_s), u"the query returned 2 series; aggregate it (sum, max) to one"_s);
        QCOMPARE(outcome.result.entries.value(u"metric/nothing"_s).value.kind(), ValueKind::Masked);
        QCOMPARE(outcome.value(u"metric/nothing"_s), u"the query returned no series"_s);
        QStringList warnings = outcome.result.warnings;
        warnings.sort();
        QCOMPARE(warnings,
                 QStringList({
                     u"metric/nothing: the query returned no series"_s,
                     u"metric/perRoute: the query returned 2 series; aggregate it (sum, max) to one"_s,
                     u"runtime/checkout-api.version: 1.4.2 ×1, 1.5.0 ×1 — rollout in progress"_s,
                     u"runtime/ghost.version: no absent_build_info series with a \"version\" label"_s,
                 }));
    }

    void oneBadQueryAmongGoodOnes()
    {
        const QVariantMap options{
            {u"url"_s, m_prometheus.url().toString()},
            {u"versions"_s,
             QVariantList{QVariantMap{{u"metric"_s, u"worker_build_info"_s}, {u"key"_s, u"worker"_s}},
                          QVariantMap{{u"metric"_s, u"broken_build_info{job="_s}, {u"key"_s, u"broken"_s}}}},
            {u"queries"_s,
             QVariantMap{{u"errors"_s, u"sum(app_errors_total)"_s},
                         {u"unparsable"_s, u"sum(("_s},
                         {u"manyToMany"_s, u"app_errors_total + on() app_errors_total"_s}}},
        };
        const SourceOutcome outcome = runSource(u"prometheus"_s, options, u"ci:s3cret"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"metric/errors"_s), u"7"_s);
        QCOMPARE(outcome.value(u"runtime/worker.version"_s), u"2.0.1"_s);

        // Each failed query's row is unknown with the server's own words; Prometheus answers 400
        // for a query it cannot parse and 422 for one it cannot execute.
        const auto unknown = [&](const QString &key) {
            const Entry entry = outcome.result.entries.value(key);
            return entry.value.isMasked() ? entry.value.display() : u"not unknown: "_s + entry.value.display();
        };
        QVERIFY2(unknown(u"metric/unparsable"_s).startsWith(u"HTTP 400, bad_data: "_s),
                 qPrintable(unknown(u"metric/unparsable"_s)));
        QVERIFY2(unknown(u"metric/unparsable"_s).contains(u"parse error"_s),
                 qPrintable(unknown(u"metric/unparsable"_s)));
        QVERIFY2(unknown(u"metric/manyToMany"_s).startsWith(u"HTTP 422, execution: "_s),
                 qPrintable(unknown(u"metric/manyToMany"_s)));
        QVERIFY2(unknown(u"metric/manyToMany"_s).contains(u"many-to-many"_s),
                 qPrintable(unknown(u"metric/manyToMany"_s)));
        QVERIFY2(unknown(u"runtime/broken.version"_s).startsWith(u"HTTP 400, bad_data: "_s),
                 qPrintable(unknown(u"runtime/broken.version"_s)));
        // The source says which queries failed, as warnings beside the values it read.
        QCOMPARE(outcome.result.warnings.size(), 3);
        QVERIFY(outcome.result.warnings.contains(u"metric/unparsable: query sum(( failed: "_s
                                                 + unknown(u"metric/unparsable"_s)));
        QVERIFY(outcome.result.warnings.contains(
            u"metric/manyToMany: query app_errors_total + on() app_errors_total failed: "_s
            + unknown(u"metric/manyToMany"_s)));
    }

    void thresholdsPerEnvironment_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("display");
        QTest::addRow("staging: the default limits") << u"staging"_s << u"warning"_s << u"7 (warning: at or above 5)"_s;
        QTest::addRow("production: its own") << u"production"_s << u"critical"_s << u"7 (critical: at or above 6)"_s;
        QTest::addRow("development: none crossed") << u"development"_s << u"ok"_s << u"7 (ok)"_s;
    }

    void thresholdsPerEnvironment()
    {
        QFETCH(QString, environment);
        QFETCH(QString, state);
        QFETCH(QString, display);
        const QVariantMap errors{
            {u"query"_s, u"sum(app_errors_total)"_s},
            {u"warning"_s, 5},
            {u"critical"_s, 10},
            {u"environments"_s,
             QVariantMap{{u"production"_s, QVariantMap{{u"warning"_s, 1}, {u"critical"_s, 6}}},
                         {u"development"_s, QVariantMap{{u"warning"_s, 8}}}}},
        };
        const SourceOutcome outcome
            = runSource(u"prometheus"_s,
                        {{u"url"_s, m_prometheus.url().toString()}, {u"queries"_s, QVariantMap{{u"errors"_s, errors}}}},
                        u"ci:s3cret"_s, 10000, environment);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        const Value value = outcome.result.entries.value(u"metric/errors"_s).value;
        QCOMPARE(value.canonical(), state);
        QCOMPARE(value.display(), display);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("base"); // "prometheus" or a path on the test server
        QTest::addColumn<QString>("credential");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("error"); // {prom}, {fake}: the servers' URLs; a trailing * matches any rest
        QTest::addColumn<int>("timeoutMs");

        QTest::addRow("wrong password") << u"prometheus"_s << u"ci:not-it"_s << u"up"_s
                                        << u"HTTP 401 Unauthorized from {prom}api/v1/query?query=up"_s << 5000;
        QTest::addRow("no credential") << u"prometheus"_s << QString() << u"up"_s
                                       << u"HTTP 401 Unauthorized from {prom}api/v1/query?query=up"_s << 5000;
        QTest::addRow("bad PromQL") << u"prometheus"_s << u"ci:s3cret"_s << u"sum(("_s
                                    << u"metric/q: query sum(( failed: HTTP 400, bad_data: *"_s << 5000;
        QTest::addRow("malformed body")
            << u"/"_s << QString() << u"up"_s
            << u"metric/q: query up failed: not a Prometheus API answer: unterminated object at byte 70"_s << 5000;
        QTest::addRow("unavailable") << u"/unavailable/"_s << QString() << u"up"_s
                                     << u"metric/q: query up failed: HTTP 503, unavailable: TSDB is starting"_s << 5000;
        QTest::addRow("never answers") << u"/slow/"_s << QString() << u"up"_s
                                       << u"{fake}slow/api/v1/query?query=up: no answer within 0.6 s"_s << 600;
    }

    void failures()
    {
        QFETCH(QString, base);
        QFETCH(QString, credential);
        QFETCH(QString, query);
        QFETCH(QString, error);
        QFETCH(int, timeoutMs);
        const QUrl url = base == u"prometheus" ? m_prometheus.url() : m_target.url(base);
        const SourceOutcome outcome
            = runSource(u"prometheus"_s, {{u"url"_s, url.toString()}, {u"queries"_s, QVariantMap{{u"q"_s, query}}}},
                        credential, timeoutMs);
        QVERIFY(outcome.finished);
        error.replace(u"{prom}"_s, m_prometheus.url().toString()).replace(u"{fake}"_s, m_target.url().toString());
        if (error.endsWith(u'*'))
            QVERIFY2(outcome.error().startsWith(error.chopped(1)), qPrintable(outcome.error()));
        else
            QCOMPARE(outcome.error(), error);
        QVERIFY(!outcome.error().contains(u"not-it"_s));
        QVERIFY(outcome.elapsedMs < timeoutMs + 1500);
    }

    void metricsEndpoint()
    {
        const QVariantMap options{
            {u"url"_s, m_target.url(u"/metrics"_s).toString()},
            {u"versions"_s,
             QVariantList{QVariantMap{{u"metric"_s, u"checkout_build_info"_s}, {u"key"_s, u"checkout-api"_s}},
                          QVariantMap{{u"metric"_s, u"worker_build_info"_s}, {u"key"_s, u"worker"_s}}}},
            {u"infra"_s, QVariantList{u"postgres"_s}},
        };
        const SourceOutcome outcome = runSource(u"metrics-endpoint"_s, options);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"runtime/checkout-api.version"_s), u"1.4.2 ×1, 1.5.0 ×1 — rollout in progress"_s);
        QCOMPARE(outcome.result.entries.value(u"runtime/checkout-api.version"_s).value.canonical(), u"1.4.2, 1.5.0"_s);
        QCOMPARE(outcome.value(u"runtime/worker.version"_s), u"2.0.1"_s);
        QCOMPARE(outcome.value(u"infra/postgres.version"_s), u"17.2"_s);
        QCOMPARE(outcome.result.warnings,
                 QStringList{u"runtime/checkout-api.version: 1.4.2 ×1, 1.5.0 ×1 — rollout in progress"_s});
    }

    void metricsEndpointFailures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QVariantMap>("extra");
        QTest::addColumn<QString>("error");
        QTest::addRow("malformed page")
            << u"/broken-metrics"_s << QVariantMap()
            << u"{fake}broken-metrics: not a metrics page: line 2: unterminated label value"_s;
        QTest::addRow("not found") << u"/nope"_s << QVariantMap() << u"HTTP 404 Not Found from {fake}nope"_s;
        QTest::addRow("unknown infra") << u"/metrics"_s << QVariantMap{{u"infra"_s, QVariantList{u"mysql"_s}}}
                                       << u"unknown infra \"mysql\"; known: postgres, redis, node"_s;
        QTest::addRow("version without key")
            << u"/metrics"_s
            << QVariantMap{{u"versions"_s, QVariantList{QVariantMap{{u"metric"_s, u"x_build_info"_s}}}}}
            << u"versions item 1 needs a metric name, a label name and a key, e.g. {metric: checkout_build_info, label: version, key: checkout-api}"_s;
    }

    void metricsEndpointFailures()
    {
        QFETCH(QString, path);
        QFETCH(QVariantMap, extra);
        QFETCH(QString, error);
        QVariantMap options{
            {u"url"_s, m_target.url(path).toString()},
            {u"versions"_s, QVariantList{QVariantMap{{u"metric"_s, u"checkout_build_info"_s}, {u"key"_s, u"c"_s}}}}};
        options.insert(extra);
        const SourceOutcome outcome = runSource(u"metrics-endpoint"_s, options);
        QCOMPARE(outcome.error(), error.replace(u"{fake}"_s, m_target.url().toString()));
    }

    void expositionEscapes()
    {
        const Exposition exposition = parseExposition(Metrics);
        QVERIFY2(exposition.errorString.isEmpty(), qPrintable(exposition.errorString));
        QCOMPARE(exposition.samples.size(), 9);
        QCOMPARE(exposition.samples.last().label(u"text"_s), u"quote \" backslash \\ newline \n end"_s);
        // A timestamp follows the value. (Prometheus drops samples with old explicit timestamps, so
        // the scraped page above has none.)
        QCOMPARE(parseExposition("a_build_info{version=\"1\"} 1 1700000000000\n").samples.value(0).value, u"1"_s);
        QCOMPARE(parseExposition("a 1\nb{x=\"1\"} one\n").errorString, u"line 2: \"one\" is not a number"_s);
        QCOMPARE(parseExposition("{x=\"1\"} 1\n").errorString, u"line 1: expected a metric name"_s);
    }

private:
    TestServer m_prometheus{u"prometheus"_s};
    LocalHttpServer m_target;
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
