#include "configcontent.h"

#include <QCoreApplication>
#include <QMultiHash>
#include <QMutex>
#include <QSet>

#include <unordered_map>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::ConfigFormats, the same in lupdate and at run time.
struct ConfigFormatsText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ConfigFormats)
};

// Keys and values that files share (twenty environments' files list the same keys and mostly
// the same values) are held once in memory: a finished file swaps its own strings for the pooled
// ones in one pass under one lock.
class SharedStrings
{
public:
    static SharedStrings &instance()
    {
        static SharedStrings pool;
        return pool;
    }

    void share(QList<ConfigSetting> &settings)
    {
        // The file's distinct values, by identity of their strings: readers already share
        // repeated values within a file, so this is a short list.
        struct Identity {
            const void *display;
            const void *canonical;
            ValueKind kind;
            bool operator==(const Identity &) const = default;
        };
        struct IdentityHash {
            size_t operator()(const Identity &i) const
            {
                return std::hash<const void *>()(i.display) ^ (std::hash<const void *>()(i.canonical) << 1)
                    ^ size_t(i.kind);
            }
        };
        std::unordered_map<Identity, qsizetype, IdentityHash> local;
        QList<Value> distinct;
        QList<qsizetype> valueOf(settings.size());
        for (qsizetype i = 0; i < settings.size(); ++i) {
            const Value &v = settings[i].value;
            const Identity id{v.display().constData(), v.canonical().constData(), v.kind()};
            const auto [it, inserted] = local.try_emplace(id, distinct.size());
            if (inserted)
                distinct.append(v);
            valueOf[i] = it->second;
        }
        {
            QMutexLocker locker(&m_mutex);
            for (ConfigSetting &setting : settings)
                setting.key = *m_keys.insert(setting.key);
            for (Value &value : distinct)
                value = pooled(value);
            if (m_keys.size() + m_values.size() > MaximumPooled)
                prune();
        }
        for (qsizetype i = 0; i < settings.size(); ++i)
            settings[i].value = distinct[valueOf[i]];
    }

private:
    Value pooled(const Value &value)
    {
        for (auto it = m_values.constFind(value.display()); it != m_values.cend() && it.key() == value.display();
             ++it) {
            if (it->kind() == value.kind() && it->canonical() == value.canonical())
                return *it;
        }
        m_values.insert(value.display(), value);
        return value;
    }

    // Started afresh once it holds far more than any workspace needs: what others still hold
    // stays valid, only files read later no longer share with those read before.
    void prune()
    {
        m_keys.clear();
        m_values.clear();
    }

    QMutex m_mutex;
    QSet<QString> m_keys;
    QMultiHash<QString, Value> m_values; // by display
    static constexpr qsizetype MaximumPooled = 1 << 22;
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
    if (!failed())
        addFullSetting(m_prefix + key, value, position, rank);
}

void ConfigContentBuilder::addSetting(QStringView parent, QLatin1StringView name, const Value &value,
                                      TextPosition position)
{
    if (!failed())
        addFullSetting(m_prefix + parent + name, value, position, 0);
}

void ConfigContentBuilder::addSetting(QStringView parent, QStringView name, const Value &value, TextPosition position)
{
    if (!failed())
        addFullSetting(m_prefix + parent + name, value, position, 0);
}

void ConfigContentBuilder::addFullSetting(QString fullKey, const Value &value, TextPosition position, int rank)
{
    if (rank > 0 && !m_indexed)
        index(); // merge keys: from here on each key is looked up as it comes
    if (!m_indexed) {
        // Plain files: appended as written, repeated keys found once in finish().
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
        warnRepeated(m_content.settings[index], position);
    m_content.settings[index] = ConfigSetting{fullKey, value, position};
    m_ranks[index] = rank;
}

void ConfigContentBuilder::warnRepeated(const ConfigSetting &earlier, TextPosition position)
{
    addWarning(position,
               ConfigFormatsText::tr("“%1” is set again here (line %2); the later value wins")
                   .arg(QStringView(earlier.key).sliced(m_prefix.size()))
                   .arg(earlier.position.line));
}

void ConfigContentBuilder::index()
{
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
        warnRepeated(settings[place.at], settings[i].position);
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

ConfigFileContent ConfigContentBuilder::finish(bool deriveSections)
{
    if (failed()) {
        ConfigFileContent failure;
        failure.errorString = m_content.errorString;
        return failure;
    }
    QStringView previous;
    for (const ConfigSetting &setting : std::as_const(m_content.settings)) {
        if (!deriveSections)
            break;
        qsizetype dot = setting.key.indexOf(u'.', m_prefix.size());
        while (dot > 0) {
            // Neighbouring keys mostly share their sections ("a.b.x", "a.b.y"): one seen in the
            // key just before is known already.
            const QStringView section = QStringView(setting.key).first(dot);
            const bool seen = previous.size() > dot && previous[dot] == u'.' && previous.startsWith(section);
            if (!seen) {
                const QString name = section.toString();
                if (!m_content.sections.contains(name))
                    m_content.sections.insert(name, setting.position);
            }
            dot = setting.key.indexOf(u'.', dot + 1);
        }
        previous = setting.key;
    }
    if (m_shared)
        SharedStrings::instance().share(m_content.settings);
    m_index.clear();
    m_ranks.clear();
    if (m_prefix.isEmpty()) {
        if (!m_indexed)
            removeRepeated();
        return std::move(m_content);
    }
    // The entries double as the search for repeated keys (one hash lookup a key); in the rare
    // file that repeats one, the keys are sorted out first and the entries made again.
    EntryMap &entries = m_content.firstLayerEntries;
    entries.reserve(m_content.settings.size());
    bool repeated = false;
    for (const ConfigSetting &setting : std::as_const(m_content.settings)) {
        // Source 0: what the snapshot assembler gives the first source of an environment, so it
        // can keep these entries shared instead of changing every one.
        const Origin origin{0, setting.position.line, setting.position.column, setting.value.display()};
        if (!entries.tryInsert(setting.key, Entry{setting.value, {origin}, 0, false}).second) {
            repeated = true;
            break;
        }
    }
    if (repeated) {
        entries.clear();
        removeRepeated();
        for (const ConfigSetting &setting : std::as_const(m_content.settings)) {
            const Origin origin{0, setting.position.line, setting.position.column, setting.value.display()};
            entries.insert(setting.key, Entry{setting.value, {origin}, 0, false});
        }
    }
    m_content.settings = QList<ConfigSetting>(); // the entries hold them (see ConfigFileContent)
    return std::move(m_content);
}

} // namespace DriftDeck
