#include "logicalrowsreader.h"

#include "loadertext.h"

#include <QRegularExpression>

namespace DriftDeck {

const LogicalRowSource *LogicalRow::sourceFor(QStringView environment) const
{
    const LogicalRowSource *fallback = nullptr;
    for (const LogicalRowSource &source : sources) {
        if (source.environment == environment)
            return &source;
        if (source.environment == u"*")
            fallback = &source;
    }
    return fallback;
}

namespace {

bool readSource(NodeReader &reader, const YamlNode &node, const QString &path, LogicalRowSource *source)
{
    const YamlNode *keyNode = &node;
    QString keyPath = path;
    if (node.isMap()) {
        reader.checkKeys(node, path, {QStringLiteral("key"), QStringLiteral("pattern")}, {QStringLiteral("key")});
        keyNode = node.value(u"key");
        keyPath = NodeReader::child(path, u"key");
        if (const YamlNode *pattern = node.value(u"pattern")) {
            const QString patternPath = NodeReader::child(path, u"pattern");
            if (const auto text = reader.text(*pattern, patternPath)) {
                const QRegularExpression expression(*text);
                if (!expression.isValid()) {
                    reader.error(*pattern, patternPath,
                                 LoaderText::tr("not a valid regular expression: %1").arg(expression.errorString()));
                    return false;
                }
                source->pattern = *text;
            }
        }
    } else if (!node.isScalar()) {
        reader.error(node, path,
                     LoaderText::tr("expected a key or a map with \"key\" and \"pattern\", got %1")
                         .arg(NodeReader::describe(node)));
        return false;
    }
    if (!keyNode)
        return false;
    const auto key = reader.text(*keyNode, keyPath);
    if (!key)
        return false;
    source->key = *key;
    return true;
}

} // namespace

void readLogicalRows(NodeReader &reader, const YamlNode &node, const QStringList &environments, QList<LogicalRow> *rows)
{
    const QString path = QStringLiteral("rows");
    if (!reader.expectList(node, path))
        return;
    for (qsizetype i = 0; i < node.items.size(); ++i) {
        const YamlNode &item = *node.items[i];
        const QString itemPath = NodeReader::child(path, i);
        if (!reader.expectMap(item, itemPath))
            continue;
        reader.checkKeys(item, itemPath, {QStringLiteral("key"), QStringLiteral("compare"), QStringLiteral("from")},
                         {QStringLiteral("key"), QStringLiteral("from")});
        LogicalRow row;
        row.origin = reader.origin(item);
        if (const YamlNode *key = item.value(u"key")) {
            const QString keyPath = NodeReader::child(itemPath, u"key");
            if (const auto text = reader.text(*key, keyPath)) {
                const qsizetype slash = text->indexOf(u'/');
                if (slash <= 0 || slash == text->size() - 1)
                    reader.error(*key, keyPath,
                                 LoaderText::tr("a row's key needs a category and a name, like \"infra/postgres\""));
                else if (std::any_of(rows->cbegin(), rows->cend(), [&](const LogicalRow &r) { return r.key == *text; }))
                    reader.error(*key, keyPath, LoaderText::tr("%1 is declared twice").arg(NodeReader::quoted(*text)));
                row.key = *text;
            }
        }
        if (const YamlNode *compare = item.value(u"compare")) {
            const QString comparePath = NodeReader::child(itemPath, u"compare");
            if (const auto text = reader.text(*compare, comparePath)) {
                if (*text == u"exact")
                    row.compare = LogicalRow::Compare::Exact;
                else if (*text == u"sameMajor")
                    row.compare = LogicalRow::Compare::SameMajor;
                else if (*text == u"sameMinor")
                    row.compare = LogicalRow::Compare::SameMinor;
                else
                    reader.error(*compare, comparePath,
                                 LoaderText::tr("expected exact, sameMajor or sameMinor, got %1")
                                     .arg(NodeReader::quoted(*text)));
            }
        }
        if (const YamlNode *from = item.value(u"from")) {
            const QString fromPath = NodeReader::child(itemPath, u"from");
            if (reader.expectMap(*from, fromPath)) {
                for (const YamlEntry &entry : from->entries) {
                    const QString entryPath = NodeReader::child(fromPath, entry.key);
                    if (entry.key != u"*") {
                        YamlNode name;
                        name.kind = YamlNode::Kind::Scalar;
                        name.text = entry.key;
                        name.line = entry.line;
                        name.column = entry.column;
                        if (!reader.environment(name, entryPath, environments))
                            continue;
                    }
                    LogicalRowSource source;
                    source.environment = entry.key;
                    if (entry.value && readSource(reader, *entry.value, entryPath, &source))
                        row.sources.append(source);
                }
            }
        }
        rows->append(row);
    }
}

} // namespace DriftDeck
