#include "sourcefactory.h"

#include "configfilessource.h"
#include "flagfilesource.h"
#include "metrics/metricsendpointsource.h"
#include "metrics/prometheussource.h"
#include "registry/registrysource.h"
#include "tls/tlsprobesource.h"

namespace DriftDeck {

// Each connector file provides a function returning its SourceType; list it here.
void registerBuiltinSourceTypes(SourceFactory &factory)
{
    factory.registerType(configFilesSourceType());
    factory.registerType(flagFileSourceType());
    factory.registerType(registrySourceType());
    factory.registerType(prometheusSourceType());
    factory.registerType(metricsEndpointSourceType());
    factory.registerType(tlsProbeSourceType());
}

} // namespace DriftDeck
