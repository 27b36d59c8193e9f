#include "environmentdiscovery.h"

#include <QCollator>
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

} // namespace

DiscoveryResult discoverEnvironments(const EnvironmentDiscovery &discovery, const QString &workspaceDirectory,
                                     const QStringList &declared)
{
    DiscoveryResult result;
    const QString folder = QFileInfo(discovery.glob).path();
    const QString pattern = QFileInfo(discovery.glob).fileName();
    const QDir dir(QDir(workspaceDirectory).filePath(folder));
    const QFileInfoList matches
        = dir.entryInfoList({ pattern }, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Readable);
    QList<DiscoveredEnvironment> found;
    for (const QFileInfo &match : matches) {
        const QString name = match.isDir() ? match.fileName() : match.completeBaseName();
        if (declared.contains(name))
            continue;
        if (!isUsableName(name)) {
            result.warnings.append(
                DiscoveryText::tr("%1: \"%2\" cannot be an environment name; skipped").arg(discovery.glob, name));
            continue;
        }
        if (std::any_of(found.cbegin(), found.cend(), [&](const DiscoveredEnvironment &e) { return e.name == name; }))
            continue; // pr-1/ and pr-1.yaml: one environment
        found.append({ name, QDir::cleanPath(folder + u'/' + match.fileName()), match.lastModified(QTimeZone::UTC) });
    }
    // The newest first for the cap; ties by name so the choice does not depend on the disk.
    std::sort(found.begin(), found.end(), [](const DiscoveredEnvironment &a, const DiscoveredEnvironment &b) {
        return a.modified != b.modified ? a.modified > b.modified : a.name < b.name;
    });
    if (discovery.newest > 0 && found.size() > discovery.newest) {
        result.warnings.append(DiscoveryText::tr("%1: %2 matches; the newest %3 are compared")
                                   .arg(discovery.glob)
                                   .arg(found.size())
                                   .arg(discovery.newest));
        found.resize(discovery.newest);
    }
    QCollator collator;
    collator.setNumericMode(true); // pr-9 before pr-10
    std::sort(found.begin(), found.end(), [&collator](const DiscoveredEnvironment &a, const DiscoveredEnvironment &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    result.environments = found;
    return result;
}

Workspace withDiscoveredEnvironments(const Workspace &workspace, QStringList *warnings)
{
    if (workspace.discoveries.isEmpty())
        return workspace;
    Workspace out = workspace;
    for (const EnvironmentDiscovery &discovery : workspace.discoveries) {
        const DiscoveryResult found = discoverEnvironments(discovery, workspace.directory(), out.environmentNames());
        if (warnings)
            *warnings += found.warnings;
        for (const DiscoveredEnvironment &environment : found.environments) {
            EnvironmentSpec spec;
            spec.name = environment.name;
            spec.displayName = environment.name;
            spec.group = discovery.group.isEmpty() ? discovery.glob : discovery.group;
            out.environments.append(spec);
        }
    }
    return out;
}

} // namespace DriftDeck
