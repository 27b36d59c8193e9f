#pragma once

#include "sources/filesource.h"
#include "sources/sourcefactory.h"

namespace DriftDeck {

// Terraform's view of one environment (type: terraform):
//   show: "infra/{env}.tfstate.json"     the output of `terraform show -json` (state or saved plan)
//   varFiles: ["infra/{env}.tfvars"]     *.tfvars (HCL) or *.tfvars.json, later ones winning
// At least one of the two. Rows: see readTerraformShowJson() and readTerraformVars().
class TerraformSource : public FileSource
{
    Q_OBJECT
public:
    explicit TerraformSource(SourceContext context, QObject *parent = nullptr);

    static constexpr QLatin1StringView TypeName{"terraform"};
};

SourceType terraformSourceType();

} // namespace DriftDeck
