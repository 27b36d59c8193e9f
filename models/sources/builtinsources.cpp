#include "sourcefactory.h"

namespace DriftDeck {

// Each connector file provides a function returning its SourceType; list it here.
void registerBuiltinSourceTypes(SourceFactory &factory)
{
    Q_UNUSED(factory);
}

} // namespace DriftDeck
