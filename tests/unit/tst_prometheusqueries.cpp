// Named Prometheus queries with per-environment thresholds (parsing, evaluation, the cell they
// give), the schema checks of the prometheus options as the workspace loader reports them, and
// how one answer of the query API is read.
#include "sources/metrics/metricqueries.h"
#include "sources/metrics/prometheussource.h"
#include "sources/metrics/versionrows.h"
#include "workspace/workspaceloader.h"

#include <QFile>
#include <QTest>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

using State = MetricThresholds::State;

QVariant yamlQueries(const QByteArray &yaml)
{
    // The loader turns YAML into the QVariants a source receives; read the option through it.
    const QByteArray text = "version: 1\nname: W\nenvironments: [development, staging, production]\n"
                            "sources:\n  - type: prometheus\n    url: http://prometheus.example.com\n"
                            "    queries:\n"
        + yaml;
    const WorkspaceLoadResult result = WorkspaceLoader::loadText(text, u"ws.yaml"_s);
    if (!result.ok())
        return result.errorString();
    return result.workspace->sources.value(0).options.value(u"queries"_s);
}

QString thresholdsText(const MetricThresholds &t)
{
    const auto show = [](const std::optional<double> &limit) {
        return limit ? canonicalNumber(*limit) : u"-"_s;
    };
    return u"%1/%2%3"_s.arg(show(t.warning), show(t.critical), t.lowerIsWorse ? u" below"_s : QString());
}

} // namespace

class TestPrometheusQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholdsPerEnvironment_data()
    {
        QTest::addColumn<QByteArray>("yaml"); // the queries map, indented by six spaces
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("expected"); // name=promql warning/critical

        const QByteArray errorRate = "      errorRate:\n"
                                     "        query: sum(rate(errors[5m])) / sum(rate(requests[5m]))\n"
                                     "        warning: 0.01\n"
                                     "        critical: 0.05\n"
                                     "        environments:\n"
                                     "          staging: {warning: 0.05, critical: 0.2}\n"
                                     "          development: {warning: null}\n";
        QTest::addRow("default") << errorRate << u"production"_s
                                 << u"errorRate=sum(rate(errors[5m])) / sum(rate(requests[5m])) 0.01/0.05"_s;
        QTest::addRow("staging overrides both")
            << errorRate << u"staging"_s << u"errorRate=sum(rate(errors[5m])) / sum(rate(requests[5m])) 0.05/0.2"_s;
        QTest::addRow("null clears one limit")
            << errorRate << u"development"_s << u"errorRate=sum(rate(errors[5m])) / sum(rate(requests[5m])) -/0.05"_s;
        QTest::addRow("plain query has none") << QByteArray("      p99: histogram_quantile(0.99, x)\n") << u"staging"_s
                                              << u"p99=histogram_quantile(0.99, x) -/-"_s;
        QTest::addRow("lower is worse") << QByteArray(
            "      up: {query: avg(up), warning: 0.99, critical: 0.9, direction: below}\n")
                                        << u"staging"_s << u"up=avg(up) 0.99/0.9 below"_s;
        QTest::addRow("override of one environment only")
            << QByteArray("      q: {query: x, critical: 2, environments: {production: {critical: 1}}}\n")
            << u"staging"_s << u"q=x -/2"_s;
    }

    void thresholdsPerEnvironment()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, environment);
        QFETCH(QString, expected);
        const QVariant queries = yamlQueries(yaml);
        QVERIFY2(queries.typeId() == QMetaType::QVariantMap, qPrintable(queries.toString()));
        QString error;
        const QList<MetricQuery> parsed = metricQueries(queries, environment, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.size(), 1);
        QCOMPARE(u"%1=%2 %3"_s.arg(parsed[0].name, parsed[0].promql, thresholdsText(parsed[0].thresholds)), expected);
    }

    void evaluation_data()
    {
        QTest::addColumn<double>("warning"); // NaN: not set
        QTest::addColumn<double>("critical");
        QTest::addColumn<bool>("below");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("display");
        const double none = qQNaN();
        QTest::addRow("ok") << 0.01 << 0.05 << false << 0.004 << u"ok"_s << u"0.004 (ok)"_s;
        QTest::addRow("at the warning limit")
            << 0.01 << 0.05 << false << 0.01 << u"warning"_s << u"0.01 (warning: at or above 0.01)"_s;
        QTest::addRow("warning") << 0.01 << 0.05 << false << 0.034 << u"warning"_s
                                 << u"0.034 (warning: at or above 0.01)"_s;
        QTest::addRow("critical") << 0.01 << 0.05 << false << 0.5 << u"critical"_s
                                  << u"0.5 (critical: at or above 0.05)"_s;
        QTest::addRow("critical only") << none << 0.05 << false << 0.03 << u"ok"_s << u"0.03 (ok)"_s;
        QTest::addRow("below: ok") << 0.999 << 0.99 << true << 1.0 << u"ok"_s << u"1 (ok)"_s;
        QTest::addRow("below: warning") << 0.999 << 0.99 << true << 0.995 << u"warning"_s
                                        << u"0.995 (warning: at or below 0.999)"_s;
        QTest::addRow("below: critical") << 0.999 << 0.99 << true << 0.5 << u"critical"_s
                                         << u"0.5 (critical: at or below 0.99)"_s;
        QTest::addRow("no thresholds: the number") << none << none << false << 0.034 << u"0.034"_s << u"0.034"_s;
    }

    void evaluation()
    {
        QFETCH(double, warning);
        QFETCH(double, critical);
        QFETCH(bool, below);
        QFETCH(double, value);
        QFETCH(QString, canonical);
        QFETCH(QString, display);
        MetricThresholds thresholds;
        if (!qIsNaN(warning))
            thresholds.warning = warning;
        if (!qIsNaN(critical))
            thresholds.critical = critical;
        thresholds.lowerIsWorse = below;
        const Value cell = metricValue(canonicalNumber(value), value, thresholds);
        QCOMPARE(cell.canonical(), canonical);
        QCOMPARE(cell.display(), display);
        QCOMPARE(cell.kind(), thresholds.isEmpty() ? ValueKind::Number : ValueKind::String);
    }

    void sameStateIsSameCell()
    {
        // Production at 0.4 % and staging at 0.6 % errors agree while both are under their limits;
        // staging at 6 % under its own, looser limits is a warning, which differs from ok.
        MetricThresholds production{0.01, 0.05, false};
        MetricThresholds staging{0.05, 0.2, false};
        QCOMPARE(metricValue(u"0.004"_s, 0.004, production), metricValue(u"0.006"_s, 0.006, staging));
        QVERIFY(!(metricValue(u"0.004"_s, 0.004, production) == metricValue(u"0.06"_s, 0.06, staging)));
        QCOMPARE(staging.evaluate(0.03), State::Ok);
        QCOMPARE(production.evaluate(0.03), State::Warning);
    }

    void optionErrors_data()
    {
        QTest::addColumn<QByteArray>("source"); // lines 5 onwards, under "  - type: prometheus"
        QTest::addColumn<QStringList>("errors");
        QTest::addRow("unknown query key")
            << QByteArray("    queries:\n      errorRate: {query: x, warnig: 0.01}\n")
            << QStringList{
                   u"ws.yaml:7:29: sources[0].queries.errorRate.warnig: unknown key \"warnig\" (did you mean \"warning\"?)"_s};
        QTest::addRow("threshold not a number")
            << QByteArray("    queries:\n      errorRate:\n        query: x\n        warning: 1%\n")
            << QStringList{
                   u"ws.yaml:9:18: sources[0].queries.errorRate.warning: expected a number, got a string \"1%\""_s};
        QTest::addRow("no query")
            << QByteArray("    queries:\n      errorRate: {warning: 0.01}\n")
            << QStringList{u"ws.yaml:7:18: sources[0].queries.errorRate: missing required key \"query\""_s};
        QTest::addRow("query is a list")
            << QByteArray("    queries:\n      errorRate: [a, b]\n")
            << QStringList{
                   u"ws.yaml:7:18: sources[0].queries.errorRate: expected a PromQL query or a map with \"query\", got a list"_s};
        QTest::addRow("unknown environment")
            << QByteArray(
                   "    queries:\n      e:\n        query: x\n        environments:\n          stagng: {warning: 1}\n")
            << QStringList{
                   u"ws.yaml:10:11: sources[0].queries.e.environments.stagng: \"stagng\" is not an environment (environments: development, staging, production)"_s};
        QTest::addRow("unknown key in an override")
            << QByteArray(
                   "    queries:\n      e:\n        query: x\n        environments:\n          staging: {query: y}\n")
            << QStringList{u"ws.yaml:10:21: sources[0].queries.e.environments.staging.query: unknown key \"query\""_s};
        QTest::addRow("limits in the wrong order")
            << QByteArray("    queries:\n      e: {query: x, warning: 0.5, critical: 0.1}\n")
            << QStringList{
                   u"ws.yaml:7:10: sources[0].queries.e: the warning limit 0.5 is above the critical limit 0.1; with direction \"above\" warning comes first"_s};
        QTest::addRow("bad direction")
            << QByteArray("    queries:\n      e: {query: x, direction: up}\n")
            << QStringList{
                   u"ws.yaml:7:32: sources[0].queries.e.direction: expected above or below, got a string \"up\""_s};
        QTest::addRow("versions not a list")
            << QByteArray("    versions: {metric: x}\n")
            << QStringList{u"ws.yaml:6:15: sources[0].versions: expected a list, got a map"_s};
        QTest::addRow("versions unknown key and missing key")
            << QByteArray("    versions:\n      - {metric: app_build_info, lable: version}\n")
            << QStringList{
                   u"ws.yaml:7:9: sources[0].versions[0]: missing required key \"key\""_s,
                   u"ws.yaml:7:34: sources[0].versions[0].lable: unknown key \"lable\" (did you mean \"label\"?)"_s};
        QTest::addRow("versions wrong types")
            << QByteArray("    versions:\n      - metric: [a]\n        key: app\n      - {metric: 'bad name', key: 3, "
                          "label: 'no-dash'}\n")
            << QStringList{
                   u"ws.yaml:7:17: sources[0].versions[0].metric: expected a string, got a list"_s,
                   u"ws.yaml:9:18: sources[0].versions[1].metric: \"bad name\" is not a metric name or selector, e.g. checkout_build_info{job=\"checkout\"}"_s,
                   u"ws.yaml:9:35: sources[0].versions[1].key: expected a string, got a number 3"_s,
                   u"ws.yaml:9:45: sources[0].versions[1].label: \"no-dash\" is not a label name"_s};
        QTest::addRow("versions item not a map")
            << QByteArray("    versions: [app_build_info]\n")
            << QStringList{u"ws.yaml:6:16: sources[0].versions[0]: expected a map, got a string \"app_build_info\""_s};
        QTest::addRow("unknown infra")
            << QByteArray("    infra: [postgres, mysql]\n")
            << QStringList{
                   u"ws.yaml:6:23: sources[0].infra[1]: unknown infra \"mysql\"; known: postgres, redis, node"_s};
        QTest::addRow("in an override")
            << QByteArray("    overrides:\n      staging:\n        queries: {e: {query: x, critical: high}}\n")
            << QStringList{
                   u"ws.yaml:8:43: sources[0].overrides.staging.queries.e.critical: expected a number, got a string \"high\""_s};
    }

    void optionErrors()
    {
        QFETCH(QByteArray, source);
        QFETCH(QStringList, errors);
        const QByteArray text = "version: 1\nname: W\nenvironments: [development, staging, production]\n"
                                "sources:\n  - type: prometheus\n"
            + source + "    url: http://prometheus.example.com\n";
        const WorkspaceLoadResult result = WorkspaceLoader::loadText(text, u"ws.yaml"_s);
        QStringList lines;
        for (const WorkspaceError &error : result.errors)
            lines.append(error.toString());
        QCOMPARE(lines.join(u'\n'), errors.join(u'\n'));
    }

    void metricsEndpointChecksVersionsToo()
    {
        const QByteArray text
            = "version: 1\nname: W\nenvironments: [staging]\nsources:\n  - type: metrics-endpoint\n"
              "    url: http://app.example.com/metrics\n    versions: [{metric: a_build_info, key: a, colour: red}]\n";
        const WorkspaceLoadResult result = WorkspaceLoader::loadText(text, u"ws.yaml"_s);
        QCOMPARE(result.errorString(), u"ws.yaml:7:47: sources[0].versions[0].colour: unknown key \"colour\""_s);
    }

    void runtimeErrorNamesTheOption()
    {
        // A source built without the loader (tests, a future GUI editor) reports the same problems.
        QString error;
        QVERIFY(metricQueries(QVariantMap{{u"e"_s, QVariantMap{{u"query"_s, u"x"_s}, {u"warning"_s, u"1%"_s}}}},
                              u"staging"_s, &error)
                    .isEmpty());
        QCOMPARE(error, u"queries.e.warning: expected a number, got a string \"1%\""_s);
        QVERIFY(metricQueries(QVariantMap{{u"e"_s, u"  "_s}}, u"staging"_s, &error).isEmpty());
        QCOMPARE(error, u"queries.e: the text cannot be empty"_s);
        QVERIFY(metricQueries(u"x"_s, u"staging"_s, &error).isEmpty());
        QCOMPARE(error, u"queries: expected a map, got a string \"x\""_s);
    }

    void answers_data()
    {
        QTest::addColumn<QString>("file"); // in fixtures/prometheus
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected"); // series|value|labels or the error

        QTest::addRow("vector") << u"vector.json"_s << 200 << u"version"_s << u"2|0.034|1.4.2,1.5.0"_s;
        QTest::addRow("scalar") << u"scalar.json"_s << 200 << QString() << u"1|3.5|"_s;
        QTest::addRow("empty") << u"empty.json"_s << 200 << QString() << u"0||"_s;
        QTest::addRow("bad PromQL")
            << u"bad-data.json"_s << 400 << QString()
            << u"HTTP 400, bad_data: invalid parameter \"query\": 1:5: parse error: unclosed left parenthesis"_s;
        QTest::addRow("matrix") << u"matrix.json"_s << 200 << QString()
                                << u"a range vector came back; use an instant expression"_s;
        QTest::addRow("truncated") << u"truncated.json"_s << 200 << QString()
                                   << u"not a Prometheus API answer: unterminated string at byte 46"_s;
        QTest::addRow("html error page") << u"proxy-error.html"_s << 502 << QString() << u"HTTP 502"_s;
    }

    void answers()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(QString, label);
        QFETCH(QString, expected);
        QFile in(QStringLiteral(DRIFTDECK_FIXTURES "/prometheus/") + file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const PrometheusSource::Answer answer = PrometheusSource::parseAnswer(status, in.readAll(), label);
        const QString got = answer.errorString.isEmpty()
            ? u"%1|%2|%3"_s.arg(answer.series).arg(answer.value, answer.labelValues.join(u','))
            : answer.errorString;
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusQueries)
#include "tst_prometheusqueries.moc"
