#include "flagdhttpsource.h"

#include "flagdhttpformat.h"

namespace DriftDeck {

using namespace Qt::StringLiterals;

void FlagdHttpSource::start()
{
    if (!optionError().isEmpty())
        return fail(optionError());
    fetchDocument(
        baseUrl(), "application/json, application/yaml;q=0.9, */*;q=0.1", tr("flagd-http"),
        [id = m_context.sourceId, options = m_context.normalisation](const QByteArray &body, const QString &where) {
            return flagdDocumentResult(body, where, Normaliser(options), id);
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
