#include "manifestssource.h"

#include "listedfiles.h"
#include "manifestfiles.h"
#include "sources/kubernetes/clusterrows.h"

#include <QHash>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

SourceResult readManifests(const SourceContext &context, const CancelFlag &cancelled)
{
    const QList<ListedFile> paths = listedFiles(context, u"paths"_s);
    if (paths.isEmpty())
        return SourceResult::failure(
            KubernetesManifestsSource::tr("kubernetes-manifests: the \"paths\" option is missing"));
    const bool recursive = context.options.value(u"recursive"_s).toBool();
    QList<ManifestDocument> documents;
    QStringList warnings;
    QStringList files;
    for (const ListedFile &path : paths) {
        const ManifestFiles read = readManifestPath({path.label, path.absolute}, recursive, cancelled);
        if (!read.errorString.isEmpty())
            return SourceResult::failure(read.errorString);
        documents += read.documents;
        warnings += read.warnings;
        files += read.files;
    }
    const KubernetesObjects objects = manifestObjects(documents);
    if (!objects.errorString.isEmpty())
        return SourceResult::failure(objects.errorString);

    // Provenance points at the document: "k8s/production/api.yaml:12".
    QHash<QString, QString> locations;
    for (const ManifestDocument &document : std::as_const(documents)) {
        const QJsonObject metadata = document.object.value("metadata"_L1).toObject();
        locations.insert(manifestResourceName(document.kind()) + u'/' + metadata.value("namespace"_L1).toString() + u'/'
                             + metadata.value("name"_L1).toString(),
                         document.location());
    }
    const QString fallback = files.size() == 1 ? files.constFirst() : paths.constFirst().label;
    ClusterRowOptions options;
    options.sourceId = context.sourceId;
    options.locationOf = [&locations, &fallback](const QString &resource, const QString &ns, const QString &name) {
        return locations.value(resource + u'/' + ns + u'/' + name, fallback);
    };
    options.excludedNames = defaultKubernetesExcludes();
    if (context.options.contains(u"exclude"_s))
        options.excludedNames = context.options.value(u"exclude"_s).toStringList();
    options.podsRead = false; // manifests say what should run, not what runs
    options.releases = false;
    SourceResult result = clusterResult(objects, options, Normaliser(context.normalisation));
    if (!result.ok())
        return result;
    result.warnings = warnings + result.warnings;
    if (objects.otherKinds > 0)
        result.warnings.append(KubernetesManifestsSource::tr(
            "%n object(s) of kinds Drift Deck does not read (Services, Ingresses, …) skipped", nullptr,
            objects.otherKinds));
    return result;
}

} // namespace

KubernetesManifestsSource::KubernetesManifestsSource(SourceContext context, QObject *parent)
    : FileSource(std::move(context), &readManifests, parent)
{
}

SourceType kubernetesManifestsSourceType()
{
    using Kind = SourceOption::Kind;
    SourceType type;
    type.localFilesOnly = true;
    type.name = KubernetesManifestsSource::TypeName;
    type.description = KubernetesManifestsSource::tr(
        "Kubernetes manifests on disk (YAML documents, List objects, folders, kustomizations): the rows of the "
        "kubernetes source for what the files declare");
    type.keyPrefixes = clusterKeyPrefixes();
    type.options = {
        {u"paths"_s, Kind::PathList, true,
         KubernetesManifestsSource::tr("Manifest files or folders, relative to the workspace; may contain {env}")},
        {u"recursive"_s, Kind::Boolean, false,
         KubernetesManifestsSource::tr("Also read the subfolders of a folder (default false, like kubectl apply -f)")},
        {u"exclude"_s, Kind::StringList, false,
         KubernetesManifestsSource::tr("ConfigMap and Secret names (globs) to leave out")},
    };
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return std::make_unique<KubernetesManifestsSource>(context);
    };
    return type;
}

} // namespace DriftDeck
