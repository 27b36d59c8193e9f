#include "registrydigests.h"

#include "sources/registry/registrysource.h"
#include "workspace/credentials.h"

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

// The registry source's row name for lookup n: image/<n>/digest.
QString lookupName(qsizetype n)
{
    return u"lookup%1"_s.arg(n);
}

} // namespace

RegistryDigestsSource::RegistryDigestsSource(SourceContext context, std::unique_ptr<Source> cluster, QObject *parent)
    : Source(std::move(context), parent)
    , m_cluster(std::move(cluster))
{
}

RegistryDigestsSource::~RegistryDigestsSource()
{
    m_done = true;
    if (m_cluster)
        m_cluster->disconnect(this);
    for (const auto &lookup : m_lookupSources) {
        if (lookup)
            lookup->disconnect(this);
    }
}

void RegistryDigestsSource::start()
{
    m_clock.start();
    const ImageRegistries registries = readImageRegistries(m_context.options.value(u"registries"_s));
    if (!registries.errorString.isEmpty())
        return emitFailure(registries.errorString);
    m_registries = registries.items;
    connect(m_cluster.get(), &Source::valuesAvailable, this, &RegistryDigestsSource::clusterRead);
    connect(m_cluster.get(), &Source::failed, this, &RegistryDigestsSource::emitFailure);
    m_cluster->start();
}

void RegistryDigestsSource::cancel()
{
    if (m_done)
        return;
    m_cluster->disconnect(this);
    m_cluster->cancel();
    for (const auto &lookup : m_lookupSources) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->cancel();
        }
    }
    // Done from here on: a credential answer or lookup still on its way starts nothing more.
    m_done = true;
    QMetaObject::invokeMethod(this, [this] { Q_EMIT failed(tr("Cancelled")); }, Qt::QueuedConnection);
}

void RegistryDigestsSource::clusterRead(const SourceResult &result)
{
    m_result = result;
    m_lookups = registryLookups(m_result, m_registries);
    m_lookupSources.resize(size_t(m_registries.size()));
    for (qsizetype r = 0; r < m_lookups.size(); ++r) {
        if (!m_lookups[r].isEmpty())
            ++m_outstanding;
    }
    if (m_outstanding == 0)
        return emitResult();
    for (qsizetype r = 0; r < m_lookups.size(); ++r) {
        if (!m_lookups[r].isEmpty())
            resolveCredential(r);
    }
}

void RegistryDigestsSource::resolveCredential(qsizetype registry)
{
    const CredentialRef &ref = m_registries[registry].credentials;
    if (ref.kind == CredentialRef::Kind::None)
        return lookUp(registry, {});
    if (!m_credentials)
        m_credentials = std::make_unique<CompositeCredentialProvider>();
    m_credentials->request(ref, this, [this, registry](const CredentialAnswer &answer) {
        if (m_done)
            return;
        if (answer.secret)
            lookUp(registry, *answer.secret);
        else
            lookupFailed(registry, answer.errorString);
    });
}

void RegistryDigestsSource::lookUp(qsizetype registry, const QString &credential)
{
    // What is left of the source's time; a lookup with nearly none would only fail late.
    const qint64 remaining = qint64(m_context.timeoutMs) - m_clock.elapsed();
    if (remaining < 500)
        return lookupFailed(registry, tr("no time left of the source's timeout"));
    QVariantList repositories;
    const QList<RegistryLookup> &lookups = m_lookups[registry];
    for (qsizetype n = 0; n < lookups.size(); ++n)
        repositories.append(
            QVariantMap{{u"name"_s, lookupName(n)}, {u"path"_s, lookups[n].path}, {u"tag"_s, lookups[n].tag}});
    SourceContext context;
    context.sourceId = m_context.sourceId;
    context.environment = m_context.environment;
    context.workspaceDirectory = m_context.workspaceDirectory;
    context.options = m_registries[registry].options;
    context.options.insert(u"repositories"_s, repositories);
    context.credential = credential;
    context.timeoutMs = int(remaining);
    auto source = std::make_unique<RegistrySource>(context);
    connect(source.get(), &Source::valuesAvailable, this,
            [this, registry](const SourceResult &found) { lookupDone(registry, found); });
    connect(source.get(), &Source::failed, this,
            [this, registry](const QString &error) { lookupFailed(registry, error); });
    Source *started = source.get();
    m_lookupSources[size_t(registry)] = std::move(source);
    started->start();
}

void RegistryDigestsSource::lookupDone(qsizetype registry, const SourceResult &found)
{
    const qint32 layer = qint32(m_result.layers.size());
    m_result.layers.append({m_context.sourceId, tr("registry %1").arg(m_registries[registry].host),
                            RegistrySource::safeUrl(m_registries[registry].url)});
    const QList<RegistryLookup> &lookups = m_lookups[registry];
    for (qsizetype n = 0; n < lookups.size(); ++n) {
        const auto digest = found.entries.constFind(u"image/%1/digest"_s.arg(lookupName(n)));
        if (digest == found.entries.cend())
            continue; // no such tag: the registry source said so in a warning
        for (const QString &imageKey : lookups[n].imageKeys) {
            Entry entry;
            entry.value = digest->value;
            entry.provenance.append(
                {layer, 0, 0, u"%1:%2 → %3"_s.arg(lookups[n].path, lookups[n].tag, digest->value.display())});
            m_result.entries.insert(imageKey + u"/registryDigest"_s, entry);
        }
    }
    for (const QString &warning : found.warnings)
        m_result.warnings.append(tr("registry %1: %2").arg(m_registries[registry].host, warning));
    finishOne();
}

void RegistryDigestsSource::lookupFailed(qsizetype registry, const QString &error)
{
    // Unknown, not missing: a registry that did not answer says nothing about the tags.
    const QString host = m_registries[registry].host;
    for (const RegistryLookup &lookup : std::as_const(m_lookups[registry])) {
        for (const QString &imageKey : lookup.imageKeys) {
            Entry entry;
            entry.value = Value::masked(tr("unknown: registry %1 failed").arg(host));
            m_result.entries.insert(imageKey + u"/registryDigest"_s, entry);
        }
    }
    m_result.warnings.append(tr("registry %1: the running tags were not looked up: %2").arg(host, error));
    finishOne();
}

void RegistryDigestsSource::finishOne()
{
    if (--m_outstanding == 0)
        emitResult();
}

void RegistryDigestsSource::emitResult()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT valuesAvailable(m_result);
}

void RegistryDigestsSource::emitFailure(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
}

std::unique_ptr<Source> withRegistryDigests(const SourceContext &context, std::unique_ptr<Source> cluster)
{
    if (!context.options.contains(u"registries"_s))
        return cluster;
    return std::make_unique<RegistryDigestsSource>(context, std::move(cluster));
}

} // namespace DriftDeck
