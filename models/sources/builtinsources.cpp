#include "sourcefactory.h"

#include "flagfilesource.h"

namespace DriftDeck {

// Each connector file provides a function returning its SourceType; list it here.
void registerBuiltinSourceTypes(SourceFactory &factory)
{
    factory.registerType(flagFileSourceType());
}

} // namespace DriftDeck
