#include "unleashsource.h"

#include "unleashprotocol.h"

namespace DriftDeck {

using namespace Qt::StringLiterals;

HttpRequest UnleashSource::request(const QString &path) const
{
    HttpRequest request;
    request.url = endpoint(u"/api/admin/projects/"_s + m_project + path);
    request.headers = extraHeaders();
    request.setHeader("Accept", "application/json");
    const QString token = baseCredential();
    if (!token.isEmpty())
        request.setHeader("Authorization", token.toUtf8());
    return request;
}

void UnleashSource::start()
{
    if (!optionError().isEmpty())
        return fail(optionError());
    m_project = m_context.options.value(u"project"_s).toString().trimmed();
    if (m_project.isEmpty())
        m_project = u"default"_s;
    m_environment = m_context.options.value(u"environment"_s).toString().trimmed();
    if (m_environment.isEmpty())
        m_environment = m_context.environment;
    // Names become path segments; Unleash allows no slashes in them either.
    if (m_project.contains(u'/') || m_environment.contains(u'/'))
        return fail(tr("unleash: project and environment names cannot contain \"/\""));

    send(request(u"/features"_s), [this](const HttpResponse &response) {
        if (!response.errorString.isEmpty())
            return fail(response.errorString);
        if (!response.ok())
            return fail(failureFor(tr("unleash: listing the flags of project \"%1\" failed").arg(m_project), response));
        offThread<UnleashFeatureList>([body = response.body] { return parseUnleashFeatureList(body); },
                                      [this, where = safeUrl(response.url)](UnleashFeatureList &&list) {
                                          if (!list.errorString.isEmpty())
                                              return fail(where + u": "_s + list.errorString);
                                          if (!list.names.isEmpty() && !list.environments.contains(m_environment))
                                              return fail(
                                                  tr("unleash: project \"%1\" has no environment \"%2\" (it has: %3)")
                                                      .arg(m_project, m_environment, list.environments.join(u", "_s)));
                                          if (list.names.isEmpty()) {
                                              m_outstanding = 1;
                                              return featureDone();
                                          }
                                          m_outstanding = int(list.names.size());
                                          for (const QString &name : std::as_const(list.names))
                                              readFeature(name);
                                      });
    });
}

void UnleashSource::readFeature(const QString &name)
{
    send(request(u"/features/"_s + name), [this, name](const HttpResponse &response) {
        if (!response.errorString.isEmpty())
            return fail(response.errorString);
        if (response.status == 404) { // archived between the list and now
            return featureDone();
        }
        if (!response.ok())
            return fail(failureFor(tr("unleash: reading flag \"%1\" failed").arg(name), response));
        offThread<FlagRows>(
            [body = response.body, environment = m_environment, options = m_context.normalisation] {
                return unleashFeatureRows(body, environment, Normaliser(options));
            },
            [this, where = safeUrl(response.url)](FlagRows &&rows) {
                if (!rows.ok())
                    return fail(where + u": "_s + rows.errorString);
                m_rows.append(rows.rows);
                featureDone();
            });
    });
}

void UnleashSource::featureDone()
{
    if (--m_outstanding > 0)
        return;
    SourceResult result
        = flagRowsResult(m_rows,
                         {m_context.sourceId,
                          tr("unleash %1 project %2, environment %3").arg(safeUrl(baseUrl()), m_project, m_environment),
                          safeUrl(endpoint(u"/api/admin/projects/"_s + m_project + u"/features"_s))});
    if (m_rows.isEmpty())
        result.warnings.append(tr("unleash: project \"%1\" has no flags (is the project name right?)").arg(m_project));
    finish(std::move(result));
}

QString UnleashSource::failureFor(const QString &what, const HttpResponse &response) const
{
    QString message = what + u": "_s + response.statusMessage();
    const QString detail = unleashErrorMessage(response.body);
    if (!detail.isEmpty())
        message += u": "_s + detail;
    if (response.status == 401 || response.status == 403)
        message += tr(" (check the admin API token given as this source's credentials)");
    return message;
}

SourceType unleashSourceType()
{
    SourceType type;
    type.name = UnleashSource::TypeName;
    type.description = UnleashSource::tr("Feature flags of one Unleash environment (admin API)");
    type.keyPrefixes = {u"flag/"_s};
    type.options = HttpSource::commonOptions();
    type.options.append({u"project"_s, SourceOption::Kind::String, false,
                         UnleashSource::tr("The Unleash project (default \"default\")")});
    type.options.append({u"environment"_s, SourceOption::Kind::String, false,
                         UnleashSource::tr("The Unleash environment for this Drift Deck environment (default: its "
                                           "name; e.g. \"{env}\" or a fixed name per environment)")});
    type.acceptsCredentials = true;
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<UnleashSource>(context);
    };
    return type;
}

} // namespace DriftDeck
