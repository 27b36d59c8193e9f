#include "snapshotassembler.h"

#include "background/parallel.h"

#include <QThread>

#include <algorithm>
#include <atomic>

namespace DriftDeck {

namespace {

// Secrets must not survive anywhere in an entry: the value becomes a fingerprint and every
// layer's display of it is dropped. A URL carrying a password is blanked in any layer.
void protectEntry(const QString &key, const QString &originalName, Entry &entry, const SecretPolicy &secrets)
{
    if (entry.sensitive && !entry.value.isSecret() && !entry.value.isMasked())
        entry.value = Value::secret(secrets.fingerprint(entry.value));
    else
        entry.value = secrets.protect(key, entry.value, originalName);
    const bool secret = entry.value.isSecret();
    for (Origin &origin : entry.provenance) {
        if (secret || SecretPolicy::looksLikeSecret(origin.display))
            origin.display.clear();
    }
}

// Whether protectEntry() would change anything, answered without touching the entry.
bool needsProtection(const QString &key, const QString &originalName, const Entry &entry, SecretKeyVerdicts &keys)
{
    if (entry.value.isSecret() || entry.value.isMasked()) {
        for (const Origin &origin : entry.provenance) {
            if (!origin.display.isEmpty() && (entry.value.isSecret() || SecretPolicy::looksLikeSecret(origin.display)))
                return true;
        }
        return false;
    }
    if (entry.sensitive || keys.makesSecret(key, entry.value, originalName))
        return true;
    // The value's own text was judged above and is no secret; a layer that said something else
    // (a lower layer's value) is judged here.
    const QString &display = entry.value.display();
    for (const Origin &origin : entry.provenance) {
        const bool same = origin.display.constData() == display.constData() || origin.display == display;
        if (!same && SecretPolicy::looksLikeSecret(origin.display))
            return true;
    }
    return false;
}

// The common first source of an environment (a config-files source whose entries are shared
// with the parsed-file cache): the hash is taken as it is, without a copy, unless an entry must
// change. Returns false when it cannot be used.
bool adoptResult(EnvironmentCapture &capture, int statusIndex, SourceResult &result, SecretKeyVerdicts &keys)
{
    if (!capture.entries.isEmpty() || !capture.layers.isEmpty() || statusIndex != 0)
        return false;
    const EntryMap &entries = std::as_const(result.entries);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (it->source != statusIndex || needsProtection(it.key(), result.originalNames.value(it.key()), *it, keys))
            return false;
    }
    capture.layers = result.layers;
    capture.entries = entries; // shared, not copied
    result = SourceResult();
    return true;
}

void mergeResult(EnvironmentCapture &capture, int statusIndex, SourceResult &result, const SecretPolicy &secrets,
                 SecretKeyVerdicts &keys)
{
    if (adoptResult(capture, statusIndex, result, keys))
        return;
    const qint32 layerOffset = qint32(capture.layers.size());
    capture.layers.append(result.layers);
    capture.entries.reserve(capture.entries.size() + result.entries.size());
    // Read without detaching: the entries are often shared with the parsed-file cache, and
    // a detach would copy all of them only to move them again.
    const EntryMap &entries = std::as_const(result.entries);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        Entry entry = it.value();
        if (layerOffset != 0) {
            for (Origin &origin : entry.provenance)
                origin.layer += layerOffset;
        }
        entry.source = statusIndex;
        if (needsProtection(it.key(), result.originalNames.value(it.key()), entry, keys))
            protectEntry(it.key(), result.originalNames.value(it.key()), entry, secrets);
        auto existing = capture.entries.find(it.key());
        if (existing == capture.entries.end()) {
            capture.entries.emplace(it.key(), std::move(entry));
        } else {
            // A later source overrides an earlier one; keep the whole chain for provenance.
            entry.provenance = existing->provenance + entry.provenance;
            *existing = std::move(entry);
        }
    }
    result = SourceResult(); // free the source's copy early
}

// The failing source's keys from the previous capture, marked stale, so the user still sees
// the last good value next to the reason it could not be refreshed.
void carryOverStale(EnvironmentCapture &capture, int statusIndex, const SourceStatus &status,
                    const EnvironmentCapture &previous)
{
    int previousIndex = -1;
    for (qsizetype i = 0; i < previous.sources.size(); ++i) {
        if (previous.sources[i].id == status.id)
            previousIndex = int(i);
    }
    if (previousIndex < 0)
        return;
    QHash<qint32, qint32> layerMap;
    for (qsizetype i = 0; i < previous.layers.size(); ++i) {
        if (previous.layers[i].source == status.id) {
            layerMap.insert(qint32(i), qint32(capture.layers.size()));
            capture.layers.append(previous.layers[i]);
        }
    }
    for (auto it = previous.entries.cbegin(); it != previous.entries.cend(); ++it) {
        if (it->source != previousIndex || capture.entries.contains(it.key()))
            continue;
        Entry entry = it.value();
        entry.source = statusIndex;
        entry.stale = true;
        for (Origin &origin : entry.provenance)
            origin.layer = layerMap.value(origin.layer, -1);
        capture.entries.emplace(it.key(), std::move(entry));
    }
}

} // namespace

Snapshot assembleSnapshot(const Workspace &workspace, const SecretPolicy &secrets, const Snapshot *previous,
                          std::vector<SourceOutcome> outcomes, const QDateTime &takenAt)
{
    Snapshot snapshot;
    snapshot.workspaceName = workspace.name;
    snapshot.workspacePath = workspace.filePath;
    snapshot.takenAt = takenAt;
    snapshot.baseline = workspace.baseline;
    snapshot.saltId = secrets.saltId();
    snapshot.policy = workspace.policy;
    for (const EnvironmentSpec &spec : workspace.environments) {
        EnvironmentCapture capture;
        capture.name = spec.name;
        capture.displayName = spec.displayName.isEmpty() ? spec.name : spec.displayName;
        capture.colour = spec.colour;
        capture.group = spec.group;
        snapshot.environments.append(capture);
    }

    // Environments are independent: merge them in parallel, a worker per core taking the next
    // environment, each with its own memo of secret keys (a key is judged once per worker, not in
    // every environment).
    EnvironmentCapture *captures = snapshot.environments.data(); // detach once, before the threads
    const int count = int(snapshot.environments.size());
    std::atomic_int next{0};
    parallelFor(std::min(count, std::max(1, QThread::idealThreadCount())), [&](int) {
        SecretKeyVerdicts keys(secrets);
        for (int env = next++; env < count; env = next++) {
            EnvironmentCapture &capture = captures[env];
            const EnvironmentCapture *before = nullptr;
            if (previous) {
                const int p = previous->environmentIndex(capture.name);
                before = p >= 0 ? &previous->environments[p] : nullptr;
            }
            for (SourceOutcome &outcome : outcomes) {
                if (outcome.environment != env)
                    continue;
                const int statusIndex = int(capture.sources.size());
                if (outcome.status.state != SourceState::Ok && before) {
                    for (const SourceStatus &old : before->sources) {
                        if (old.id == outcome.status.id)
                            outcome.status.lastSuccess = old.state == SourceState::Ok ? old.fetchedAt : old.lastSuccess;
                    }
                }
                capture.sources.append(outcome.status);
                if (outcome.status.state == SourceState::Ok)
                    mergeResult(capture, statusIndex, outcome.result, secrets, keys);
                else if (before)
                    carryOverStale(capture, statusIndex, outcome.status, *before);
            }
        }
    });
    snapshot.buildIndex();
    return snapshot;
}

} // namespace DriftDeck
