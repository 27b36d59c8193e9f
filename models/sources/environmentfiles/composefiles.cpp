#include "composefiles.h"

#include "composeinterpolation.h"
#include "composemerge.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <memory>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

struct ComposeFilesText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ComposeProject)
};

constexpr int MaxIncludeDepth = 16;

FileTreeNode emptyMap()
{
    FileTreeNode node;
    node.kind = FileTreeNode::Kind::Map;
    return node;
}

// Interpolates every string value (not keys, as Compose does), stopping at the first error.
QString interpolateTree(FileTreeNode &node, const QHash<QString, QString> &variables, const QString &file)
{
    switch (node.kind) {
    case FileTreeNode::Kind::Null:
        return {};
    case FileTreeNode::Kind::Scalar: {
        if (!node.text.contains(u'$'))
            return {};
        const InterpolationResult result = interpolateCompose(node.text, variables);
        if (!result.ok())
            return fileErrorAt(file, node.line, node.column, result.errorString);
        node.text = result.text;
        node.quoted = true; // an interpolated value is a string, whatever it looks like
        return {};
    }
    case FileTreeNode::Kind::Sequence:
        for (FileTreeNode &item : node.items) {
            if (QString error = interpolateTree(item, variables, file); !error.isEmpty())
                return error;
        }
        return {};
    case FileTreeNode::Kind::Map:
        for (auto &entry : node.entries) {
            if (QString error = interpolateTree(entry.second, variables, file); !error.isEmpty())
                return error;
        }
        return {};
    }
    return {};
}

QString errorAt(const ComposeFiles &files, const FileTreeNode &node, const QString &message)
{
    return fileErrorAt(files.labels.value(node.file), node.line, node.column, message);
}

// Services of one file, loaded once, for `extends: {file: …}`.
struct ExtendsContext {
    ComposeFiles &files;
    // absolute path → the file's tree; held by pointer so loading another file moves none
    QHash<QString, std::shared_ptr<FileTreeNode>> loaded;
    QSet<QString> resolving; // "file#service" on the current chain
};

QString resolveService(const QString &name, FileTreeNode &services, const QString &fileKey, ExtendsContext &context);

// The service named by `extends` with its own extends resolved, into *out.
QString baseOf(const FileTreeNode &extends, FileTreeNode &services, const QString &fileKey, ExtendsContext &context,
               FileTreeNode *out)
{
    QString serviceName;
    QString file;
    if (extends.isScalar()) {
        serviceName = extends.text;
    } else if (extends.isMap()) {
        if (const FileTreeNode *service = extends.value(u"service"); service && service->isScalar())
            serviceName = service->text;
        if (const FileTreeNode *path = extends.value(u"file"); path && path->isScalar())
            file = path->text;
    }
    if (serviceName.isEmpty())
        return errorAt(context.files, extends, ComposeFilesText::tr("extends: \"service\" is missing"));
    FileTreeNode *baseServices = &services;
    QString baseKey = fileKey;
    if (!file.isEmpty()) {
        const auto [label, absolute] = context.files.relativeTo(extends.file, file);
        if (!context.loaded.contains(absolute)) {
            FileTreeNode tree;
            if (QString error = context.files.load(label, absolute, &tree); !error.isEmpty())
                return error;
            dropComposeResets(tree);
            context.loaded.insert(absolute, std::make_shared<FileTreeNode>(std::move(tree)));
        }
        FileTreeNode &other = *context.loaded.value(absolute);
        if (!other.value(u"services"))
            other.set(u"services"_s, emptyMap());
        baseServices = other.value(u"services");
        baseKey = absolute;
    }
    if (!baseServices->value(serviceName) || !baseServices->value(serviceName)->isMap())
        return errorAt(context.files, extends, ComposeFilesText::tr("extends: no service \"%1\"").arg(serviceName));
    if (QString error = resolveService(serviceName, *baseServices, baseKey, context); !error.isEmpty())
        return error;
    *out = *baseServices->value(serviceName);
    return {};
}

QString resolveService(const QString &name, FileTreeNode &services, const QString &fileKey, ExtendsContext &context)
{
    FileTreeNode *service = services.value(name);
    const FileTreeNode *extends = service ? service->value(u"extends") : nullptr;
    if (!extends)
        return {};
    const QString chainKey = fileKey + u'#' + name;
    if (context.resolving.contains(chainKey))
        return errorAt(context.files, *extends,
                       ComposeFilesText::tr("extends: service \"%1\" extends itself through a cycle").arg(name));
    context.resolving.insert(chainKey);
    FileTreeNode base;
    const FileTreeNode extendsCopy = *extends;
    if (QString error = baseOf(extendsCopy, services, fileKey, context, &base); !error.isEmpty())
        return error;
    context.resolving.remove(chainKey);
    service = services.value(name); // baseOf may have resolved siblings, moving entries
    FileTreeNode local = *service;
    local.remove(u"extends");
    // The same rules as for a later file: wrap both so the merge sees services.NAME paths.
    FileTreeNode baseRoot = emptyMap();
    FileTreeNode baseServices = emptyMap();
    baseServices.set(name, base);
    baseRoot.set(u"services"_s, baseServices);
    FileTreeNode localRoot = emptyMap();
    FileTreeNode localServices = emptyMap();
    localServices.set(name, local);
    localRoot.set(u"services"_s, localServices);
    if (QString error = mergeComposeTrees(baseRoot, std::move(localRoot), context.files.labels); !error.isEmpty())
        return error;
    FileTreeNode merged = *baseRoot.value(u"services")->value(name);
    merged.file = service->file;
    merged.line = service->line;
    merged.column = service->column;
    *service = std::move(merged);
    return {};
}

