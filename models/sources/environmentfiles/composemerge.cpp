#include "composemerge.h"

#include <QCoreApplication>

#include <algorithm>

namespace DriftDeck {

namespace {

struct MergeText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ComposeMerge)
};

using Path = QStringList;

bool matches(const Path &path, QStringView pattern)
{
    const QList<QStringView> parts = pattern.split(u'.');
    if (parts.size() != path.size())
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts[i] != u"*" && parts[i] != path[i])
            return false;
    }
    return true;
}

bool matchesAny(const Path &path, std::initializer_list<const char16_t *> patterns)
{
    return std::any_of(patterns.begin(), patterns.end(), [&](const char16_t *p) { return matches(path, p); });
}

QString describe(const FileTreeNode &node)
{
    switch (node.kind) {
    case FileTreeNode::Kind::Map:
        return MergeText::tr("a map");
    case FileTreeNode::Kind::Sequence:
        return MergeText::tr("a list");
    case FileTreeNode::Kind::Scalar:
        return MergeText::tr("a value");
    case FileTreeNode::Kind::Null:
        return MergeText::tr("null");
    }
    return {};
}

QString errorAt(const FileTreeNode &node, const QStringList &files, const QString &message)
{
    return fileErrorAt(files.value(node.file), node.line, node.column, message);
}

// A map or sequence as Compose's "KEY=value" strings (maps sorted by key, as compose-go does).
FileTreeNode toSequence(const FileTreeNode &node)
{
    if (node.isSequence())
        return node;
    FileTreeNode out;
    out.kind = FileTreeNode::Kind::Sequence;
    out.file = node.file;
    out.line = node.line;
    out.column = node.column;
    if (node.isScalar()) {
        out.items.push_back(node);
        return out;
    }
    for (const auto &[key, value] : node.entries) {
        if (value.isNull()) {
            out.items.push_back(FileTreeNode::scalar(key, value));
        } else if (value.isSequence()) {
            for (const FileTreeNode &item : value.items)
                out.items.push_back(FileTreeNode::scalar(key + u'=' + item.text, item));
        } else {
            out.items.push_back(FileTreeNode::scalar(key + u'=' + value.displayText(), value));
        }
    }
    std::sort(out.items.begin(), out.items.end(),
              [](const FileTreeNode &a, const FileTreeNode &b) { return a.text < b.text; });
    return out;
}

// depends_on: [a, b] and networks: [a, b] mean the same as the map forms.
FileTreeNode listToMap(const FileTreeNode &node, bool dependsOn)
{
    if (!node.isSequence())
        return node;
    FileTreeNode out;
    out.kind = FileTreeNode::Kind::Map;
    out.file = node.file;
    out.line = node.line;
    out.column = node.column;
    for (const FileTreeNode &item : node.items) {
        FileTreeNode value;
        value.file = item.file;
        value.line = item.line;
        value.column = item.column;
        if (dependsOn) {
            value.kind = FileTreeNode::Kind::Map;
            value.set(QStringLiteral("condition"), FileTreeNode::scalar(QStringLiteral("service_started"), item));
            FileTreeNode required = FileTreeNode::scalar(QStringLiteral("true"), item);
            required.quoted = false;
            value.set(QStringLiteral("required"), required);
        }
        out.set(item.text, value);
    }
    return out;
}

QString merge(FileTreeNode &base, FileTreeNode other, const Path &path, const QStringList &files);

bool isReset(const FileTreeNode &node)
{
    return node.tag == u"!reset";
}

// `KEY: !reset null` in an environment-like map removes KEY from the earlier file's map before
// the two are appended. Compose 2.26.1 finds the key only in a map: an earlier "KEY=value" list
// (or one an extends merge made) keeps it, and so does this reader.
void applyKeyResets(FileTreeNode &base, FileTreeNode &other)
{
    if (!other.isMap())
        return;
    for (const auto &[key, value] : other.entries) {
        if (isReset(value) && base.isMap())
            base.remove(key);
    }
    std::erase_if(other.entries, [](const auto &entry) { return isReset(entry.second); });
}

QString mergeMaps(FileTreeNode &base, FileTreeNode other, const Path &path, const QStringList &files)
{
    for (auto &[key, value] : other.entries) {
        FileTreeNode *existing = base.value(key);
        if (isReset(value)) {
            base.remove(key);
            continue;
        }
        if (!existing) {
            dropComposeResets(value);
            base.entries.emplace_back(key, std::move(value));
            continue;
        }
        if (QString error = merge(*existing, std::move(value), path + QStringList{key}, files); !error.isEmpty())
            return error;
    }
    return {};
}

