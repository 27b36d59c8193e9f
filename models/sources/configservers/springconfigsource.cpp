#include "springconfigsource.h"

#include "springactuatorsource.h"
#include "springformat.h"

namespace DriftDeck {

using namespace Qt::StringLiterals;

void SpringConfigSource::start()
{
    if (!optionError().isEmpty())
        return fail(optionError());
    const QString application = m_context.options.value(u"application"_s).toString().trimmed();
    if (application.isEmpty())
        return fail(tr("spring-config: the \"application\" option is missing"));
    QString profile = m_context.options.value(u"profile"_s).toString().trimmed();
    if (profile.isEmpty())
        profile = m_context.environment;
    const QString label = m_context.options.value(u"label"_s).toString().trimmed();
    // Each part is one path segment: a "/" in a label is written "(_)" by Spring's convention.
    QString path = u'/' + application + u'/' + profile;
    if (!label.isEmpty())
        path += u'/' + QString(label).replace(u'/', u"(_)"_s);

    HttpRequest request;
    request.url = endpoint(path);
    request.headers = extraHeaders();
    request.setHeader("Accept", "application/json");
    const QByteArray authorization = authorizationFor(baseCredential());
    if (!authorization.isEmpty())
        request.setHeader("Authorization", authorization);
    send(request, [this](const HttpResponse &response) {
        if (!response.errorString.isEmpty())
            return fail(response.errorString);
        if (!response.ok())
            return fail(tr("Spring Cloud Config: %1").arg(response.statusMessage()));
        offThread<SourceResult>(
            [body = response.body, where = safeUrl(response.url), id = m_context.sourceId,
             rowOptions = springRowOptions(m_context.options), options = m_context.normalisation] {
                const SpringEnvironment environment = parseSpringConfigEnvironment(body);
                if (!environment.errorString.isEmpty())
                    return SourceResult::failure(where + u": "_s + environment.errorString);
                return springResult(environment, id, where, rowOptions, Normaliser(options));
            },
            [this](SourceResult &&result) { finish(std::move(result)); });
    });
}

SourceType springConfigSourceType()
{
    SourceType type;
    type.name = SpringConfigSource::TypeName;
    type.description = SpringConfigSource::tr("Configuration a Spring Cloud Config Server serves an application");
    type.keyPrefixes = {u"config/"_s};
    type.options = HttpSource::commonOptions() + springRowSourceOptions();
    type.options.append({u"application"_s, SourceOption::Kind::String, true,
                         SpringConfigSource::tr("The application name (spring.application.name)")});
    type.options.append({u"profile"_s, SourceOption::Kind::String, false,
                         SpringConfigSource::tr("Profiles, comma-separated (default: the environment's name)")});
    type.options.append({u"label"_s, SourceOption::Kind::String, false,
                         SpringConfigSource::tr("Branch, tag or commit in the config repository (default: the "
                                                "server's)")});
    type.acceptsCredentials = true;
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<SpringConfigSource>(context);
    };
    return type;
}

} // namespace DriftDeck
