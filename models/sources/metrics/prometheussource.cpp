#include "prometheussource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace DriftDeck {

using namespace Qt::StringLiterals;

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
    const QVariantMap queries = m_context.options.value(u"queries"_s).toMap();
    for (auto it = queries.cbegin(); it != queries.cend(); ++it) {
        Planned planned;
        planned.name = it.key();
        planned.promql = it.value().toString().trimmed();
        if (planned.promql.isEmpty())
            return fail(tr("queries.%1 is empty").arg(it.key()));
        m_planned.append(planned);
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
            if (!response.errorString.isEmpty())
                return fail(response.errorString);
            // Errors of the API itself come as JSON with errorType; anything else (401 from a
            // proxy or the web config, 404 for a wrong path) is explained by its status.
            if (!response.ok() && !response.header("Content-Type").contains("json"))
                return fail(response.statusMessage());
            m_planned[i].status = response.status;
            m_planned[i].body = response.body;
            m_planned[i].url = response.url;
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
            for (const Planned &query : planned) {
                const bool isVersion = !query.version.key.isEmpty();
                const QString key = isVersion ? query.version.key : u"metric/"_s + query.name;
                const Answer answer = parseAnswer(query.status, query.body, isVersion ? query.version.label : QString());
                if (!answer.errorString.isEmpty())
                    return SourceResult::failure(tr("%1: query %2 failed: %3").arg(key, query.promql, answer.errorString));
                if (isVersion) {
                    addVersionRow(result, query.version, answer.labelValues);
                    continue;
                }
                if (answer.series != 1) {
                    result.warnings.append(answer.series == 0
                                               ? tr("%1: the query returned no series").arg(key)
                                               : tr("%1: the query returned %2 series; aggregate it (sum, max) to one")
                                                     .arg(key)
                                                     .arg(answer.series));
                    continue;
                }
                bool ok = false;
                const double number = answer.value.toDouble(&ok);
                Entry entry;
                entry.value = ok && std::isfinite(number) ? Value::number(number, answer.value) : Value::string(answer.value);
                entry.provenance.append({0, 0, 0, answer.value});
                result.entries.insert(key, entry);
            }
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
         PrometheusSource::tr("Info metrics that carry a version label: [{metric, label, key}].")},
        {u"infra"_s, Kind::StringList, false,
         PrometheusSource::tr("Exporters whose versions to read: %1.").arg(knownInfrastructure().join(u", "_s))},
        {u"queries"_s, Kind::Map, false, PrometheusSource::tr("Named PromQL queries, each giving one number.")},
    };
    type.acceptsCredentials = true;
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<PrometheusSource>(context);
    };
    return type;
}

} // namespace DriftDeck