QStringList pathsOf(const FileTreeNode &node)
{
    QStringList out;
    if (node.isScalar())
        out.append(node.text);
    for (const FileTreeNode &item : node.items)
        out.append(item.text);
    return out;
}

} // namespace

QString ComposeFiles::load(const QString &label, const QString &absolute, FileTreeNode *out)
{
    const LocalFile::Read file = read(absolute);
    if (!file.ok())
        return fileErrorAt(label, 0, 0, file.errorString);
    labels.append(label);
    absolutes.append(absolute);
    const auto index = qint32(labels.size() - 1);
    const YamlDocument document = YamlDocument::parse(file.bytes);
    if (!document.problems.isEmpty()) {
        const YamlProblem &problem = document.problems.constFirst();
        return fileErrorAt(label, problem.line, problem.column, problem.message);
    }
    if (!document.root || document.root->isNull())
        return fileErrorAt(label, 0, 0, ComposeFilesText::tr("the file is empty"));
    if (!document.root->isMap())
        return fileErrorAt(label, document.root->line, document.root->column,
                           ComposeFilesText::tr("expected a compose file: a map with \"services\""));
    *out = FileTreeNode::fromYaml(*document.root, index);
    if (const FileTreeNode *services = out->value(u"services"); services && !services->isMap() && !services->isNull())
        return fileErrorAt(label, services->line, services->column,
                           ComposeFilesText::tr("\"services\" must be a map of service names to services"));
    if (const FileTreeNode *services = out->value(u"services"); services && services->isMap()) {
        for (const auto &[name, service] : services->entries) {
            if (!service.isMap() && !service.isNull())
                return fileErrorAt(label, service.line, service.column,
                                   ComposeFilesText::tr("service \"%1\" must be a map").arg(name));
        }
    }
    return interpolateTree(*out, variables, label);
}

std::pair<QString, QString> ComposeFiles::relativeTo(qint32 from, const QString &path) const
{
    if (QDir::isAbsolutePath(path))
        return {path, path};
    const QString label = QDir::cleanPath(QFileInfo(labels.value(from)).path() + u'/' + path);
    const QString absolute = QDir::cleanPath(QFileInfo(absolutes.value(from)).path() + u'/' + path);
    return {label, absolute};
}

QString resolveComposeExtends(FileTreeNode &root, ComposeFiles &files)
{
    FileTreeNode *services = root.value(u"services");
    if (!services || !services->isMap())
        return {};
    ExtendsContext context{files, {}, {}};
    QStringList names;
    for (const auto &entry : services->entries)
        names.append(entry.first);
    for (const QString &name : std::as_const(names)) {
        if (QString error = resolveService(name, *services, QString(), context); !error.isEmpty())
            return error;
    }
    return {};
}

QString resolveComposeIncludes(FileTreeNode &root, ComposeFiles &files, int depth)
{
    const FileTreeNode *include = root.value(u"include");
    if (!include)
        return {};
    if (!include->isSequence())
        return errorAt(files, *include, ComposeFilesText::tr("\"include\" must be a list"));
    if (depth >= MaxIncludeDepth)
        return errorAt(files, *include,
                       ComposeFilesText::tr("includes nested more than %1 deep (a cycle?)").arg(MaxIncludeDepth));
    const std::vector<FileTreeNode> entries = include->items;
    root.remove(u"include");
    for (const FileTreeNode &entry : entries) {
        const QStringList paths = pathsOf(entry.isMap() && entry.value(u"path") ? *entry.value(u"path") : entry);
        if (paths.isEmpty())
            return errorAt(files, entry, ComposeFilesText::tr("include: \"path\" is missing"));
        // One included project: its files merged as -f would, then its own extends and includes.
        FileTreeNode project;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            const auto [label, absolute] = files.relativeTo(entry.file, paths[i]);
            FileTreeNode tree;
            if (QString error = files.load(label, absolute, &tree); !error.isEmpty())
                return error;
            if (QString error = resolveComposeExtends(tree, files); !error.isEmpty())
                return error;
            if (i == 0) {
                dropComposeResets(tree);
                project = std::move(tree);
            } else if (QString error = mergeComposeTrees(project, std::move(tree), files.labels); !error.isEmpty()) {
                return error;
            }
        }
        if (QString error = resolveComposeIncludes(project, files, depth + 1); !error.isEmpty())
            return error;
        for (const auto &section : {u"services"_s, u"networks"_s, u"volumes"_s, u"configs"_s, u"secrets"_s}) {
            const FileTreeNode *imported = project.value(section);
            if (!imported || !imported->isMap())
                continue;
            if (!root.value(section))
                root.set(section, emptyMap());
            FileTreeNode *own = root.value(section);
            for (const auto &[name, value] : imported->entries) {
                if (const FileTreeNode *existing = own->value(name))
                    return errorAt(files, *existing,
                                   ComposeFilesText::tr("%1.%2 is also defined by the included file %3")
                                       .arg(section, name, files.labels.value(value.file)));
                own->entries.emplace_back(name, value);
            }
        }
    }
    return {};
}

} // namespace DriftDeck