QString merge(FileTreeNode &base, FileTreeNode other, const Path &path, const QStringList &files)
{
    if (other.tag == u"!override") {
        // Replaces the earlier value whole, bypassing every rule below (Compose 2.24+).
        other.tag.clear();
        dropComposeResets(other);
        base = std::move(other);
        return {};
    }
    if (matchesAny(path,
                   {u"services.*.environment", u"services.*.labels", u"services.*.annotations",
                    u"services.*.build.args", u"services.*.build.labels", u"services.*.build.additional_contexts",
                    u"services.*.deploy.labels", u"services.*.env_file", u"services.*.label_file", u"services.*.dns",
                    u"services.*.dns_opt", u"services.*.dns_search", u"services.*.sysctls", u"services.*.tmpfs",
                    u"services.*.extra_hosts", u"services.*.build.extra_hosts", u"networks.*.labels",
                    u"volumes.*.labels", u"services.*.volumes.*.volume.labels"})) {
        applyKeyResets(base, other);
        FileTreeNode merged = toSequence(base);
        const FileTreeNode added = toSequence(other);
        merged.items.insert(merged.items.end(), added.items.begin(), added.items.end());
        base = std::move(merged);
        return {};
    }
    if (matchesAny(path, {u"services.*.command", u"services.*.entrypoint", u"services.*.healthcheck.test"})) {
        base = std::move(other);
        return {};
    }
    if (matches(path, u"services.*.depends_on") || matches(path, u"services.*.networks")) {
        const bool dependsOn = matches(path, u"services.*.depends_on");
        base = listToMap(base, dependsOn);
        other = listToMap(other, dependsOn);
    } else if (matches(path, u"services.*.build")) {
        const auto asMap = [](const FileTreeNode &node) {
            if (!node.isScalar())
                return node;
            FileTreeNode map;
            map.kind = FileTreeNode::Kind::Map;
            map.file = node.file;
            map.line = node.line;
            map.column = node.column;
            map.set(QStringLiteral("context"), node);
            return map;
        };
        base = asMap(base);
        other = asMap(other);
    } else if (matches(path, u"services.*.logging") && base.isMap() && other.isMap()) {
        const FileTreeNode *a = base.value(u"driver");
        const FileTreeNode *b = other.value(u"driver");
        if (a && b && a->text != b->text) {
            base = std::move(other);
            return {};
        }
    } else if (matches(path, u"services.*.ulimits.*") && (!base.isMap() || !other.isMap())) {
        base = std::move(other);
        return {};
    }

    if (other.isNull())
        return {};
    if (base.isMap()) {
        if (!other.isMap())
            return errorAt(
                other, files,
                MergeText::tr("cannot override %1: %2 with %3").arg(path.join(u'.'), describe(base), describe(other)));
        return mergeMaps(base, std::move(other), path, files);
    }
    if (base.isSequence()) {
        if (!other.isSequence())
            return errorAt(
                other, files,
                MergeText::tr("cannot override %1: %2 with %3").arg(path.join(u'.'), describe(base), describe(other)));
        base.items.insert(base.items.end(), std::make_move_iterator(other.items.begin()),
                          std::make_move_iterator(other.items.end()));
        return {};
    }
    base = std::move(other);
    return {};
}

QString scalarText(const FileTreeNode *node)
{
    return node && node->isScalar() ? node->text : QString();
}

