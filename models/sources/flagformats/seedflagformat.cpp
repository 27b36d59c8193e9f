#include "seedflagformat.h"

#include "workspace/yamltree.h"

#include <QDate>
#include <QHash>

namespace DriftDeck {

namespace {

class SeedReader
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::FlagFileSource)
public:
    explicit SeedReader(const FlagFileReader &reader)
        : m_reader(reader)
    {
    }

    QString error;

    bool readFlag(int index, const YamlNode &item, QList<FlagRow> *rows);

private:
    bool readMetadata(const YamlNode &item, const QString &key, QList<FlagRow> *rows);

    bool fail(const YamlNode &node, const QString &message)
    {
        if (error.isEmpty())
            error = m_reader.errorAt(node, message);
        return false;
    }
    bool failFlag(const YamlNode &node, const QString &message)
    {
        return fail(node, tr("flag \"%1\": %2").arg(m_flag, message));
    }
    bool failRule(const YamlNode &node, int rule, const QString &message)
    {
        return failFlag(node, tr("rule %1: %2").arg(rule).arg(message));
    }

    // A rule's value as one token of the rendered rule: text quoted, so "3" and 3 stay apart
    // when the normaliser keeps them apart.
    QString token(const YamlNode &node) const
    {
        const Value value = m_reader.valueOf(node);
        if (value.kind() != ValueKind::String)
            return value.canonical();
        QString quoted = value.canonical();
        quoted.replace(u'\\', QLatin1StringView("\\\\")).replace(u'"', QLatin1StringView("\\\""));
        return u'"' + quoted + u'"';
    }

    const FlagFileReader &m_reader;
    QHash<QString, int> m_seen; // flag key -> line of its first definition
    QString m_flag;
};

bool SeedReader::readFlag(int index, const YamlNode &item, QList<FlagRow> *rows)
{
    if (!item.isMap())
        return fail(item,
                    tr("item %1: expected a map with key and defaultValue, got %2")
                        .arg(index)
                        .arg(FlagFileReader::describe(&item)));
    const YamlNode *keyNode = item.value(u"key");
    if (!keyNode)
        return fail(item, tr("item %1: key is missing").arg(index));
    if (!keyNode->isScalar() || keyNode->text.isEmpty())
        return fail(*keyNode,
                    tr("item %1: key must be text, got %2").arg(index).arg(FlagFileReader::describe(keyNode)));
    m_flag = keyNode->text;
    if (const auto seen = m_seen.constFind(m_flag); seen != m_seen.cend())
        return fail(*keyNode, tr("flag \"%1\" is defined twice (first on line %2)").arg(m_flag).arg(*seen));
    m_seen.insert(m_flag, keyNode->line);

    const QString key = QLatin1StringView("flag/") + m_flag;
    const YamlEntry *defaultValue = item.entry(u"defaultValue");
    if (!defaultValue)
        return failFlag(item, tr("defaultValue is missing"));
    rows->append(
        {key, m_reader.flagValueOf(*defaultValue->value), defaultValue->value->line, defaultValue->value->column});
    if (!readMetadata(item, key, rows))
        return false;

    const YamlNode *rules = item.value(u"rules");
    if (!rules || rules->isNull())
        return true;
    if (!rules->isSequence())
        return failFlag(*rules, tr("rules must be a list, got %1").arg(FlagFileReader::describe(rules)));

    QStringList lines;
    const YamlNode *percentage = nullptr;
    for (qsizetype i = 0; i < rules->items.size(); ++i) {
        const int number = int(i) + 1;
        const YamlNode &rule = *rules->items.at(i);
        if (!rule.isMap())
            return failRule(rule, number,
                            tr("expected a map with attribute, operator, value and result, got %1")
                                .arg(FlagFileReader::describe(&rule)));
        const YamlNode *op = rule.value(u"operator");
        if (!op)
            return failRule(rule, number, tr("operator is missing"));
        const QString name = op->isScalar() ? op->text.toLower() : QString();
        if (name == u"percentage") {
            if (percentage)
                return failRule(
                    *op, number,
                    tr("only one percentage rule is allowed (the first is on line %1)").arg(percentage->line));
            const YamlNode *share = rule.value(u"value");
            if (!share)
                return failRule(rule, number, tr("value is missing"));
            const Value value = m_reader.valueOf(*share);
            double number100 = -1;
            if (!value.toNumber(&number100) || number100 < 0 || number100 > 100)
                return failRule(
                    *share, number,
                    tr("a percentage must be a number from 0 to 100, got %1").arg(FlagFileReader::describe(share)));
            percentage = share;
            rows->append({key + QLatin1StringView("/rollout"), value, share->line, share->column});
            continue;
        }
        if (name != u"equals" && name != u"contains")
            return failRule(
                *op, number,
                tr("unknown operator %1; expected equals, contains or percentage").arg(FlagFileReader::describe(op)));
        const YamlNode *attribute = rule.value(u"attribute");
        if (!attribute)
            return failRule(rule, number, tr("attribute is missing"));
        if (!attribute->isScalar() || attribute->text.isEmpty())
            return failRule(*attribute, number,
                            tr("attribute must be text, got %1").arg(FlagFileReader::describe(attribute)));
        const YamlNode *value = rule.value(u"value");
        if (!value)
            return failRule(rule, number, tr("value is missing"));
        const YamlNode *result = rule.value(u"result");
        if (!result)
            return failRule(rule, number, tr("result is missing"));
        lines.append(attribute->text + u' ' + name + u' ' + token(*value) + QStringLiteral(" → ")
                     + m_reader.flagValueOf(*result).canonical());
    }
    if (!lines.isEmpty())
        rows->append({key + QLatin1StringView("/rules"), Value::string(lines.join(u'\n')), rules->line, rules->column});
    return true;
}

