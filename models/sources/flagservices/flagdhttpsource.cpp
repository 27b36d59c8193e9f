#include "flagdhttpsource.h"

#include "flagdhttpformat.h"

namespace DriftDeck {

using namespace Qt::StringLiterals;

void FlagdHttpSource::start()
{
    if (!optionError().isEmpty())
        return fail(optionError());
    HttpRequest request;
    request.url = baseUrl();
    request.headers = extraHeaders();
    request.setHeader("Accept", "application/json, application/yaml;q=0.9, */*;q=0.1");
    const QByteArray authorization = authorizationFor(baseCredential());
    if (!authorization.isEmpty())
        request.setHeader("Authorization", authorization);
    send(request, [this](const HttpResponse &response) {
        if (!response.errorString.isEmpty())
            return fail(response.errorString);
        if (!response.ok())
            return fail(tr("flagd-http: %1").arg(response.statusMessage()));
        offThread<SourceResult>(
            [body = response.body, label = safeUrl(response.url), id = m_context.sourceId,
             options = m_context.normalisation] { return flagdDocumentResult(body, label, Normaliser(options), id); },
            [this](SourceResult &&result) { finish(std::move(result)); });
    });
}

SourceType flagdHttpSourceType()
{
    SourceType type;
    type.name = FlagdHttpSource::TypeName;
    type.description = FlagdHttpSource::tr("Feature flags from a flagd flag-definition document served over HTTP");
    type.keyPrefixes = {u"flag/"_s};
    type.options = HttpSource::commonOptions();
    type.acceptsCredentials = true;
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<FlagdHttpSource>(context);
    };
    return type;
}

} // namespace DriftDeck
