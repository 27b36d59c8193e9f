#include "filetree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DriftDeck {

const FileTreeNode *FileTreeNode::value(QStringView key) const
{
    for (const auto &entry : entries) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

FileTreeNode *FileTreeNode::value(QStringView key)
{
    for (auto &entry : entries) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

void FileTreeNode::set(const QString &key, FileTreeNode node)
{
    if (FileTreeNode *existing = value(key))
        *existing = std::move(node);
    else
        entries.emplace_back(key, std::move(node));
}

void FileTreeNode::remove(QStringView key)
{
    std::erase_if(entries, [key](const auto &entry) { return entry.first == key; });
}

QJsonValue FileTreeNode::toJson() const
{
    switch (kind) {
    case Kind::Null:
        return QJsonValue::Null;
    case Kind::Scalar: {
        if (quoted)
            return text;
        // Reuse the workspace reader's core-schema rules so "1.20" and "yes" mean the same here.
        YamlNode probe;
        probe.kind = YamlNode::Kind::Scalar;
        probe.text = text;
        bool ok = false;
        switch (probe.scalarType()) {
        case YamlNode::ScalarType::Boolean:
            return probe.toBool(&ok);
        case YamlNode::ScalarType::Integer: {
            const qint64 v = probe.toInteger(&ok);
            // Beyond 2^53 a double loses digits: keep the text.
            return std::abs(v) < (qint64(1) << 53) ? QJsonValue(double(v)) : QJsonValue(text);
        }
        case YamlNode::ScalarType::Float:
            return probe.toDouble(&ok);
        case YamlNode::ScalarType::String:
            return text;
        }
        return text;
    }
    case Kind::Sequence: {
        QJsonArray array;
        for (const FileTreeNode &item : items)
            array.append(item.toJson());
        return array;
    }
    case Kind::Map: {
        QJsonObject object;
        for (const auto &entry : entries)
            object.insert(entry.first, entry.second.toJson());
        return object;
    }
    }
    return QJsonValue::Null;
}

QString FileTreeNode::displayText() const
{
    if (kind == Kind::Scalar)
        return text;
    if (kind == Kind::Null)
        return QStringLiteral("null");
    const QJsonValue json = toJson();
    const QJsonDocument doc = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

FileTreeNode FileTreeNode::scalar(const QString &text, const FileTreeNode &positionOf)
{
    FileTreeNode node;
    node.kind = Kind::Scalar;
    node.text = text;
    node.quoted = true;
    node.file = positionOf.file;
    node.line = positionOf.line;
    node.column = positionOf.column;
    return node;
}

FileTreeNode FileTreeNode::fromYaml(const YamlNode &yaml, qint32 file)
{
    FileTreeNode node;
    node.file = file;
    node.line = yaml.line;
    node.column = yaml.column;
    node.tag = yaml.tag;
    switch (yaml.kind) {
    case YamlNode::Kind::Null:
        break;
    case YamlNode::Kind::Scalar:
        node.kind = Kind::Scalar;
        node.text = yaml.text;
        node.quoted = yaml.quoted;
        break;
    case YamlNode::Kind::Sequence:
        node.kind = Kind::Sequence;
        node.items.reserve(size_t(yaml.items.size()));
        for (const YamlNodePtr &item : yaml.items)
            node.items.push_back(fromYaml(*item, file));
        break;
    case YamlNode::Kind::Map: {
        node.kind = Kind::Map;
        QList<const YamlNode *> merged;
        for (const YamlEntry &entry : yaml.entries) {
            if (entry.key == u"<<" && entry.value) {
                if (entry.value->isMap())
                    merged.append(entry.value.get());
                for (const YamlNodePtr &item : entry.value->items) {
                    if (item->isMap())
                        merged.append(item.get());
                }
                continue;
            }
            FileTreeNode child = entry.value ? fromYaml(*entry.value, file) : FileTreeNode();
            if (!entry.value) {
                child.file = file;
                child.line = entry.line;
                child.column = entry.column;
            }
            node.entries.emplace_back(entry.key, std::move(child));
        }
        for (const YamlNode *source : std::as_const(merged)) {
            const FileTreeNode inherited = fromYaml(*source, file);
            for (const auto &entry : inherited.entries) {
                if (!node.value(entry.first))
                    node.entries.push_back(entry);
            }
        }
        break;
    }
    }
    return node;
}

QString fileErrorAt(const QString &file, qint32 line, qint32 column, const QString &message)
{
    QString out = file;
    if (line > 0) {
        out += u':' + QString::number(line);
        if (column > 0)
            out += u':' + QString::number(column);
    }
    return out + QLatin1StringView(": ") + message;
}

} // namespace DriftDeck
