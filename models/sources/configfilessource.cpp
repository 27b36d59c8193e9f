#include "configfilessource.h"

#include "configformats/configfilecache.h"
#include "confighierarchy.h"
#include "configoptions.h"

#include <QFileInfo>

namespace DriftDeck {

namespace {

const QString &keyPrefix()
{
    static const QString prefix = QStringLiteral("config/");
    return prefix;
}

struct PlannedFile {
    ConfigFileCache::Request request;
    bool isDotenvOption = false; // the `dotenv` file, read as two layers
    ConfigFileContentPtr content;
};

// DATABASE_URL -> database.url, unless envMapping names the variable.
QString keyForVariable(const QString &variable, const QHash<QString, QString> &mapping, bool *mapped)
{
    const auto it = mapping.constFind(variable);
    *mapped = it != mapping.cend();
    if (*mapped)
        return *it;
    return variable.toLower().replace(u'_', u'.');
}

// The variables of a .env file as settings. which: 0 = all (a .env file in `layers`, where
// mapped names beat classic ones), 1 = classic names only, 2 = mapped names only.
// Every variable's name goes into originalNames under its full key, for the secret patterns.
ConfigFileContent variablesAsSettings(const ConfigFileContent &variables, const QHash<QString, QString> &mapping,
                                      const QString &displayPath, int which, QHash<QString, QString> *originalNames)
{
    ConfigContentBuilder builder(displayPath, keyPrefix());
    for (const ConfigSetting &variable : variables.settings) {
        bool mapped = false;
        const QString key = keyForVariable(variable.key, mapping, &mapped);
        if ((which == 1 && mapped) || (which == 2 && !mapped))
            continue;
        builder.addSetting(key, variable.value, variable.position, mapped ? 0 : 1);
        originalNames->insert(keyPrefix() + key, variable.key);
    }
    return builder.finish(true);
}

} // namespace

namespace {

SourceResult readConfigFiles(const SourceContext &context, const CancelFlag &cancelled)
{
    ConfigFilesOptions options;
    if (QString error = options.parse(context); !error.isEmpty())
        return SourceResult::failure(error);
    const Normaliser normaliser(context.normalisation);
    SourceResult result;

    // Which files exist, in priority order.
    QList<PlannedFile> files;
    bool anyLayer = false;
    const auto plan = [&](const QString &path, bool dotenv) -> bool {
        const QString absolute = context.resolvePath(path);
        const QFileInfo info(absolute);
        QString error;
        if (!info.exists() && options.optional)
            result.warnings.append(ConfigFilesSource::tr("%1: file not found; this layer is skipped").arg(path));
        else if (!info.exists())
            error = ConfigFilesSource::tr("%1: file not found").arg(path);
        else if (!info.isFile())
            error = ConfigFilesSource::tr("%1: not a file").arg(path);
        else if (configFormatForPath(path) == ConfigFormat::Unknown)
            error = ConfigFilesSource::tr("%1: unknown file format; use .yaml, .yml, .json, .env or .properties")
                        .arg(path);
        if (!error.isEmpty()) {
            result.errorString = error;
            return false;
        }
        if (!info.exists())
            return true;
        const ConfigFormat format = dotenv ? ConfigFormat::Dotenv : configFormatForPath(path);
        const bool variables = format == ConfigFormat::Dotenv;
        files.append({{absolute, path, format, variables ? QString() : keyPrefix()}, dotenv, nullptr});
        anyLayer = anyLayer || !dotenv;
        return true;
    };
    for (const QString &layer : std::as_const(options.layers)) {
        if (!plan(layer, false))
            return result;
    }
    if (!anyLayer) {
        return SourceResult::failure(ConfigFilesSource::tr("None of the configuration layers exists: %1")
                                         .arg(options.layers.join(QLatin1StringView(", "))));
    }
    if (!options.dotenv.isEmpty() && !plan(options.dotenv, true))
        return result;

    // Parse, or take from the cache. Files another source is parsing right now are left for last,
    // so this one reads its own files meanwhile.
    ConfigFileCache &cache = ConfigFileCache::instance();
    for (PlannedFile &file : files) {
        if (cancelled.load())
            return SourceResult::failure(ConfigFilesSource::tr("Cancelled"));
        file.content = cache.loadUnlessBusy(file.request, normaliser);
    }
    for (PlannedFile &file : files) {
        if (cancelled.load())
            return SourceResult::failure(ConfigFilesSource::tr("Cancelled"));
        if (!file.content)
            file.content = cache.load(file.request, normaliser);
        if (!file.content->ok())
            return SourceResult::failure(file.content->errorString);
        result.warnings += file.content->warnings;
    }

    ConfigHierarchy hierarchy;
    const auto addLayer = [&](const QString &label, const QString &location, const ConfigFileContent &content) {
        result.layers.append(Layer{context.sourceId, label, location});
        hierarchy.addLayer(qint32(result.layers.size() - 1), content);
    };
    if (options.defaults.settingCount() > 0 || !options.defaults.sections.isEmpty())
        addLayer(ConfigFilesSource::tr("defaults (workspace)"), QString(), options.defaults);
    for (const PlannedFile &file : std::as_const(files)) {
        const QString &path = file.request.displayPath;
        if (file.isDotenvOption) {
            addLayer(path, path,
                     variablesAsSettings(*file.content, options.envMapping, path, 1, &result.originalNames));
            const ConfigFileContent mapped
                = variablesAsSettings(*file.content, options.envMapping, path, 2, &result.originalNames);
            if (mapped.settingCount() > 0)
                addLayer(ConfigFilesSource::tr("%1 (mapped variables)").arg(path), path, mapped);
        } else if (file.request.format == ConfigFormat::Dotenv) {
            addLayer(path, path,
                     variablesAsSettings(*file.content, options.envMapping, path, 0, &result.originalNames));
        } else {
            addLayer(path, path, *file.content);
        }
    }
    result.entries = hierarchy.takeEntries();
    return result;
}

} // namespace

ConfigFilesSource::ConfigFilesSource(SourceContext context, QObject *parent)
    : FileSource(std::move(context), &readConfigFiles, parent)
{
}

SourceType configFilesSourceType()
{
    using Kind = SourceOption::Kind;
    SourceType type;
    type.localFilesOnly = true;
    type.name = ConfigFilesSource::TypeName;
    type.description = ConfigFilesSource::tr("Layered configuration files: defaults, then each layer in order, "
                                             "then a .env file; the later one wins.");
    type.keyPrefixes = {keyPrefix()};
    type.options = {
        {QStringLiteral("defaults"), Kind::Map, false,
         ConfigFilesSource::tr("Values with the lowest priority, written in the workspace.")},
        {QStringLiteral("layers"), Kind::PathList, true,
         ConfigFilesSource::tr("Files in priority order, lowest first (.yaml, .yml, .json, .env, .properties); "
                               "\"{env}\" is the environment's name.")},
        {QStringLiteral("dotenv"), Kind::Path, false,
         ConfigFilesSource::tr("A .env file for the environment; its variables override the layers "
                               "(LOG_LEVEL sets log.level).")},
        {QStringLiteral("envMapping"), Kind::Map, false,
         ConfigFilesSource::tr("Variables that set a differently named key, e.g. DB_POOL_SIZE: database.poolSize.")},
        {QStringLiteral("optional"), Kind::Boolean, false,
         ConfigFilesSource::tr("Whether a missing file is only a warning (default true). "
                               "At least one layer must exist.")},
    };
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<ConfigFilesSource>(context);
    };
    return type;
}

} // namespace DriftDeck
