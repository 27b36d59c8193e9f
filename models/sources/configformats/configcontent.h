#pragma once

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
    // Whether finish() swaps keys and values for copies shared with other files (see
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
    // Until a setting is inherited, settings are only appended and a repeated key is found when
    // the file is finished (one lookup a key instead of three); index() switches to looking each
    // key up as it comes, which ranks need.
    void index();
    void addFullSetting(QString fullKey, const Value &value, TextPosition position, int rank);
    void removeRepeated();
    void warnRepeated(const ConfigSetting &earlier, TextPosition position);

    QString m_displayPath;
    QString m_prefix;
    ConfigFileContent m_content;
    QHash<QString, qsizetype> m_index; // full key -> position in m_content.settings, once indexed
    QList<int> m_ranks;
    bool m_indexed = false;
    bool m_shared = false;
};

} // namespace DriftDeck
