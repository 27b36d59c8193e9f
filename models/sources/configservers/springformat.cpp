#include "springformat.h"

#include "sources/http/jsonanswer.h"
#include "values/glob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace DriftDeck {

namespace {

class SpringText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::SpringSource)
};

const QLatin1StringView MaskedText("******");

bool parseRoot(const QByteArray &body, QJsonObject *root, QString *error)
{
    error->clear();
    const QJsonDocument document = parseJsonAnswer(body, error);
    if (!error->isEmpty())
        return false;
    if (!document.isObject()) {
        *error = SpringText::tr("the answer is not a JSON object");
        return false;
    }
    *root = document.object();
    return true;
}

// Both formats: a list of {name, <field>: {…}}; readProperty turns one member into a property.
template<typename ReadProperty>
SpringEnvironment parseSources(const QByteArray &body, QLatin1StringView field, ReadProperty readProperty)
{
    SpringEnvironment environment;
    QJsonObject root;
    if (!parseRoot(body, &root, &environment.errorString))
        return environment;
    const QJsonValue sources = root.value(QLatin1StringView("propertySources"));
    if (!sources.isArray()) {
        environment.errorString = SpringText::tr("the answer has no \"propertySources\" list");
        return environment;
    }
    const QJsonArray list = sources.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject source = list.at(i).toObject();
        const QJsonValue name = source.value(QLatin1StringView("name"));
        const QJsonValue members = source.value(field);
        if (!list.at(i).isObject() || !name.isString() || !members.isObject()) {
            environment.errorString
                = SpringText::tr("propertySources[%1] is not {\"name\", \"%2\": {…}}").arg(i).arg(field);
            environment.sources.clear();
            return environment;
        }
        SpringPropertySource parsed{name.toString(), {}};
        const QJsonObject object = members.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            SpringProperty property{it.key(), {}, {}};
            if (!readProperty(it.value(), &property)) {
                environment.errorString
                    = SpringText::tr("property \"%1\" in \"%2\" has no value").arg(it.key(), parsed.name);
                environment.sources.clear();
                return environment;
            }
            parsed.properties.append(property);
        }
        environment.sources.append(parsed);
    }
    return environment;
}

} // namespace

SpringEnvironment parseSpringActuatorEnv(const QByteArray &body)
{
    return parseSources(body, QLatin1StringView("properties"), [](const QJsonValue &member, SpringProperty *property) {
        const QJsonObject object = member.toObject();
        if (!member.isObject() || !object.contains(QLatin1StringView("value")))
            return false;
        property->value = object.value(QLatin1StringView("value"));
        property->origin = object.value(QLatin1StringView("origin")).toString();
        return true;
    });
}

SpringEnvironment parseSpringConfigEnvironment(const QByteArray &body)
{
    return parseSources(body, QLatin1StringView("source"), [](const QJsonValue &member, SpringProperty *property) {
        property->value = member;
        return true;
    });
}

bool springOriginPosition(QStringView origin, int *line, int *column)
{
    const qsizetype dash = origin.lastIndexOf(QLatin1StringView(" - "));
    if (dash < 0)
        return false;
    const QStringView position = origin.mid(dash + 3);
    const qsizetype colon = position.indexOf(u':');
    if (colon <= 0)
        return false;
    bool lineOk = false;
    bool columnOk = false;
    const int l = position.left(colon).toInt(&lineOk);
    const int c = position.mid(colon + 1).toInt(&columnOk);
    if (!lineOk || !columnOk || l <= 0 || c <= 0)
        return false;
    *line = l;
    *column = c;
    return true;
}

SpringRowOptions springRowOptions(const QVariantMap &options)
{
    SpringRowOptions rowOptions;
    rowOptions.relaxedNames = options.value(QStringLiteral("relaxedNames"), true).toBool();
    const QVariant ignored = options.value(QStringLiteral("ignoreSources"));
    rowOptions.ignoredSources
        = ignored.typeId() == QMetaType::QString ? QStringList{ignored.toString()} : ignored.toStringList();
    return rowOptions;
}

SourceResult springResult(const SpringEnvironment &environment, const QString &sourceId, const QString &location,
                          const SpringRowOptions &options, const Normaliser &normaliser)
{
    SourceResult result;
    // Provenance runs lowest priority first, the reverse of Spring's order.
    for (auto source = environment.sources.crbegin(); source != environment.sources.crend(); ++source) {
        const bool ignored = std::any_of(options.ignoredSources.cbegin(), options.ignoredSources.cend(),
                                         [&](const QString &glob) { return globMatch(glob, source->name); });
        if (ignored)
            continue;
        const auto layer = qint32(result.layers.size());
        result.layers.append({sourceId, source->name, location});
        for (const SpringProperty &property : source->properties) {
            const QString name = options.relaxedNames ? Normaliser::relaxedName(property.name) : property.name;
            if (name.isEmpty())
                continue;
            const Value value = property.value.isString() && property.value.toString() == MaskedText
                ? Value::masked()
                : normaliser.fromJson(property.value);
            Origin origin{layer, 0, 0, value.display()};
            springOriginPosition(property.origin, &origin.line, &origin.column);
            Entry &entry = result.entries[QLatin1StringView("config/") + name];
            entry.value = value;
            entry.provenance.append(origin);
        }
    }
    return result;
}

std::function<SourceResult(const QByteArray &body, const QString &where)>
springParser(SpringEnvironment (*parse)(const QByteArray &), const QString &sourceId, const SpringRowOptions &options,
             const NormalisationOptions &normalisation)
{
    return [parse, sourceId, options, normalisation](const QByteArray &body, const QString &where) {
        const SpringEnvironment environment = parse(body);
        if (!environment.errorString.isEmpty())
            return SourceResult::failure(where + QStringLiteral(": ") + environment.errorString);
        return springResult(environment, sourceId, where, options, Normaliser(normalisation));
    };
}

} // namespace DriftDeck
