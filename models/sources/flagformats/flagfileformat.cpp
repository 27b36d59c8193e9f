#include "flagfileformat.h"

#include "workspace/yamltree.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace DriftDeck {

FlagFileReader::FlagFileReader(QString label, const Normaliser &normaliser)
    : m_label(std::move(label))
    , m_normaliser(normaliser)
{
}

QString FlagFileReader::errorAt(int line, int column, const QString &message) const
{
    if (line <= 0)
        return m_label + QLatin1StringView(": ") + message;
    return QStringLiteral("%1:%2:%3: %4").arg(m_label).arg(line).arg(column).arg(message);
}

QString FlagFileReader::errorAt(const YamlNode &node, const QString &message) const
{
    return errorAt(node.line, node.column, message);
}

QJsonValue FlagFileReader::toJson(const YamlNode &node)
{
    switch (node.kind) {
    case YamlNode::Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case YamlNode::Kind::Scalar: {
        bool ok = false;
        switch (node.scalarType()) {
        case YamlNode::ScalarType::Boolean:
            return node.toBool(&ok);
        case YamlNode::ScalarType::Integer:
        case YamlNode::ScalarType::Float: {
            const double number = node.toDouble(&ok);
            // JSON has no infinity or NaN: keep YAML's ".inf" as text rather than lose it.
            if (ok && std::isfinite(number))
                return number;
            return node.text;
        }
        case YamlNode::ScalarType::String:
            break;
        }
        return node.text;
    }
    case YamlNode::Kind::Sequence: {
        QJsonArray array;
        for (const auto &item : node.items)
            array.append(toJson(*item));
        return array;
    }
    case YamlNode::Kind::Map: {
        QJsonObject object;
        for (const auto &entry : node.entries)
            object.insert(entry.key, toJson(*entry.value));
        return object;
    }
    }
    return QJsonValue(QJsonValue::Null);
}

Value FlagFileReader::valueOf(const YamlNode &node) const
{
    if (node.isScalar())
        return m_normaliser.scalar(node.text, node.quoted);
    return m_normaliser.fromJson(toJson(node));
}

Value FlagFileReader::flagValueOf(const YamlNode &node) const
{
    const Value value = valueOf(node);
    if (value.kind() == ValueKind::Boolean)
        return onOff(value.canonical() == u"true");
    return value;
}

Value FlagFileReader::onOff(bool on)
{
    return Value::string(on ? QStringLiteral("on") : QStringLiteral("off"));
}

QString FlagFileReader::describe(const YamlNode *node)
{
    if (!node)
        return tr("nothing");
    switch (node->kind) {
    case YamlNode::Kind::Null:
        return tr("null");
    case YamlNode::Kind::Scalar:
        return u'"' + node->text + u'"';
    case YamlNode::Kind::Sequence:
        return tr("a list");
    case YamlNode::Kind::Map:
        return tr("a map");
    }
    return {};
}

bool FlagFileReader::isText(const YamlNode *node)
{
    return node && node->isScalar();
}

bool FlagFileReader::isBoolean(const YamlNode *node, bool *value)
{
    if (!node || !node->isScalar() || node->quoted)
        return false;
    bool ok = false;
    const bool b = node->toBool(&ok);
    if (ok && value)
        *value = b;
    return ok;
}

SourceResult flagRowsResult(const QList<FlagRow> &rows, Layer layer)
{
    SourceResult result;
    result.layers.append(std::move(layer));
    result.entries.reserve(rows.size());
    for (const FlagRow &row : rows) {
        Entry entry;
        entry.value = row.value;
        entry.provenance.append({0, row.line, row.column, row.value.display()});
        result.entries.insert(row.key, entry);
    }
    return result;
}

} // namespace DriftDeck
