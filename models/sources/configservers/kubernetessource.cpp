#include "kubernetessource.h"

#include <QRegularExpression>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

QStringList excludesFrom(const QVariantMap &options)
{
    if (!options.contains(u"exclude"_s))
        return defaultKubernetesExcludes();
    const QVariant value = options.value(u"exclude"_s);
    return value.typeId() == QMetaType::QString ? QStringList{value.toString()} : value.toStringList();
}

} // namespace

void KubernetesSource::start()
{
    if (!optionError().isEmpty())
        return fail(optionError());
    m_namespace = m_context.options.value(u"namespace"_s).toString().trimmed();
    if (m_namespace.isEmpty())
        m_namespace = m_context.environment;
    // A DNS label: anything else would change the request path.
    static const QRegularExpression label(u"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"_s);
    if (!label.match(m_namespace).hasMatch())
        return fail(tr("kubernetes: \"%1\" is not a namespace name").arg(m_namespace));
    const QVariant resources = m_context.options.value(u"resources"_s);
    m_resources = resources.isValid() ? resources.toStringList() : QStringList{u"configmaps"_s, u"secrets"_s};
    for (const QString &resource : std::as_const(m_resources)) {
        if (resource != u"configmaps" && resource != u"secrets")
            return fail(tr("kubernetes: resources may be configmaps and secrets, not \"%1\"").arg(resource));
    }
    if (m_context.options.contains(u"pageSize"_s)) {
        bool ok = false;
        m_pageSize = m_context.options.value(u"pageSize"_s).toLongLong(&ok);
        if (!ok || m_pageSize <= 0)
            return fail(tr("kubernetes: pageSize must be a positive number of objects"));
    }
    readNext();
}

void KubernetesSource::readNext()
{
    if (!m_resources.isEmpty())
        return readPage(m_resources.takeFirst(), {}, 1);
    const QString base = safeUrl(baseUrl());
    offThread<SourceResult>(
        [objects = std::move(m_objects), base, id = m_context.sourceId, excludes = excludesFrom(m_context.options),
         warnings = m_warnings, options = m_context.normalisation] {
            auto location = [base](const KubernetesObject &object) {
                return u"%1/api/v1/namespaces/%2/%3/%4"_s.arg(
                    base, object.ns,
                    object.kind == KubernetesObject::Kind::Secret ? u"secrets"_s : u"configmaps"_s, object.name);
            };
            SourceResult result = kubernetesResult(objects, id, location, excludes, Normaliser(options));
            result.warnings = warnings + result.warnings;
            return result;
        },
        [this](SourceResult &&result) { finish(std::move(result)); });
}

void KubernetesSource::readPage(const QString &resource, const QString &continueToken, int page)
{
    QList<std::pair<QString, QString>> query{{u"limit"_s, QString::number(m_pageSize)}};
    if (!continueToken.isEmpty())
        query.append({u"continue"_s, continueToken});
    HttpRequest request;
    request.url = endpoint(u"/api/v1/namespaces/%1/%2"_s.arg(m_namespace, resource), query);
    request.headers = extraHeaders();
    request.setHeader("Accept", "application/json");
    const QString token = baseCredential();
    if (!token.isEmpty())
        request.setHeader("Authorization", authorizationFor(token));
    send(request, [this, resource, page](const HttpResponse &response) {
        if (!response.errorString.isEmpty())
            return fail(response.errorString);
        if (!response.ok())
            return fail(failureFor(resource, response));
        offThread<KubernetesObjects>([body = response.body] { return parseKubernetesObjects(body); },
                                     [this, resource, page, where = safeUrl(response.url)](KubernetesObjects &&list) {
                                         if (!list.errorString.isEmpty())
                                             return fail(where + u": "_s + list.errorString);
                                         m_objects.append(list.objects);
                                         if (list.continueToken.isEmpty())
                                             return readNext();
                                         if (page >= MaxPages)
                                             return fail(tr("%1: more than %2 pages").arg(where).arg(MaxPages));
                                         readPage(resource, list.continueToken, page + 1);
                                     });
    });
}

QString KubernetesSource::failureFor(const QString &resource, const HttpResponse &response) const
{
    QString message = tr("kubernetes: listing %1 failed: %2").arg(resource, response.statusMessage());
    const QString detail = kubernetesStatusMessage(response.body);
    if (!detail.isEmpty())
        message += u": "_s + detail;
    if (response.status == 410)
        message += tr(" (the list changed too much while paging; refresh again)");
    return message;
}

SourceType kubernetesSourceType()
{
    SourceType type;
    type.name = KubernetesSource::TypeName;
    type.description = KubernetesSource::tr("ConfigMaps and Secrets of a namespace from the Kubernetes API server");
    type.keyPrefixes = {u"config/configmap/"_s, u"config/secret/"_s};
    type.options = HttpSource::commonOptions();
    type.options.append({u"namespace"_s, SourceOption::Kind::String, false,
                         KubernetesSource::tr("The namespace (default: the environment's name)")});
    type.options.append({u"resources"_s, SourceOption::Kind::StringList, false,
                         KubernetesSource::tr("configmaps, secrets or both (default both)")});
    type.options.append({u"exclude"_s, SourceOption::Kind::StringList, false,
                         KubernetesSource::tr("Object names (globs) to leave out (default kube-root-ca.crt and "
                                              "Helm release records)")});
    type.options.append({u"pageSize"_s, SourceOption::Kind::Integer, false,
                         KubernetesSource::tr("Objects per request (default 500)")});
    type.acceptsCredentials = true;
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<KubernetesSource>(context);
    };
    return type;
}

} // namespace DriftDeck
