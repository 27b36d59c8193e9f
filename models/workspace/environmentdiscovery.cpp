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

} // namespace

DiscoveryResult discoverEnvironments(const EnvironmentDiscovery &discovery, const QString &workspaceDirectory,
                                     const QStringList &declared)
{
    DiscoveryResult result;
    const QString folder = QFileInfo(discovery.glob).path();
    const QString pattern = QFileInfo(discovery.glob).fileName();
    const QDir dir(QDir(workspaceDirectory).filePath(folder));
    const QFileInfoList matches
        = dir.entryInfoList({pattern}, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Readable);
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
        found.append({name, QDir::cleanPath(folder + u'/' + match.fileName()), match.lastModified(QTimeZone::UTC)});
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
    // Natural order, pr-9 before pr-10: QCollator's numeric mode depends on the locale backend.
    std::sort(found.begin(), found.end(), [](const DiscoveredEnvironment &a, const DiscoveredEnvironment &b) {
        return naturalLess(a.name, b.name);
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
