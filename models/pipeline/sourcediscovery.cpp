#include "sourcediscovery.h"

#include "sourcecontext.h"
#include "sources/sourcefactory.h"
#include "workspace/credentials.h"

#include <QTimer>

#include <algorithm>

namespace DriftDeck {

using namespace Qt::StringLiterals;

struct SourceDiscovery::Lister {
    int discovery = -1;
    const SourceSpec *spec = nullptr; // the source that lists; null when the workspace has none by that id
    QString environment; // whose settings of it list
    std::unique_ptr<Source> source;
    QTimer watchdog;
    bool finished = false;
};

SourceDiscovery::SourceDiscovery(const Workspace &workspace, SnapshotPtr previous, CredentialProvider *credentials,
                                 int watchdogGraceMs, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_previous(std::move(previous))
    , m_credentials(credentials)
    , m_watchdogGraceMs(watchdogGraceMs)
{
}

SourceDiscovery::~SourceDiscovery()
{
    cancel();
}

bool SourceDiscovery::isNeeded(const Workspace &workspace)
{
    return std::any_of(workspace.discoveries.cbegin(), workspace.discoveries.cend(),
                       [](const EnvironmentDiscovery &d) { return !d.source.isEmpty(); });
}

void SourceDiscovery::start()
{
    for (int i = 0; i < m_workspace.discoveries.size(); ++i) {
        if (m_workspace.discoveries[i].source.isEmpty())
            continue;
        const EnvironmentDiscovery &discovery = m_workspace.discoveries[i];
        auto lister = std::make_unique<Lister>();
        lister->discovery = i;
        const auto spec = std::find_if(m_workspace.sources.cbegin(), m_workspace.sources.cend(),
                                       [&](const SourceSpec &s) { return s.id == discovery.source; });
        lister->spec = spec == m_workspace.sources.cend() ? nullptr : &*spec;
        lister->environment = discovery.listingEnvironment(m_workspace.baseline);
        lister->watchdog.setSingleShot(true);
        m_listers.push_back(std::move(lister));
    }
    m_pending = int(m_listers.size());
    // Answers (and failures found before any request) arrive from the event loop, never from
    // inside start(): the capture connects first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (auto &lister : m_listers) {
                if (m_cancelled)
                    return;
                if (!lister->spec) {
                    complete(
                        *lister,
                        SourceResult::failure(
                            tr("no source has the id \"%1\"").arg(m_workspace.discoveries[lister->discovery].source)));
                    continue;
                }
                const CredentialRef ref = lister->spec->credentialsFor(lister->environment);
                if (ref.kind == CredentialRef::Kind::None) {
                    launch(*lister, {});
                } else if (!m_credentials) {
                    complete(*lister,
                             SourceResult::failure(tr("No credential store is available for \"%1\"").arg(ref.name)));
                } else {
                    Lister *target = lister.get();
                    m_credentials->request(ref, this, [this, target](const CredentialAnswer &answer) {
                        if (target->finished || m_cancelled)
                            return;
                        if (answer.secret)
                            launch(*target, *answer.secret);
                        else
                            complete(*target, SourceResult::failure(answer.errorString));
                    });
                }
            }
        },
        Qt::QueuedConnection);
}

void SourceDiscovery::launch(Lister &lister, const QString &credential)
{
    const EnvironmentDiscovery &discovery = m_workspace.discoveries[lister.discovery];
    const SourceSpec &spec = *lister.spec;
    EnvironmentSpec listing;
    listing.name = lister.environment;
    SourceContext context = sourceContextFor(m_workspace, spec, listing, credential);
    context.options.insert(DiscoveryListing::What, spec.type == u"registry" ? u"tags"_s : u"namespaces"_s);
    context.options.insert(DiscoveryListing::LabelSelector, discovery.labelSelector);
    context.options.insert(DiscoveryListing::Repository, discovery.repository);

    lister.source = SourceFactory::instance().create(context, spec.type);
    if (!lister.source)
        return complete(lister, SourceResult::failure(tr("Unknown source type \"%1\"").arg(spec.type)));
    connect(lister.source.get(), &Source::valuesAvailable, this,
            [this, &lister](const SourceResult &result) { complete(lister, result); });
    connect(lister.source.get(), &Source::failed, this,
            [this, &lister](const QString &error) { complete(lister, SourceResult::failure(error)); });
    // The source keeps its own deadline; the watchdog only ends one that never reports back.
    connect(&lister.watchdog, &QTimer::timeout, this, [this, &lister] {
        complete(lister,
                 SourceResult::failure(
                     tr("No answer within %1 s").arg(QString::number(lister.watchdog.interval() / 1000.0, 'g', 3))));
    });
    lister.watchdog.start(context.timeoutMs + m_watchdogGraceMs);
    lister.source->start();
}

void SourceDiscovery::complete(Lister &lister, const SourceResult &result)
{
    if (lister.finished || m_cancelled)
        return;
    lister.finished = true;
    lister.watchdog.stop();
    if (lister.source) {
        // We may be inside the source's own signal: let it return before it is deleted.
        lister.source->disconnect(this);
        lister.source->cancel();
        lister.source.release()->deleteLater();
    }
    const EnvironmentDiscovery &discovery = m_workspace.discoveries[lister.discovery];
    DiscoveryResult found;
    if (result.ok()) {
        QHash<QString, QString> names;
        for (auto it = result.entries.cbegin(); it != result.entries.cend(); ++it)
            names.insert(it.key(), it->value.display());
        found = discoverFromListing(discovery, names, m_workspace.environmentNames());
    } else {
        found = keptFromPrevious(discovery);
        found.warnings.prepend(
            (found.environments.isEmpty()
                 ? tr("%1: the environments could not be listed: %2")
                 : tr("%1: the environments could not be listed: %2; the %n found by the last capture are kept", "",
                      int(found.environments.size())))
                .arg(discoveryLabel(discovery), result.errorString));
    }
    m_listed.insert(lister.discovery, found);
    if (--m_pending == 0)
        Q_EMIT finished(m_listed);
}

DiscoveryResult SourceDiscovery::keptFromPrevious(const EnvironmentDiscovery &discovery) const
{
    DiscoveryResult kept;
    if (!m_previous)
        return kept;
    const QString group = discovery.groupName();
    for (const EnvironmentCapture &environment : m_previous->environments) {
        if (environment.group == group && m_workspace.environmentIndex(environment.name) < 0)
            kept.environments.append({environment.name, {}, {}});
    }
    return kept;
}

void SourceDiscovery::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    for (auto &lister : m_listers) {
        lister->watchdog.stop();
        if (lister->source) {
            lister->source->disconnect(this);
            lister->source->cancel();
            lister->source.release()->deleteLater();
        }
    }
}

} // namespace DriftDeck
