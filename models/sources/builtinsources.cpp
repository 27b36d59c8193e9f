#include "configfilessource.h"
#include "configservers/consulsource.h"
#include "configservers/etcdsource.h"
#include "configservers/kubectljsonsource.h"
#include "configservers/kubernetessource.h"
#include "configservers/springactuatorsource.h"
#include "configservers/springconfigsource.h"
#include "environmentfiles/composesource.h"
#include "environmentfiles/helmvaluessource.h"
#include "environmentfiles/manifestssource.h"
#include "environmentfiles/pulumisource.h"
#include "environmentfiles/terraformsource.h"
#include "flagformats/flagfilesource.h"
#include "flagservices/flagdhttpsource.h"
#include "flagservices/unleashsource.h"
#include "kubernetes/helmjsonsource.h"
#include "metrics/metricsendpointsource.h"
#include "metrics/prometheussource.h"
#include "registry/registrysource.h"
#include "sourcefactory.h"
#include "tls/tlsprobesource.h"

namespace DriftDeck {

// Each connector file provides a function returning its SourceType; list it here.
void registerBuiltinSourceTypes(SourceFactory &factory)
{
    factory.registerType(configFilesSourceType());
    factory.registerType(flagFileSourceType());
    factory.registerType(etcdSourceType());
    factory.registerType(consulSourceType());
    factory.registerType(springActuatorSourceType());
    factory.registerType(springConfigSourceType());
    factory.registerType(kubernetesSourceType());
    factory.registerType(kubectlJsonSourceType());
    factory.registerType(helmJsonSourceType());
    factory.registerType(unleashSourceType());
    factory.registerType(flagdHttpSourceType());
    factory.registerType(registrySourceType());
    factory.registerType(prometheusSourceType());
    factory.registerType(metricsEndpointSourceType());
    factory.registerType(tlsProbeSourceType());
    factory.registerType(composeSourceType());
    factory.registerType(helmValuesSourceType());
    factory.registerType(terraformSourceType());
    factory.registerType(pulumiSourceType());
    factory.registerType(kubernetesManifestsSourceType());
}

} // namespace DriftDeck
