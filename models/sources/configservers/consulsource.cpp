#include "consulsource.h"

#include "consulprotocol.h"

namespace DriftDeck {

using namespace Qt::StringLiterals;

void ConsulSource::start()
{
    if (!optionError().isEmpty())
        return fail(optionError());
    const QString prefix = m_context.options.value(u"prefix"_s).toString();
    QList<std::pair<QString, QString>> query{{u"recurse"_s, u"true"_s}};
    const QString datacenter = m_context.options.value(u"datacenter"_s).toString();
    if (!datacenter.isEmpty())
        query.append({u"dc"_s, datacenter});

    HttpRequest request;
    request.url = endpoint(u"/v1/kv/"_s + prefix, query);
    request.headers = extraHeaders();
    const QString token = baseCredential();
    if (!token.isEmpty())
        request.setHeader("X-Consul-Token", token.toUtf8());
    send(request, [this, prefix](const HttpResponse &response) {
        if (!response.errorString.isEmpty())
            return fail(response.errorString);
        if (response.status == 404) {
            SourceResult empty;
            empty.warnings.append(tr("Consul has no keys below \"%1\"").arg(prefix));
            return finish(std::move(empty));
        }
        if (!response.ok()) {
            QString message = tr("Consul: reading keys failed: %1").arg(response.statusMessage());
            const QString detail = QString::fromUtf8(response.body.left(300)).trimmed();
            if (!detail.isEmpty() && !detail.startsWith(u'<'))
                message += u": "_s + detail;
            return fail(message);
        }
        const QString url = safeUrl(baseUrl());
        const QString index = QString::fromLatin1(response.header("X-Consul-Index"));
        auto label = [url, prefix, index](qint64 modified) {
            return index.isEmpty()
                ? tr("consul %1 %2, changed at index %3").arg(url, prefix).arg(modified)
                : tr("consul %1 %2 index %3, changed at index %4").arg(url, prefix, index).arg(modified);
        };
        offThread<SourceResult>(
            [body = response.body, where = safeUrl(response.url), prefix = prefix.toUtf8(), id = m_context.sourceId,
             url, label, options = m_context.normalisation] {
                const ConsulKeys keys = parseConsulKeys(body);
                if (!keys.errorString.isEmpty())
                    return SourceResult::failure(where + u": "_s + keys.errorString);
                return keyValueResult(keys.keys, prefix, id, url, label, Normaliser(options));
            },
            [this](SourceResult &&result) { finish(std::move(result)); });
    });
}

SourceType consulSourceType()
{
    SourceType type;
    type.name = ConsulSource::TypeName;
    type.description = ConsulSource::tr("Configuration from the keys below a prefix in Consul's KV store");
    type.keyPrefixes = {u"config/"_s};
    type.options = HttpSource::commonOptions();
    type.options.append({u"prefix"_s, SourceOption::Kind::String, true,
                         ConsulSource::tr("Key prefix, e.g. \"app/{env}/\"; the rest of each key, with / as ., is the "
                                          "setting's name")});
    type.options.append({u"datacenter"_s, SourceOption::Kind::String, false,
                         ConsulSource::tr("Consul datacenter (default: the agent's)")});
    type.acceptsCredentials = true;
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<ConsulSource>(context);
    };
    return type;
}

} // namespace DriftDeck
