#include "flagdformat.h"

#include "workspace/yamltree.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace DriftDeck {

namespace {

class FlagdReader
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::FlagFileSource)
public:
    FlagdReader(const FlagFileReader &reader, const YamlNode *evaluators)
        : m_reader(reader)
        , m_evaluators(evaluators)
    {
    }

    QString error;

    bool readFlag(const YamlEntry &flag, QList<FlagRow> *rows);

private:
    bool fail(const YamlNode &node, const QString &message)
    {
        if (error.isEmpty())
            error = m_reader.errorAt(node, tr("flag \"%1\": %2").arg(m_flag, message));
        return false;
    }

    static const YamlNode *reference(const YamlNode &node);
    const YamlNode *evaluator(const YamlNode &ref, QStringList *stack);
    bool resolve(const YamlNode &node, QStringList *stack, QJsonValue *out);
    const YamlNode *findFractional(const YamlNode &node, QStringList *stack);
    bool rollout(const YamlNode &split, const YamlNode &variants, const QString &defaultVariant, FlagRow *row);

    const FlagFileReader &m_reader;
    const YamlNode *m_evaluators;
    QString m_flag;
};

// The evaluator name of a {"$ref": "name"} map, as its node; nullptr for any other node.
const YamlNode *FlagdReader::reference(const YamlNode &node)
{
    if (!node.isMap() || node.entries.size() != 1)
        return nullptr;
    return node.value(u"$ref");
}

const YamlNode *FlagdReader::evaluator(const YamlNode &ref, QStringList *stack)
{
    if (!ref.isScalar()) {
        fail(ref, tr("\"$ref\" must name an evaluator, got %1").arg(FlagFileReader::describe(&ref)));
        return nullptr;
    }
    const YamlNode *target = m_evaluators ? m_evaluators->value(ref.text) : nullptr;
    if (!target) {
        fail(ref, tr("targeting refers to unknown evaluator \"%1\"").arg(ref.text));
        return nullptr;
    }
    if (stack->contains(ref.text)) {
        fail(ref,
             tr("evaluators refer to each other in a loop: %1")
                 .arg((*stack + QStringList{ref.text}).join(QStringLiteral(" → "))));
        return nullptr;
    }
    return target;
}

bool FlagdReader::resolve(const YamlNode &node, QStringList *stack, QJsonValue *out)
{
    if (const YamlNode *ref = reference(node)) {
        const YamlNode *target = evaluator(*ref, stack);
        if (!target)
            return false;
        stack->append(ref->text);
        const bool ok = resolve(*target, stack, out);
        stack->removeLast();
        return ok;
    }
    if (node.isSequence()) {
        QJsonArray array;
        for (const auto &item : node.items) {
            QJsonValue value;
            if (!resolve(*item, stack, &value))
                return false;
            array.append(value);
        }
        *out = array;
        return true;
    }
    if (node.isMap()) {
        QJsonObject object;
        for (const auto &entry : node.entries) {
            QJsonValue value;
            if (!resolve(*entry.value, stack, &value))
                return false;
            object.insert(entry.key, value);
        }
        *out = object;
        return true;
    }
    *out = FlagFileReader::toJson(node);
    return true;
}

// The rule with every fractional split's weights replaced by "*".
QJsonValue withoutFractionalWeights(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        // Writes through the references. clazy:exclude-next-line=range-loop-detach
        for (auto item : array)
            item = withoutFractionalWeights(item);
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if ((it.key() == u"fractional" || it.key() == u"fractionalEvaluation") && it.value().isArray()) {
            QJsonArray buckets = it.value().toArray();
            // Writes through the references. clazy:exclude-next-line=range-loop-detach
            for (auto bucket : buckets) {
                if (bucket.isArray() && bucket.toArray().size() == 2) {
                    QJsonArray pair = bucket.toArray();
                    pair[1] = QStringLiteral("*");
                    bucket = pair;
                }
            }
            it.value() = buckets;
        } else {
            it.value() = withoutFractionalWeights(it.value());
        }
    }
    return object;
}

