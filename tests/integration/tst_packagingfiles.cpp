// The ready-to-copy files in packaging/: the CI and Kubernetes examples and the Flatpak manifest
// parse, carry what their systems require, and the CronJob's command line runs for real.
#include "snapshot/historystore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <yaml-cpp/yaml.h>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

const QString Packaging = QStringLiteral(DRIFTDECK_SOURCE_ROOT "/packaging");

std::vector<YAML::Node> loadAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return YAML::LoadAll(file.readAll().toStdString());
}

QStringList strings(const YAML::Node &list)
{
    QStringList out;
    for (const YAML::Node &item : list)
        out.append(QString::fromStdString(item.as<std::string>()));
    return out;
}

QString text(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.as<std::string>()) : QString();
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(source, target))
            return false;
    }
    return true;
}

} // namespace

class TestPackagingFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void githubActions()
    {
        const auto docs = loadAll(Packaging + u"/examples/github-actions-nightly.yml"_s);
        QCOMPARE(docs.size(), size_t(1));
        const YAML::Node &workflow = docs[0];
        QVERIFY(workflow["on"]["schedule"][0]["cron"]);
        const YAML::Node job = workflow["jobs"]["drift"];
        QVERIFY(job["runs-on"]);
        QString script;
        bool uploads = false;
        for (const YAML::Node &step : job["steps"]) {
            QVERIFY(step["run"] || step["uses"]); // every step does something
            script += text(step["run"]) + u'\n';
            if (text(step["uses"]).startsWith(u"actions/upload-artifact@"_s)) {
                uploads = text(step["if"]) == u"always()"_s; // the snapshot is kept on failure too
                QVERIFY(text(step["with"]["path"]).contains(u".driftsnap.json"_s));
            }
        }
        QVERIFY(uploads);
        checkCommands(script);
    }

    void gitlabCi()
    {
        const auto docs = loadAll(Packaging + u"/examples/gitlab-ci-nightly.yml"_s);
        QCOMPARE(docs.size(), size_t(1));
        const YAML::Node job = docs[0]["drift-check"];
        QVERIFY(job["image"]["name"]);
        QCOMPARE(strings(job["image"]["entrypoint"]), QStringList{QString()}); // the image's entrypoint is driftdeck
        QCOMPARE(text(job["artifacts"]["when"]), u"always"_s);
        QVERIFY(strings(job["artifacts"]["paths"]).contains(u"drift.driftsnap.json"_s));
        QVERIFY(job["artifacts"]["reports"]["junit"]);
        checkCommands(strings(job["script"]).join(u'\n'));
    }

    void kubernetesObjects()
    {
        const auto docs = loadAll(Packaging + u"/examples/kubernetes-cronjob.yaml"_s);
        std::map<std::string, YAML::Node> byKind;
        for (const YAML::Node &doc : docs) {
            QVERIFY(doc["apiVersion"] && doc["kind"] && doc["metadata"]["name"]);
            QCOMPARE(text(doc["metadata"]["namespace"]), u"driftdeck"_s);
            byKind[doc["kind"].as<std::string>()] = doc;
        }
        for (const char *kind : {"ServiceAccount", "Secret", "Role", "RoleBinding", "PersistentVolumeClaim", "CronJob"})
            QVERIFY2(byKind.count(kind), kind);

        // The Role only reads: get and list, nothing that writes or watches.
        for (const YAML::Node &rule : byKind["Role"]["rules"]) {
            QVERIFY(rule["resources"].size() > 0);
            QCOMPARE(strings(rule["verbs"]), (QStringList{u"get"_s, u"list"_s}));
        }
        const YAML::Node binding = byKind["RoleBinding"];
        QCOMPARE(text(binding["roleRef"]["name"]), text(byKind["Role"]["metadata"]["name"]));
        QCOMPARE(text(binding["subjects"][0]["name"]), text(byKind["ServiceAccount"]["metadata"]["name"]));

        const YAML::Node cron = byKind["CronJob"];
        QCOMPARE(text(cron["apiVersion"]), u"batch/v1"_s);
        QVERIFY(cron["spec"]["schedule"]);
        const YAML::Node pod = cron["spec"]["jobTemplate"]["spec"]["template"]["spec"];
        QCOMPARE(text(pod["serviceAccountName"]), text(byKind["ServiceAccount"]["metadata"]["name"]));
        QCOMPARE(text(pod["restartPolicy"]), u"Never"_s);
        QVERIFY(pod["securityContext"]["runAsNonRoot"].as<bool>());
        const YAML::Node container = pod["containers"][0];
        QVERIFY(container["image"]);
        // The history volume is the PVC, mounted where the command writes.
        QString claim;
        for (const YAML::Node &volume : pod["volumes"]) {
            if (volume["persistentVolumeClaim"])
                claim = text(volume["persistentVolumeClaim"]["claimName"]);
        }
        QCOMPARE(claim, text(byKind["PersistentVolumeClaim"]["metadata"]["name"]));
        const QStringList args = strings(container["args"]);
        const qsizetype folder = args.indexOf(u"--history-folder"_s);
        QVERIFY(folder > 0 && folder + 1 < args.size());
        bool mounted = false;
        for (const YAML::Node &mount : container["volumeMounts"])
            mounted |= text(mount["mountPath"]) == args[folder + 1];
        QVERIFY(mounted);
    }

    // The CronJob's command line, run for real: the ConfigMap's folder holds the demo workspace
    // and the history folder is a temporary one. Run twice, it keeps two snapshots.
    void cronJobCommandRuns()
    {
        const auto docs = loadAll(Packaging + u"/examples/kubernetes-cronjob.yaml"_s);
        YAML::Node container;
        QString configMount;
        for (const YAML::Node &doc : docs) {
            if (text(doc["kind"]) != u"CronJob"_s)
                continue;
            container = doc["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0];
            for (const YAML::Node &mount : container["volumeMounts"]) {
                if (text(mount["name"]) == u"workspace"_s)
                    configMount = text(mount["mountPath"]);
            }
        }
        QVERIFY(container && !configMount.isEmpty());
        QCOMPARE(strings(container["command"]), QStringList{u"driftdeck"_s});
        QStringList args = strings(container["args"]);
        const QString historyMount = args[args.indexOf(u"--history-folder"_s) + 1];

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = dir.filePath(u"config"_s), history = dir.filePath(u"history"_s);
        QVERIFY(copyTree(QStringLiteral(DRIFTDECK_SOURCE_ROOT "/resources/demo"), config));
        for (QString &arg : args) {
            if (arg.startsWith(configMount))
                arg = config + arg.mid(configMount.size());
            else if (arg.startsWith(historyMount))
                arg = history + arg.mid(historyMount.size());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DRIFTDECK_SECRET_SALT"_s, u"cronjob-test-salt"_s);
        env.insert(u"HOME"_s, dir.filePath(u"home"_s));
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"home/data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"home/config"_s));
        for (int run = 1; run <= 2; ++run) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(DRIFTDECK_BINARY), args);
            QVERIFY(process.waitForFinished(60000));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
            QCOMPARE(HistoryStore::inFolder(history).list().size(), run);
        }
        const QList<HistoryEntry> kept = HistoryStore::inFolder(history).list();
        const SnapshotReadResult read = SnapshotFile::read(kept.last().path);
        QVERIFY2(read.snapshot, qPrintable(read.errorString));
        QCOMPARE(read.snapshot->environments.size(), 3); // the demo's development, staging, production
    }

    void flatpakManifest()
    {
        const auto docs = loadAll(Packaging + u"/flatpak/io.github.driftdeck.DriftDeck.yml"_s);
        QCOMPARE(docs.size(), size_t(1));
        const YAML::Node &manifest = docs[0];
        QCOMPARE(text(manifest["app-id"]), u"io.github.driftdeck.DriftDeck"_s);
        QCOMPARE(text(manifest["runtime"]), u"org.kde.Platform"_s);
        QCOMPARE(text(manifest["runtime-version"]), u"6.8"_s);
        QCOMPARE(text(manifest["sdk"]), u"org.kde.Sdk"_s);
        QCOMPARE(text(manifest["command"]), u"driftdeck"_s);
        // Network, the Secret Service and a display; files only through the portal (no
        // --filesystem), no session bus beyond the secrets service, no devices but the GPU.
        const QStringList allowed{u"--share=ipc"_s,      u"--socket=fallback-x11"_s,
                                  u"--socket=wayland"_s, u"--device=dri"_s,
                                  u"--share=network"_s,  u"--talk-name=org.freedesktop.secrets"_s};
        const QStringList permissions = strings(manifest["finish-args"]);
        for (const QString &permission : permissions)
            QVERIFY2(allowed.contains(permission), qPrintable(permission));
        QVERIFY(permissions.contains(u"--share=network"_s));
        QVERIFY(permissions.contains(u"--talk-name=org.freedesktop.secrets"_s));

        QStringList modules;
        for (const YAML::Node &module : manifest["modules"]) {
            modules.append(text(module["name"]));
            QVERIFY(module["buildsystem"]);
            for (const YAML::Node &source : module["sources"]) {
                const QString type = text(source["type"]);
                if (type == u"git"_s) // pinned: a tag can move, a commit cannot
                    QCOMPARE(text(source["commit"]).size(), 40);
                else if (type == u"dir"_s)
                    QVERIFY(QFile::exists(Packaging + u"/flatpak/"_s + text(source["path"]) + u"/CMakeLists.txt"_s));
                else
                    QVERIFY2(source["sha256"], qPrintable(type));
            }
        }
        // What the KDE runtime lacks is built first; the app last.
        QCOMPARE(modules, (QStringList{u"yaml-cpp"_s, u"qtkeychain"_s, u"driftdeck"_s}));
    }

    void containerfile()
    {
        QFile file(Packaging + u"/container/Containerfile"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList instructions;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty() && !line.startsWith('#'))
                instructions.append(QString::fromUtf8(line));
        }
        QVERIFY(instructions.first().startsWith(u"FROM docker.io/library/debian:trixie-slim"_s));
        QVERIFY(instructions.contains(u"USER driftdeck"_s)); // never root
        QVERIFY(instructions.contains(u"ENTRYPOINT [\"driftdeck\"]"_s));
        // The one build step is install.sh, which packaging/devenv test runs in a clean root.
        QVERIFY(instructions.filter(u"RUN "_s).size() == 1
                && instructions.filter(u"RUN "_s)[0].contains(u"install.sh"_s));
    }

private:
    static void checkCommands(const QString &script)
    {
        QVERIFY(script.contains(u"driftdeck snapshot "_s));
        QVERIFY(script.contains(u"--format junit"_s));
        QVERIFY(script.contains(u"--format markdown"_s));
        QVERIFY(script.contains(u"--fail-on critical"_s));
    }
};

QTEST_MAIN(TestPackagingFiles)
#include "tst_packagingfiles.moc"
