#pragma once

#include "background/cancelflag.h"
#include "metricrange.h"
#include "sources/http/httpsource.h"

namespace DriftDeck {

// One named query of one environment over a window, as read.
struct MetricRangeRead {
    QString name;
    QString promql;
    MetricThresholds thresholds;
    QList<QPointF> points;
    QString errorString; // this query failed: nothing to draw, say why
};

// The named queries of a prometheus source over a window (GET /api/v1/query_range), for the
// charts. Shares everything with the instant-query source — base URL, credential, headers, TLS,
// timeout, retries — through HttpSource, with the response size capped lower: a few hundred
// points per query need kilobytes, so a huge answer is a wrong query, not data to draw.
//
// Emits rangesRead() and then valuesAvailable() (with no entries), or failed() alone when the
// source cannot run at all (bad options). One query failing fails only its own range.
class PrometheusRangeSource : public HttpSource
{
    Q_OBJECT
public:
    static constexpr qint64 MaxRangeResponseSize = 4 * 1024 * 1024;

    // names: the queries to read; empty for all. cancelled: set by the requester to drop the work.
    PrometheusRangeSource(SourceContext context, MetricWindowSpan span, QStringList names, CancelFlagPtr cancelled,
                          QObject *parent = nullptr);

    void start() override;

Q_SIGNALS:
    void rangesRead(const QList<DriftDeck::MetricRangeRead> &ranges);

private:
    struct Planned {
        MetricQuery query;
        int status = 0;
        QByteArray body;
        QString failure; // no usable HTTP answer: the whole message
    };
    void allAnswered();

    MetricWindowSpan m_span;
    QStringList m_names;
    CancelFlagPtr m_cancelled;
    QList<Planned> m_planned;
    int m_outstanding = 0;
};

} // namespace DriftDeck
