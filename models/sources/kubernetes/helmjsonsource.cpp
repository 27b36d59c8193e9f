#include "helmjsonsource.h"

#include "clusterrows.h"
#include "helmrelease.h"

#include <QFile>
#include <QFileInfo>

namespace DriftDeck {

using namespace Qt::StringLiterals;

QByteArray HelmJsonSource::readFile(const QString &path, QString *error) const
{
    const QString filePath = m_context.resolvePath(path);
    QFile file(filePath);
    if (!QFileInfo(filePath).isFile()) {
        *error = tr("%1: no such file").arg(path);
        return {};
    }
    if (file.size() > MaxFileSize) {
        *error = tr("%1: larger than %2 MiB").arg(path).arg(MaxFileSize / (1024 * 1024));
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return {};
    }
    QByteArray bytes = file.readAll();
    if (bytes.isNull())
        bytes = QByteArray(""); // an empty file is read, not missing
    return bytes;
}

SourceResult HelmJsonSource::read() const
{
    QString listPath = m_context.options.value(u"list"_s).toString();
    if (listPath.isEmpty())
        return SourceResult::failure(tr("helm-json: the \"list\" option is missing"));
    listPath.replace(u"{env}"_s, m_context.environment);
    QString error;
    const QByteArray listBytes = readFile(listPath, &error);
    if (!error.isEmpty())
        return SourceResult::failure(error);
    HelmListResult list = parseHelmList(listBytes);
    if (!list.errorString.isEmpty())
        return SourceResult::failure(listPath + u": "_s + list.errorString);

    QStringList warnings;
    QHash<QString, QString> locations; // release name → the file its values came from
    QString valuesTemplate = m_context.options.value(u"values"_s).toString();
    valuesTemplate.replace(u"{env}"_s, m_context.environment);
    for (HelmRelease &release : list.releases) {
        if (isCancelled())
            return SourceResult::failure(tr("Cancelled"));
        locations.insert(release.name, listPath);
        if (valuesTemplate.isEmpty())
            continue;
        QString valuesPath = valuesTemplate;
        valuesPath.replace(u"{release}"_s, release.name);
        const QByteArray bytes = readFile(valuesPath, &error);
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
        result, list.releases, m_context.sourceId,
        [&locations](const HelmRelease &release) { return locations.value(release.name); },
        Normaliser(m_context.normalisation));
    result.warnings = warnings + result.warnings;
    return result;
}

SourceType helmJsonSourceType()
{
    SourceType type;
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
