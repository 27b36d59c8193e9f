// What a cluster answers (lists of Deployments, StatefulSets, DaemonSets, CronJobs, HPAs, Pods,
// ConfigMaps and Secrets, Helm release Secrets among them), read into rows as the kubernetes,
// kubectl-json and helm-json sources read it.
#include "fuzzinput.h"
#include "sources/configservers/kubernetesformat.h"
#include "sources/kubernetes/clusterrows.h"
#include "values/normaliser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DriftDeck;
    static const Normaliser normaliser;
    const KubernetesObjects objects = parseKubernetesObjects(Fuzz::bytes(data, size));
    if (!objects.errorString.isEmpty())
        return 0;
    ClusterRowOptions options;
    options.sourceId = QStringLiteral("cluster");
    options.locationOf = [](const QString &, const QString &, const QString &) {
        return QStringLiteral("fuzz.json");
    };
    options.excludedNames = defaultKubernetesExcludes();
    options.podsRead = !objects.workloads.pods.isEmpty();
    options.releases = true;
    (void)clusterResult(objects, options, normaliser);
    return 0;
}
