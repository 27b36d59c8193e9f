#include "kubernetessource.h"

#include "kubernetesnamespaces.h"
#include "sources/kubernetes/clusterrows.h"
#include "sources/kubernetes/registrydigests.h"

#include <QRegularExpression>
#include <QTemporaryFile>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

struct ApiResource {
    QLatin1StringView name; // as written in `resources`
    QLatin1StringView group; // the API path before /namespaces
    QLatin1StringView plural; // the path segment after the namespace
    bool selectable; // labelSelector applies
};

constexpr ApiResource Resources[] = {
    {"configmaps"_L1, "/api/v1"_L1, "configmaps"_L1, false},
    {"secrets"_L1, "/api/v1"_L1, "secrets"_L1, false},
    {"deployments"_L1, "/apis/apps/v1"_L1, "deployments"_L1, true},
    {"statefulsets"_L1, "/apis/apps/v1"_L1, "statefulsets"_L1, true},
    {"daemonsets"_L1, "/apis/apps/v1"_L1, "daemonsets"_L1, true},
    {"cronjobs"_L1, "/apis/batch/v1"_L1, "cronjobs"_L1, true},
    {"horizontalpodautoscalers"_L1, "/apis/autoscaling/v2"_L1, "horizontalpodautoscalers"_L1, false},
    {"pods"_L1, "/api/v1"_L1, "pods"_L1, true},
    // Helm 3 keeps each revision of a release in a Secret labelled owner=helm.
    {"releases"_L1, "/api/v1"_L1, "secrets"_L1, false},
};

const ApiResource *apiResource(QStringView name)
{
    for (const ApiResource &resource : Resources) {
        if (resource.name == name)
            return &resource;
    }
    return nullptr;
}

// "workloads" names every workload kind and the pods behind them.
QStringList expandResources(const QStringList &requested)
{
    QStringList resources;
    for (const QString &resource : requested) {
        if (resource == u"workloads")
            resources << u"deployments"_s << u"statefulsets"_s << u"daemonsets"_s << u"cronjobs"_s
                      << u"horizontalpodautoscalers"_s << u"pods"_s;
        else
            resources << resource.trimmed();
    }
    resources.removeDuplicates();
    return resources;
}

QStringList excludesFrom(const QVariantMap &options)
{
    if (!options.contains(u"exclude"_s))
        return defaultKubernetesExcludes();
    const QVariant value = options.value(u"exclude"_s);
    return value.typeId() == QMetaType::QString ? QStringList{value.toString()} : value.toStringList();
}

QString resourceNames()
{
    QStringList names;
    for (const ApiResource &resource : Resources)
        names.append(resource.name);
    names.append(u"workloads"_s);
    return names.join(u", "_s);
}

} // namespace

void KubernetesSource::start()
{
    if (!m_kubeconfig.errorString.isEmpty())
        return fail(u"kubernetes: "_s + m_kubeconfig.errorString);
    if (!optionError().isEmpty())
        return fail(optionError());
    if (m_kubeconfig.exec && m_context.credential.isEmpty())
        return runExecPlugin();
    readResources();
}

void KubernetesSource::readResources()
{
    if (m_context.options.contains(u"pageSize"_s)) {
        bool ok = false;
        m_pageSize = m_context.options.value(u"pageSize"_s).toLongLong(&ok);
        if (!ok || m_pageSize <= 0)
            return fail(tr("kubernetes: pageSize must be a positive number of objects"));
    }
    if (m_context.options.value(DiscoveryListing::What).toString() == u"namespaces")
        return listNamespaces({}, 1);
    m_namespace = m_context.options.value(u"namespace"_s).toString().trimmed();
    if (m_namespace.isEmpty())
        m_namespace = m_context.environment;
    // A DNS label: anything else would change the request path.
    static const QRegularExpression label(u"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"_s);
    if (!label.match(m_namespace).hasMatch())
        return fail(tr("kubernetes: \"%1\" is not a namespace name").arg(m_namespace));
    const QVariant resources = m_context.options.value(u"resources"_s);
    m_resources
        = expandResources(resources.isValid() ? resources.toStringList() : QStringList{u"configmaps"_s, u"secrets"_s});
    for (const QString &resource : std::as_const(m_resources)) {
        if (!apiResource(resource))
            return fail(tr("kubernetes: resources may be %1, not \"%2\"").arg(resourceNames(), resource));
    }
    m_podsRead = m_resources.contains(u"pods"_s);
    m_releases = m_resources.contains(u"releases"_s);
    m_labelSelector = m_context.options.value(u"labelSelector"_s).toString().trimmed();
    readNext();
}

QString KubernetesSource::resourcePath(const QString &resource, const QString &name) const
{
    const ApiResource *api = apiResource(resource);
    QString path = api->group + u"/namespaces/"_s + m_namespace + u'/' + api->plural;
    if (!name.isEmpty())
        path += u'/' + name;
    return path;
}

void KubernetesSource::readNext()
{
    if (!m_resources.isEmpty())
        return readPage(m_resources.takeFirst(), {}, 1);
    QString base = safeUrl(baseUrl());
    while (base.endsWith(u'/'))
        base.chop(1); // "https://k8s.example.com/" as written in the workspace
    // API paths of every kind, built here so the pool thread needs nothing of this object.
    QHash<QString, QString> paths;
    for (const ApiResource &resource : Resources)
        paths.insert(resource.plural, resource.group + u"/namespaces/%1/"_s + resource.plural);
    ClusterRowOptions options;
    options.sourceId = m_context.sourceId;
    options.excludedNames = excludesFrom(m_context.options);
    options.podsRead = m_podsRead;
    options.releases = m_releases;
    options.locationOf = [base, paths](const QString &resource, const QString &ns, const QString &name) {
        QString location = base + paths.value(resource, u"/api/v1/namespaces/%1/"_s + resource).arg(ns);
        if (!name.isEmpty())
            location += u'/' + name;
        return location;
    };
    offThread<SourceResult>(
        [read = std::move(m_read), options, warnings = m_warnings, normalisation = m_context.normalisation] {
            SourceResult result = clusterResult(read, options, Normaliser(normalisation));
            result.warnings = warnings + result.warnings;
            return result;
        },
        [this](SourceResult &&result) { finish(std::move(result)); });
}

