#pragma once

#include "metricqueries.h"
#include "sources/http/httpsource.h"
#include "sources/sourcefactory.h"
#include "versionrows.h"

namespace DriftDeck {

// Versions, infrastructure versions and named metrics of one environment from the Prometheus
// HTTP API (instant queries, GET /api/v1/query):
//   versions: [{metric: checkout_build_info, label: version, key: checkout-api}] → runtime/checkout-api.version
//   infra: [postgres, redis, node]  → infra/postgres.version, infra/redis.version, infra/node.kernel
//   queries: {errorRate: 'sum(rate(http_errors_total[5m]))'} → metric/errorRate (a number), or
//            {errorRate: {query, warning, critical, environments: {staging: {warning}}}} → the
//            row compares by state (ok, warning, critical) under this environment's limits
// Several versions at once mean a rollout is in progress: the row lists them, with a warning.
// A query that fails (bad PromQL, an error answer, a malformed body, no answer in time) or gives
// no single number makes only its own row unknown, showing why; the source fails only when every
// query failed.
class PrometheusSource : public HttpSource
{
    Q_OBJECT
public:
    using HttpSource::HttpSource;

    static constexpr QLatin1StringView TypeName{"prometheus"};

    void start() override;

    // What one instant query answered, or why not. For versions: the label's values; for
    // metric queries: the single sample's value.
    struct Answer {
        QStringList labelValues;
        QString value; // as Prometheus wrote it: "0.012", "NaN", "+Inf"
        int series = 0;
        QString errorString;
    };
    // Reads a /api/v1/query body; label is the label whose values to collect (empty: none).
    static Answer parseAnswer(int status, const QByteArray &body, const QString &label);

private:
    struct Planned {
        VersionQuery version; // key empty for metric queries
        QString name; // metric query name
        QString promql;
        MetricThresholds thresholds;
        QUrl url;
        int status = 0;
        QByteArray body;
        QString failure; // no usable HTTP answer: the whole message
    };
    void allAnswered();

    QList<Planned> m_planned;
    int m_outstanding = 0;
};

SourceType prometheusSourceType();

} // namespace DriftDeck
