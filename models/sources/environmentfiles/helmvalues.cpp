#include "helmvalues.h"

#include <QHash>

namespace DriftDeck {

QString mergeHelmValues(FileTreeNode &base, FileTreeNode override)
{
    if (!base.isMap() || !override.isMap()) {
        base = std::move(override);
        return {};
    }
    for (auto &[key, value] : override.entries) {
        if (value.isNull()) {
            base.remove(key); // Helm: a null removes the key (and what the chart defaulted)
            continue;
        }
        FileTreeNode *existing = base.value(key);
        if (existing && existing->isMap() && value.isMap())
            mergeHelmValues(*existing, std::move(value));
        else if (existing)
            *existing = std::move(value);
        else
            base.entries.emplace_back(key, std::move(value));
    }
    return {};
}

namespace {

void flatten(const FileTreeNode &node, const QString &path, QHash<QString, const FileTreeNode *> *out)
{
    if (node.isMap() && !node.entries.empty()) {
        for (const auto &[key, value] : node.entries)
            flatten(value, path.isEmpty() ? key : path + u'.' + key, out);
        return;
    }
    if (!path.isEmpty())
        out->insert(path, &node);
}

} // namespace

void helmValueRows(const FileTreeNode &merged, const std::vector<FileTreeNode> &layers, const QString &prefix,
                   const Normaliser &normaliser, SourceResult *result)
{
    QHash<QString, const FileTreeNode *> final;
    flatten(merged, {}, &final);
    std::vector<QHash<QString, const FileTreeNode *>> perLayer(layers.size());
    for (size_t i = 0; i < layers.size(); ++i)
        flatten(layers[i], {}, &perLayer[i]);

    for (auto it = final.cbegin(); it != final.cend(); ++it) {
        const FileTreeNode &node = *it.value();
        Entry entry;
        entry.value = node.isNull() ? Value::null() : normaliser.fromJson(node.toJson());
        for (size_t i = 0; i < layers.size(); ++i) {
            const FileTreeNode *set = perLayer[i].value(it.key());
            if (set && qint32(i) != node.file)
                entry.provenance.append({set->file, set->line, set->column, set->displayText()});
        }
        entry.provenance.append({node.file, node.line, node.column, entry.value.display()});
        result->entries.insert(prefix + it.key(), entry);
    }
}

namespace {

FileTreeNode fromVariant(const QVariant &value, qint32 layer)
{
    FileTreeNode node;
    node.file = layer;
    if (!value.isValid() || value.isNull())
        return node;
    if (value.typeId() == QMetaType::QVariantMap) {
        node.kind = FileTreeNode::Kind::Map;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            node.entries.emplace_back(it.key(), fromVariant(it.value(), layer));
        return node;
    }
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        node.kind = FileTreeNode::Kind::Sequence;
        for (const auto items = value.toList(); const QVariant &item : items)
            node.items.push_back(fromVariant(item, layer));
        return node;
    }
    node.kind = FileTreeNode::Kind::Scalar;
    node.text = value.toString();
    // The workspace loader typed the value already: a string stays a string.
    node.quoted = value.typeId() == QMetaType::QString;
    return node;
}

} // namespace

FileTreeNode helmSetTree(const QString &path, const QVariant &value, qint32 layer)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path[i] == u'\\' && i + 1 < path.size()) {
            current += path[++i];
        } else if (path[i] == u'.') {
            parts.append(current);
            current.clear();
        } else {
            current += path[i];
        }
    }
    parts.append(current);
    FileTreeNode node = fromVariant(value, layer);
    for (qsizetype i = parts.size() - 1; i >= 0; --i) {
        FileTreeNode parent;
        parent.kind = FileTreeNode::Kind::Map;
        parent.file = layer;
        parent.entries.emplace_back(parts[i], std::move(node));
        node = std::move(parent);
    }
    return node;
}

} // namespace DriftDeck
