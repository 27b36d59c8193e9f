// Kubernetes API lists and kubectl -o json output (ConfigMaps, Secrets), then the rows made of them.
#include "fuzzinput.h"
#include "sources/configservers/kubernetesformat.h"
#include "values/normaliser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DriftDeck;
    static const Normaliser normaliser;
    const QByteArray body = Fuzz::bytes(data, size);
    const KubernetesObjects objects = parseKubernetesObjects(body);
    if (objects.errorString.isEmpty())
        (void)kubernetesResult(
            objects.objects, QStringLiteral("kubernetes"), [](const KubernetesObject &object) { return object.name; },
            defaultKubernetesExcludes(), normaliser);
    (void)kubernetesStatusMessage(body);
    return 0;
}
