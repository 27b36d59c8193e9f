#include "unleashprotocol.h"

#include "sources/http/jsonanswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace DriftDeck {

namespace {

class UnleashText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::UnleashSource)
};

bool parseObject(const QByteArray &body, QJsonObject *root, QString *error)
{
    error->clear();
    const QJsonDocument document = parseJsonAnswer(body, error);
    if (!error->isEmpty())
        return false;
    if (!document.isObject()) {
        *error = UnleashText::tr("the answer is not a JSON object");
        return false;
    }
    *root = document.object();
    return true;
}

// "50", 50 and "50.5" are all rollouts; anything else is not.
bool percentage(const QJsonValue &value, double *out)
{
    bool ok = value.isDouble();
    double number = value.toDouble();
    if (value.isString())
        number = value.toString().trimmed().toDouble(&ok);
    if (!ok || number < 0 || number > 100)
        return false;
    *out = number;
    return true;
}

// Sorts a list of JSON items by "name", then "parameters", then their whole canonical text:
// the order things were added in the UI is not drift.
QJsonArray sortedByCanonical(const QJsonArray &items, const Normaliser &normaliser)
{
    QList<std::pair<QString, QJsonValue>> keyed;
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        const QString sortKey = object.value(QLatin1StringView("name")).toString() + QChar(0)
            + normaliser.canonicalJson(object.value(QLatin1StringView("parameters"))) + QChar(0)
            + normaliser.canonicalJson(item);
        keyed.append({sortKey, item});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray sorted;
    for (const auto &entry : std::as_const(keyed))
        sorted.append(entry.second);
    return sorted;
}

QJsonObject ruleOf(const QJsonObject &strategy, const Normaliser &normaliser)
{
    QJsonObject rule{{QLatin1StringView("name"), strategy.value(QLatin1StringView("name"))},
                     {QLatin1StringView("parameters"), strategy.value(QLatin1StringView("parameters")).toObject()}};
    const QJsonArray constraints = strategy.value(QLatin1StringView("constraints")).toArray();
    if (!constraints.isEmpty()) // constraints are ANDed: their order means nothing
        rule.insert(QLatin1StringView("constraints"), sortedByCanonical(constraints, normaliser));
    const QJsonArray segments = strategy.value(QLatin1StringView("segments")).toArray();
    if (!segments.isEmpty())
        rule.insert(QLatin1StringView("segments"), sortedByCanonical(segments, normaliser));
    if (strategy.value(QLatin1StringView("disabled")).toBool())
        rule.insert(QLatin1StringView("disabled"), true);
    return rule;
}

QJsonObject variantOf(const QJsonObject &variant)
{
    QJsonObject kept;
    for (const QLatin1StringView field :
         {QLatin1StringView("name"), QLatin1StringView("weight"), QLatin1StringView("weightType"),
          QLatin1StringView("stickiness"), QLatin1StringView("payload"), QLatin1StringView("overrides")}) {
        const QJsonValue value = variant.value(field);
        if (!value.isUndefined() && !value.isNull())
            kept.insert(field, value);
    }
    return kept;
}

} // namespace

UnleashFeatureList parseUnleashFeatureList(const QByteArray &body)
{
    UnleashFeatureList list;
    QJsonObject root;
    if (!parseObject(body, &root, &list.errorString))
        return list;
    const QJsonValue features = root.value(QLatin1StringView("features"));
    if (!features.isArray()) {
        list.errorString = UnleashText::tr("the answer has no \"features\" list: is this the Unleash admin API?");
        return list;
    }
    const QJsonArray items = features.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject feature = items.at(i).toObject();
        const QString name = feature.value(QLatin1StringView("name")).toString();
        if (name.isEmpty()) {
            list.errorString = UnleashText::tr("features[%1] has no name").arg(i);
            list.names.clear();
            return list;
        }
        list.names.append(name);
        const QJsonArray environments = feature.value(QLatin1StringView("environments")).toArray();
        for (const QJsonValue &environment : environments) {
            const QString environmentName = environment.toObject().value(QLatin1StringView("name")).toString();
            if (!environmentName.isEmpty() && !list.environments.contains(environmentName))
                list.environments.append(environmentName);
        }
    }
    return list;
}

