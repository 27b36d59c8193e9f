// Kubernetes workloads and Helm releases through the sources, end to end: no API server runs in the
// build root, so LocalHttpServer replays answers of the documented shapes (apps/v1, batch/v1,
// autoscaling/v2, v1 PodList, SecretList of Helm release records built the way Helm writes them),
// with `limit`/`continue` paging and label selectors checked on every request. The workspace
// loader gives each environment its namespace through {env}. kubectl-json and helm-json read the
// same shapes from files.
#include "helmencoding.h"
#include "localhttpserver.h"
#include "sourcerun.h"
#include "sources/configservers/kubectljsonsource.h"
#include "sources/configservers/kubernetessource.h"
#include "sources/kubernetes/helmjsonsource.h"
#include "workspace/workspaceloader.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace DriftDeck;
using namespace DriftDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray replay(const QString &relative)
{
    QFile file(QStringLiteral(DRIFTDECK_FIXTURES "/replay/kubernetes/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

const QByteArray Token = "eyJhbGciOiJSUzI1NiJ9.workloads-reader";
const QByteArray Selector = "app.kubernetes.io/part-of=shop";
const QByteArray ReleaseContinue = "eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6NDg3MDAsInN0YXJ0Ijoic2guaGVsbSJ9";

LocalHttpReply status(int code, const QByteArray &message)
{
    return LocalHttpReply::json(R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":")"
                                    + message + R"(","code":)" + QByteArray::number(code) + "}",
                                code);
}

// Answers one list request the way the API server does, refusing what a correct client never sends.
LocalHttpServer::Handler list(const QByteArray &file, bool selectable)
{
    return [file, selectable](const LocalHttpRequest &request) {
        if (request.header("Authorization") != "Bearer " + Token)
            return status(401, "Unauthorized");
        if (request.queryItem(u"limit"_s) != "2")
            return status(400, "expected limit=2");
        if (request.queryItem(u"labelSelector"_s) != (selectable ? Selector : QByteArray()))
            return status(400, "unexpected labelSelector " + request.queryItem(u"labelSelector"_s));
        return LocalHttpReply::json(replay(QString::fromLatin1(file)));
    };
}

HelmReleaseSpec revision(int number, const QByteArray &status, const QByteArray &chartVersion)
{
    HelmReleaseSpec spec;
    spec.revision = number;
    spec.status = status;
    spec.chartVersion = chartVersion;
    return spec;
}

} // namespace

class ClusterReplayedTest : public QObject
{
    Q_OBJECT
private:
    LocalHttpServer m_server;
    QTemporaryDir m_dir;

    // The kubernetes source of a workspace, with its options for one environment ({env} expanded).
    SourceOutcome runWorkspaceSource(const QByteArray &sourceYaml, const QString &environment)
    {
        const QByteArray text = "version: 1\nname: shop\nenvironments: [staging, production]\nsources:\n" + sourceYaml;
        const WorkspaceLoadResult loaded = WorkspaceLoader::loadText(text, m_dir.filePath(u"workspace.yaml"_s));
        if (!loaded.ok())
            qFatal("workspace: %s", qPrintable(loaded.errorString()));
        const SourceSpec &spec = loaded.workspace->sources.at(0);
        return runSource(spec.type, spec.optionsFor(environment), QString::fromLatin1(Token), 5000, environment);
    }

    QString base() const { return u"http://127.0.0.1:%1"_s.arg(m_server.port()); }

