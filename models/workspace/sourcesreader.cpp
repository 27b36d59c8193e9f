#include "sourcesreader.h"

#include "didyoumean.h"
#include "loadertext.h"
#include "sourceoptions.h"
#include "sources/sourcefactory.h"

#include <QSet>

namespace DriftDeck {

namespace {
const QStringList &commonKeys()
{
    static const QStringList keys
        = {QStringLiteral("type"),         QStringLiteral("id"),          QStringLiteral("label"),
           QStringLiteral("environments"), QStringLiteral("credentials"), QStringLiteral("normalise"),
           QStringLiteral("overrides")};
    return keys;
}

QStringList optionNames(const SourceType &type)
{
    QStringList names;
    for (const auto &option : type.options)
        names.append(option.name);
    return names;
}

// Reports what an option's own check found, each problem at the line its path leads to.
void reportOptionProblems(NodeReader &reader, const YamlNode &node, const QString &path,
                          const QList<OptionProblem> &problems)
{
    for (const OptionProblem &problem : problems) {
        const YamlNode *at = &node;
        const YamlEntry *entry = nullptr;
        QString where = path;
        for (const QVariant &step : problem.path) {
            if (step.typeId() != QMetaType::QString && at->isSequence() && step.toLongLong() >= 0
                && step.toLongLong() < at->items.size()) {
                at = at->items[step.toLongLong()].get();
                entry = nullptr;
                where = NodeReader::child(where, step.toLongLong());
            } else if (const YamlEntry *e = at->isMap() ? at->entry(step.toString()) : nullptr) {
                entry = e;
                at = e->value.get();
                where = NodeReader::child(where, e->key);
            } else {
                break;
            }
        }
        if (problem.atKey && entry)
            reader.error(*entry, where, problem.message);
        else
            reader.error(*at, where, problem.message);
    }
}

// Reads the type-specific options of one map (the source itself or one override) into options.
void readOptions(NodeReader &reader, const YamlNode &map, const QString &path, const SourceType *type, bool isOverride,
                 const QStringList &environments, QVariantMap *options)
{
    for (const auto &entry : map.entries) {
        if (!isOverride && commonKeys().contains(entry.key))
            continue;
        const QString entryPath = NodeReader::child(path, entry.key);
        if (isSecretOptionName(entry.key) && !entry.value->isNull()) {
            reader.error(*entry.value, entryPath, literalSecretMessage());
            continue;
        }
        if (!type)
            continue; // the unknown type is reported once; its options cannot be judged
        const SourceOption *option = type->option(entry.key);
        if (!option) {
            const QStringList candidates = isOverride ? optionNames(*type) : optionNames(*type) + commonKeys();
            reader.error(entry, entryPath,
                         LoaderText::tr("unknown option \"%1\"%2").arg(entry.key, didYouMean(entry.key, candidates)));
            continue;
        }
        if (const auto value = readSourceOption(reader, *option, *entry.value, entryPath)) {
            if (option->check)
                reportOptionProblems(reader, *entry.value, entryPath, option->check(*value, &environments));
            options->insert(entry.key, *value);
        }
    }
}

CredentialRef readCredentials(NodeReader &reader, const YamlNode &node, const QString &path)
{
    CredentialRef ref;
    if (!reader.expectMap(node, path))
        return ref;
    reader.checkKeys(node, path, {QStringLiteral("env"), QStringLiteral("keychain")});
    const YamlNode *env = node.value(u"env");
    const YamlNode *keychain = node.value(u"keychain");
    if (env && keychain) {
        reader.error(
            node, path,
            LoaderText::tr("name either an environment variable (env) or a keychain entry (keychain), not both"));
        return ref;
    }
    if (!env && !keychain) {
        reader.error(node, path, LoaderText::tr("name an environment variable (env) or a keychain entry (keychain)"));
        return ref;
    }
    const QString keyPath = NodeReader::child(path, env ? u"env" : u"keychain");
    const auto name = reader.text(env ? *env : *keychain, keyPath);
    if (name && name->trimmed().isEmpty())
        reader.error(env ? *env : *keychain, keyPath, LoaderText::tr("the name cannot be empty"));
    else if (name)
        ref = {env ? CredentialRef::Kind::EnvironmentVariable : CredentialRef::Kind::Keychain, *name};
    return ref;
}

void readOverrides(NodeReader &reader, const YamlNode &node, const QString &path, const QStringList &environments,
                   const SourceType *type, SourceSpec *spec)
{
    if (!reader.expectMap(node, path))
        return;
    for (const auto &entry : node.entries) {
        const QString entryPath = NodeReader::child(path, entry.key);
        if (!environments.contains(entry.key)) {
            const QString hint = didYouMean(entry.key, environments);
            reader.error(entry, entryPath,
                         hint.isEmpty()
                             ? LoaderText::tr("%1 is not an environment (environments: %2)")
                                   .arg(NodeReader::quoted(entry.key), environments.join(u", "))
                             : LoaderText::tr("%1 is not an environment%2").arg(NodeReader::quoted(entry.key), hint));
            continue;
        }
        if (!spec->appliesTo(entry.key)) {
            reader.error(entry, entryPath,
                         LoaderText::tr("the source is not used in \"%1\" (its environments: %2)")
                             .arg(entry.key, spec->environments.join(u", ")));
            continue;
        }
        if (!reader.expectMap(*entry.value, entryPath))
            continue;
        QVariantMap options;
        readOptions(reader, *entry.value, entryPath, type, true, environments, &options);
        spec->overrides.insert(entry.key, options);
    }
}

// A required option may be left out of the shared options if every environment overrides it.
void checkRequired(NodeReader &reader, const YamlNode &map, const QString &path, const SourceType &type,
                   const QStringList &environments, const SourceSpec &spec)
{
    for (const auto &option : type.options) {
        if (!option.required || map.entry(option.name))
            continue;
        bool everywhere = true;
        for (const QString &env : environments) {
            if (spec.appliesTo(env) && !spec.overrides.value(env).contains(option.name))
                everywhere = false;
        }
        if (!everywhere)
            reader.error(map, path, LoaderText::tr("missing required option \"%1\"").arg(option.name));
    }
}

struct ReadSource {
    SourceSpec spec;
    const YamlNode *idNode = nullptr;
    QString path;
};

void assignIds(NodeReader &reader, QList<ReadSource> &read)
{
    QHash<QString, QString> used; // id -> path of the source that has it
    for (auto &r : read) {
        if (!r.idNode)
            continue;
        if (used.contains(r.spec.id)) {
            reader.error(*r.idNode, NodeReader::child(r.path, u"id"),
                         LoaderText::tr("\"%1\" is already the id of %2").arg(r.spec.id, used.value(r.spec.id)));
        }
        used.insert(r.spec.id, r.path);
    }
    for (auto &r : read) {
        if (r.idNode)
            continue;
        QString id = r.spec.type;
        for (int n = 2; used.contains(id); ++n)
            id = r.spec.type + u'-' + QString::number(n);
        r.spec.id = id;
        used.insert(id, r.path);
    }
    for (auto &r : read) {
        if (r.spec.label.isEmpty())
            r.spec.label = r.spec.id;
    }
}
} // namespace

void readNormalisation(NodeReader &reader, const YamlNode &node, const QString &path, NormalisationOptions *options)
{
    if (!reader.expectMap(node, path))
        return;
    reader.checkKeys(node, path,
                     {QStringLiteral("coerceScalars"), QStringLiteral("quantities"), QStringLiteral("structuredJson"),
                      QStringLiteral("relaxedNames"), QStringLiteral("listIdentity")});
    const auto flag = [&](QStringView key, bool *target) {
        if (const YamlNode *value = node.value(key)) {
            if (const auto b = reader.boolean(*value, NodeReader::child(path, key)))
                *target = *b;
        }
    };
    flag(u"coerceScalars", &options->coerceScalars);
    flag(u"quantities", &options->quantities);
    flag(u"structuredJson", &options->structuredJsonStrings);
    flag(u"relaxedNames", &options->relaxedNames);
    if (const YamlNode *value = node.value(u"listIdentity")) {
        if (const auto fields = reader.textList(*value, NodeReader::child(path, u"listIdentity")))
            options->listIdentityFields = *fields;
    }
}

QList<SourceSpec> readSources(NodeReader &reader, const YamlNode &node, const QString &path,
                              const QStringList &environments, const NormalisationOptions &defaults)
{
    if (!reader.expectList(node, path))
        return {};
    const SourceFactory &factory = SourceFactory::instance();
    QList<ReadSource> read;
    for (qsizetype i = 0; i < node.items.size(); ++i) {
        const YamlNode &map = *node.items[i];
        const QString itemPath = NodeReader::child(path, i);
        if (!reader.expectMap(map, itemPath))
            continue;
        ReadSource r;
        r.path = itemPath;
        SourceSpec &spec = r.spec;
        spec.origin = reader.origin(map);
        spec.normalisation = defaults;

        const SourceType *type = nullptr;
        if (const YamlNode *typeNode = map.value(u"type")) {
            if (const auto name = reader.text(*typeNode, NodeReader::child(itemPath, u"type"))) {
                spec.type = *name;
                type = factory.type(*name);
                if (!type) {
                    const QStringList known = factory.typeNames();
                    const QString hint = didYouMean(*name, known);
                    reader.error(*typeNode, NodeReader::child(itemPath, u"type"),
                                 hint.isEmpty()
                                     ? LoaderText::tr("unknown source type %1 (known types: %2)")
                                           .arg(NodeReader::quoted(*name), known.join(u", "))
                                     : LoaderText::tr("unknown source type %1%2").arg(NodeReader::quoted(*name), hint));
                }
            }
        } else {
            reader.error(map, itemPath, LoaderText::tr("missing required key \"type\""));
        }
        if (const YamlNode *idNode = map.value(u"id")) {
            if (const auto id = reader.text(*idNode, NodeReader::child(itemPath, u"id"))) {
                if (id->trimmed().isEmpty())
                    reader.error(*idNode, NodeReader::child(itemPath, u"id"), LoaderText::tr("the id cannot be empty"));
                spec.id = *id;
                r.idNode = idNode;
            }
        }
        if (const YamlNode *label = map.value(u"label")) {
            if (const auto text = reader.text(*label, NodeReader::child(itemPath, u"label")))
                spec.label = *text;
        }
        if (const YamlNode *envs = map.value(u"environments")) {
            if (const auto names
                = reader.environments(*envs, NodeReader::child(itemPath, u"environments"), environments))
                spec.environments = *names;
        }
        if (const YamlNode *credentials = map.value(u"credentials")) {
            const QString credentialsPath = NodeReader::child(itemPath, u"credentials");
            spec.credentials = readCredentials(reader, *credentials, credentialsPath);
            if (type && !type->acceptsCredentials) {
                reader.error(*credentials, credentialsPath,
                             LoaderText::tr("source type \"%1\" takes no credentials").arg(type->name));
            }
        }
        if (const YamlNode *normalise = map.value(u"normalise"))
            readNormalisation(reader, *normalise, NodeReader::child(itemPath, u"normalise"), &spec.normalisation);

        readOptions(reader, map, itemPath, type, false, environments, &spec.options);
        if (const YamlNode *overrides = map.value(u"overrides"))
            readOverrides(reader, *overrides, NodeReader::child(itemPath, u"overrides"), environments, type, &spec);
        if (type)
            checkRequired(reader, map, itemPath, *type, environments, spec);
        read.append(std::move(r));
    }
    assignIds(reader, read);
    QList<SourceSpec> specs;
    for (auto &r : read)
        specs.append(std::move(r.spec));
    return specs;
}

} // namespace DriftDeck
