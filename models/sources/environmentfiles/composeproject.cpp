#include "composeproject.h"

#include "composeinterpolation.h"
#include "composemerge.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace DriftDeck {

namespace {

struct ProjectText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ComposeProject)
};

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

QString readOne(const QByteArray &bytes, const QString &label, qint32 index, const QHash<QString, QString> &variables,
                FileTreeNode *out)
{
    const YamlDocument document = YamlDocument::parse(bytes);
    if (!document.problems.isEmpty()) {
        const YamlProblem &problem = document.problems.constFirst();
        return fileErrorAt(label, problem.line, problem.column, problem.message);
    }
    if (!document.root || document.root->isNull())
        return fileErrorAt(label, 0, 0, ProjectText::tr("the file is empty"));
    if (!document.root->isMap())
        return fileErrorAt(label, document.root->line, document.root->column,
                           ProjectText::tr("expected a compose file: a map with \"services\""));
    *out = FileTreeNode::fromYaml(*document.root, index);
    if (const FileTreeNode *services = out->value(u"services"); services && !services->isMap() && !services->isNull())
        return fileErrorAt(label, services->line, services->column,
                           ProjectText::tr("\"services\" must be a map of service names to services"));
    if (const FileTreeNode *services = out->value(u"services"); services && services->isMap()) {
        for (const auto &[name, service] : services->entries) {
            if (!service.isMap() && !service.isNull())
                return fileErrorAt(label, service.line, service.column,
                                   ProjectText::tr("service \"%1\" must be a map").arg(name));
        }
    }
    return interpolateTree(*out, variables, label);
}

ComposeProject mergeAll(std::vector<FileTreeNode> trees, QStringList labels)
{
    ComposeProject project;
    project.files = std::move(labels);
    for (size_t i = 0; i < trees.size(); ++i) {
        if (i == 0) {
            project.root = std::move(trees[0]);
            continue;
        }
        project.errorString = mergeComposeTrees(project.root, std::move(trees[i]), project.files);
        if (!project.ok())
            return project;
    }
    project.errorString = enforceComposeUnicity(project.root, project.files);
    return project;
}

} // namespace

ComposeProject loadComposeProject(const QList<ComposeFileInput> &files, const QHash<QString, QString> &variables,
                                  const CancelFlag &cancelled)
{
    std::vector<FileTreeNode> trees;
    QStringList labels;
    for (const ComposeFileInput &input : files)
        labels.append(input.label);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (cancelled.load())
            return { {}, labels, ProjectText::tr("Cancelled") };
        const ComposeFileInput &input = files[i];
        QFile file(input.absolutePath);
        if (!QFileInfo(input.absolutePath).isFile())
            return { {}, labels, fileErrorAt(input.label, 0, 0, ProjectText::tr("no such file")) };
        if (!file.open(QIODevice::ReadOnly))
            return { {},
                     labels,
                     fileErrorAt(input.label, 0, 0, ProjectText::tr("cannot read: %1").arg(file.errorString())) };
        FileTreeNode tree;
        if (QString error = readOne(file.read(YamlDocument::MaxBytes + 1), input.label, qint32(i), variables, &tree);
            !error.isEmpty())
            return { {}, labels, error };
        trees.push_back(std::move(tree));
    }
    return mergeAll(std::move(trees), labels);
}

ComposeProject composeProjectFromText(const QList<std::pair<QString, QByteArray>> &files,
                                      const QHash<QString, QString> &variables)
{
    std::vector<FileTreeNode> trees;
    QStringList labels;
    for (qsizetype i = 0; i < files.size(); ++i) {
        labels.append(files[i].first);
        FileTreeNode tree;
        if (QString error = readOne(files[i].second, files[i].first, qint32(i), variables, &tree); !error.isEmpty())
            return { {}, labels, error };
        trees.push_back(std::move(tree));
    }
    return mergeAll(std::move(trees), labels);
}

} // namespace DriftDeck
