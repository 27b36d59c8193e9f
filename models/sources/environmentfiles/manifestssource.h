#pragma once

#include "sources/filesource.h"
#include "sources/sourcefactory.h"

namespace DriftDeck {

// Kubernetes manifests on disk (multi-document YAML, List objects, folders, kustomizations; see
// manifestfiles.h): the same rows as the kubernetes and kubectl-json sources, made by the same
// reader (clusterResult), for the environments whose manifests are the truth (GitOps folders,
// `helm template` or `kubectl kustomize` output). A manifest has no status, so replica rows are
// the desired counts only.
class KubernetesManifestsSource : public FileSource
{
    Q_OBJECT
public:
    explicit KubernetesManifestsSource(SourceContext context, QObject *parent = nullptr);

    static constexpr QLatin1StringView TypeName{"kubernetes-manifests"};
};

SourceType kubernetesManifestsSourceType();

} // namespace DriftDeck
