#pragma once

#include "sources/filesource.h"
#include "sources/sourcefactory.h"

namespace DriftDeck {

// A file of `kubectl get configmaps,secrets,deploy,sts,ds,cronjobs,hpa,pods -o json` output (a
// List, or one object), e.g. path "k8s/{env}.json": the same rows as the kubernetes source (one
// reader, clusterResult), for clusters the app cannot reach. Items of other kinds are skipped with
// a warning.
class KubectlJsonSource : public FileSource
{
    Q_OBJECT
public:
    explicit KubectlJsonSource(SourceContext context, QObject *parent = nullptr);

    static constexpr QLatin1StringView TypeName{"kubectl-json"};
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
};

SourceType kubectlJsonSourceType();

} // namespace DriftDeck
