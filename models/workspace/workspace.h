#pragma once

#include "logicalrow.h"
#include "policy.h"
#include "values/normaliser.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace DriftDeck {

struct EnvironmentSpec {
    QString name; // identifier used in keys, templates and the command line
    QString displayName; // defaults to name
    QString colour; // "#rrggbb" or empty
    QString group; // discovered environments: the discovery's group; empty for declared ones
    // Listed by a source (discovery `from:`): that source reads this environment as it reads
    // `listedLike` (its overrides and credentials: the same cluster or registry), only the
    // namespace or tag being this environment's name. Empty for every other environment.
    QString listedBy;
    QString listedLike;
};

// Environments that come and go (one per pull request), declared in the workspace as
//   environments:
//     - production
//     - discover: previews/pr-*   # folders or files matching the glob; the name is the environment
//       newest: 20                # keep the most recently changed matches
//       group: Previews
//     - discover: preview-pr-*    # with `from`: names a source lists, matched by the glob
//       from: cluster             # a kubernetes source lists namespaces (labelSelector narrows them),
//       labelSelector: team=shop  # a registry source a repository's tags (`repository`)
// The matches become ordinary environments at each capture, so a preview that appeared is a
// column without editing the workspace and one that was removed is gone from the next capture.
// Only the last path segment may hold wildcards; a file's name counts without its extension.
struct EnvironmentDiscovery {
    QString glob; // relative to the workspace folder; with `source`, over the names it lists
    int newest = DefaultNewest;
    QString group; // shown to people; defaults to the glob
    QString source; // a kubernetes or registry source's id; empty: the glob is over the disk
    QString environment; // whose settings of that source (server, credentials) list; empty: the baseline
    QString labelSelector; // kubernetes: only namespaces with these labels
    QString repository; // registry: whose tags (a row name or a path); empty: the source's first

    static constexpr int DefaultNewest = 20;

    QString groupName() const { return group.isEmpty() ? glob : group; }
    // Whose settings of `source` list the names, and read what they name.
    QString listingEnvironment(const QString &baseline) const { return environment.isEmpty() ? baseline : environment; }
};

// Where a source's secret comes from. The workspace file only ever names it.
struct CredentialRef {
    enum class Kind { None, EnvironmentVariable, Keychain };
    Kind kind = Kind::None;
    QString name; // variable or keychain entry; may contain {env}
};

// One source definition; with {env} templates it serves every environment.
struct SourceSpec {
    QString type; // config-files, flag-file, registry, prometheus, unleash, …
    QString id; // unique within the workspace (defaults to the type, numbered when repeated)
    QString label; // defaults to the id
    QVariantMap options; // everything else, as written
    QHash<QString, QVariantMap> overrides; // environment -> options replacing those above
    QStringList environments; // empty: all environments
    CredentialRef credentials;
    NormalisationOptions normalisation;
    RuleOrigin origin;

    bool appliesTo(const QString &environment) const;
    // Options and credentials for one environment, an environment a source listed included.
    QVariantMap optionsFor(const EnvironmentSpec &environment) const;
    CredentialRef credentialsFor(const EnvironmentSpec &environment) const;
    // options merged with the environment's overrides, "{env}" replaced in every string.
    QVariantMap optionsFor(const QString &environment) const;
    CredentialRef credentialsFor(const QString &environment) const;
};

// Where the history of this workspace lives and how much of it to keep, when the workspace says so
// (`history:`). A team points it at a shared folder; every writer then uses these limits.
struct HistoryOptions {
    QString folder; // absolute; empty: the user's own data folder
    int keepCount = -2; // -2: not set (the user's settings decide); -1: no limit
    int keepDays = -2;
};

struct Workspace {
    static constexpr int FormatVersion = 1;

    QString filePath; // absolute path of the workspace file
    QString name;
    QString baseline; // default baseline environment
    QList<EnvironmentSpec> environments; // in display order
    QList<EnvironmentDiscovery> discoveries; // resolved at each capture (environmentdiscovery.h)
    QList<SourceSpec> sources;
    Policy policy;
    QList<LogicalRow> rows; // the `rows:` section, applied to every capture before drift
    NormalisationOptions normalisation; // defaults for every source
    HistoryOptions history;
    // Absolute path of the app-owned rules file ("Mark as expected…" appends there); may not exist yet.
    QString rulesFilePath;

    QString directory() const; // folder of the workspace file
    // Relative paths in a workspace resolve against the workspace file's folder.
    QString resolvePath(const QString &path) const;
    int environmentIndex(QStringView name) const;
    QStringList environmentNames() const;
};

// "{env}" (and "{environment}") replaced by the environment name.
QString expandTemplate(const QString &text, const QString &environment);

} // namespace DriftDeck
