#pragma once

#include "sources/filesource.h"
#include "sources/sourcefactory.h"

namespace DriftDeck {

// One environment as its compose files describe it (type: docker-compose):
//   files: [compose.yaml, "compose.{env}.yaml"]   merged in order with Compose's rules
//   envFile: "env/{env}.env"                      variables for ${…}; default: .env beside the
//                                                 first file (skipped when absent)
//   variables: {TAG: "15"}                        more variables, overriding the envFile's
// Rows: see composeRows(). The shell's own environment is never read: a capture must not
// depend on who runs it.
class ComposeSource : public FileSource
{
    Q_OBJECT
public:
    explicit ComposeSource(SourceContext context, QObject *parent = nullptr);

    static constexpr QLatin1StringView TypeName{"docker-compose"};
};

// Registered by registerBuiltinSourceTypes().
SourceType composeSourceType();

} // namespace DriftDeck