    QByteArray kubernetesSource(const QByteArray &resources)
    {
        return "  - type: kubernetes\n    url: " + base().toUtf8() + '/'
            + "\n    namespace: \"shop-{env}\"\n    resources: " + resources + "\n    labelSelector: " + Selector
            + "\n    pageSize: 2\n";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QVERIFY(m_dir.isValid());
        const QByteArray ns = "/namespaces/shop-staging/";
        m_server.route("/apis/apps/v1" + ns + "deployments", [](const LocalHttpRequest &request) {
            const QByteArray token = request.queryItem(u"continue"_s);
            LocalHttpReply reply
                = list(token.isEmpty() ? "deployments-page1.json" : "deployments-page2.json", true)(request);
            if (!token.isEmpty() && !token.startsWith("eyJ2IjoibWV0YS5rOHMuaW8vdjEi"))
                return status(400, "bad continue token");
            return reply;
        });
        m_server.route("/apis/apps/v1" + ns + "statefulsets", list("statefulsets.json", true));
        m_server.route("/apis/apps/v1" + ns + "daemonsets", list("daemonsets.json", true));
        m_server.route("/apis/batch/v1" + ns + "cronjobs", list("cronjobs.json", true));
        m_server.route("/apis/autoscaling/v2" + ns + "horizontalpodautoscalers",
                       list("horizontalpodautoscalers.json", false));
        m_server.route("/api/v1" + ns + "pods", list("pods.json", true));
        // Helm's history of one release over two pages: revision 6 superseded, 7 deployed.
        m_server.route("/api/v1" + ns + "secrets", [](const LocalHttpRequest &request) {
            if (request.queryItem(u"labelSelector"_s) != "owner=helm")
                return status(400, "expected labelSelector=owner=helm");
            const HelmReleaseSpec old = revision(6, "superseded", "1.3.2");
            const HelmReleaseSpec current = revision(7, "deployed", "1.4.0");
            if (request.queryItem(u"continue"_s).isEmpty())
                return LocalHttpReply::json(
                    helmSecretList({helmSecretItem(old, helmApiRelease(helmReleaseJson(old)))}, ReleaseContinue));
            if (request.queryItem(u"continue"_s) != ReleaseContinue)
                return status(400, "bad continue token");
            return LocalHttpReply::json(
                helmSecretList({helmSecretItem(current, helmApiRelease(helmReleaseJson(current)))}));
        });
        // Production's release record is damaged; its pods may not be listed.
        m_server.route("/api/v1/namespaces/shop-production/secrets", [](const LocalHttpRequest &) {
            const HelmReleaseSpec spec;
            QByteArray gzip = helmGzip(helmReleaseJson(spec));
            gzip.truncate(gzip.size() / 2);
            return LocalHttpReply::json(helmSecretList({helmSecretItem(spec, gzip.toBase64().toBase64())}));
        });
        LocalHttpReply forbidden = status(403,
                                          R"(pods is forbidden: User \"system:serviceaccount:shop:driftdeck\" )"
                                          R"(cannot list resource \"pods\" in API group \"\" in the namespace )"
                                          R"(\"shop-production\")");
        forbidden.reason = "Forbidden";
        m_server.route("/api/v1/namespaces/shop-production/pods", forbidden);
    }

    void workloadsAndReleases()
    {
        const SourceOutcome outcome = runWorkspaceSource(kubernetesSource("[workloads, releases]"), u"staging"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.emissions, 1);
        QCOMPARE(m_server.hits("/apis/apps/v1/namespaces/shop-staging/deployments"), 2); // followed continue
        QCOMPARE(m_server.hits("/api/v1/namespaces/shop-staging/secrets"), 2);
        QCOMPARE(outcome.value(u"image/deployment/checkout-api/api/running"_s), u"2.13.1 ×2, 2.14.0 ×1"_s);
        QCOMPARE(outcome.value(u"image/deployment/worker/worker/repository"_s),
                 u"registry.example.com/shop/worker"_s); // from page 2
        QCOMPARE(outcome.value(u"infra/deployment/checkout-api/hpa.maxReplicas"_s), u"10"_s);
        QCOMPARE(outcome.value(u"infra/deployment/checkout-api/api/limits.memory"_s), u"512Mi"_s);
        QCOMPARE(outcome.value(u"config/cronjob/nightly-report/schedule"_s), u"0 2 * * *"_s);
        QCOMPARE(outcome.value(u"runtime/helm/checkout/chartVersion"_s), u"1.4.0"_s); // revision 7, on page 2
        QCOMPARE(outcome.value(u"config/helm/checkout/image.tag"_s), u"2.14.0"_s);
        QVERIFY(outcome.result.warnings.contains(u"deployment/worker has no pods: what it runs is unknown"_s));
        const Entry tag = outcome.result.entries.value(u"image/deployment/checkout-api/api"_s);
        // The object's own namespace (the recorded objects say "shop"), with the URL's slash not doubled.
        QCOMPARE(outcome.result.layers.at(tag.provenance.at(0).layer).location,
                 base() + u"/apis/apps/v1/namespaces/shop/deployments/checkout-api"_s);

        // One reader: the same objects saved by kubectl give the same workload rows.
        const SourceOutcome file
            = runSource(KubectlJsonSource::TypeName,
                        {{u"path"_s, QStringLiteral(DRIFTDECK_FIXTURES "/replay/kubernetes/kubectl-workloads.json")}});
        QVERIFY2(file.ok(), qPrintable(file.error()));
        QVERIFY(file.result.warnings.first().endsWith(u"1 item(s) of kinds Drift Deck does not read (Services, "
                                                      "Ingresses, …) skipped"_s));
        int compared = 0;
        for (auto it = file.result.entries.cbegin(); it != file.result.entries.cend(); ++it) {
            QVERIFY2(outcome.result.entries.value(it.key()).value == it->value, qPrintable(it.key()));
            ++compared;
        }
        QVERIFY(compared > 80);
    }

