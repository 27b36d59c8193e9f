#pragma once

#include "configformats/configcontent.h"
#include "snapshot/snapshot.h"

#include <QHash>
#include <QList>

namespace DriftDeck {

// Merges one environment's configuration layers, lowest priority first, and keeps for every key
// the chain of layers that set it (the winner last). When a layer replaces a map by a single
// value, or a single value by a map, the higher layer wins and the replaced part stays visible
// at the start of the winning keys' chains.
class ConfigHierarchy
{
public:
    // layer: the index the Origins point at (SourceResult::layers).
    void addLayer(qint32 layer, const ConfigFileContent &content);

    qsizetype size() const { return m_entries.size(); }
    EntryMap takeEntries() { return std::move(m_entries); }

private:
    struct LowerSections {
        qint32 layer;
        QHash<QString, TextPosition> sections; // implicitly shared with the cached file content
    };

    Provenance originsOfSection(const QString &key) const;
    void removeChildrenOf(const QHash<QString, Provenance> &replaced);

    EntryMap m_entries;
    QList<LowerSections> m_lowerSections;
};

} // namespace DriftDeck