void KubernetesSource::readPage(const QString &resource, const QString &continueToken, int page)
{
    const ApiResource *api = apiResource(resource);
    QList<std::pair<QString, QString>> query{{u"limit"_s, QString::number(m_pageSize)}};
    if (resource == u"releases")
        query.append({u"labelSelector"_s, u"owner=helm"_s});
    else if (api->selectable && !m_labelSelector.isEmpty())
        query.append({u"labelSelector"_s, m_labelSelector});
    if (!continueToken.isEmpty())
        query.append({u"continue"_s, continueToken});
    HttpRequest request;
    request.url = endpoint(resourcePath(resource), query);
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
                                         m_read.objects.append(list.objects);
                                         m_read.workloads.append(list.workloads);
                                         if (list.continueToken.isEmpty())
                                             return readNext();
                                         if (page >= MaxPages)
                                             return fail(tr("%1: more than %2 pages").arg(where).arg(MaxPages));
                                         readPage(resource, list.continueToken, page + 1);
                                     });
    });
}

void KubernetesSource::listNamespaces(const QString &continueToken, int page)
{
    QList<std::pair<QString, QString>> query{{u"limit"_s, QString::number(m_pageSize)}};
    const QString selector = m_context.options.value(DiscoveryListing::LabelSelector).toString().trimmed();
    if (!selector.isEmpty())
        query.append({u"labelSelector"_s, selector});
    if (!continueToken.isEmpty())
        query.append({u"continue"_s, continueToken});
    HttpRequest request;
    request.url = endpoint(u"/api/v1/namespaces"_s, query);
    request.headers = extraHeaders();
    request.setHeader("Accept", "application/json");
    const QString token = baseCredential();
    if (!token.isEmpty())
        request.setHeader("Authorization", authorizationFor(token));
    send(request, [this, page](const HttpResponse &response) {
        if (!response.errorString.isEmpty())
            return fail(response.errorString);
        if (!response.ok())
            return fail(failureFor(u"namespaces"_s, response));
        offThread<NamespacePage>([body = response.body] { return parseNamespaceList(body); },
                                 [this, page, where = safeUrl(response.url)](NamespacePage &&list) {
                                     if (!list.errorString.isEmpty())
                                         return fail(where + u": "_s + list.errorString);
                                     m_listed.append(list.namespaces);
                                     if (!list.continueToken.isEmpty()) {
                                         if (page >= MaxPages)
                                             return fail(tr("%1: more than %2 pages").arg(where).arg(MaxPages));
                                         return listNamespaces(list.continueToken, page + 1);
                                     }
                                     SourceResult result;
                                     for (const auto &[name, created] : std::as_const(m_listed)) {
                                         Entry entry;
                                         entry.value = Value::string(created);
                                         result.entries.insert(name, entry);
                                     }
                                     finish(std::move(result));
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
    type.description = KubernetesSource::tr(
        "ConfigMaps, Secrets, workloads and Helm releases of a namespace from the Kubernetes API "
        "server");
    type.keyPrefixes = clusterKeyPrefixes();
    type.options = HttpSource::commonOptions();
    type.options.first().required = false; // a kubeconfig context can give it
    type.options.append({u"kubeconfig"_s, SourceOption::Kind::String, false,
                         KubernetesSource::tr("kubeconfig files, separated like KUBECONFIG (default $KUBECONFIG, "
                                              "else ~/.kube/config)")});
    type.options.append({u"context"_s, SourceOption::Kind::String, false,
                         KubernetesSource::tr("The kubeconfig context, e.g. \"{env}\" (default its current-context)")});
    type.options.append({u"namespace"_s, SourceOption::Kind::String, false,
                         KubernetesSource::tr("The namespace (default: the environment's name); may contain {env}")});
    type.options.append({u"resources"_s, SourceOption::Kind::StringList, false,
                         KubernetesSource::tr("What to read: configmaps, secrets, deployments, statefulsets, "
                                              "daemonsets, cronjobs, horizontalpodautoscalers, pods, releases (Helm), "
                                              "or workloads for every workload kind and the pods (default "
                                              "configmaps and secrets)")});
    type.options.append({u"labelSelector"_s, SourceOption::Kind::String, false,
                         KubernetesSource::tr("Only workloads and pods with these labels, e.g. app.kubernetes.io/"
                                              "part-of=checkout")});
    type.options.append({u"exclude"_s, SourceOption::Kind::StringList, false,
                         KubernetesSource::tr("Object names (globs) to leave out (default kube-root-ca.crt and "
                                              "Helm release records)")});
    type.options.append(
        {u"pageSize"_s, SourceOption::Kind::Integer, false, KubernetesSource::tr("Objects per request (default 500)")});
    type.options.append(imageRegistriesOption());
    type.acceptsCredentials = true;
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return withRegistryDigests(context, std::make_unique<KubernetesSource>(context));
    };
    return type;
}

} // namespace DriftDeck
