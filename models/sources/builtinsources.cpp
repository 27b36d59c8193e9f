#include "sourcefactory.h"

#include "configfilessource.h"
#include "flagfilesource.h"

namespace DriftDeck {

// Each connector file provides a function returning its SourceType; list it here.
void registerBuiltinSourceTypes(SourceFactory &factory)
{
    factory.registerType(configFilesSourceType());
    factory.registerType(flagFileSourceType());
}

} // namespace DriftDeck
