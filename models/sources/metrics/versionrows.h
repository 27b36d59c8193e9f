#pragma once

#include "sources/source.h"
#include "sources/sourcefactory.h"

#include <QStringList>

namespace DriftDeck {

// One version a service or exporter reports as a label of an info metric, e.g.
// checkout_build_info{version="1.4.2"} 1 → runtime/checkout-api.version = 1.4.2.
struct VersionQuery {
    QString metric; // checkout_build_info, or a selector: checkout_build_info{job="checkout"}
    QString label; // version
    QString key; // the full row key: runtime/checkout-api.version, infra/postgres.version

    // The metric name without a {selector}.
    QString metricName() const;
};

// The `versions` option (a list of {metric, label, key}) and the `infra` option (names of known
// exporters: postgres, redis, node) as queries; error set when an entry is unusable.
QList<VersionQuery> versionQueries(const QVariantMap &options, QString *error);

// Schema checks (SourceOption::check) of `versions` (a list of {metric, label, key} maps) and
// `infra` (known exporter names), so a mistake is reported at its line when the workspace loads.
QList<OptionProblem> checkVersions(const QVariant &versions, const QStringList *environments);
QList<OptionProblem> checkInfrastructure(const QVariant &infra, const QStringList *environments);

// The exporters `infra` knows: postgres → pg_static{short_version}, redis →
// redis_instance_info{redis_version}, node → node_uname_info{release}.
QStringList knownInfrastructure();

// Adds the row for one query from the label values seen (any order, duplicates allowed). Several
// distinct values mean a rollout is in progress: the row lists them all and a warning says so.
// No value at all leaves the row missing, with a warning.
void addVersionRow(SourceResult &result, const VersionQuery &query, const QStringList &values);

} // namespace DriftDeck