FlagRows unleashFeatureRows(const QByteArray &body, const QString &environment, const Normaliser &normaliser)
{
    FlagRows rows;
    QJsonObject feature;
    if (!parseObject(body, &feature, &rows.errorString))
        return rows;
    const QString name = feature.value(QLatin1StringView("name")).toString();
    const QJsonValue environments = feature.value(QLatin1StringView("environments"));
    if (name.isEmpty() || !environments.isArray()) {
        rows.errorString = UnleashText::tr("the answer is not a flag with \"name\" and \"environments\"");
        return rows;
    }
    QJsonObject state;
    QStringList known;
    for (const auto items = environments.toArray(); const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        known.append(object.value(QLatin1StringView("name")).toString());
        if (known.constLast() == environment)
            state = object;
    }
    if (state.isEmpty()) {
        rows.errorString = UnleashText::tr("flag \"%1\" has no environment \"%2\" (it has: %3)")
                               .arg(name, environment, known.join(QLatin1StringView(", ")));
        return rows;
    }
    const QJsonValue enabled = state.value(QLatin1StringView("enabled"));
    const QJsonValue strategiesValue = state.value(QLatin1StringView("strategies"));
    if (!enabled.isBool() || !(strategiesValue.isArray() || strategiesValue.isUndefined())) {
        rows.errorString
            = UnleashText::tr("flag \"%1\", environment \"%2\": \"enabled\" or \"strategies\" is malformed")
                  .arg(name, environment);
        return rows;
    }
    const QString key = QLatin1StringView("flag/") + name;
    rows.rows.append({key, FlagFileReader::onOff(enabled.toBool()), 0, 0});

    // Strategies in evaluation order, for the rollout; sorted by content, for the rules row.
    QList<QJsonObject> strategies;
    for (const auto items = strategiesValue.toArray(); const QJsonValue &item : items)
        strategies.append(item.toObject());
    std::stable_sort(strategies.begin(), strategies.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1StringView("sortOrder")).toDouble() < b.value(QLatin1StringView("sortOrder")).toDouble();
    });
    for (const QJsonObject &strategy : std::as_const(strategies)) {
        if (strategy.value(QLatin1StringView("disabled")).toBool())
            continue;
        const QString strategyName = strategy.value(QLatin1StringView("name")).toString();
        const QJsonObject parameters = strategy.value(QLatin1StringView("parameters")).toObject();
        // flexibleRollout says "rollout"; the older gradualRollout* strategies say "percentage".
        const QJsonValue share = strategyName == u"flexibleRollout" ? parameters.value(QLatin1StringView("rollout"))
                                                                    : parameters.value(QLatin1StringView("percentage"));
        double rollout = 0;
        if ((strategyName == u"flexibleRollout" || strategyName.startsWith(QLatin1StringView("gradualRollout")))
            && percentage(share, &rollout)) {
            rows.rows.append({key + QLatin1StringView("/rollout"), Value::number(rollout), 0, 0});
            break;
        }
    }

    QJsonArray rules;
    QJsonArray variants;
    for (const QJsonObject &strategy : std::as_const(strategies)) {
        rules.append(ruleOf(strategy, normaliser));
        for (const auto listed = strategy.value(QLatin1StringView("variants")).toArray();
             const QJsonValue &variant : listed)
            variants.append(variantOf(variant.toObject()));
    }
    // Before strategy variants (Unleash 5) variants belonged to the flag's environment.
    for (const auto listed = state.value(QLatin1StringView("variants")).toArray(); const QJsonValue &variant : listed)
        variants.append(variantOf(variant.toObject()));
    if (!rules.isEmpty())
        rows.rows.append(
            {key + QLatin1StringView("/rules"), normaliser.fromJson(sortedByCanonical(rules, normaliser)), 0, 0});
    if (!variants.isEmpty())
        rows.rows.append(
            {key + QLatin1StringView("/variants"), normaliser.fromJson(sortedByCanonical(variants, normaliser)), 0, 0});
    return rows;
}

QString unleashErrorMessage(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1StringView("message")).toString().left(300);
}

} // namespace DriftDeck
