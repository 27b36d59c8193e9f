#pragma once

#include "entrymap.h"
#include "provenance.h"
#include "values/value.h"
#include "workspace/policy.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace DriftDeck {

// One place a value came from: a file, an environment variable, a server endpoint.
struct Layer {
    QString source; // id of the source that read it
    QString label; // what a person recognises: "config/staging.yaml", "env DB_POOL_SIZE"
    QString location; // file path relative to the workspace folder, or a URL without credentials
};

enum class SourceState : quint8 { Pending, Fetching, Ok, Failed, Cancelled };
QString sourceStateName(SourceState state);

struct SourceStatus {
    QString id; // unique within the workspace
    QString type; // config-files, flag-file, registry, …
    QString label;
    QStringList keyPrefixes; // which keys it provides ("config/"), to tell unknown from missing
    SourceState state = SourceState::Pending;
    QString error; // never contains credentials
    QStringList warnings;
    QDateTime fetchedAt;
    QDateTime lastSuccess;
    qint64 latencyMs = -1;

    bool covers(QStringView key) const;
};

struct EnvironmentCapture {
    QString name;
    QString displayName;
    QString colour; // "#rrggbb" or empty
    // Discovered (preview) environments: the discovery's group ("Pull requests"), under which the
    // window gathers their columns; empty for declared environments.
    QString group;
    QList<Layer> layers;
    QList<SourceStatus> sources;
    EntryMap entries; // full key -> entry

    // A source of this environment that provides key failed (or was cancelled).
    const SourceStatus *failedSourceFor(QStringView key) const;
};

// One capture of every environment. Fill `environments`, then call buildIndex(): rows are the
// union of keys, ordered by category then key, with O(1) access to any cell.
class Snapshot
{
public:
    // 2: files carry the entries as compressed columns after a JSON header, with a checksum;
    // version 1 (entries inline as JSON) is still read, and is what SnapshotFile::toJson writes.
    static constexpr int FormatVersion = 2;

    QString workspaceName;
    QString workspacePath;
    QDateTime takenAt;
    QString baseline; // the workspace's default baseline at capture time
    QString saltId; // which salt the secret fingerprints were made with
    // About the capture as a whole rather than one source: "envs/pr-*: 25 matches, the newest 20
    // are compared".
    QStringList warnings;
    Policy policy;
    QList<EnvironmentCapture> environments;

    Snapshot() = default;
    Snapshot(const Snapshot &other) = default;
    Snapshot &operator=(const Snapshot &other) = default;
    Snapshot(Snapshot &&) noexcept = default;
    Snapshot &operator=(Snapshot &&) noexcept = default;

    void buildIndex();

    int rowCount() const { return int(m_keys.size()); }
    int environmentCount() const { return int(environments.size()); }
    const QString &key(int row) const { return m_keys[row]; }
    const QStringList &keys() const { return m_keys; }
    int rowOf(const QString &key) const; // -1 when absent
    // nullptr when the environment has no value for the key.
    const Entry *entry(int row, int environment) const
    {
        const quint32 index = m_cells[size_t(row) * m_envCount + environment];
        return index == NoEntry ? nullptr : &environments[environment].entries.entryAt(index);
    }
    int environmentIndex(QStringView name) const;

    // The label of the layer that won for this cell, or an empty string.
    QString winningLayerLabel(int row, int environment) const;

private:
    // From this many entries in the largest environment, buildIndex() looks keys up on every core.
    static constexpr qsizetype ParallelIndexEntries = 20000;

    // Cells hold the entry's position in its environment's map (EntryMap::entryAt): half the
    // size of a pointer, and still right in a copy, whose maps share the same nodes.
    static constexpr quint32 NoEntry = ~quint32(0);
    QStringList m_keys;
    std::vector<quint32> m_cells;
    size_t m_envCount = 0;
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

// Row order: category first (Versions, Configuration, …), then key.
bool keyLessThan(const QString &a, const QString &b);

} // namespace DriftDeck
