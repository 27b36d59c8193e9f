#pragma once

#include "keypool.h"
#include "snapshot/snapshot.h"
#include "values/value.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace DriftDeck {

// 1-based; 0 when unknown.
struct TextPosition {
    qint32 line = 0;
    qint32 column = 0;
};
} // namespace DriftDeck
Q_DECLARE_TYPEINFO(DriftDeck::TextPosition, Q_PRIMITIVE_TYPE);
namespace DriftDeck {

// One setting as a file wrote it, flattened: nested maps become dotted keys, lists stay whole.
struct ConfigSetting {
    QString key; // with the reader's prefix ("config/database.poolSize"); the variable name for .env
    Value value;
    TextPosition position; // where the key is written
};
} // namespace DriftDeck
Q_DECLARE_TYPEINFO(DriftDeck::ConfigSetting, Q_RELOCATABLE_TYPE);
namespace DriftDeck {

// Everything read from one configuration file. Immutable once built and shared between the
// sources of all environments that read the same file.
struct ConfigFileContent {
    // Each key once, in file order, the last occurrence's value at the first one's place. Only
    // for files read without a key prefix (.env variables, which the caller maps to keys): the
    // others keep their settings as firstLayerEntries alone (twenty files of 100,000 keys would
    // hold both twice over), and forEachSetting() visits either.
    QList<ConfigSetting> settings;
    // Keys that are maps with children in this file ("config/database"), so a layer that
    // replaces a map by a scalar (or the other way round) can be recognised.
    QHash<QString, TextPosition> sections;
    // The settings as entries of a hierarchy's first layer (Origin::layer 0, the setting's
    // position, source 0), made once: every environment whose hierarchy starts with this file
    // shares them (implicitly) instead of building a hash of its own. Empty for files read
    // without a key prefix.
    EntryMap firstLayerEntries;
    QStringList warnings;
    QString errorString; // "config/staging.yaml:14:3: invalid YAML: …"; empty on success

    bool ok() const { return errorString.isEmpty(); }
    qsizetype settingCount() const { return settings.size() + firstLayerEntries.size(); }
    // function(const QString &key, const Value &value, TextPosition position), for every
    // setting; in file order for files without a key prefix, else in no particular order.
    template<typename Function> void forEachSetting(Function &&function) const
    {
        for (const ConfigSetting &setting : settings)
            function(setting.key, setting.value, setting.position);
        for (auto it = firstLayerEntries.cbegin(); it != firstLayerEntries.cend(); ++it) {
            const Origin &origin = it->provenance.constFirst();
            function(it.key(), it->value, TextPosition{origin.line, origin.column});
        }
    }
};

enum class ConfigFormat : quint8 { Unknown, Yaml, Json, Dotenv, Properties };

// By extension: .yaml/.yml, .json, .env (also "staging.env" and ".env.staging"), .properties.
ConfigFormat configFormatForPath(QStringView path);

// "path:line:column: message", leaving out what is unknown.
QString configErrorAt(const QString &path, TextPosition position, const QString &message);

// Nesting deeper than this is refused: real configuration never needs it, and recursion on
// hostile input must stay bounded.
constexpr int MaximumConfigDepth = 64;

// Collects the settings of one file in file order. A repeated key keeps its last value (with a
// warning). Settings can also be inherited (rank > 0: from a YAML merge key, the first merged map
// having rank 1): written settings beat inherited ones, and among those the lower rank wins.
class ConfigContentBuilder
{
public:
    ConfigContentBuilder(QString displayPath, QString keyPrefix);

    const QString &displayPath() const { return m_displayPath; }
    // Whether keys and values are swapped for copies shared with other files (KeyPool and
    // configcontent.cpp). Not for files that hold secrets by design (.env).
    void setShared(bool shared) { m_shared = shared; }

    void addSetting(const QString &key, const Value &value, TextPosition position, int rank = 0);
    // The key in two parts ("database." and "poolSize"), so the full key is made once: the
    // flat readers add hundreds of thousands of keys, and each copy is an allocation.
    void addSetting(QStringView parent, QLatin1StringView name, const Value &value, TextPosition position);
    void addSetting(QStringView parent, QStringView name, const Value &value, TextPosition position);
    // A key that holds a map with children, where the map is written.
    void addSection(const QString &key, TextPosition position);
    void addWarning(TextPosition position, const QString &message);
    // Records the error; the content built so far is discarded by finish().
    void fail(TextPosition position, const QString &message);
    bool failed() const { return !m_content.errorString.isEmpty(); }

    // Hands the content over. deriveSections: add the sections implied by dotted keys, for flat
    // formats (.properties, .env) where "a.b.c" is how nesting is written.
    ConfigFileContent finish(bool deriveSections);

private:
    // Files read with a key prefix go straight into firstLayerEntries, a key at a time: the key
    // is made in m_scratch and pooled (no string of its own when another file has it), its hash
    // taken once for the pool and the entries. Until a setting is inherited; then index() turns
    // the entries into settings, and from there each key is looked up in m_index as it comes,
    // which ranks need. Files without a prefix append settings, repeated keys found in finish().
    void addKey(QStringView fullKey, const Value &value, TextPosition position, int rank);
    void addEntry(QStringView fullKey, const Value &value, TextPosition position);
    void index();
    void addFullSetting(QString fullKey, const Value &value, TextPosition position, int rank);
    void removeRepeated();
    void warnRepeated(QStringView key, qint32 earlierLine, TextPosition position);
    void deriveSections();
    // The value shared with other files (see configcontent.cpp) for value, remembered by
    // identity: readers hand the same value for the same text, so most keys find it here. Valid
    // until the next call.
    const Value &pooledValue(const Value &value);

    QString m_displayPath;
    QString m_prefix;
    QString m_scratch; // the key being added, reused
    KeyPool::Cursor m_keyCursor;
    ConfigFileContent m_content;
    QHash<QString, qsizetype> m_index; // full key -> position in m_content.settings, once indexed
    QList<int> m_ranks;
    // Entries whose key came again: the first setting's position, where sections derived from
    // that key were first written (rare; by position in firstLayerEntries).
    QHash<qsizetype, TextPosition> m_firstPositions;
    // By Value::identity(): the value as the reader gave it (kept so its identity is not reused
    // while the file is read) and the pooled one.
    QHash<const void *, std::pair<Value, Value>> m_pooledValues;
    bool m_indexed = false;
    bool m_shared = false;
};

} // namespace DriftDeck
