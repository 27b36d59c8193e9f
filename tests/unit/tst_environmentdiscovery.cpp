#include "drift/driftengine.h"
#include "output/checkreport.h"
#include "pipeline/capture.h"
#include "pipeline/sourceretry.h"
#include "snapshot/snapshotfile.h"
#include "workspace/environmentdiscovery.h"
#include "workspace/workspaceloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

// One folder per environment, as a GitOps repository or a CI job writing previews keeps them.
const QByteArray WorkspaceText = "version: 1\n"
                                 "name: Previews\n"
                                 "baseline: production\n"
                                 "environments:\n"
                                 "  - staging\n"
                                 "  - production\n"
                                 "  - discover: envs/pr-*\n"
                                 "    newest: 2\n"
                                 "    group: Pull requests\n"
                                 "sources:\n"
                                 "  - type: config-files\n"
                                 "    layers: [\"envs/{env}/app.yaml\"]\n";

void writeEnvironment(const QDir &root, const QString &name, const QByteArray &version, qint64 ageSeconds)
{
    QVERIFY(root.mkpath(u"envs/"_s + name));
    QFile file(root.filePath(u"envs/%1/app.yaml"_s.arg(name)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("image: {tag: \"" + version + "\"}\n");
    file.close();
    // The cap keeps the most recently changed folders: give each a known age (QFile cannot open a
    // folder to set its time).
    const QByteArray folder = QFile::encodeName(root.filePath(u"envs/"_s + name));
    timespec times[2]{};
    times[0].tv_sec = times[1].tv_sec = time_t(QDateTime::currentSecsSinceEpoch() - ageSeconds);
    QCOMPARE(::utimensat(AT_FDCWD, folder.constData(), times, 0), 0);
}

QStringList names(const Snapshot &snapshot)
{
    QStringList out;
    for (const EnvironmentCapture &environment : snapshot.environments)
        out.append(environment.name);
    return out;
}

} // namespace

class EnvironmentDiscoveryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void previewsBecomeColumns()
    {
        QTemporaryDir dir;
        const QDir root(dir.path());
        writeEnvironment(root, u"staging"_s, "1.5.0", 100);
        writeEnvironment(root, u"production"_s, "1.4.2", 100);
        writeEnvironment(root, u"pr-7"_s, "pr-7", 3000);
        writeEnvironment(root, u"pr-9"_s, "pr-9", 200);
        writeEnvironment(root, u"pr-10"_s, "pr-10", 100);
        QFile file(root.filePath(u"workspace.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(WorkspaceText);
        file.close();
        const WorkspaceLoadResult loaded = WorkspaceLoader::loadFile(file.fileName());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        QCOMPARE(loaded.workspace->environmentNames(), (QStringList{u"staging"_s, u"production"_s}));
        QCOMPARE(loaded.workspace->discoveries.size(), 1);

        // The two newest previews, pr-9 before pr-10 (numbers as numbers); pr-7 is capped out.
        QStringList warnings;
        const Workspace resolved = withDiscoveredEnvironments(*loaded.workspace, &warnings);
        QCOMPARE(resolved.environmentNames(), (QStringList{u"staging"_s, u"production"_s, u"pr-9"_s, u"pr-10"_s}));
        QCOMPARE(resolved.environments.at(3).group, u"Pull requests"_s);
        QVERIFY(resolved.environments.at(0).group.isEmpty());
        QCOMPARE(warnings, QStringList{u"envs/pr-*: 3 matches; the newest 2 are compared"_s});

        const SecretPolicy secrets(Policy::defaultSecretPatterns(), "salt");
        SnapshotPtr snapshot = Capture::runBlocking(*loaded.workspace, secrets);
        QVERIFY(snapshot);
        QCOMPARE(names(*snapshot), resolved.environmentNames());
        const int row = snapshot->rowOf(u"config/image.tag"_s);
        QVERIFY(row >= 0);
        QCOMPARE(snapshot->entry(row, 3)->value.display(), u"pr-10"_s);
        QCOMPARE(snapshot->baseline, u"production"_s);
        // The window gathers the previews under their group; the cap's warning reaches the
        // command line's report instead of being dropped with the resolved workspace.
        QCOMPARE(snapshot->environments.at(3).group, u"Pull requests"_s);
        QVERIFY(snapshot->environments.at(1).group.isEmpty());
        QCOMPARE(snapshot->warnings, warnings);
        const CheckReport report = buildCheckReport(
            *snapshot, DriftEngine::compute(*snapshot, 1, snapshot->policy, QDate::currentDate()), CheckOptions{});
        QCOMPARE(report.warnings.size(), 1);
        QCOMPARE(report.warnings.constFirst().message, warnings.constFirst());
        // Both are kept in snapshot files (history), in either format.
        for (const QByteArray &bytes : {SnapshotFile::toBytes(*snapshot), SnapshotFile::toJson(*snapshot)}) {
            const SnapshotReadResult read = SnapshotFile::fromBytes(bytes, u"previews"_s);
            QVERIFY2(read.ok(), qPrintable(read.errorString));
            QCOMPARE(read.snapshot->warnings, warnings);
            QCOMPARE(read.snapshot->environments.at(3).group, u"Pull requests"_s);
            QVERIFY(read.snapshot->environments.at(1).group.isEmpty());
        }

        // A retry of one discovered environment runs that environment alone.
        const Workspace retry = retryWorkspace(*loaded.workspace, u"pr-10"_s, {});
        QCOMPARE(withDiscoveredEnvironments(retry).environmentNames(), QStringList{u"pr-10"_s});

        // The pull request is merged and its folder removed: the next capture drops the column
        // and the older preview moves up, without the workspace being edited.
        QVERIFY(QDir(root.filePath(u"envs/pr-10"_s)).removeRecursively());
        snapshot = Capture::runBlocking(*loaded.workspace, secrets);
        QVERIFY(snapshot);
        QCOMPARE(names(*snapshot), (QStringList{u"staging"_s, u"production"_s, u"pr-7"_s, u"pr-9"_s}));
    }

    void filesAndDeclaredNames()
    {
        // A file's name without its extension; matches named like a declared environment are
        // that environment, not a second column.
        QTemporaryDir dir;
        const QDir root(dir.path());
        QVERIFY(root.mkpath(u"k8s"_s));
        for (const auto name : {"production.yaml", "preview-a.yaml", "preview-b.json", "bad name.yaml"}) {
            QFile file(root.filePath(u"k8s/"_s + QLatin1StringView(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        EnvironmentDiscovery discovery;
        discovery.glob = u"k8s/*"_s;
        const DiscoveryResult found = discoverEnvironments(discovery, dir.path(), {u"production"_s});
        QStringList discovered;
        for (const DiscoveredEnvironment &environment : found.environments)
            discovered.append(environment.name);
        QCOMPARE(discovered, (QStringList{u"preview-a"_s, u"preview-b"_s}));
        QCOMPARE(found.environments.at(1).path, u"k8s/preview-b.json"_s);
        QCOMPARE(found.warnings.size(), 1);
        QVERIFY(found.warnings.constFirst().contains(u"bad name"_s));
        // No matches at all is no error: there may be no open pull request.
        discovery.glob = u"none/*"_s;
        QVERIFY(discoverEnvironments(discovery, dir.path(), {}).environments.isEmpty());
    }

    void namesListedBySources()
    {
        // Namespaces come with their creation time: the newest are kept, shown in name order.
        EnvironmentDiscovery discovery;
        discovery.glob = u"preview-pr-*"_s;
        discovery.source = u"cluster"_s;
        discovery.newest = 2;
        const QHash<QString, QString> namespaces{{u"default"_s, u"2026-01-01T00:00:00Z"_s},
                                                 {u"preview-pr-7"_s, u"2026-12-05T09:00:00Z"_s},
                                                 {u"preview-pr-10"_s, u"2026-11-30T09:00:00Z"_s},
                                                 {u"preview-pr-9"_s, u"2026-12-01T09:00:00Z"_s},
                                                 {u"staging"_s, u"2026-01-01T00:00:00Z"_s}};
        DiscoveryResult found = discoverFromListing(discovery, namespaces, {u"staging"_s});
        QCOMPARE(found.environments.size(), 2);
        QCOMPARE(found.environments.at(0).name, u"preview-pr-7"_s);
        QCOMPARE(found.environments.at(1).name, u"preview-pr-9"_s);
        QCOMPARE(found.warnings, QStringList{u"cluster: preview-pr-*: 3 matches; the newest 2 are compared"_s});

        // Tags have no time in a tag list: the name decides, pr-20 newer than pr-3.
        discovery.glob = u"pr-?*"_s;
        discovery.source = u"images"_s;
        const QHash<QString, QString> tags{
            {u"pr-3"_s, {}}, {u"pr-20"_s, {}}, {u"pr-12"_s, {}}, {u"latest"_s, {}}, {u"_pr-99"_s, {}}};
        found = discoverFromListing(discovery, tags, {});
        QCOMPARE(found.environments.size(), 2);
        QCOMPARE(found.environments.at(0).name, u"pr-12"_s);
        QCOMPARE(found.environments.at(1).name, u"pr-20"_s);

        // The glob matches the whole name, not a part of it.
        discovery.glob = u"pr-1"_s;
        QVERIFY(discoverFromListing(discovery, {{u"pr-12"_s, {}}}, {}).environments.isEmpty());
    }

    void loaderErrors_data()
    {
        QTest::addColumn<QByteArray>("environments");
        QTest::addColumn<QString>("error");
        QTest::addRow("wildcard in a folder") << QByteArray("[production, {discover: \"envs/*/pr\"}]")
                                              << u"only the last part of the path may hold wildcards"_s;
        QTest::addRow("newest zero") << QByteArray("[production, {discover: \"envs/*\", newest: 0}]")
                                     << u"expected a whole number of environments"_s;
        QTest::addRow("unknown key") << QByteArray("[production, {discover: \"envs/*\", newset: 3}]") << u"newset"_s;
        QTest::addRow("discovered only") << QByteArray("[{discover: \"envs/*\"}]") << u"besides the discovered ones"_s;
        QTest::addRow("from an unknown source")
            << QByteArray("[production, {discover: \"pr-*\", from: cluster}]")
            << u"ws.yaml:3:53: environments[1].from: no source has the id \"cluster\" (the sources are files, images)"_s;
        QTest::addRow("from a source that cannot list")
            << QByteArray("[production, {discover: \"pr-*\", from: files}]")
            << u"\"files\" is a config-files source; environments are discovered from a kubernetes source "
               "(namespaces) or a registry source (tags)"_s;
        QTest::addRow("a path listed by a source")
            << QByteArray("[production, {discover: \"ns/pr-*\", from: files}]") << u"a source lists names, not paths"_s;
        QTest::addRow("a selector without a source")
            << QByteArray("[production, {discover: \"envs/*\", labelSelector: a=b}]")
            << u"only a discovery with \"from\" (a source that lists names) takes \"labelSelector\""_s;
        QTest::addRow("a misspelt environment")
            << QByteArray("[production, {discover: \"pr-*\", from: images, environment: prodution}]")
            << u"ws.yaml:3:74: environments[1].environment: \"prodution\" is not an environment (did you mean "
               "\"production\"?)"_s;
        QTest::addRow("a selector for tags")
            << QByteArray("[production, {discover: \"pr-*\", from: images, labelSelector: a=b}]")
            << u"labelSelector narrows the namespaces of a kubernetes source"_s;
    }
    void loaderErrors()
    {
        QFETCH(QByteArray, environments);
        QFETCH(QString, error);
        const WorkspaceLoadResult loaded = WorkspaceLoader::loadText(
            "version: 1\nname: x\nenvironments: " + environments
                + "\nsources:\n  - type: config-files\n    id: files\n    layers: [a.yaml]\n"
                  "  - type: registry\n    id: images\n    url: http://127.0.0.1:1/\n"
                  "    repositories: [shop/api]\n",
            u"ws.yaml"_s);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorString().contains(error), qPrintable(loaded.errorString()));
    }
};

QTEST_GUILESS_MAIN(EnvironmentDiscoveryTest)
#include "tst_environmentdiscovery.moc"