// The argument list of the first "fractional" operation in the rule, depth first, following
// "$ref"s; nullptr when there is none (or on error, which is then set).
const YamlNode *FlagdReader::findFractional(const YamlNode &node, QStringList *stack)
{
    if (const YamlNode *ref = reference(node)) {
        const YamlNode *target = evaluator(*ref, stack);
        if (!target)
            return nullptr;
        stack->append(ref->text);
        const YamlNode *found = findFractional(*target, stack);
        stack->removeLast();
        return found;
    }
    if (node.isMap()) {
        // "fractionalEvaluation" is flagd's older spelling.
        for (const auto &entry : node.entries) {
            if (entry.key == u"fractional" || entry.key == u"fractionalEvaluation")
                return entry.value.get();
        }
        for (const auto &entry : node.entries) {
            if (const YamlNode *found = findFractional(*entry.value, stack))
                return found;
        }
    } else if (node.isSequence()) {
        for (const auto &item : node.items) {
            if (const YamlNode *found = findFractional(*item, stack))
                return found;
        }
    }
    return nullptr;
}

bool FlagdReader::rollout(const YamlNode &split, const YamlNode &variants, const QString &defaultVariant, FlagRow *row)
{
    if (!split.isSequence())
        return fail(split, tr("\"fractional\" takes a list, got %1").arg(FlagFileReader::describe(&split)));
    // Entries are [variant, weight]; weights are relative (flagd no longer requires them to add up
    // to 100) and a missing weight counts as 1. A first element that is no list is the bucketing
    // expression.
    QList<std::pair<QString, double>> shares;
    double total = 0;
    for (qsizetype i = 0; i < split.items.size(); ++i) {
        const YamlNode &item = *split.items.at(i);
        if (i == 0 && !item.isSequence())
            continue;
        bool ok = item.isSequence() && !item.items.isEmpty() && item.items.size() <= 2
            && FlagFileReader::isText(item.items.first().get());
        double weight = 1;
        if (ok && item.items.size() == 2) {
            const YamlNode &w = *item.items.at(1);
            weight = w.isScalar() && !w.quoted ? w.toDouble(&ok) : 0;
            ok = ok && w.isScalar() && !w.quoted && weight >= 0 && std::isfinite(weight);
        }
        if (!ok)
            return fail(
                item,
                tr("each \"fractional\" entry must be [variant, weight], got %1").arg(FlagFileReader::describe(&item)));
        shares.append({item.items.first()->text, weight});
        total += weight;
    }
    if (shares.isEmpty() || total <= 0)
        return fail(split, tr("\"fractional\" needs at least one variant with a weight above 0"));

    // The variant a rollout is about: the true/"on" one, else the first that is not the default.
    QString target;
    for (const auto &entry : variants.entries) {
        bool on = false;
        if (FlagFileReader::isBoolean(entry.value.get(), &on) && on) {
            target = entry.key;
            break;
        }
    }
    if (target.isEmpty() && variants.value(u"on"))
        target = QStringLiteral("on");
    if (target.isEmpty()) {
        for (const auto &share : std::as_const(shares)) {
            if (share.first != defaultVariant) {
                target = share.first;
                break;
            }
        }
    }
    if (target.isEmpty())
        return true; // every slice serves the default: nothing is being rolled out
    double weight = 0;
    for (const auto &share : std::as_const(shares)) {
        if (share.first == target)
            weight += share.second;
    }
    row->value = Value::number(100 * weight / total);
    row->line = split.line;
    row->column = split.column;
    return true;
}