// The identity of one sequence item under Compose's unicity rules; empty when it has none.
QString identity(const Path &path, const FileTreeNode &item, const QStringList &files, QString *error)
{
    const auto keyValue = [&]() -> QString {
        if (!item.isScalar()) {
            *error = errorAt(item, files,
                             MergeText::tr("%1: expected \"KEY=value\", got %2").arg(path.join(u'.'), describe(item)));
            return {};
        }
        return item.text.section(u'=', 0, 0);
    };
    if (matchesAny(path,
                   {u"services.*.environment", u"services.*.labels", u"services.*.annotations",
                    u"services.*.build.args", u"services.*.build.labels", u"services.*.deploy.labels",
                    u"services.*.sysctls", u"services.*.dns", u"services.*.dns_opt", u"services.*.dns_search",
                    u"services.*.cap_add", u"services.*.cap_drop", u"services.*.profiles", u"services.*.links",
                    u"services.*.tmpfs", u"networks.*.labels"}))
        return keyValue();
    if (matches(path, u"services.*.ports")) {
        if (item.isMap()) {
            const QString host
                = item.value(u"host_ip") ? scalarText(item.value(u"host_ip")) : QStringLiteral("0.0.0.0");
            const QString protocol
                = item.value(u"protocol") ? scalarText(item.value(u"protocol")) : QStringLiteral("tcp");
            return host + u':' + scalarText(item.value(u"published")) + u':' + scalarText(item.value(u"target")) + u'/'
                + protocol;
        }
        return item.text;
    }
    if (matches(path, u"services.*.volumes") || matches(path, u"services.*.devices")) {
        if (item.isMap())
            return scalarText(item.value(u"target"));
        const QStringList parts = item.text.split(u':');
        return parts.size() == 1 ? parts[0] : parts[1];
    }
    if (matches(path, u"services.*.env_file"))
        return item.isMap() ? scalarText(item.value(u"path")) : item.text;
    if (matches(path, u"services.*.expose"))
        return item.text;
    if (matches(path, u"services.*.secrets") || matches(path, u"services.*.configs")) {
        const QString root = matches(path, u"services.*.secrets") ? QStringLiteral("/run/secrets") : QString();
        if (item.isMap()) {
            if (const FileTreeNode *target = item.value(u"target"))
                return target->text;
            return root + u'/' + scalarText(item.value(u"source"));
        }
        return root + u'/' + item.text;
    }
    return {};
}

bool hasUnicityRule(const Path &path)
{
    return matchesAny(path, {u"services.*.environment", u"services.*.labels",       u"services.*.annotations",
                             u"services.*.build.args",  u"services.*.build.labels", u"services.*.deploy.labels",
                             u"services.*.sysctls",     u"services.*.dns",          u"services.*.dns_opt",
                             u"services.*.dns_search",  u"services.*.cap_add",      u"services.*.cap_drop",
                             u"services.*.profiles",    u"services.*.links",        u"services.*.tmpfs",
                             u"networks.*.labels",      u"services.*.ports",        u"services.*.volumes",
                             u"services.*.devices",     u"services.*.env_file",     u"services.*.expose",
                             u"services.*.secrets",     u"services.*.configs"});
}

QString unicity(FileTreeNode &node, const Path &path, const QStringList &files)
{
    if (node.isMap()) {
        for (auto &[key, value] : node.entries) {
            if (QString error = unicity(value, path + QStringList{key}, files); !error.isEmpty())
                return error;
        }
        return {};
    }
    if (!node.isSequence() || !hasUnicityRule(path))
        return {};
    std::vector<FileTreeNode> kept;
    QHash<QString, size_t> seen;
    for (FileTreeNode &item : node.items) {
        QString error;
        const QString key = identity(path, item, files, &error);
        if (!error.isEmpty())
            return error;
        const auto it = seen.constFind(key);
        if (it != seen.cend()) {
            kept[*it] = std::move(item);
        } else {
            seen.insert(key, kept.size());
            kept.push_back(std::move(item));
        }
    }
    node.items = std::move(kept);
    return {};
}

} // namespace

void dropComposeResets(FileTreeNode &node)
{
    std::erase_if(node.entries, [](const auto &entry) { return isReset(entry.second); });
    std::erase_if(node.items, [](const FileTreeNode &item) { return isReset(item); });
    for (auto &entry : node.entries)
        dropComposeResets(entry.second);
    for (FileTreeNode &item : node.items)
        dropComposeResets(item);
}

QString mergeComposeTrees(FileTreeNode &base, FileTreeNode override, const QStringList &files)
{
    return merge(base, std::move(override), {}, files);
}

QString enforceComposeUnicity(FileTreeNode &root, const QStringList &files)
{
    return unicity(root, {}, files);
}

std::vector<std::pair<QString, FileTreeNode>> composeKeyValues(const FileTreeNode &node)
{
    std::vector<std::pair<QString, FileTreeNode>> out;
    const auto put = [&out](const QString &key, FileTreeNode value) {
        for (auto &entry : out) {
            if (entry.first == key) {
                entry.second = std::move(value);
                return;
            }
        }
        out.emplace_back(key, std::move(value));
    };
    if (node.isMap()) {
        for (const auto &[key, value] : node.entries)
            put(key, value);
    } else if (node.isSequence()) {
        for (const FileTreeNode &item : node.items) {
            const qsizetype equals = item.text.indexOf(u'=');
            if (equals < 0) {
                FileTreeNode null;
                null.file = item.file;
                null.line = item.line;
                null.column = item.column;
                put(item.text, null);
            } else {
                put(item.text.left(equals), FileTreeNode::scalar(item.text.mid(equals + 1), item));
            }
        }
    }
    return out;
}

} // namespace DriftDeck
