#include "configcontent.h"

#include "keypool.h"

#include <QCoreApplication>
#include <QMultiHash>
#include <QMutex>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::ConfigFormats, the same in lupdate and at run time.
struct ConfigFormatsText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ConfigFormats)
};

// Values that files share (twenty environments' files mostly hold the same values) are held
// once in memory, as keys are (KeyPool). Looked up once per distinct value of a file (builders
// remember what they looked up), so one lock is enough.
class SharedValues
{
public:
    static SharedValues &instance()
    {
        static SharedValues pool;
        return pool;
    }

    Value pooled(const Value &value)
    {
        QMutexLocker locker(&m_mutex);
        for (auto it = m_values.constFind(value.display()); it != m_values.cend() && it.key() == value.display();
             ++it) {
            if (it->kind() == value.kind() && it->canonical() == value.canonical())
                return *it;
        }
        // Started afresh once it holds far more than any workspace needs: what others still
        // hold stays valid, only files read later no longer share with those read before.
        if (m_values.size() >= MaximumValues)
            m_values.clear();
        m_values.insert(value.display(), value);
        return value;
    }

private:
    static constexpr qsizetype MaximumValues = 1 << 22;

    QMutex m_mutex;
    QMultiHash<QString, Value> m_values; // by display
};

} // namespace

ConfigFormat configFormatForPath(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const QStringView name = slash >= 0 ? path.mid(slash + 1) : path;
    const auto endsWith = [name](QLatin1StringView suffix) {
        return name.endsWith(suffix, Qt::CaseInsensitive);
    };
    if (endsWith(QLatin1StringView(".yaml")) || endsWith(QLatin1StringView(".yml")))
        return ConfigFormat::Yaml;
    if (endsWith(QLatin1StringView(".json")))
        return ConfigFormat::Json;
    if (endsWith(QLatin1StringView(".properties")))
        return ConfigFormat::Properties;
    if (endsWith(QLatin1StringView(".env")) || name.startsWith(QLatin1StringView(".env"), Qt::CaseInsensitive))
        return ConfigFormat::Dotenv;
    return ConfigFormat::Unknown;
}

QString configErrorAt(const QString &path, TextPosition position, const QString &message)
{
    QString text = path;
    if (position.line > 0) {
        text += u':' + QString::number(position.line);
        if (position.column > 0)
            text += u':' + QString::number(position.column);
    }
    return text + QLatin1StringView(": ") + message;
}

ConfigContentBuilder::ConfigContentBuilder(QString displayPath, QString keyPrefix)
    : m_displayPath(std::move(displayPath))
    , m_prefix(std::move(keyPrefix))
{
}

void ConfigContentBuilder::addSetting(const QString &key, const Value &value, TextPosition position, int rank)
{
    if (failed())
        return;
    m_scratch.truncate(0); // keeps its room
    m_scratch.append(m_prefix).append(key);
    addKey(m_scratch, value, position, rank);
}

void ConfigContentBuilder::addSetting(QStringView parent, QLatin1StringView name, const Value &value,
                                      TextPosition position)
{
    if (failed())
        return;
    m_scratch.truncate(0);
    m_scratch.append(m_prefix).append(parent).append(name);
    addKey(m_scratch, value, position, 0);
}

void ConfigContentBuilder::addSetting(QStringView parent, QStringView name, const Value &value, TextPosition position)
{
    if (failed())
        return;
    m_scratch.truncate(0);
    m_scratch.append(m_prefix).append(parent).append(name);
    addKey(m_scratch, value, position, 0);
}

void ConfigContentBuilder::addKey(QStringView fullKey, const Value &value, TextPosition position, int rank)
{
    if (rank > 0 && !m_indexed)
        index(); // merge keys: from here on each key is looked up as it comes
    if (m_indexed || m_prefix.isEmpty())
        addFullSetting(fullKey.toString(), value, position, rank);
    else
        addEntry(fullKey, value, position);
}

void ConfigContentBuilder::addEntry(QStringView fullKey, const Value &value, TextPosition position)
{
    const KeyPool::Key *pooled = m_shared ? KeyPool::shared().intern(fullKey, m_keyCursor) : nullptr;
    const size_t hash = pooled ? pooled->hash : EntryMap::hashOf(fullKey);
    QString key = pooled ? pooled->text : fullKey.toString();
    const Value &shared = m_shared ? pooledValue(value) : value;
    // Made in place and moved in: the pooled key and value are counted by both reading threads,
    // so each copy would be a count that the other core's cache has to give up first. Source 0:
    // what the snapshot assembler gives the first source of an environment, so it can keep these
    // entries shared instead of changing every one.
    const auto entry = [&] {
        return Entry{shared, Provenance(Origin{0, position.line, position.column, shared.display()}), 0, false};
    };
    const auto [it, added] = m_content.firstLayerEntries.tryInsert(std::move(key), hash, entry());
    if (added)
        return;
    // Said again: the first place keeps the last value, as if looked up on the way.
    const Origin &earlier = it->provenance.constFirst();
    if (!m_firstPositions.contains(it.index()))
        m_firstPositions.insert(it.index(), TextPosition{earlier.line, earlier.column});
    warnRepeated(it.key(), earlier.line, position);
    *it = entry();
}

const Value &ConfigContentBuilder::pooledValue(const Value &value)
{
    auto known = m_pooledValues.find(value.identity());
    if (known == m_pooledValues.end())
        known = m_pooledValues.insert(value.identity(), {value, SharedValues::instance().pooled(value)});
    return known->second;
}

