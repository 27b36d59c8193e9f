#include "prometheusrangesource.h"

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

SourceContext withRangeLimits(SourceContext context)
{
    bool ok = false;
    const qint64 asked = context.options.value(u"maxResponseSize"_s).toLongLong(&ok);
    const qint64 cap = PrometheusRangeSource::MaxRangeResponseSize;
    context.options.insert(u"maxResponseSize"_s, ok && asked > 0 ? std::min(asked, cap) : cap);
    return context;
}

} // namespace

PrometheusRangeSource::PrometheusRangeSource(SourceContext context, MetricWindowSpan span, QStringList names,
                                             CancelFlagPtr cancelled, QObject *parent)
    : HttpSource(withRangeLimits(std::move(context)), parent)
    , m_span(std::move(span))
    , m_names(std::move(names))
    , m_cancelled(cancelled ? std::move(cancelled) : makeCancelFlag())
{
}

void PrometheusRangeSource::start()
{
    if (!optionError().isEmpty())
        return fail(optionError());
    QString error;
    const QList<MetricQuery> queries
        = metricQueries(m_context.options.value(u"queries"_s), m_context.environment, &error);
    if (!error.isEmpty())
        return fail(error);
    for (const MetricQuery &query : queries) {
        if (m_names.isEmpty() || m_names.contains(query.name))
            m_planned.append({query, 0, {}, {}});
    }
    if (m_planned.isEmpty()) {
        Q_EMIT rangesRead({});
        return finish({});
    }

    const QByteArray authorization = authorizationFor(baseCredential());
    const QString start = QString::number(m_span.start.toSecsSinceEpoch());
    const QString end = QString::number(m_span.end.toSecsSinceEpoch());
    const QString step = QString::number(m_span.stepSeconds);
    m_outstanding = int(m_planned.size());
    for (qsizetype i = 0; i < m_planned.size(); ++i) {
        HttpRequest request;
        request.url = endpoint(
            u"/api/v1/query_range"_s,
            {{u"query"_s, m_planned[i].query.promql}, {u"start"_s, start}, {u"end"_s, end}, {u"step"_s, step}});
        request.headers = extraHeaders();
        request.setHeader("Accept", "application/json");
        if (!authorization.isEmpty())
            request.setHeader("Authorization", authorization);
        send(request, [this, i](const HttpResponse &response) {
            Planned &planned = m_planned[i];
            // As for instant queries: API errors come as JSON, anything else by its status.
            if (!response.errorString.isEmpty())
                planned.failure = response.errorString;
            else if (!response.ok() && !response.header("Content-Type").contains("json"))
                planned.failure = response.statusMessage();
            planned.status = response.status;
            planned.body = response.body;
            if (--m_outstanding == 0)
                allAnswered();
        });
    }
}

void PrometheusRangeSource::allAnswered()
{
    offThread<QList<MetricRangeRead>>(
        [planned = m_planned, cancelled = m_cancelled] {
            QList<MetricRangeRead> ranges;
            for (const Planned &item : planned) {
                if (cancelled->load())
                    return QList<MetricRangeRead>{};
                MetricRangeRead range{item.query.name, item.query.promql, item.query.thresholds, {}, item.failure};
                if (range.errorString.isEmpty()) {
                    RangeAnswer answer = parseRangeAnswer(item.status, item.body);
                    range.points = std::move(answer.points);
                    range.errorString = answer.errorString;
                }
                ranges.append(std::move(range));
            }
            return ranges;
        },
        [this](QList<MetricRangeRead> &&ranges) {
            if (m_cancelled->load())
                return cancel();
            Q_EMIT rangesRead(ranges);
            finish({});
        });
}

} // namespace DriftDeck