bool FlagdReader::readFlag(const YamlEntry &flag, QList<FlagRow> *rows)
{
    m_flag = flag.key;
    const QString key = QLatin1StringView("flag/") + flag.key;
    const YamlNode &definition = *flag.value;
    if (!definition.isMap())
        return fail(definition,
                    tr("expected a map with state, variants and defaultVariant, got %1")
                        .arg(FlagFileReader::describe(&definition)));

    const YamlNode *state = definition.value(u"state");
    if (!state)
        return fail(definition, tr("state is missing"));
    if (!state->isScalar() || (state->text != u"ENABLED" && state->text != u"DISABLED"))
        return fail(*state, tr("state must be ENABLED or DISABLED, got %1").arg(FlagFileReader::describe(state)));
    const bool enabled = state->text == u"ENABLED";

    const YamlNode *variants = definition.value(u"variants");
    if (!variants)
        return fail(definition, tr("variants are missing"));
    if (!variants->isMap())
        return fail(
            *variants,
            tr("variants must be a map of variant names to values, got %1").arg(FlagFileReader::describe(variants)));
    if (variants->entries.isEmpty())
        return fail(*variants, tr("variants must not be empty"));

    const YamlEntry *defaultEntry = definition.entry(u"defaultVariant");
    if (!defaultEntry)
        return fail(definition, tr("defaultVariant is missing"));
    const YamlNode &defaultNode = *defaultEntry->value;
    // null is allowed: newer flagd versions then leave the value to the application's code.
    const YamlEntry *defaultVariant = nullptr;
    if (!defaultNode.isNull()) {
        defaultVariant = defaultNode.isScalar() ? variants->entry(defaultNode.text) : nullptr;
        if (!defaultVariant) {
            QStringList names;
            for (const auto &entry : variants->entries)
                names.append(entry.key);
            const QString known = names.join(QLatin1StringView(", "));
            return fail(defaultNode,
                        tr("defaultVariant %1 is not one of the variants (%2)")
                            .arg(FlagFileReader::describe(&defaultNode), known));
        }
    }

    FlagRow main{key, {}, defaultNode.line, defaultNode.column};
    if (!enabled) {
        main.value = FlagFileReader::onOff(false);
        main.line = state->line;
        main.column = state->column;
    } else if (!defaultVariant) {
        main.value = Value::null();
    } else {
        const bool booleans = std::all_of(variants->entries.cbegin(), variants->entries.cend(),
                                          [](const YamlEntry &e) { return FlagFileReader::isBoolean(e.value.get()); });
        bool on = false;
        main.value = booleans && FlagFileReader::isBoolean(defaultVariant->value.get(), &on)
            ? FlagFileReader::onOff(on)
            : Value::string(defaultVariant->key);
    }
    rows->append(main);
    rows->append({key + QLatin1StringView("/variants"), m_reader.valueOf(*variants), variants->line, variants->column});

    const YamlNode *targeting = definition.value(u"targeting");
    if (!targeting || targeting->isNull() || (targeting->isMap() && targeting->entries.isEmpty()))
        return true;
    if (!targeting->isMap())
        return fail(*targeting,
                    tr("targeting must be a JsonLogic rule (a map), got %1").arg(FlagFileReader::describe(targeting)));
    QStringList stack;
    QJsonValue resolved;
    if (!resolve(*targeting, &stack, &resolved))
        return false;
    const YamlNode *split = findFractional(*targeting, &stack);
    if (!error.isEmpty())
        return false;
    Value rules = m_reader.normaliser().fromJson(resolved);
    if (split) {
        // The rollout row compares the split; comparing its weights again here would report one
        // ramp-up twice. The rules keep showing the weights, they just don't count.
        const Value withoutWeights = m_reader.normaliser().fromJson(withoutFractionalWeights(resolved));
        rules = Value::withCanonical(rules.kind(), withoutWeights.canonical(), rules.display());
    }
    rows->append({key + QLatin1StringView("/rules"), rules, targeting->line, targeting->column});

    if (split) {
        FlagRow row{key + QLatin1StringView("/rollout"), {}, 0, 0};
        if (!rollout(*split, *variants, defaultVariant ? defaultVariant->key : QString(), &row))
            return false;
        if (row.line > 0)
            rows->append(row);
    }
    return true;
}

} // namespace

FlagRows readFlagdFlags(const YamlNode &root, const FlagFileReader &reader)
{
    FlagRows result;
    const YamlNode *flags = root.isMap() ? root.value(u"flags") : nullptr;
    if (!flags) {
        result.errorString = reader.errorAt(root, FlagdReader::tr("a flagd file is a map with \"flags\""));
        return result;
    }
    if (!flags->isMap()) {
        const QString got = FlagFileReader::describe(flags);
        result.errorString
            = reader.errorAt(*flags, FlagdReader::tr("\"flags\" must be a map of flag keys to flags, got %1").arg(got));
        return result;
    }
    const YamlNode *evaluators = root.value(u"$evaluators");
    if (evaluators && !evaluators->isMap()) {
        result.errorString = reader.errorAt(
            *evaluators,
            FlagdReader::tr("\"$evaluators\" must be a map, got %1").arg(FlagFileReader::describe(evaluators)));
        return result;
    }
    FlagdReader flagd(reader, evaluators);
    for (const auto &flag : flags->entries) {
        if (!flagd.readFlag(flag, &result.rows)) {
            result.rows.clear();
            result.errorString = flagd.error;
            return result;
        }
    }
    return result;
}

} // namespace DriftDeck
