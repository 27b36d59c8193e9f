// Terraform files: `terraform show -json` (state or plan), *.tfvars.json and *.tfvars (HCL).
#include "fuzzinput.h"
#include "sources/environmentfiles/terraformformat.h"
#include "sources/environmentfiles/tfvarsformat.h"
#include "values/normaliser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace DriftDeck;
    static const Normaliser normaliser;
    const unsigned choice = Fuzz::selector(data, size);
    const QByteArray body = Fuzz::bytes(data, size);
    const QString label = QStringLiteral("fuzz.tf");
    const QString source = QStringLiteral("terraform");
    switch (choice % 4) {
    case 0:
        (void)readTerraformShowJson(body, label, {}, normaliser, source);
        break;
    case 1:
        (void)readTerraformShowJson(body, label, {.includeData = true, .priorState = true}, normaliser, source);
        break;
    case 2:
        (void)readTerraformVarsJson(body, label, normaliser, source);
        break;
    default:
        (void)readTerraformVars(body, label, normaliser, source);
        break;
    }
    return 0;
}
