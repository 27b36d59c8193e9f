#pragma once

#include "sources/filesource.h"
#include "sources/sourcefactory.h"

namespace DriftDeck {

// Helm releases from saved command output, for clusters the app cannot reach: `list` names a
// file of `helm list -o json`, `values` (optional) one file per release of
// `helm get values RELEASE -o json [--all]`, with {release} in its path. The same rows as the
// cluster's release Secrets (addHelmRows).
class HelmJsonSource : public FileSource
{
    Q_OBJECT
public:
    explicit HelmJsonSource(SourceContext context, QObject *parent = nullptr);

    static constexpr QLatin1StringView TypeName{"helm-json"};
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;
};

SourceType helmJsonSourceType();

} // namespace DriftDeck
