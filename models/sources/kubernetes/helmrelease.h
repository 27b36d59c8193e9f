#pragma once

#include "sources/source.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace DriftDeck {

// A Helm 3 release reduced to what the rows compare. The release as Helm stores it (chart
// templates, rendered manifest, chart defaults) is never kept.
struct HelmRelease {
    QString name;
    QString ns;
    qint64 revision = -1;
    QString chartName;
    QString chartVersion;
    QString appVersion;
    QString status; // deployed, failed, pending-upgrade, superseded, …
    QString lastDeployed; // UTC, "2026-11-30T09:12:44Z"
    QJsonObject values; // user-supplied (the cluster), or what `helm get values` printed
    bool valuesKnown = false;
};

struct HelmReleaseResult {
    HelmRelease release;
    QString errorString;
};

// Secrets of type helm.sh/release.v1 keep data.release; once the Secret's own base64 is
// undone (as every Secret value), what remains is Helm's encoding: base64 of gzip of the release
// JSON (a release written without gzip is plain JSON after the base64, as Helm also reads it).
constexpr QLatin1StringView HelmReleaseSecretType{"helm.sh/release.v1"};
HelmReleaseResult decodeHelmRelease(const QByteArray &stored);

// The latest revision of each release (Helm keeps earlier ones as history).
QList<HelmRelease> currentHelmReleases(const QList<HelmRelease> &releases);

// `helm list -o json`: [{name, namespace, revision, updated, status, chart, app_version}], the
// chart as "<name>-<version>".
struct HelmListResult {
    QList<HelmRelease> releases;
    QString errorString;
};
HelmListResult parseHelmList(const QByteArray &json);

// `helm get values -o json [--all]`: a JSON map (null when the release has no values).
bool parseHelmValues(const QByteArray &json, QJsonObject *values, QString *error);

// Helm's timestamps, in the release JSON ("2026-11-30T09:12:44.123456789+01:00") and in
// `helm list` ("2026-11-30 09:12:44.123456789 +0100 CET"), as UTC "2026-11-30T08:12:44Z";
// text it cannot read is returned as it is.
QString helmTimestamp(const QString &text);

// Rows runtime/helm/<release>/{chart, chartVersion, appVersion, revision, status, lastDeployed}
// and the values as config/helm/<release>/<dotted.key> (lists whole), one layer per release.
void addHelmRows(SourceResult &result, const QList<HelmRelease> &releases, const QString &sourceId,
                 const std::function<QString(const HelmRelease &)> &locationOf, const Normaliser &normaliser);

} // namespace DriftDeck
