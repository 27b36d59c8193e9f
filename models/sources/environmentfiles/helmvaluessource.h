#pragma once

#include "sources/filesource.h"
#include "sources/sourcefactory.h"

namespace DriftDeck {

// A Helm release's values for one environment (type: helm-values):
//   release: checkout                            rows are config/helm.checkout.<path>
//   files: [chart/values.yaml, "chart/values-{env}.yaml"]   later files win; missing ones after
//                                                the first are skipped with a warning
//   set: {image.tag: "1.4.2"}                    like --set, applied last
// Merged with Helm's rules (see mergeHelmValues()).
class HelmValuesSource : public FileSource
{
    Q_OBJECT
public:
    explicit HelmValuesSource(SourceContext context, QObject *parent = nullptr);

    static constexpr QLatin1StringView TypeName{"helm-values"};
};

SourceType helmValuesSourceType();

} // namespace DriftDeck
