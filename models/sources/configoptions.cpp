#include "configoptions.h"

#include "configfilessource.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonValue>

namespace DriftDeck {

namespace {

bool isMap(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantMap || value.typeId() == QMetaType::QVariantHash;
}

bool isList(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList;
}

bool toStringList(const QVariant &value, QStringList *out)
{
    if (value.typeId() == QMetaType::QString) {
        *out = {value.toString()};
        return true;
    }
    if (!isList(value))
        return false;
    const QVariantList items = value.toList();
    for (const QVariant &item : items) {
        if (item.typeId() != QMetaType::QString || item.toString().isEmpty())
            return false;
        out->append(item.toString());
    }
    return true;
}

// defaults: nested maps or dotted keys, both flatten to "config/a.b".
bool flattenDefaults(const QVariantMap &map, const QString &prefix, int depth, const Normaliser &normaliser,
                     ConfigContentBuilder &builder)
{
    if (depth > MaximumConfigDepth)
        return false;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString key = prefix + it.key();
        const QVariant &value = it.value();
        if (isMap(value) && !value.toMap().isEmpty()) {
            builder.addSection(key, {});
            if (!flattenDefaults(value.toMap(), key + u'.', depth + 1, normaliser, builder))
                return false;
        } else if (value.typeId() == QMetaType::QString) {
            // The workspace loader hands over scalars as written, so they are read like a file's.
            builder.addSetting(key, normaliser.scalar(value.toString()), {});
        } else {
            builder.addSetting(key, normaliser.fromJson(QJsonValue::fromVariant(value)), {});
        }
    }
    return true;
}

} // namespace

QString ConfigFilesOptions::parse(const SourceContext &context)
{
    const QVariantMap &options = context.options;
    const auto expand = [&](const QString &path) {
        return expandTemplate(path, context.environment);
    };

    if (!toStringList(options.value(QStringLiteral("layers")), &layers) || layers.isEmpty())
        return ConfigFilesSource::tr(
            "The option “layers” must list at least one file, e.g. [config/base.yaml, \"config/{env}.yaml\"]");
    for (QString &layer : layers)
        layer = expand(layer);

    const QVariant dotenvOption = options.value(QStringLiteral("dotenv"));
    if (dotenvOption.isValid() && dotenvOption.typeId() != QMetaType::QString)
        return ConfigFilesSource::tr("The option “dotenv” must be one file path, e.g. \"env/{env}.env\"");
    dotenv = expand(dotenvOption.toString());

    const QVariant optionalOption = options.value(QStringLiteral("optional"), true);
    if (optionalOption.typeId() == QMetaType::Bool) {
        optional = optionalOption.toBool();
    } else if (optionalOption.toString() == u"true" || optionalOption.toString() == u"false") {
        optional = optionalOption.toString() == u"true";
    } else {
        return ConfigFilesSource::tr("The option “optional” must be true or false");
    }

    const QVariant mappingOption = options.value(QStringLiteral("envMapping"));
    if (mappingOption.isValid() && !isMap(mappingOption))
        return ConfigFilesSource::tr(
            "The option “envMapping” must map variables to keys, e.g. DB_POOL_SIZE: database.poolSize");
    const QVariantMap mapping = mappingOption.toMap();
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        QString key = it.value().toString();
        if (key.startsWith(QLatin1StringView("config/")))
            key = key.mid(7);
        if (it.value().typeId() != QMetaType::QString || key.isEmpty())
            return ConfigFilesSource::tr("The option “envMapping” maps %1 to no key; write e.g. %1: database.poolSize")
                .arg(it.key());
        envMapping.insert(it.key(), key);
    }

    const QVariant defaultsOption = options.value(QStringLiteral("defaults"));
    if (defaultsOption.isValid() && !isMap(defaultsOption))
        return ConfigFilesSource::tr("The option “defaults” must be a map of keys to values");
    ConfigContentBuilder builder(ConfigFilesSource::tr("defaults (workspace)"), QStringLiteral("config/"));
    if (!flattenDefaults(defaultsOption.toMap(), QString(), 1, Normaliser(context.normalisation), builder))
        return ConfigFilesSource::tr("The option “defaults” is nested more than %1 levels deep")
            .arg(MaximumConfigDepth);
    defaults = builder.finish(true);
    return {};
}

} // namespace DriftDeck
