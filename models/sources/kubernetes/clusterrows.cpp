#include "clusterrows.h"

#include "helmrelease.h"
#include "workloadrows.h"

#include <QCoreApplication>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

class ClusterText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::KubernetesSource)
};

bool isReleaseSecret(const KubernetesObject &object)
{
    return object.kind == KubernetesObject::Kind::Secret && object.type == HelmReleaseSecretType;
}

} // namespace

SourceResult clusterResult(const KubernetesObjects &read, const ClusterRowOptions &options,
                           const Normaliser &normaliser)
{
    QList<KubernetesObject> configObjects;
    QList<HelmRelease> releases;
    for (const KubernetesObject &object : read.objects) {
        if (!options.releases || !isReleaseSecret(object)) {
            configObjects.append(object);
            continue;
        }
        const auto stored = std::find_if(object.data.cbegin(), object.data.cend(),
                                         [](const auto &field) { return field.first == u"release"; });
        if (stored == object.data.cend())
            return SourceResult::failure(ClusterText::tr("Secret %1/%2 of type %3 has no data.release")
                                             .arg(object.ns, object.name, HelmReleaseSecretType));
        HelmReleaseResult decoded = decodeHelmRelease(stored->second);
        if (!decoded.errorString.isEmpty())
            return SourceResult::failure(
                ClusterText::tr("Helm release Secret %1/%2: %3").arg(object.ns, object.name, decoded.errorString));
        if (decoded.release.ns.isEmpty())
            decoded.release.ns = object.ns;
        releases.append(decoded.release);
    }
    const auto locationOf = options.locationOf;
    SourceResult result = kubernetesResult(
        configObjects, options.sourceId,
        [&locationOf](const KubernetesObject &object) {
            return locationOf(object.kind == KubernetesObject::Kind::Secret ? u"secrets"_s : u"configmaps"_s, object.ns,
                              object.name);
        },
        options.excludedNames, normaliser);
    WorkloadRowOptions workloadOptions{options.sourceId, options.locationOf, options.podsRead};
    addWorkloadRows(result, read.workloads, workloadOptions, normaliser);
    addHelmRows(
        result, currentHelmReleases(releases), options.sourceId,
        [&locationOf](const HelmRelease &release) {
            return locationOf(u"secrets"_s, release.ns,
                              u"sh.helm.release.v1.%1.v%2"_s.arg(release.name).arg(release.revision));
        },
        normaliser);
    return result;
}

QStringList clusterKeyPrefixes()
{
    QStringList prefixes{u"config/configmap/"_s, u"config/secret/"_s, u"config/helm/"_s, u"runtime/helm/"_s};
    for (const auto kind : {"deployment"_L1, "statefulset"_L1, "daemonset"_L1, "cronjob"_L1}) {
        for (const auto category : {"config/"_L1, "image/"_L1, "infra/"_L1})
            prefixes.append(category + kind + u'/');
    }
    return prefixes;
}

} // namespace DriftDeck
