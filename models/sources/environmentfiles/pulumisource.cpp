#include "pulumisource.h"

#include "workspace/localfile.h"
#include "workspace/workspace.h"

#include <QFile>

namespace DriftDeck {

namespace {

bool isSecure(const FileTreeNode &node)
{
    return node.isMap() && node.entries.size() == 1 && node.entries.front().first == u"secure";
}

void addRows(const FileTreeNode &node, const QString &key, const Normaliser &normaliser, SourceResult *result)
{
    if (node.isMap() && !node.entries.empty() && !isSecure(node)) {
        for (const auto &[name, child] : node.entries)
            addRows(child, key + u'.' + name, normaliser, result);
        return;
    }
    Entry entry;
    if (isSecure(node)) {
        entry.value = Value::masked();
        entry.sensitive = true;
    } else {
        entry.value = node.isNull() ? Value::null() : normaliser.fromJson(node.toJson());
    }
    const bool hidden = entry.value.isMasked();
    entry.provenance.append({0, node.line, node.column, hidden ? QString() : entry.value.display()});
    result->entries.insert(key, entry);
}

SourceResult readPulumi(const SourceContext &context, const CancelFlag &cancelled)
{
    const QString path = expandTemplate(context.options.value(QStringLiteral("path")).toString(), context.environment);
    if (path.isEmpty())
        return SourceResult::failure(PulumiSource::tr("pulumi: the \"path\" option is missing"));
    if (cancelled.load())
        return SourceResult::failure(PulumiSource::tr("Cancelled"));
    const QString absolute = context.resolvePath(path);
    QFile file;
    QString openError;
    if (!LocalFile::openRegular(file, absolute, &openError))
        return SourceResult::failure(fileErrorAt(path, 0, 0, openError));
    QString project = context.options.value(QStringLiteral("project")).toString();
    if (project.isEmpty())
        project = QStringLiteral("project");
    return readPulumiStack(LocalFile::readAtMost(file, YamlDocument::MaxBytes), path, project,
                           Normaliser(context.normalisation), context.sourceId);
}

} // namespace

SourceResult readPulumiStack(const QByteArray &text, const QString &label, const QString &project,
                             const Normaliser &normaliser, const QString &sourceId)
{
    const YamlDocument document = YamlDocument::parse(text);
    if (!document.problems.isEmpty()) {
        const YamlProblem &problem = document.problems.constFirst();
        return SourceResult::failure(fileErrorAt(label, problem.line, problem.column, problem.message));
    }
    SourceResult result;
    result.layers.append({sourceId, label, label});
    if (!document.root || document.root->isNull())
        return result; // a new stack has an empty file
    if (!document.root->isMap())
        return SourceResult::failure(fileErrorAt(label, document.root->line, document.root->column,
                                                 PulumiSource::tr("expected a stack file: a map with \"config\"")));
    const FileTreeNode root = FileTreeNode::fromYaml(*document.root, 0);
    const FileTreeNode *config = root.value(u"config");
    if (!config || config->isNull())
        return result;
    if (!config->isMap())
        return SourceResult::failure(
            fileErrorAt(label, config->line, config->column, PulumiSource::tr("\"config\" must be a map of settings")));
    for (const auto &[name, value] : config->entries) {
        const qsizetype colon = name.indexOf(u':');
        const QString qualified
            = colon < 0 ? QString(project + u'.' + name) : QString(name.left(colon) + u'.' + name.mid(colon + 1));
        const QString key = QLatin1StringView("config/pulumi.") + qualified;
        addRows(value, key, normaliser, &result);
        result.originalNames.insert(key, name);
    }
    return result;
}

PulumiSource::PulumiSource(SourceContext context, QObject *parent)
    : FileSource(std::move(context), &readPulumi, parent)
{
}

SourceType pulumiSourceType()
{
    using Kind = SourceOption::Kind;
    SourceType type;
    type.localFilesOnly = true;
    type.name = PulumiSource::TypeName;
    type.description
        = PulumiSource::tr("Pulumi stack configuration (Pulumi.<stack>.yaml); secure values are never shown");
    type.keyPrefixes = {QStringLiteral("config/pulumi.")};
    type.options = {
        {QStringLiteral("path"), Kind::Path, true, PulumiSource::tr("The stack file, e.g. \"Pulumi.{env}.yaml\"")},
        {QStringLiteral("project"), Kind::String, false,
         PulumiSource::tr("The namespace of keys written without one (the project's name)")},
    };
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<PulumiSource>(context);
    };
    return type;
}

} // namespace DriftDeck
