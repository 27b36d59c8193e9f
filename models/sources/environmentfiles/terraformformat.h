#pragma once

#include "sources/source.h"

#include <QByteArray>
#include <QJsonObject>

namespace DriftDeck {

// What to read from `terraform show -json` output.
struct TerraformReadOptions {
    bool includeData = false; // data sources (mode "data") are read, not managed: off by default
    bool priorState = false; // for a saved plan: prior_state instead of planned_values
};

// The JSON of `terraform show -json` (a state, or a saved plan) as rows:
//   infra/<resource address>.<attribute path>   e.g. infra/aws_db_instance.main.engine_version,
//                                              infra/module.cache.aws_elasticache_cluster.this.engine_version
//   infra/output.<name>                         root module outputs
// Nested maps are flattened with dots, lists stay one row, null attributes are left out.
// Attributes marked in sensitive_values and sensitive outputs are Entry::sensitive (compared by
// fingerprint, never shown). label names the file in messages ("infra/prod.tfstate.json:3:7: …").
SourceResult readTerraformShowJson(const QByteArray &json, const QString &label, const TerraformReadOptions &options,
                                   const Normaliser &normaliser, const QString &sourceId);

// A *.tfvars.json file: {"name": value} as rows infra/var.<name> (maps flattened).
SourceResult readTerraformVarsJson(const QByteArray &json, const QString &label, const Normaliser &normaliser,
                                   const QString &sourceId);

// Variables as rows infra/var.<name> (maps flattened), each pointing at where it is written.
SourceResult terraformVarRows(const QJsonObject &variables, const QHash<QString, std::pair<int, int>> &positions,
                              const QString &label, const Normaliser &normaliser, const QString &sourceId);

} // namespace DriftDeck
