#include "confighierarchy.h"

namespace DriftDeck {

namespace {

const QString &mapDisplay()
{
    static const QString display = QStringLiteral("{…}");
    return display;
}

// "config/a.b.c" -> "config/a", "config/a.b"
template<typename Function> void forEachAncestor(const QString &key, Function &&function)
{
    const qsizetype slash = key.indexOf(u'/');
    for (qsizetype dot = key.indexOf(u'.', slash + 1); dot > 0; dot = key.indexOf(u'.', dot + 1)) {
        if (function(key.left(dot)))
            return;
    }
}

} // namespace

Provenance ConfigHierarchy::originsOfSection(const QString &key) const
{
    Provenance origins;
    for (const LowerSections &lower : m_lowerSections) {
        const auto it = lower.sections.constFind(key);
        if (it != lower.sections.cend())
            origins.append(Origin{lower.layer, it->line, it->column, mapDisplay()});
    }
    return origins;
}

// Lower layers' keys below a key this layer sets to a single value are gone.
void ConfigHierarchy::removeChildrenOf(const QHash<QString, Provenance> &replaced)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        bool below = false;
        forEachAncestor(it.key(), [&](const QString &ancestor) { return below = replaced.contains(ancestor); });
        it = below ? m_entries.erase(it) : std::next(it);
    }
}

void ConfigHierarchy::addLayer(qint32 layer, const ConfigFileContent &content)
{
    if (m_entries.isEmpty() && m_lowerSections.isEmpty()) {
        // The common first layer: nothing to override, no structure to reconcile.
        if (layer == 0 && content.settings.isEmpty()) {
            m_entries = content.firstLayerEntries; // shared until a later layer changes a key
        } else {
            m_entries.reserve(content.settingCount());
            content.forEachSetting([&](const QString &key, const Value &value, TextPosition position) {
                const Origin origin{layer, position.line, position.column, value.display()};
                m_entries.insert(key, Entry{value, {origin}, -1, false});
            });
        }
        m_lowerSections.append({layer, content.sections});
        return;
    }

    // A map here where a lower layer had a single value: the value goes, its chain moves to the
    // keys of the map.
    QHash<QString, Provenance> replacedValues;
    for (auto it = content.sections.cbegin(); it != content.sections.cend(); ++it) {
        const auto entry = m_entries.constFind(it.key());
        if (entry != m_entries.cend()) {
            replacedValues.insert(it.key(), entry->provenance);
            m_entries.erase(entry);
        }
    }
    // A single value here where a lower layer had a map: the map's keys go.
    QHash<QString, Provenance> replacedMaps;
    if (!m_lowerSections.isEmpty()) {
        content.forEachSetting([&](const QString &key, const Value &, TextPosition) {
            if (m_entries.contains(key))
                return;
            Provenance origins = originsOfSection(key);
            if (!origins.isEmpty())
                replacedMaps.emplace(key, std::move(origins));
        });
    }
    if (!replacedMaps.isEmpty())
        removeChildrenOf(replacedMaps);

    content.forEachSetting([&](const QString &key, const Value &value, TextPosition position) {
        const Origin origin{layer, position.line, position.column, value.display()};
        auto it = m_entries.find(key);
        if (it != m_entries.end()) {
            it->value = value;
            it->provenance.append(origin);
            return;
        }
        Provenance provenance = replacedMaps.value(key);
        if (!replacedValues.isEmpty()) {
            forEachAncestor(key, [&](const QString &ancestor) {
                const auto replaced = replacedValues.constFind(ancestor);
                if (replaced == replacedValues.cend())
                    return false;
                provenance = *replaced + provenance;
                return true;
            });
        }
        provenance.append(origin);
        m_entries.insert(key, Entry{value, std::move(provenance), -1, false});
    });
    m_lowerSections.append({layer, content.sections});
}

} // namespace DriftDeck