void ConfigContentBuilder::addFullSetting(QString fullKey, const Value &value, TextPosition position, int rank)
{
    if (!m_indexed) {
        // Files without a prefix: appended as written, repeated keys found once in finish().
        m_content.settings.append(ConfigSetting{std::move(fullKey), value, position});
        return;
    }
    const auto existing = m_index.constFind(fullKey);
    if (existing == m_index.cend()) {
        m_index.insert(fullKey, m_content.settings.size());
        m_content.settings.append(ConfigSetting{fullKey, value, position});
        m_ranks.append(rank);
        return;
    }
    const qsizetype index = *existing;
    const int existingRank = m_ranks[index];
    if (rank > 0 && (existingRank == 0 || rank > existingRank))
        return; // a written key beats what a merge key brings in
    if (rank == 0 && existingRank == 0)
        warnRepeated(m_content.settings[index].key, m_content.settings[index].position.line, position);
    m_content.settings[index] = ConfigSetting{fullKey, value, position};
    m_ranks[index] = rank;
}

void ConfigContentBuilder::warnRepeated(QStringView key, qint32 earlierLine, TextPosition position)
{
    addWarning(position,
               ConfigFormatsText::tr("“%1” is set again here (line %2); the later value wins")
                   .arg(key.sliced(m_prefix.size()))
                   .arg(earlierLine));
}

void ConfigContentBuilder::index()
{
    // The entries added so far become settings, in their order.
    EntryMap &entries = m_content.firstLayerEntries;
    m_content.settings.reserve(m_content.settings.size() + entries.size());
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const Origin &origin = it->provenance.constFirst();
        m_content.settings.append(ConfigSetting{it.key(), it->value, {origin.line, origin.column}});
    }
    entries.clear();
    m_firstPositions.clear();
    removeRepeated();
    m_index.reserve(m_content.settings.size());
    for (qsizetype i = 0; i < m_content.settings.size(); ++i)
        m_index.insert(m_content.settings[i].key, i);
    m_ranks = QList<int>(m_content.settings.size(), 0);
    m_indexed = true;
}

void ConfigContentBuilder::removeRepeated()
{
    // The first place of a key keeps the last value written for it, as if looked up on the way.
    struct Place {
        qsizetype at = -1; // -1 for a key met the first time (operator[]: one lookup a key)
    };
    QHash<QString, Place> first;
    first.reserve(m_content.settings.size());
    QList<ConfigSetting> &settings = m_content.settings;
    qsizetype kept = 0;
    for (qsizetype i = 0; i < settings.size(); ++i) {
        Place &place = first[settings[i].key];
        if (place.at < 0) {
            place.at = kept;
            if (kept != i)
                settings[kept] = std::move(settings[i]);
            ++kept;
            continue;
        }
        warnRepeated(settings[place.at].key, settings[place.at].position.line, settings[i].position);
        settings[place.at] = std::move(settings[i]);
    }
    settings.resize(kept);
}

void ConfigContentBuilder::addSection(const QString &key, TextPosition position)
{
    if (!failed())
        m_content.sections.insert(m_prefix + key, position);
}

void ConfigContentBuilder::addWarning(TextPosition position, const QString &message)
{
    m_content.warnings.append(configErrorAt(m_displayPath, position, message));
}

void ConfigContentBuilder::fail(TextPosition position, const QString &message)
{
    if (!failed())
        m_content.errorString = configErrorAt(m_displayPath, position, message);
}

void ConfigContentBuilder::deriveSections()
{
    QStringView previous;
    const auto derive = [&](const QString &key, TextPosition position) {
        qsizetype dot = key.indexOf(u'.', m_prefix.size());
        while (dot > 0) {
            // Neighbouring keys mostly share their sections ("a.b.x", "a.b.y"): one seen in the
            // key just before is known already.
            const QStringView section = QStringView(key).first(dot);
            const bool seen = previous.size() > dot && previous[dot] == u'.' && previous.startsWith(section);
            if (!seen) {
                const QString name = section.toString();
                if (!m_content.sections.contains(name))
                    m_content.sections.insert(name, position);
            }
            dot = key.indexOf(u'.', dot + 1);
        }
        previous = key;
    };
    for (const ConfigSetting &setting : std::as_const(m_content.settings))
        derive(setting.key, setting.position);
    const EntryMap &entries = std::as_const(m_content.firstLayerEntries);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const Origin &origin = it->provenance.constFirst();
        derive(it.key(), m_firstPositions.value(it.index(), TextPosition{origin.line, origin.column}));
    }
}

ConfigFileContent ConfigContentBuilder::finish(bool deriveSections)
{
    if (failed()) {
        ConfigFileContent failure;
        failure.errorString = m_content.errorString;
        return failure;
    }
    if (deriveSections)
        this->deriveSections();
    if (m_shared) {
        for (ConfigSetting &setting : m_content.settings) {
            if (const KeyPool::Key *pooled = KeyPool::shared().intern(setting.key, m_keyCursor))
                setting.key = pooled->text;
            setting.value = pooledValue(setting.value);
        }
    }
    m_index.clear();
    m_ranks.clear();
    m_pooledValues.clear();
    m_firstPositions.clear();
    if (m_prefix.isEmpty()) {
        if (!m_indexed)
            removeRepeated();
        return std::move(m_content);
    }
    if (m_indexed) {
        // Settings looked up as they came (see index()) have no repeated keys.
        EntryMap &entries = m_content.firstLayerEntries;
        entries.reserve(m_content.settings.size());
        for (const ConfigSetting &setting : std::as_const(m_content.settings)) {
            const Origin origin{0, setting.position.line, setting.position.column, setting.value.display()};
            entries.insert(setting.key, Entry{setting.value, {origin}, 0, false});
        }
        m_content.settings = QList<ConfigSetting>(); // the entries hold them (see ConfigFileContent)
    }
    return std::move(m_content);
}

} // namespace DriftDeck
