#pragma once

#include "source.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

namespace DriftDeck {

// A problem inside a structured option (a list of maps, a map of queries), found by
// SourceOption::check. path leads from the option to the node at fault: map keys as strings,
// list indexes as ints ({0, "metric"} is versions[0].metric).
struct OptionProblem {
    QVariantList path;
    QString message;
    bool atKey = false; // point at the key (an unknown or misspelt key), not at its value
};

// What one option of a source type accepts; the workspace loader validates against this, so a
// misspelt or mistyped option is reported with file, line and a did-you-mean.
struct SourceOption {
    enum class Kind { String, Url, Path, PathList, StringList, Boolean, Integer, Duration, Map, Any };
    QString name;
    Kind kind = Kind::String;
    bool required = false;
    QString description;
    // Checks what the option holds beyond its kind (keys of nested maps, their types, environment
    // names), so the loader reports each problem at its line. environments: the workspace's, or
    // null when a source checks its own options at run time.
    std::function<QList<OptionProblem>(const QVariant &value, const QStringList *environments)> check = {};
};

struct SourceType {
    QString name; // as written in the workspace: "config-files"
    QString description;
    QStringList keyPrefixes; // which keys it provides: {"config/"}
    QList<SourceOption> options;
    bool acceptsCredentials = false;
    // Reads local files and nothing else: a capture of only such sources never loads the TLS
    // backend and the system's CA certificates (half a second at start of `driftdeck check`).
    bool localFilesOnly = false;
    std::function<std::unique_ptr<Source>(const SourceContext &)> create;

    const SourceOption *option(QStringView name) const;
};

// The known source types. Built-in ones are registered explicitly by registerBuiltinSourceTypes()
// (a static library drops self-registering objects nobody references).
class SourceFactory
{
public:
    static SourceFactory &instance();

    void registerType(SourceType type);
    const SourceType *type(QStringView name) const;
    QStringList typeNames() const;

    std::unique_ptr<Source> create(const SourceContext &context, const QString &typeName) const;

private:
    SourceFactory();
    QList<SourceType> m_types;
};

// Defined in builtinsources.cpp: one line per connector.
void registerBuiltinSourceTypes(SourceFactory &factory);

} // namespace DriftDeck