    void refusedAndDamaged_data()
    {
        QTest::addColumn<QByteArray>("resources");
        QTest::addColumn<QString>("message");
        QTest::addRow("pods forbidden")
            << QByteArray("[pods]")
            << u"kubernetes: listing pods failed: HTTP 403 Forbidden from "
               "BASE/api/v1/namespaces/shop-production/pods?limit=2&labelSelector=app.kubernetes.io%2F"
               "part-of%3Dshop: pods is forbidden: User "
               "\"system:serviceaccount:shop:driftdeck\" cannot list resource \"pods\" in API "
               "group \"\" in the namespace \"shop-production\""_s;
        QTest::addRow("damaged release") << QByteArray("[releases]")
                                         << u"Helm release Secret shop/sh.helm.release.v1.checkout.v7: the release is "
                                            "not valid gzip: the compressed data ends too early"_s;
        QTest::addRow("unknown resource")
            << QByteArray("[ingresses]")
            << u"kubernetes: resources may be configmaps, secrets, deployments, statefulsets, daemonsets, cronjobs, "
               "horizontalpodautoscalers, pods, releases, workloads, not \"ingresses\""_s;
    }
    void refusedAndDamaged()
    {
        QFETCH(QByteArray, resources);
        QFETCH(QString, message);
        const SourceOutcome outcome = runWorkspaceSource(kubernetesSource(resources), u"production"_s);
        QCOMPARE(outcome.emissions, 1);
        QCOMPARE(outcome.error(), QString(message).replace(u"BASE"_s, base()));
    }

