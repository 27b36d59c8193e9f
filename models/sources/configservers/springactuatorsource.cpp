#include "springactuatorsource.h"

#include "springformat.h"

namespace DriftDeck {

using namespace Qt::StringLiterals;

void SpringActuatorSource::start()
{
    if (!optionError().isEmpty())
        return fail(optionError());
    QString path = m_context.options.value(u"path"_s).toString();
    if (path.isEmpty())
        path = u"/actuator/env"_s;
    HttpRequest request;
    request.url = endpoint(path);
    request.headers = extraHeaders();
    request.setHeader("Accept", "application/vnd.spring-boot.actuator.v3+json, application/json");
    const QByteArray authorization = authorizationFor(baseCredential());
    if (!authorization.isEmpty())
        request.setHeader("Authorization", authorization);
    send(request, [this](const HttpResponse &response) {
        if (!response.errorString.isEmpty())
            return fail(response.errorString);
        if (!response.ok())
            return fail(tr("Spring Actuator: %1").arg(response.statusMessage()));
        offThread<SourceResult>(
            [body = response.body, where = safeUrl(response.url), id = m_context.sourceId,
             rowOptions = springRowOptions(m_context.options), options = m_context.normalisation] {
                const SpringEnvironment environment = parseSpringActuatorEnv(body);
                if (!environment.errorString.isEmpty())
                    return SourceResult::failure(where + u": "_s + environment.errorString);
                return springResult(environment, id, where, rowOptions, Normaliser(options));
            },
            [this](SourceResult &&result) { finish(std::move(result)); });
    });
}

QList<SourceOption> springRowSourceOptions()
{
    return {
        {u"relaxedNames"_s, SourceOption::Kind::Boolean, false,
         SpringActuatorSource::tr("Spring's relaxed binding for names, so SPRING_DATASOURCE_URL and "
                                  "spring.datasource.url are one row (default true)")},
        {u"ignoreSources"_s, SourceOption::Kind::StringList, false,
         SpringActuatorSource::tr("Property sources to leave out, by name or glob (e.g. systemEnvironment)")},
    };
}

SourceType springActuatorSourceType()
{
    SourceType type;
    type.name = SpringActuatorSource::TypeName;
    type.description = SpringActuatorSource::tr("Configuration of a running Spring Boot application (Actuator env)");
    type.keyPrefixes = {u"config/"_s};
    type.options = HttpSource::commonOptions() + springRowSourceOptions();
    type.options.append({u"path"_s, SourceOption::Kind::String, false,
                         SpringActuatorSource::tr("The env endpoint below url (default /actuator/env)")});
    type.acceptsCredentials = true;
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<SpringActuatorSource>(context);
    };
    return type;
}

} // namespace DriftDeck
