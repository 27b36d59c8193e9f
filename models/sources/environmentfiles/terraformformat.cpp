#include "terraformformat.h"

#include "filetree.h"
#include "sources/configformats/configreaders.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DriftDeck {

namespace {

struct TerraformText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::TerraformFormat)
};

class RowWriter
{
public:
    RowWriter(SourceResult &result, const Normaliser &normaliser)
        : m_result(result)
        , m_normaliser(normaliser)
    {
    }

    // sensitive: the matching part of sensitive_values (true, or a structure of the same shape).
    // flatten: maps become one row per leaf (attributes); off for outputs, one value each.
    void add(const QString &key, const QJsonValue &value, const QJsonValue &sensitive, bool flatten = true,
             std::pair<int, int> position = {0, 0})
    {
        if (value.isNull() || value.isUndefined())
            return;
        if (flatten && value.isObject() && !value.toObject().isEmpty() && !(sensitive.isBool() && sensitive.toBool())) {
            const QJsonObject object = value.toObject();
            const QJsonObject marks = sensitive.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                add(key + u'.' + it.key(), it.value(), marks.value(it.key()), true, position);
            return;
        }
        Entry entry;
        entry.value = m_normaliser.fromJson(value);
        // A list or map with any sensitive part is sensitive as a whole: one row, one fingerprint.
        entry.sensitive = containsTrue(sensitive);
        entry.provenance.append(
            {0, position.first, position.second, entry.sensitive ? QString() : entry.value.display()});
        m_result.entries.insert(key, entry);
    }

private:
    static bool containsTrue(const QJsonValue &marks)
    {
        if (marks.isBool())
            return marks.toBool();
        if (marks.isArray()) {
            const QJsonArray array = marks.toArray();
            return std::any_of(array.begin(), array.end(), [](const QJsonValue &v) { return containsTrue(v); });
        }
        if (marks.isObject()) {
            const QJsonObject object = marks.toObject();
            return std::any_of(object.begin(), object.end(), [](const QJsonValue &v) { return containsTrue(v); });
        }
        return false;
    }

    SourceResult &m_result;
    const Normaliser &m_normaliser;
};

QString parse(const QByteArray &json, const QString &label, QJsonObject *out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const TextPosition position = positionOfOffset(json, error.offset);
        return fileErrorAt(label, position.line, position.column, error.errorString());
    }
    if (!document.isObject())
        return fileErrorAt(label, 1, 1, TerraformText::tr("expected a JSON object"));
    *out = document.object();
    return {};
}

// One module's resources and, recursively, its child modules'. Depth is bounded by the JSON
// parser's own nesting limit.
void readModule(const QJsonObject &module, const TerraformReadOptions &options, RowWriter &rows)
{
    for (const auto items = module.value(u"resources").toArray(); const QJsonValue &item : items) {
        const QJsonObject resource = item.toObject();
        if (resource.value(u"mode").toString() == u"data" && !options.includeData)
            continue;
        const QString address = resource.value(u"address").toString();
        if (address.isEmpty())
            continue;
        const QJsonObject values = resource.value(u"values").toObject();
        const QJsonObject marks = resource.value(u"sensitive_values").toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            rows.add(QLatin1StringView("infra/") + address + u'.' + it.key(), it.value(), marks.value(it.key()));
    }
    for (const auto children = module.value(u"child_modules").toArray(); const QJsonValue &child : children)
        readModule(child.toObject(), options, rows);
}

} // namespace

SourceResult readTerraformShowJson(const QByteArray &json, const QString &label, const TerraformReadOptions &options,
                                   const Normaliser &normaliser, const QString &sourceId)
{
    QJsonObject root;
    if (QString error = parse(json, label, &root); !error.isEmpty())
        return SourceResult::failure(error);
    if (!root.contains(u"format_version"))
        return SourceResult::failure(fileErrorAt(
            label, 1, 1, TerraformText::tr("not the output of \"terraform show -json\": format_version is missing")));
    // A state has "values"; a saved plan has "planned_values" and "prior_state".
    QJsonObject values;
    if (root.contains(u"planned_values"))
        values = options.priorState ? root.value(u"prior_state").toObject().value(u"values").toObject()
                                    : root.value(u"planned_values").toObject();
    else
        values = root.value(u"values").toObject();

    SourceResult result;
    result.layers.append({sourceId, label, label});
    RowWriter rows(result, normaliser);
    readModule(values.value(u"root_module").toObject(), options, rows);
    const QJsonObject outputs = values.value(u"outputs").toObject();
    for (auto it = outputs.begin(); it != outputs.end(); ++it) {
        const QJsonObject output = it.value().toObject();
        const bool sensitive = output.value(u"sensitive").toBool();
        rows.add(QLatin1StringView("infra/output.") + it.key(), output.value(u"value"), QJsonValue(sensitive), false);
    }
    return result;
}

SourceResult readTerraformVarsJson(const QByteArray &json, const QString &label, const Normaliser &normaliser,
                                   const QString &sourceId)
{
    QJsonObject root;
    if (QString error = parse(json, label, &root); !error.isEmpty())
        return SourceResult::failure(error);
    return terraformVarRows(root, {}, label, normaliser, sourceId);
}

SourceResult terraformVarRows(const QJsonObject &variables, const QHash<QString, std::pair<int, int>> &positions,
                              const QString &label, const Normaliser &normaliser, const QString &sourceId)
{
    SourceResult result;
    result.layers.append({sourceId, label, label});
    RowWriter rows(result, normaliser);
    for (auto it = variables.begin(); it != variables.end(); ++it)
        rows.add(QLatin1StringView("infra/var.") + it.key(), it.value(), QJsonValue(), true, positions.value(it.key()));
    return result;
}

} // namespace DriftDeck
