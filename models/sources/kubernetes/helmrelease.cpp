#include "helmrelease.h"

#include "gunzip.h"
#include "podspecrows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

class HelmText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::HelmRelease)
};

// A release is a few hundred kilobytes at most (Secrets are limited to 1 MiB); anything that
// inflates far beyond is refused rather than held in memory.
constexpr qsizetype MaxReleaseSize = 64 * 1024 * 1024;

qint64 integer(const QJsonValue &value)
{
    return value.isDouble() ? qint64(value.toDouble()) : -1;
}

} // namespace

HelmReleaseResult decodeHelmRelease(const QByteArray &stored)
{
    HelmReleaseResult result;
    const auto decoded = QByteArray::fromBase64Encoding(stored.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        result.errorString = HelmText::tr("the release is not base64");
        return result;
    }
    QByteArray json = *decoded;
    if (json.startsWith("\x1f\x8b")) {
        GunzipResult inflated = gunzip(json, MaxReleaseSize);
        if (!inflated.errorString.isEmpty()) {
            result.errorString = HelmText::tr("the release is not valid gzip: %1").arg(inflated.errorString);
            return result;
        }
        json = std::move(inflated.data);
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.errorString = HelmText::tr("the release is not JSON: %1 at offset %2")
                                 .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                   : HelmText::tr("not a map"))
                                 .arg(parseError.offset);
        return result;
    }
    const QJsonObject root = document.object();
    HelmRelease &release = result.release;
    release.name = root.value("name"_L1).toString();
    release.ns = root.value("namespace"_L1).toString();
    release.revision = integer(root.value("version"_L1));
    const QJsonObject info = root.value("info"_L1).toObject();
    release.status = info.value("status"_L1).toString();
    release.lastDeployed = helmTimestamp(info.value("last_deployed"_L1).toString());
    const QJsonObject metadata = root.value("chart"_L1).toObject().value("metadata"_L1).toObject();
    release.chartName = metadata.value("name"_L1).toString();
    release.chartVersion = metadata.value("version"_L1).toString();
    release.appVersion = metadata.value("appVersion"_L1).toString();
    release.values = root.value("config"_L1).toObject(); // user-supplied; null when none were given
    release.valuesKnown = true;
    if (release.name.isEmpty())
        result.errorString = HelmText::tr("the release has no name");
    return result;
}

QList<HelmRelease> currentHelmReleases(const QList<HelmRelease> &releases)
{
    QList<HelmRelease> current;
    QHash<QString, qsizetype> index;
    for (const HelmRelease &release : releases) {
        const QString id = release.ns + u'/' + release.name;
        const auto it = index.constFind(id);
        if (it == index.cend()) {
            index.insert(id, current.size());
            current.append(release);
        } else if (release.revision > current.at(*it).revision) {
            current[*it] = release;
        }
    }
    return current;
}

HelmListResult parseHelmList(const QByteArray &json)
{
    HelmListResult result;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errorString
            = HelmText::tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    if (!document.isArray()) {
        result.errorString = HelmText::tr("expected the list `helm list -o json` prints");
        return result;
    }
    // "checkout-1.4.0-rc.1": the version starts at the first dash followed by a digit.
    static const QRegularExpression chart(u"^(.+?)-(v?\\d.*)$"_s);
    const QJsonArray items = document.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        HelmRelease release;
        release.name = item.value("name"_L1).toString();
        if (release.name.isEmpty()) {
            result.errorString = HelmText::tr("item %1 has no name").arg(i + 1);
            result.releases.clear();
            return result;
        }
        release.ns = item.value("namespace"_L1).toString();
        // helm prints the revision as a string
        const QJsonValue revision = item.value("revision"_L1);
        release.revision = revision.isString() ? revision.toString().toLongLong() : integer(revision);
        release.status = item.value("status"_L1).toString();
        release.lastDeployed = helmTimestamp(item.value("updated"_L1).toString());
        release.appVersion = item.value("app_version"_L1).toString();
        const QString chartText = item.value("chart"_L1).toString();
        const QRegularExpressionMatch match = chart.match(chartText);
        release.chartName = match.hasMatch() ? match.captured(1) : chartText;
        release.chartVersion = match.hasMatch() ? match.captured(2) : QString();
        result.releases.append(release);
    }
    return result;
}

bool parseHelmValues(const QByteArray &json, QJsonObject *values, QString *error)
{
    if (json.trimmed() == "null") { // a release installed without values
        *values = {};
        return true;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = HelmText::tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = HelmText::tr("expected the map `helm get values -o json` prints");
        return false;
    }
    *values = document.object();
    return true;
}

QString helmTimestamp(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(\\d{4}-\\d\\d-\\d\\d)[T ](\\d\\d:\\d\\d:\\d\\d)(?:\\.\\d+)?\\s*(Z|[+-]\\d\\d:?\\d\\d)?"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return text;
    QString zone = match.captured(3);
    if (zone.isEmpty())
        zone = u"Z"_s;
    else if (zone.size() == 5)
        zone.insert(3, u':'); // +0100 → +01:00
    const QDateTime time = QDateTime::fromString(match.captured(1) + u'T' + match.captured(2) + zone, Qt::ISODate);
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : text;
}

void addHelmRows(SourceResult &result, const QList<HelmRelease> &releases, const QString &sourceId,
                 const std::function<QString(const HelmRelease &)> &locationOf, const Normaliser &normaliser)
{
    for (const HelmRelease &release : releases) {
        const QString prefix = u"runtime/helm/"_s + release.name + u'/';
        if (result.entries.contains(prefix + u"chart"_s)) {
            result.warnings.append(
                HelmText::tr("Helm release %1 appears more than once (several namespaces?); the first one is kept")
                    .arg(release.name));
            continue;
        }
        const qint32 layer = qint32(result.layers.size());
        const QString qualified = release.ns.isEmpty() ? release.name : release.ns + u'/' + release.name;
        result.layers.append({sourceId,
                              HelmText::tr("Helm release %1 revision %2").arg(qualified).arg(release.revision),
                              locationOf(release)});
        const RowWriter writer{&result, layer};
        writer.add(prefix + u"chart"_s, Value::string(release.chartName));
        writer.add(prefix + u"chartVersion"_s, Value::string(release.chartVersion));
        if (!release.appVersion.isEmpty())
            writer.add(prefix + u"appVersion"_s, Value::string(release.appVersion));
        if (release.revision >= 0)
            writer.add(prefix + u"revision"_s, Value::number(double(release.revision)));
        writer.add(prefix + u"status"_s, Value::string(release.status));
        if (!release.lastDeployed.isEmpty())
            writer.add(prefix + u"lastDeployed"_s, Value::string(release.lastDeployed));
        if (release.valuesKnown)
            writer.addFlattened(u"config/helm/"_s + release.name, release.values, normaliser, u'/');
    }
}

} // namespace DriftDeck
