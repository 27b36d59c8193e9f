#include "helmjsonsource.h"

#include "clusterrows.h"
#include "helmrelease.h"
#include "workspace/localfile.h"

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

// The file's bytes, or a null array with *error set.
QByteArray readFile(const SourceContext &context, const QString &path, QString *error)
{
    LocalFile::Read read = LocalFile::readRegular(context.resolvePath(path), HelmJsonSource::MaxFileSize);
    if (!read.ok()) {
        *error = HelmJsonSource::tr("%1: %2").arg(path, read.errorString);
        return {};
    }
    return std::move(read.bytes); // an empty file is an empty, non-null array: read, not missing
}

SourceResult readHelmJson(const SourceContext &context, const CancelFlag &cancelled)
{
    QString listPath = context.options.value(u"list"_s).toString();
    if (listPath.isEmpty())
        return SourceResult::failure(HelmJsonSource::tr("helm-json: the \"list\" option is missing"));
    listPath.replace(u"{env}"_s, context.environment);
    QString error;
    const QByteArray listBytes = readFile(context, listPath, &error);
    if (!error.isEmpty())
        return SourceResult::failure(error);
    HelmListResult list = parseHelmList(listBytes);
    if (!list.errorString.isEmpty())
        return SourceResult::failure(listPath + u": "_s + list.errorString);

    QStringList warnings;
    QHash<QString, QString> locations; // release name → the file its values came from
    QString valuesTemplate = context.options.value(u"values"_s).toString();
    valuesTemplate.replace(u"{env}"_s, context.environment);
    for (HelmRelease &release : list.releases) {
        if (cancelled.load())
            return SourceResult::failure(HelmJsonSource::tr("Cancelled"));
        locations.insert(release.name, listPath);
        if (valuesTemplate.isEmpty())
            continue;
        QString valuesPath = valuesTemplate;
        valuesPath.replace(u"{release}"_s, release.name);
        const QByteArray bytes = readFile(context, valuesPath, &error);
        if (!error.isEmpty()) {
            // One release without a values file keeps its version rows; the others are not lost.
            warnings.append(error);
            error.clear();
            continue;
        }
        if (!parseHelmValues(bytes, &release.values, &error))
            return SourceResult::failure(valuesPath + u": "_s + error);
        release.valuesKnown = true;
        locations.insert(release.name, valuesPath);
    }
    SourceResult result;
    addHelmRows(
        result, list.releases, context.sourceId,
        [&locations](const HelmRelease &release) { return locations.value(release.name); },
        Normaliser(context.normalisation));
    result.warnings = warnings + result.warnings;
    return result;
}

} // namespace

HelmJsonSource::HelmJsonSource(SourceContext context, QObject *parent)
    : FileSource(std::move(context), &readHelmJson, parent)
{
}

SourceType helmJsonSourceType()
{
    SourceType type;
    type.localFilesOnly = true;
    type.name = HelmJsonSource::TypeName;
    type.description = HelmJsonSource::tr("Helm releases from saved `helm list -o json` and `helm get values -o json` "
                                          "output");
    type.keyPrefixes = {u"runtime/helm/"_s, u"config/helm/"_s};
    type.options = {
        {u"list"_s, SourceOption::Kind::Path, true,
         HelmJsonSource::tr("The file of `helm list -o json`, relative to the workspace; may contain {env}")},
        {u"values"_s, SourceOption::Kind::String, false,
         HelmJsonSource::tr("Each release's file of `helm get values RELEASE -o json`, with {release} (and {env}) "
                            "in the path")},
    };
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<HelmJsonSource>(context);
    };
    return type;
}

} // namespace DriftDeck