    // Credentials the way kubectl users have them: a kubeconfig context per environment.
    void kubeconfig_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("error"); // empty: the read succeeds
        QTest::addRow("token") << u"staging"_s << QString();
        QTest::addRow("exec plugin") << u"plugin"_s << QString();
        QTest::addRow("no such context") << u"nope"_s << u"kubernetes: kubeconfig KUBECONFIG has no context \"nope\""_s;
        QTest::addRow("plugin hangs") << u"hanging"_s
                                      << u"kubernetes: the credential plugin sleep did not answer within 1 s"_s;
        QTest::addRow("plugin fails") << u"failing"_s
                                      << u"kubernetes: the credential plugin sh failed (exit code 3): token expired, "
                                         "run the login again"_s;
        // Client certificates work (tst_clusterregistry); a broken one is named, its bytes never shown.
        QTest::addRow("client certificate")
            << u"certificate"_s
            << u"kubernetes: kubeconfig context \"certificate\" client-certificate-data "
               "holds no PEM certificate"_s;
    }
    void kubeconfig()
    {
        QFETCH(QString, context);
        QFETCH(QString, error);
        const QString config = m_dir.filePath(u"kubeconfig.yaml"_s);
        if (!QFileInfo::exists(config)) {
            QFile plugin(m_dir.filePath(u"credential.sh"_s));
            QVERIFY(plugin.open(QIODevice::WriteOnly));
            plugin.write("#!/bin/sh\n[ -n \"$KUBERNETES_EXEC_INFO\" ] || exit 9\n"
                         "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                         "\"status\":{\"token\":\"%s\"}}' \"$CRED_TOKEN\"\n");
            plugin.close();
            plugin.setPermissions(plugin.permissions() | QFileDevice::ExeOwner);
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                "apiVersion: v1\nkind: Config\ncurrent-context: staging\nclusters:\n- name: shop\n  cluster:\n"
                "    server: "
                + base().toUtf8() + "\nusers:\n- name: reader\n  user:\n    token: " + Token
                + "\n- name: plugin\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                  "      command: ./credential.sh\n      env: [{name: CRED_TOKEN, value: "
                + Token
                + "}]\n"
                  "- name: hanging\n  user:\n    exec: {apiVersion: client.authentication.k8s.io/v1, command: sleep, "
                  "args: [\"30\"]}\n- name: failing\n  user:\n    exec: {command: sh, args: [\"-c\", \"echo 'token "
                  "expired, run the login again' >&2; exit 3\"]}\n- name: certificate\n  user:\n"
                  "    client-certificate-data: LS0tLS1CRUdJTg==\n    client-key-data: LS0tLS1CRUdJTg==\ncontexts:\n");
            for (const char *name : {"staging", "plugin", "hanging", "failing", "certificate"}) {
                const QByteArray user = QByteArray(name) == "staging" ? "reader" : name;
                file.write("- name: " + QByteArray(name) + "\n  context: {cluster: shop, user: " + user
                           + ", namespace: shop-staging}\n");
            }
        }
        QElapsedTimer clock;
        clock.start();
        const SourceOutcome outcome = runSource(KubernetesSource::TypeName,
                                                {{u"kubeconfig"_s, config},
                                                 {u"context"_s, context},
                                                 {u"resources"_s, QStringList{u"horizontalpodautoscalers"_s}},
                                                 {u"pageSize"_s, 2}},
                                                {}, 1000);
        QCOMPARE(outcome.emissions, 1);
        if (error.isEmpty()) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
            QCOMPARE(outcome.value(u"infra/deployment/checkout-api/hpa.cpu"_s), u"70%"_s);
        } else {
            QCOMPARE(outcome.error(), QString(error).replace(u"KUBECONFIG"_s, config));
            QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
        }
    }

    void kubeconfigMalformed()
    {
        const QString config = m_dir.filePath(u"odd-kubeconfig.yaml"_s);
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("current-context: odd\nclusters: [{name: c, cluster: {server: http://127.0.0.1:1}}]\n"
                   "users: [{name: u, user: {exec: {command: plugin, args: [{not: a string}]}}}]\n"
                   "contexts: [{name: odd, context: {cluster: c, user: u}}]\n");
        file.close();
        const SourceOutcome outcome = runSource(KubernetesSource::TypeName, {{u"kubeconfig"_s, config}}, {}, 1000);
        QCOMPARE(outcome.emissions, 1);
        QVERIFY2(outcome.error().startsWith(u"kubernetes: kubeconfig "_s + config + u": unexpected content: "_s),
                 qPrintable(outcome.error()));
    }

    void helmJsonFiles()
    {
        const auto write = [this](const QString &name, const QByteArray &bytes) {
            QFile file(m_dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(
            u"helm-staging.json"_s,
            R"([{"name":"checkout","namespace":"shop-staging","revision":"7","updated":"2026-12-03 16:42:07.512934021 +0100 CET","status":"deployed","chart":"checkout-1.4.0","app_version":"2.14.0"},)"
            R"({"name":"redis","namespace":"shop-staging","revision":"3","updated":"2026-11-20 08:00:00.1 +0000 UTC","status":"deployed","chart":"redis-19.0.1","app_version":"7.2.4"}])");
        write(u"checkout-staging.values.json"_s,
              R"({"replicaCount":2,"image":{"tag":"2.14.0"},"resources":{"limits":{"memory":"512Mi"}}})");
        QVariantMap options{{u"list"_s, m_dir.filePath(u"helm-{env}.json"_s)},
                            {u"values"_s, m_dir.filePath(u"{release}-{env}.values.json"_s)}};
        const SourceOutcome outcome = runSource(HelmJsonSource::TypeName, options);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome.value(u"runtime/helm/checkout/chart"_s), u"checkout"_s);
        QCOMPARE(outcome.value(u"runtime/helm/checkout/lastDeployed"_s), u"2026-12-03T15:42:07Z"_s);
        QCOMPARE(outcome.value(u"runtime/helm/redis/appVersion"_s), u"7.2.4"_s);
        QCOMPARE(outcome.value(u"config/helm/checkout/resources.limits.memory"_s), u"512Mi"_s);
        // redis has no values file: its version rows stay, a warning says why its values are missing.
        QCOMPARE(outcome.result.warnings,
                 QStringList{m_dir.filePath(u"redis-staging.values.json"_s) + u": no such file"_s});

        write(u"checkout-staging.values.json"_s, "{\"replicaCount\":");
        const SourceOutcome broken = runSource(HelmJsonSource::TypeName, options);
        QCOMPARE(broken.error(),
                 m_dir.filePath(u"checkout-staging.values.json"_s) + u": not JSON: unterminated object at offset 16"_s);
    }
};

QTEST_GUILESS_MAIN(ClusterReplayedTest)
#include "tst_clusterreplayed.moc"
