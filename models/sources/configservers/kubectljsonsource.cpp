#include "kubectljsonsource.h"

#include "kubernetesformat.h"
#include "sources/kubernetes/clusterrows.h"
#include "sources/kubernetes/registrydigests.h"
#include "workspace/localfile.h"

#include <QFile>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

SourceResult readKubectlJson(const SourceContext &context, const CancelFlag &cancelled)
{
    QString path = context.options.value(u"path"_s).toString();
    if (path.isEmpty())
        return SourceResult::failure(KubectlJsonSource::tr("kubectl-json: the \"path\" option is missing"));
    path.replace(u"{env}"_s, context.environment);
    const QString filePath = context.resolvePath(path);
    // Regular files only, opened without blocking: a FIFO here would hold a reading thread for good.
    QFile file;
    QString openError;
    if (!LocalFile::openRegular(file, filePath, &openError))
        return SourceResult::failure(KubectlJsonSource::tr("%1: %2").arg(path, openError));
    const QByteArray bytes = LocalFile::readAtMost(file, KubectlJsonSource::MaxFileSize);
    if (bytes.size() > KubectlJsonSource::MaxFileSize)
        return SourceResult::failure(KubectlJsonSource::tr("%1: larger than %2 MiB")
                                         .arg(path)
                                         .arg(KubectlJsonSource::MaxFileSize / (1024 * 1024)));
    const KubernetesObjects objects = parseKubernetesObjects(bytes);
    if (!objects.errorString.isEmpty())
        return SourceResult::failure(path + u": "_s + objects.errorString);
    if (cancelled.load())
        return SourceResult::failure(KubectlJsonSource::tr("Cancelled"));

    ClusterRowOptions options;
    options.sourceId = context.sourceId;
    options.locationOf = [&path](const QString &, const QString &, const QString &) {
        return path;
    };
    options.excludedNames = defaultKubernetesExcludes();
    if (context.options.contains(u"exclude"_s))
        options.excludedNames = context.options.value(u"exclude"_s).toStringList();
    options.podsRead = !objects.workloads.pods.isEmpty();
    // Release Secrets in a file were saved on purpose (kubectl get secrets -l owner=helm).
    options.releases = context.options.value(u"releases"_s, true).toBool();
    SourceResult result = clusterResult(objects, options, Normaliser(context.normalisation));
    if (!result.ok())
        result.errorString = path + u": "_s + result.errorString;
    else if (objects.otherKinds > 0)
        result.warnings.prepend(
            KubectlJsonSource::tr("%1: %n item(s) of kinds Drift Deck does not read (Services, Ingresses, …) skipped",
                                  nullptr, objects.otherKinds)
                .arg(path));
    return result;
}

} // namespace

KubectlJsonSource::KubectlJsonSource(SourceContext context, QObject *parent)
    : FileSource(std::move(context), &readKubectlJson, parent)
{
}

SourceType kubectlJsonSourceType()
{
    SourceType type;
    type.name = KubectlJsonSource::TypeName;
    type.description = KubectlJsonSource::tr(
        "ConfigMaps, Secrets, workloads and Helm releases from saved `kubectl get -o json` output");
    type.keyPrefixes = clusterKeyPrefixes();
    type.options = {
        {u"path"_s, SourceOption::Kind::Path, true,
         KubectlJsonSource::tr("The JSON file, relative to the workspace; may contain {env}")},
        {u"exclude"_s, SourceOption::Kind::StringList, false,
         KubectlJsonSource::tr("Object names (globs) to leave out (default kube-root-ca.crt and Helm release "
                               "records)")},
        {u"releases"_s, SourceOption::Kind::Boolean, false,
         KubectlJsonSource::tr("Read Secrets of type helm.sh/release.v1 as Helm releases (default true)")},
        imageRegistriesOption(),
    };
    type.create = [](const SourceContext &context) -> std::unique_ptr<Source> {
        return withRegistryDigests(context, std::make_unique<KubectlJsonSource>(context));
    };
    return type;
}

} // namespace DriftDeck
