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

    fetchDocument(endpoint(path), "application/json", tr("Spring Cloud Config"),
                  springParser(parseSpringConfigEnvironment, m_context.sourceId, springRowOptions(m_context.options),
                               m_context.normalisation));
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
