#include "metricsendpointsource.h"

#include "exposition.h"

namespace DriftDeck {

using namespace Qt::StringLiterals;

void MetricsEndpointSource::start()
{
    if (!optionError().isEmpty())
        return fail(optionError());
    QString error;
    const QList<VersionQuery> queries = versionQueries(m_context.options, &error);
    if (!error.isEmpty())
        return fail(error);
    if (queries.isEmpty())
        return fail(tr("Nothing to read: set versions or infra"));

    HttpRequest request;
    request.url = baseUrl();
    request.headers = extraHeaders();
    request.setHeader("Accept", "text/plain; version=0.0.4");
    if (const QByteArray authorization = authorizationFor(baseCredential()); !authorization.isEmpty())
        request.setHeader("Authorization", authorization);
    send(request, [this, queries](const HttpResponse &response) {
        if (!response.errorString.isEmpty())
            return fail(response.errorString);
        if (!response.ok())
            return fail(response.statusMessage());
        const Layer layer{m_context.sourceId, tr("metrics %1").arg(baseUrl().authority()), safeUrl(baseUrl())};
        offThread<SourceResult>(
            [body = response.body, queries, layer, where = safeUrl(response.url)] {
                const Exposition exposition = parseExposition(body);
                if (!exposition.errorString.isEmpty())
                    return SourceResult::failure(tr("%1: not a metrics page: %2").arg(where, exposition.errorString));
                SourceResult result;
                result.layers.append(layer);
                for (const VersionQuery &query : queries) {
                    QStringList values;
                    const QString name = query.metricName();
                    for (const MetricSample &sample : exposition.samples) {
                        if (sample.name == name)
                            values.append(sample.label(query.label));
                    }
                    addVersionRow(result, query, values);
                }
                return result;
            },
            [this](SourceResult &&result) { finish(std::move(result)); });
    });
}

SourceType metricsEndpointSourceType()
{
    using Kind = SourceOption::Kind;
    SourceType type;
    type.name = MetricsEndpointSource::TypeName;
    type.description = MetricsEndpointSource::tr("Versions from *_build_info metrics on a service's /metrics page.");
    type.keyPrefixes = {u"runtime/"_s, u"infra/"_s};
    type.options = HttpSource::commonOptions();
    type.options += {
        {u"versions"_s, Kind::Any, false,
         MetricsEndpointSource::tr("Info metrics that carry a version label: [{metric, label, key}]."), checkVersions},
        {u"infra"_s, Kind::StringList, false,
         MetricsEndpointSource::tr("Exporters whose versions to read: %1.").arg(knownInfrastructure().join(u", "_s)),
         checkInfrastructure},
    };
    type.acceptsCredentials = true;
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<MetricsEndpointSource>(context);
    };
    return type;
}

} // namespace DriftDeck