// owner, category, plannedRemoval and variants: rows of their own beside the flag, so they travel in
// snapshots like any value and the drift engine can judge them (an ops flag on in production, a
// release flag past its planned removal).
bool SeedReader::readMetadata(const YamlNode &item, const QString &key, QList<FlagRow> *rows)
{
    if (const YamlNode *owner = item.value(u"owner"); owner && !owner->isNull()) {
        if (!owner->isScalar() || owner->text.trimmed().isEmpty())
            return failFlag(*owner, tr("owner must be text, got %1").arg(FlagFileReader::describe(owner)));
        rows->append({key + QLatin1StringView("/owner"), Value::string(owner->text), owner->line, owner->column});
    }
    if (const YamlNode *category = item.value(u"category"); category && !category->isNull()) {
        const QString name = category->isScalar() ? category->text.toLower() : QString();
        if (name != u"release" && name != u"ops" && name != u"experiment")
            return failFlag(
                *category,
                tr("category must be release, ops or experiment, got %1").arg(FlagFileReader::describe(category)));
        rows->append({key + QLatin1StringView("/category"), Value::string(name), category->line, category->column});
    }
    if (const YamlNode *removal = item.value(u"plannedRemoval"); removal && !removal->isNull()) {
        const QDate date = removal->isScalar() ? QDate::fromString(removal->text, Qt::ISODate) : QDate();
        if (!date.isValid() || removal->text.size() != 10)
            return failFlag(
                *removal,
                tr("plannedRemoval must be a date (YYYY-MM-DD), got %1").arg(FlagFileReader::describe(removal)));
        rows->append({key + QLatin1StringView("/plannedRemoval"), Value::string(date.toString(Qt::ISODate)),
                      removal->line, removal->column});
    }
    if (const YamlNode *variants = item.value(u"variants"); variants && !variants->isNull()) {
        if (!variants->isSequence() && !variants->isMap())
            return failFlag(*variants,
                            tr("variants must be a list of names or a map of names to values, got %1")
                                .arg(FlagFileReader::describe(variants)));
        if (variants->items.isEmpty() && variants->entries.isEmpty())
            return failFlag(*variants, tr("variants must not be empty"));
        QStringList names;
        for (const YamlNodePtr &name : variants->items) {
            if (!name->isScalar() || name->text.isEmpty())
                return failFlag(*name,
                                tr("a variant must be a name, got %1").arg(FlagFileReader::describe(name.get())));
            if (names.contains(name->text))
                return failFlag(*name, tr("variant \"%1\" is listed twice").arg(name->text));
            names.append(name->text);
        }
        rows->append(
            {key + QLatin1StringView("/variants"), m_reader.valueOf(*variants), variants->line, variants->column});
    }
    return true;
}

} // namespace

FlagRows readSeedFlags(const YamlNode &root, const FlagFileReader &reader)
{
    FlagRows result;
    if (!root.isSequence()) {
        result.errorString = reader.errorAt(
            root, SeedReader::tr("a seed flag file is a list of flags, got %1").arg(FlagFileReader::describe(&root)));
        return result;
    }
    SeedReader seed(reader);
    for (qsizetype i = 0; i < root.items.size(); ++i) {
        if (!seed.readFlag(int(i) + 1, *root.items.at(i), &result.rows)) {
            result.rows.clear();
            result.errorString = seed.error;
            return result;
        }
    }
    return result;
}

} // namespace DriftDeck
