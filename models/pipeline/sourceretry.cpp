#include "sourceretry.h"

#include "workspace/environmentdiscovery.h"

#include <QSet>

namespace DriftDeck {

namespace {

int sourceIndex(const EnvironmentCapture &environment, const QString &sourceId)
{
    for (qsizetype i = 0; i < environment.sources.size(); ++i) {
        if (environment.sources[i].id == sourceId)
            return int(i);
    }
    return -1;
}

QSet<qint32> layersOf(const EnvironmentCapture &environment, const QString &sourceId)
{
    QSet<qint32> layers;
    for (qsizetype i = 0; i < environment.layers.size(); ++i) {
        if (environment.layers[i].source == sourceId)
            layers.insert(qint32(i));
    }
    return layers;
}

// A key whose provenance mixes the source's layers with another source's.
bool mixesSources(const Entry &entry, bool fromSource, const QSet<qint32> &sourceLayers)
{
    for (const Origin &origin : entry.provenance) {
        if (origin.layer >= 0 && sourceLayers.contains(origin.layer) != fromSource)
            return true;
    }
    return false;
}

} // namespace

bool sourceSharesKeys(const EnvironmentCapture &environment, const QString &sourceId, const EnvironmentCapture *fresh)
{
    const int index = sourceIndex(environment, sourceId);
    const QSet<qint32> sourceLayers = layersOf(environment, sourceId);
    for (auto it = environment.entries.cbegin(); it != environment.entries.cend(); ++it) {
        const bool fromSource = it->source == index;
        if (mixesSources(*it, fromSource, sourceLayers))
            return true;
        if (!fromSource && fresh && fresh->entries.contains(it.key()))
            return true;
    }
    return false;
}

Workspace retryWorkspace(const Workspace &workspace, const QString &environment, const QString &sourceId,
                         const Snapshot *latest)
{
    Workspace reduced = workspace;
    reduced.environments.clear();
    reduced.discoveries.clear(); // the one environment below is all this capture runs
    // A discovered environment is retried as long as its match still exists.
    for (const auto specs = withDiscoveredEnvironments(workspace).environments; const EnvironmentSpec &spec : specs) {
        if (spec.name == environment)
            reduced.environments.append(spec);
    }
    // One a source listed (a namespace, a tag) is retried as the last capture knew it: listing
    // again for one retry would cost a round trip and could not change what is retried.
    const int captured = latest ? latest->environmentIndex(environment) : -1;
    if (reduced.environments.isEmpty() && captured >= 0 && !latest->environments[captured].group.isEmpty()) {
        const EnvironmentCapture &known = latest->environments[captured];
        for (const EnvironmentDiscovery &discovery : workspace.discoveries) {
            if (!discovery.source.isEmpty() && discovery.groupName() == known.group) {
                reduced.environments.append(discoveredEnvironment(discovery, known.name, workspace.baseline));
                break;
            }
        }
    }
    if (!sourceId.isEmpty()) {
        reduced.sources.clear();
        for (const SourceSpec &spec : workspace.sources) {
            if (spec.id == sourceId)
                reduced.sources.append(spec);
        }
    }
    return reduced;
}

std::optional<EnvironmentCapture> spliceSource(const EnvironmentCapture &environment, const QString &sourceId,
                                               const EnvironmentCapture &fresh)
{
    const int index = sourceIndex(environment, sourceId);
    const int freshIndex = sourceIndex(fresh, sourceId);
    if (index < 0 || freshIndex < 0 || sourceSharesKeys(environment, sourceId, &fresh))
        return std::nullopt;

    EnvironmentCapture result;
    result.name = environment.name;
    result.displayName = environment.displayName;
    result.colour = environment.colour;
    result.sources = environment.sources;
    result.sources[index] = fresh.sources[freshIndex];

    // Keep the other sources' layers (renumbered), then append the fresh ones.
    QHash<qint32, qint32> kept;
    for (qsizetype i = 0; i < environment.layers.size(); ++i) {
        if (environment.layers[i].source != sourceId) {
            kept.insert(qint32(i), qint32(result.layers.size()));
            result.layers.append(environment.layers[i]);
        }
    }
    const qint32 offset = qint32(result.layers.size());
    result.layers.append(fresh.layers);

    result.entries.reserve(environment.entries.size() + fresh.entries.size());
    for (auto it = environment.entries.cbegin(); it != environment.entries.cend(); ++it) {
        if (it->source == index)
            continue;
        Entry entry = it.value();
        for (Origin &origin : entry.provenance)
            origin.layer = kept.value(origin.layer, -1);
        result.entries.emplace(it.key(), std::move(entry));
    }
    for (auto it = fresh.entries.cbegin(); it != fresh.entries.cend(); ++it) {
        if (it->source != freshIndex)
            continue;
        Entry entry = it.value();
        entry.source = index;
        for (Origin &origin : entry.provenance) {
            if (origin.layer >= 0)
                origin.layer += offset;
        }
        result.entries.emplace(it.key(), std::move(entry));
    }
    return result;
}

SnapshotPtr replaceEnvironment(const Snapshot &snapshot, const EnvironmentCapture &environment)
{
    auto updated = std::make_shared<Snapshot>(snapshot);
    const int index = updated->environmentIndex(environment.name);
    if (index < 0)
        return nullptr;
    updated->environments[index] = environment;
    updated->buildIndex();
    return updated;
}

} // namespace DriftDeck
