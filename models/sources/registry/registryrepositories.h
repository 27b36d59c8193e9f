#pragma once

#include "sources/sourcefactory.h"

#include <QList>
#include <QString>

namespace DriftDeck {

// One repository a registry source reads for one environment. The row is named by the workspace
// (image/<name>), the repository in the registry may differ per environment:
//   repositories:
//     - checkout-api                          # name and repository alike
//     - name: checkout-api
//       path: "{env}/checkout-api"            # staging/checkout-api in staging, …
//     - name: worker
//       paths: {staging: stg/worker, production: prod/worker}   # the rest: path, else name
//       tag: "2.14.0"                         # this repository's own tag (default: the source's)
// so repositories named per environment compare as one row.
struct RegistryRepository {
    QString name; // the row: image/<name>
    QString path; // the repository in this environment's registry
    QString tag; // empty: the source's tag
};

struct RegistryRepositories {
    QList<RegistryRepository> items;
    QString errorString; // the first problem, for a source that reads its options at run time
};

// The repositories for one environment; options have had {env} replaced already.
RegistryRepositories readRegistryRepositories(const QVariant &option, const QString &environment);

// The workspace loader's check: entry keys, names, repository paths and tags, duplicate names, and
// environments in `paths:` that the workspace does not have.
QList<OptionProblem> checkRegistryRepositories(const QVariant &option, const QStringList *environments);

// A repository name as the distribution spec allows it: "acme/checkout-api".
bool isRepositoryPath(const QString &path);
bool isImageTag(const QString &tag);

} // namespace DriftDeck
