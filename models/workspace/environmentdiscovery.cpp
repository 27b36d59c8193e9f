#include "environmentdiscovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace DriftDeck {

namespace {

class DiscoveryText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::EnvironmentDiscovery)
};

// The same rule as the workspace loader's: names appear in keys, templates and the command line.
bool isUsableName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return pattern.match(name).hasMatch();
}

// Runs of digits compare by their number, the rest by character.
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            const qulonglong x = QStringView(a).mid(i, ei - i).toULongLong(),
                             y = QStringView(b).mid(j, ej - j).toULongLong();
            if (x != y)
                return x < y;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j];
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

// Keeps the usable names, the newest `discovery.newest` of them, in natural order.
DiscoveryResult selectEnvironments(const QList<DiscoveredEnvironment> &candidates,
                                   const EnvironmentDiscovery &discovery, const QStringList &declared)
{
    DiscoveryResult result;
    QList<DiscoveredEnvironment> found;
    for (const DiscoveredEnvironment &candidate : candidates) {
        if (declared.contains(candidate.name))
            continue;
        if (!isUsableName(candidate.name)) {
            result.warnings.append(DiscoveryText::tr("%1: \"%2\" cannot be an environment name; skipped")
                                       .arg(discoveryLabel(discovery), candidate.name));
            continue;
        }
        if (std::any_of(found.cbegin(), found.cend(),
                        [&](const DiscoveredEnvironment &e) { return e.name == candidate.name; }))
            continue; // pr-1/ and pr-1.yaml: one environment
        found.append(candidate);
    }
    // The newest first for the cap. Without times (registry tags), and between equal times, the
    // name decides the same way whatever the disk or server: pr-10 is newer than pr-9.
    std::sort(found.begin(), found.end(), [](const DiscoveredEnvironment &a, const DiscoveredEnvironment &b) {
        return a.modified != b.modified ? a.modified > b.modified : naturalLess(b.name, a.name);
    });
    if (discovery.newest > 0 && found.size() > discovery.newest) {
        result.warnings.append(DiscoveryText::tr("%1: %2 matches; the newest %3 are compared")
                                   .arg(discoveryLabel(discovery))
                                   .arg(found.size())
                                   .arg(discovery.newest));
        found.resize(discovery.newest);
    }
    // Natural order, pr-9 before pr-10: QCollator's numeric mode depends on the locale backend.
    std::sort(found.begin(), found.end(), [](const DiscoveredEnvironment &a, const DiscoveredEnvironment &b) {
        return naturalLess(a.name, b.name);
    });
    result.environments = found;
    return result;
}

} // namespace

QString discoveryLabel(const EnvironmentDiscovery &discovery)
{
    return discovery.source.isEmpty() ? discovery.glob : discovery.source + QLatin1StringView(": ") + discovery.glob;
}

DiscoveryResult discoverEnvironments(const EnvironmentDiscovery &discovery, const QString &workspaceDirectory,
                                     const QStringList &declared)
{
    const QString folder = QFileInfo(discovery.glob).path();
    const QString pattern = QFileInfo(discovery.glob).fileName();
    const QDir dir(QDir(workspaceDirectory).filePath(folder));
    const QFileInfoList matches
        = dir.entryInfoList({pattern}, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Readable);
    QList<DiscoveredEnvironment> candidates;
    for (const QFileInfo &match : matches) {
        const QString name = match.isDir() ? match.fileName() : match.completeBaseName();
        candidates.append(
            {name, QDir::cleanPath(folder + u'/' + match.fileName()), match.lastModified(QTimeZone::UTC)});
    }
    return selectEnvironments(candidates, discovery, declared);
}

EnvironmentSpec discoveredEnvironment(const EnvironmentDiscovery &discovery, const QString &name,
                                      const QString &baseline)
{
    EnvironmentSpec spec;
    spec.name = name;
    spec.displayName = name;
    spec.group = discovery.groupName();
    if (!discovery.source.isEmpty()) {
        spec.listedBy = discovery.source;
        spec.listedLike = discovery.listingEnvironment(baseline);
    }
    return spec;
}

DiscoveryResult discoverFromListing(const EnvironmentDiscovery &discovery, const QHash<QString, QString> &listed,
                                    const QStringList &declared)
{
    const QRegularExpression pattern(
        QRegularExpression::wildcardToRegularExpression(discovery.glob, QRegularExpression::NonPathWildcardConversion));
    QList<DiscoveredEnvironment> candidates;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        if (pattern.match(it.key()).hasMatch())
            candidates.append({it.key(), {}, QDateTime::fromString(it.value(), Qt::ISODate)});
    }
    return selectEnvironments(candidates, discovery, declared);
}

Workspace withDiscoveredEnvironments(const Workspace &workspace, QStringList *warnings,
                                     const ListedEnvironments *listed)
{
    if (workspace.discoveries.isEmpty())
        return workspace;
    Workspace out = workspace;
    for (int i = 0; i < workspace.discoveries.size(); ++i) {
        const EnvironmentDiscovery &discovery = workspace.discoveries[i];
        DiscoveryResult found;
        if (discovery.source.isEmpty())
            found = discoverEnvironments(discovery, workspace.directory(), out.environmentNames());
        else if (listed && listed->contains(i))
            found = listed->value(i);
        else
            continue; // listed by a source while the capture runs (Capture::start)
        if (warnings)
            *warnings += found.warnings;
        for (const DiscoveredEnvironment &environment : std::as_const(found.environments)) {
            if (out.environmentIndex(environment.name) >= 0)
                continue; // two discoveries found the same name: the first one's
            out.environments.append(discoveredEnvironment(discovery, environment.name, workspace.baseline));
        }
    }
    return out;
}

} // namespace DriftDeck
