#pragma once

#include "filesource.h"
#include "sourcefactory.h"

namespace DriftDeck {

// The layered configuration of one environment, as an application would see it:
//   defaults (workspace) < layers in order < the dotenv file < its variables named in envMapping.
// Keys are "config/<dotted path>"; every key carries the chain of layers that set it.
class ConfigFilesSource : public FileSource
{
    Q_OBJECT
public:
    explicit ConfigFilesSource(SourceContext context, QObject *parent = nullptr);

    static constexpr QLatin1StringView TypeName{"config-files"};
};

// Registered by registerBuiltinSourceTypes().
SourceType configFilesSourceType();

} // namespace DriftDeck
