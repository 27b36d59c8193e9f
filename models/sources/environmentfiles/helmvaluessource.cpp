#include "helmvaluessource.h"

#include "helmvalues.h"
#include "listedfiles.h"
#include "workspace/localfile.h"

#include <QFile>
#include <QFileInfo>

namespace DriftDeck {

namespace {

QString readValuesFile(const QString &absolute, const QString &label, qint32 layer, FileTreeNode *out)
{
    QFile file;
    QString openError;
    if (!LocalFile::openRegular(file, absolute, &openError))
        return fileErrorAt(label, 0, 0, openError);
    const YamlDocument document = YamlDocument::parse(LocalFile::readAtMost(file, YamlDocument::MaxBytes));
    if (!document.problems.isEmpty()) {
        const YamlProblem &problem = document.problems.constFirst();
        return fileErrorAt(label, problem.line, problem.column, problem.message);
    }
    if (!document.root || document.root->isNull()) {
        // An empty values file is common (every key commented out): it sets nothing.
        out->kind = FileTreeNode::Kind::Map;
        out->file = layer;
        return {};
    }
    if (!document.root->isMap())
        return fileErrorAt(label, document.root->line, document.root->column,
                           HelmValuesSource::tr("expected a map of values at the top level"));
    *out = FileTreeNode::fromYaml(*document.root, layer);
    return {};
}

SourceResult readHelmValues(const SourceContext &context, const CancelFlag &cancelled)
{
    const QList<ListedFile> files = listedFiles(context, QStringLiteral("files"));
    if (files.isEmpty())
        return SourceResult::failure(HelmValuesSource::tr("helm-values: the \"files\" option is missing"));
    QString release = context.options.value(QStringLiteral("release")).toString();
    if (release.isEmpty())
        release = context.sourceId;

    SourceResult result;
    std::vector<FileTreeNode> layers;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (cancelled.load())
            return SourceResult::failure(HelmValuesSource::tr("Cancelled"));
        const QString &label = files[i].label;
        const QString &absolute = files[i].absolute;
        // Only a missing file is skipped; a folder or a FIFO is an error that says what it is.
        if (LocalFile::kindOf(absolute) == LocalFile::Kind::Missing) {
            if (i == 0)
                return SourceResult::failure(fileErrorAt(label, 0, 0, HelmValuesSource::tr("no such file")));
            result.warnings.append(HelmValuesSource::tr("%1: file not found; this layer is skipped").arg(label));
            continue;
        }
        result.layers.append({context.sourceId, label, label});
        FileTreeNode tree;
        if (QString error = readValuesFile(absolute, label, qint32(result.layers.size() - 1), &tree); !error.isEmpty())
            return SourceResult::failure(error);
        layers.push_back(std::move(tree));
    }
    const QVariantMap set = context.options.value(QStringLiteral("set")).toMap();
    if (!set.isEmpty()) {
        result.layers.append({context.sourceId, HelmValuesSource::tr("set (workspace)"), QString()});
        FileTreeNode tree;
        tree.kind = FileTreeNode::Kind::Map;
        for (auto it = set.cbegin(); it != set.cend(); ++it)
            mergeHelmValues(tree, helmSetTree(it.key(), it.value(), qint32(result.layers.size() - 1)));
        layers.push_back(std::move(tree));
    }

    FileTreeNode merged = layers.front();
    for (size_t i = 1; i < layers.size(); ++i)
        mergeHelmValues(merged, layers[i]);
    helmValueRows(merged, layers, QLatin1StringView("config/helm.") + release + u'.', Normaliser(context.normalisation),
                  &result);
    return result;
}

} // namespace

HelmValuesSource::HelmValuesSource(SourceContext context, QObject *parent)
    : FileSource(std::move(context), &readHelmValues, parent)
{
}

SourceType helmValuesSourceType()
{
    using Kind = SourceOption::Kind;
    SourceType type;
    type.localFilesOnly = true;
    type.name = HelmValuesSource::TypeName;
    type.description = HelmValuesSource::tr("Helm values files merged as Helm does: maps deeply, lists replaced, "
                                            "null deletes a key");
    type.keyPrefixes = {QStringLiteral("config/helm.")};
    type.options = {
        {QStringLiteral("files"), Kind::PathList, true,
         HelmValuesSource::tr("Values files in order, later ones winning (values.yaml, \"values-{env}.yaml\")")},
        {QStringLiteral("release"), Kind::String, false,
         HelmValuesSource::tr("The name in the rows' keys: config/helm.<release>.<path> (default: the source id)")},
        {QStringLiteral("set"), Kind::Map, false,
         HelmValuesSource::tr("Values set last, like --set: {image.tag: \"1.4.2\"}")},
    };
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<HelmValuesSource>(context);
    };
    return type;
}

} // namespace DriftDeck
