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
    fetchDocument(endpoint(path), "application/vnd.spring-boot.actuator.v3+json, application/json",
                  tr("Spring Actuator"),
                  springParser(parseSpringActuatorEnv, m_context.sourceId, springRowOptions(m_context.options),
                               m_context.normalisation));
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
