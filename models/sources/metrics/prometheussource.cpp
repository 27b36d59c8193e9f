#include "prometheussource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

// A row whose query failed: unknown (nothing to compare), showing why.
Entry unknownEntry(const QString &why)
{
    Entry entry;
    entry.value = Value::masked(why);
    entry.provenance.append({0, 0, 0, why});
    return entry;
}

} // namespace

void PrometheusSource::start()
{
    if (!optionError().isEmpty())
        return fail(optionError());
    QString error;
    const QList<VersionQuery> versions = versionQueries(m_context.options, &error);
    if (!error.isEmpty())
        return fail(error);
    for (const VersionQuery &version : versions) {
        Planned planned;
        planned.version = version;
        // One series per distinct value, however many instances report it.
        planned.promql = u"group by (%1) (%2)"_s.arg(version.label, version.metric);
        m_planned.append(planned);
    }
    if (m_context.options.contains(u"queries"_s)) {
        const QList<MetricQuery> queries
            = metricQueries(m_context.options.value(u"queries"_s), m_context.environment, &error);
        if (!error.isEmpty())
            return fail(error);
        for (const MetricQuery &query : queries) {
            Planned planned;
            planned.name = query.name;
            planned.promql = query.promql;
            planned.thresholds = query.thresholds;
            m_planned.append(planned);
        }
    }
    if (m_planned.isEmpty())
        return fail(tr("Nothing to read: set versions, infra or queries"));

    const QByteArray authorization = authorizationFor(baseCredential());
    m_outstanding = int(m_planned.size());
    for (qsizetype i = 0; i < m_planned.size(); ++i) {
        HttpRequest request;
        request.url = endpoint(u"/api/v1/query"_s, {{u"query"_s, m_planned[i].promql}});
        request.headers = extraHeaders();
        request.setHeader("Accept", "application/json");
        if (!authorization.isEmpty())
            request.setHeader("Authorization", authorization);
        send(request, [this, i](const HttpResponse &response) {
            Planned &planned = m_planned[i];
            planned.url = response.url;
            // Errors of the API itself come as JSON with errorType; anything else (401 from a
            // proxy or the web config, 404 for a wrong path) is explained by its status.
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

void PrometheusSource::allAnswered()
{
    const Layer layer{m_context.sourceId, tr("prometheus %1").arg(baseUrl().authority()), safeUrl(baseUrl())};
    offThread<SourceResult>(
        [planned = m_planned, layer] {
            SourceResult result;
            result.layers.append(layer);
            QString firstFailure;
            int failures = 0;
            for (const Planned &query : planned) {
                const bool isVersion = !query.version.key.isEmpty();
                const QString key = isVersion ? query.version.key : u"metric/"_s + query.name;
                Answer answer;
                if (query.failure.isEmpty())
                    answer = parseAnswer(query.status, query.body, isVersion ? query.version.label : QString());
                if (!query.failure.isEmpty() || !answer.errorString.isEmpty()) {
                    const QString message = !query.failure.isEmpty()
                        ? query.failure
                        : tr("%1: query %2 failed: %3").arg(key, query.promql, answer.errorString);
                    if (failures++ == 0)
                        firstFailure = message;
                    result.warnings.append(message);
                    result.entries.insert(key,
                                          unknownEntry(!query.failure.isEmpty() ? query.failure : answer.errorString));
                    continue;
                }
                if (isVersion) {
                    addVersionRow(result, query.version, answer.labelValues);
                    continue;
                }
                if (answer.series != 1) {
                    const QString why = answer.series == 0
                        ? tr("the query returned no series")
                        : tr("the query returned %1 series; aggregate it (sum, max) to one").arg(answer.series);
                    result.warnings.append(key + u": "_s + why);
                    result.entries.insert(key, unknownEntry(why));
                    continue;
                }
                bool ok = false;
                const double number = answer.value.toDouble(&ok);
                Entry entry;
                if (ok && std::isfinite(number)) {
                    entry.value = metricValue(answer.value, number, query.thresholds, Units::unitOfKey(key));
                } else {
                    entry.value = Value::string(answer.value);
                    if (!query.thresholds.isEmpty())
                        result.warnings.append(
                            tr("%1: %2 is not a finite number; its thresholds do not apply").arg(key, answer.value));
                }
                entry.provenance.append({0, 0, 0, answer.value});
                result.entries.insert(key, entry);
            }
            // Nothing answered: the server (or the way to it) is the problem, not one query.
            if (failures == int(planned.size()))
                return SourceResult::failure(firstFailure);
            return result;
        },
        [this](SourceResult &&result) { finish(std::move(result)); });
}

PrometheusSource::Answer PrometheusSource::parseAnswer(int status, const QByteArray &body, const QString &label)
{
    Answer answer;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError || !document.isObject() || !root.contains(u"status"_s)) {
        answer.errorString = status != 200 ? tr("HTTP %1").arg(status)
            : error.error != QJsonParseError::NoError
            ? tr("not a Prometheus API answer: %1 at byte %2").arg(error.errorString()).arg(error.offset)
            : tr("not a Prometheus API answer: no \"status\"");
        return answer;
    }
    if (root.value(u"status"_s).toString() != u"success") {
        answer.errorString = tr("HTTP %1, %2: %3")
                                 .arg(QString::number(status), root.value(u"errorType"_s).toString(),
                                      root.value(u"error"_s).toString());
        return answer;
    }
    const QJsonObject data = root.value(u"data"_s).toObject();
    const QString type = data.value(u"resultType"_s).toString();
    const QJsonValue result = data.value(u"result"_s);
    if (type == u"scalar" || type == u"string") {
        answer.series = 1;
        answer.value = result.toArray().at(1).toString();
        return answer;
    }
    if (type != u"vector") {
        answer.errorString = type == u"matrix" ? tr("a range vector came back; use an instant expression")
                                               : tr("not a Prometheus API answer: resultType \"%1\"").arg(type);
        return answer;
    }
    const QJsonArray series = result.toArray();
    answer.series = int(series.size());
    for (const QJsonValue &item : series) {
        const QJsonObject sample = item.toObject();
        if (!label.isEmpty())
            answer.labelValues.append(sample.value(u"metric"_s).toObject().value(label).toString());
        if (answer.value.isEmpty())
            answer.value = sample.value(u"value"_s).toArray().at(1).toString();
    }
    return answer;
}

SourceType prometheusSourceType()
{
    using Kind = SourceOption::Kind;
    SourceType type;
    type.name = PrometheusSource::TypeName;
    type.description = PrometheusSource::tr("Versions from *_build_info labels, infrastructure versions and named "
                                            "metrics from the Prometheus HTTP API.");
    type.keyPrefixes = {u"runtime/"_s, u"infra/"_s, u"metric/"_s};
    type.options = HttpSource::commonOptions();
    type.options += {
        {u"versions"_s, Kind::Any, false,
         PrometheusSource::tr("Info metrics that carry a version label: [{metric, label, key}]."), checkVersions},
        {u"infra"_s, Kind::StringList, false,
         PrometheusSource::tr("Exporters whose versions to read: %1.").arg(knownInfrastructure().join(u", "_s)),
         checkInfrastructure},
        {u"queries"_s, Kind::Map, false,
         PrometheusSource::tr("Named PromQL queries, each giving one number: name: query, or name: {query, warning, "
                              "critical, direction, environments: {<env>: {warning, critical}}}."),
         checkMetricQueries},
    };
    type.acceptsCredentials = true;
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<PrometheusSource>(context);
    };
    return type;
}

} // namespace DriftDeck
