// Kubernetes workloads turned into rows: pure functions over recorded bodies of the documented
// shapes (apps/v1 DeploymentList, StatefulSetList, DaemonSetList; batch/v1 CronJobList;
// autoscaling/v2 HorizontalPodAutoscalerList; v1 PodList; kubectl's List), in
// tests/fixtures/replay/kubernetes.
#include "sources/configservers/kubernetesformat.h"
#include "sources/kubernetes/clusterrows.h"
#include "sources/kubernetes/podspecrows.h"
#include "sources/kubernetes/runningimages.h"

#include <QFile>
#include <QTest>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &relative)
{
    QFile file(QStringLiteral(DRIFTDECK_FIXTURES "/replay/kubernetes/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

const QStringList ApiFiles{
    u"deployments-page1.json"_s, u"deployments-page2.json"_s,        u"statefulsets.json"_s, u"daemonsets.json"_s,
    u"cronjobs.json"_s,          u"horizontalpodautoscalers.json"_s, u"pods.json"_s};

KubernetesObjects readAll(const QStringList &files)
{
    KubernetesObjects all;
    for (const QString &file : files) {
        const KubernetesObjects page = parseKubernetesObjects(fixture(file));
        if (!page.errorString.isEmpty())
            qFatal("%s: %s", qPrintable(file), qPrintable(page.errorString));
        all.objects.append(page.objects);
        all.workloads.append(page.workloads);
        all.otherKinds += page.otherKinds;
    }
    return all;
}

SourceResult rows(const KubernetesObjects &read)
{
    ClusterRowOptions options;
    options.sourceId = u"k8s"_s;
    options.locationOf = [](const QString &resource, const QString &ns, const QString &name) {
        return u"api:%1/%2/%3"_s.arg(resource, ns, name);
    };
    options.excludedNames = defaultKubernetesExcludes();
    options.podsRead = !read.workloads.pods.isEmpty();
    return clusterResult(read, options, Normaliser());
}

QString shown(const SourceResult &result, const QString &key)
{
    return result.entries.contains(key) ? result.entries.value(key).value.display() : u"<missing>"_s;
}

QString digest(char c)
{
    return u"sha256:"_s + QString(64, QLatin1Char(c));
}

} // namespace

class KubernetesWorkloadsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typedListPages()
    {
        const KubernetesObjects first = parseKubernetesObjects(fixture(u"deployments-page1.json"_s));
        QVERIFY(first.errorString.isEmpty());
        QCOMPARE(first.workloads.workloads.size(), 1);
        QCOMPARE(first.workloads.workloads.at(0).kind, u"deployment"_s);
        QVERIFY(first.continueToken.startsWith(u"eyJ2IjoibWV0YS5rOHMuaW8vdjEi"_s));
        const KubernetesObjects pods = parseKubernetesObjects(fixture(u"pods.json"_s));
        QCOMPARE(pods.workloads.pods.size(), 8);
        QVERIFY(pods.continueToken.isEmpty());
        QCOMPARE(pods.otherKinds, 0);
    }

    void rows_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        // The image the spec names, and what the pods actually run: a rollout is in progress.
        QTest::addRow("tag") << u"image/deployment/checkout-api/api"_s << u"2.14.0"_s;
        QTest::addRow("repository") << u"image/deployment/checkout-api/api/repository"_s
                                    << u"registry.example.com/shop/checkout-api"_s;
        QTest::addRow("running versions")
            << u"image/deployment/checkout-api/api/running"_s << u"2.13.1 ×2, 2.14.0 ×1"_s;
        QTest::addRow("running digests (Docker and containerd imageID)")
            << u"image/deployment/checkout-api/api/digest"_s << digest('2') + u" ×2, "_s + digest('1') + u" ×1"_s;
        QTest::addRow("init container") << u"image/deployment/checkout-api/migrate/running"_s
                                        << u"2.13.1 ×2, 2.14.0 ×1"_s;
        QTest::addRow("sidecar, one digest") << u"image/deployment/checkout-api/envoy/digest"_s << digest('7');
        QTest::addRow("pinned by digest") << u"image/deployment/worker/worker"_s << digest('e');
        QTest::addRow("replicas") << u"infra/deployment/checkout-api/replicas"_s << u"3"_s;
        QTest::addRow("updated") << u"infra/deployment/checkout-api/replicas.updated"_s << u"1"_s;
        QTest::addRow("ready omitted = 0") << u"infra/deployment/worker/replicas.ready"_s << u"0"_s;
        QTest::addRow("limit") << u"infra/deployment/checkout-api/api/limits.memory"_s << u"512Mi"_s;
        QTest::addRow("request") << u"infra/deployment/checkout-api/api/requests.cpu"_s << u"250m"_s;
        QTest::addRow("hpa min") << u"infra/deployment/checkout-api/hpa.minReplicas"_s << u"3"_s;
        QTest::addRow("hpa max") << u"infra/deployment/checkout-api/hpa.maxReplicas"_s << u"10"_s;
        QTest::addRow("hpa cpu") << u"infra/deployment/checkout-api/hpa.cpu"_s << u"70%"_s;
        QTest::addRow("hpa pods metric") << u"infra/deployment/checkout-api/hpa.http_requests_per_second"_s
                                         << u"1k per pod"_s;
        QTest::addRow("env configMapKeyRef")
            << u"config/deployment/checkout-api/api/env/LOG_LEVEL"_s << u"configMapKeyRef app-config/LOG_LEVEL"_s;
        QTest::addRow("env secretKeyRef, never resolved")
            << u"config/deployment/checkout-api/api/env/DB_PASSWORD"_s << u"secretKeyRef checkout-db/password"_s;
        QTest::addRow("env fieldRef") << u"config/deployment/checkout-api/api/env/POD_NAMESPACE"_s
                                      << u"fieldRef metadata.namespace"_s;
        QTest::addRow("env literal") << u"config/deployment/checkout-api/api/env/MAX_ITEMS"_s << u"20"_s;
        QTest::addRow("envFrom") << u"config/deployment/checkout-api/api/envFrom"_s << u"configMapRef app-config"_s;
        QTest::addRow("probe path") << u"config/deployment/checkout-api/api/livenessProbe.httpGet.path"_s
                                    << u"/healthz"_s;
        QTest::addRow("probe timing") << u"config/deployment/checkout-api/api/readinessProbe.periodSeconds"_s << u"5"_s;
        QTest::addRow("container security")
            << u"config/deployment/checkout-api/api/securityContext.runAsNonRoot"_s << u"true"_s;
        QTest::addRow("capabilities") << u"config/deployment/checkout-api/api/securityContext.capabilities.drop"_s
                                      << u"[\"ALL\"]"_s;
        QTest::addRow("pull policy") << u"config/deployment/checkout-api/api/imagePullPolicy"_s << u"IfNotPresent"_s;
        QTest::addRow("service account") << u"config/deployment/checkout-api/serviceAccountName"_s << u"checkout"_s;
        QTest::addRow("default service account") << u"config/deployment/worker/serviceAccountName"_s << u"default"_s;
        QTest::addRow("node selector") << u"config/deployment/checkout-api/nodeSelector.kubernetes.io/arch"_s
                                       << u"amd64"_s;
        QTest::addRow("pod security") << u"config/deployment/checkout-api/securityContext.fsGroup"_s << u"2000"_s;
        QTest::addRow("statefulset") << u"image/statefulset/postgres/postgres/running"_s << u"16.2"_s;
        QTest::addRow("statefulset limit") << u"infra/statefulset/postgres/postgres/limits.memory"_s << u"2Gi"_s;
        QTest::addRow("daemonset desired") << u"infra/daemonset/log-agent/replicas"_s << u"2"_s;
        QTest::addRow("daemonset digest") << u"image/daemonset/log-agent/fluent-bit/digest"_s << digest('6');
        QTest::addRow("cronjob schedule") << u"config/cronjob/nightly-report/schedule"_s << u"0 2 * * *"_s;
        QTest::addRow("cronjob suspend") << u"config/cronjob/nightly-report/suspend"_s << u"false"_s;
        QTest::addRow("cronjob pods through their Job")
            << u"image/cronjob/nightly-report/report/running"_s << u"1.2.0"_s;
    }
    void rows()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const SourceResult result = ::rows(readAll(ApiFiles));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(shown(result, key), value);
    }

    void rowsDetails()
    {
        const SourceResult result = ::rows(readAll(ApiFiles));
        // A memory limit compares by amount: 0.25Gi is 256Mi, 512Mi is 0.5Gi.
        const Entry envoy = result.entries.value(u"infra/deployment/checkout-api/envoy/limits.memory"_s);
        QCOMPARE(envoy.value, quantityValue(u"256Mi"_s, Normaliser()));
        QCOMPARE(result.entries.value(u"infra/deployment/checkout-api/api/limits.memory"_s).value,
                 quantityValue(u"0.5Gi"_s, Normaliser()));
        QCOMPARE(result.entries.value(u"infra/deployment/checkout-api/api/limits.cpu"_s).value,
                 quantityValue(u"1000m"_s, Normaliser()));
        QVERIFY(!(quantityValue(u"512Mi"_s, Normaliser()) == quantityValue(u"2Gi"_s, Normaliser())));
        // Provenance leads to the object in the API.
        const Entry tag = result.entries.value(u"image/deployment/checkout-api/api"_s);
        QCOMPARE(result.layers.at(tag.provenance.at(0).layer).location, u"api:deployments/shop/checkout-api"_s);
        QCOMPARE(result.layers.at(tag.provenance.at(0).layer).label,
                 u"Deployment shop/checkout-api (resourceVersion 48213)"_s);
        const Entry running = result.entries.value(u"image/deployment/checkout-api/api/running"_s);
        QCOMPARE(result.layers.at(running.provenance.at(0).layer).label, u"Pods of Deployment shop/checkout-api: 3"_s);
        // The evicted (Failed) pod does not count; a workload without pods says so; the rollout is named.
        QVERIFY(result.warnings.contains(u"deployment/worker has no pods: what it runs is unknown"_s));
        QVERIFY(result.warnings.contains(u"deployment/checkout-api: rollout in progress, container api runs 2.13.1 ×2, "
                                         "2.14.0 ×1"_s));
        QVERIFY(!result.entries.contains(u"image/deployment/worker/worker/running"_s));
        QCOMPARE(result.warnings.size(), 3); // api and migrate mid-rollout, worker without pods
    }

    // One reader: `kubectl get … -o json` (a List whose items carry kind, with a ReplicaSet and a
    // Service mixed in) gives exactly the API's rows.
    void kubectlListSameRows()
    {
        const KubernetesObjects list = parseKubernetesObjects(fixture(u"kubectl-workloads.json"_s));
        QVERIFY(list.errorString.isEmpty());
        QCOMPARE(list.otherKinds, 1); // the Service
        QCOMPARE(list.workloads.owners.size(), 1); // the ReplicaSet, followed to its Deployment
        const SourceResult fromFile = ::rows(list);
        const SourceResult fromApi = ::rows(readAll(ApiFiles));
        QCOMPARE(fromFile.entries.size(), fromApi.entries.size());
        QVERIFY(fromApi.entries.size() > 80);
        for (auto it = fromApi.entries.cbegin(); it != fromApi.entries.cend(); ++it)
            QVERIFY2(fromFile.entries.value(it.key()).value == it->value, qPrintable(it.key()));
    }

    void podsBySelector()
    {
        // A pod without a controller (created by hand from the template) belongs by its labels.
        KubernetesWorkloads read;
        Workload workload;
        workload.kind = u"deployment"_s;
        workload.ns = u"shop"_s;
        workload.name = u"api"_s;
        workload.matchLabels = {{u"app"_s, u"api"_s}};
        read.workloads.append(workload);
        read.pods.append({u"shop"_s, u"api-by-hand"_s, u"Running"_s, {}, {}, {{u"app"_s, u"api"_s}}, {}});
        read.pods.append({u"shop"_s, u"other"_s, u"Running"_s, {}, {}, {{u"app"_s, u"other"_s}}, {}});
        read.pods.append({u"other-ns"_s, u"api-elsewhere"_s, u"Running"_s, {}, {}, {{u"app"_s, u"api"_s}}, {}});
        const auto pods = podsByWorkload(read);
        QCOMPARE(pods.at(0).size(), 1);
        QCOMPARE(pods.at(0).at(0)->name, u"api-by-hand"_s);
    }

    void imageReference_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("version");
        QTest::addRow("registry with port")
            << u"registry:5000/shop/api:2.1"_s << u"registry:5000/shop/api"_s << u"2.1"_s << u"2.1"_s;
        QTest::addRow("no tag") << u"nginx"_s << u"nginx"_s << QString() << u"latest"_s;
        QTest::addRow("port, no tag") << u"registry:5000/api"_s << u"registry:5000/api"_s << QString() << u"latest"_s;
        QTest::addRow("digest") << u"nginx@sha256:abc"_s << u"nginx"_s << QString() << u"sha256:abc"_s;
        QTest::addRow("tag and digest") << u"a/b:1.0@sha256:abc"_s << u"a/b"_s << u"1.0"_s << u"1.0"_s;
    }
    void imageReference()
    {
        QFETCH(QString, reference);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        QFETCH(QString, version);
        const ImageReference image = parseImageReference(reference);
        QCOMPARE(image.repository, repository);
        QCOMPARE(image.tag, tag);
        QCOMPARE(image.version(), version);
    }

    void imageId_data()
    {
        QTest::addColumn<QString>("imageId");
        QTest::addColumn<QString>("digest");
        QTest::addRow("docker") << u"docker-pullable://registry/shop/api@sha256:ab12"_s << u"sha256:ab12"_s;
        QTest::addRow("containerd") << u"registry/shop/api@sha256:ab12"_s << u"sha256:ab12"_s;
        QTest::addRow("bare") << u"sha256:ab12"_s << u"sha256:ab12"_s;
        QTest::addRow("docker image id") << u"docker://sha256:ab12"_s << u"sha256:ab12"_s;
        QTest::addRow("not pulled yet") << QString() << QString();
    }
    void imageId()
    {
        QFETCH(QString, imageId);
        QFETCH(QString, digest);
        QCOMPARE(digestOfImageId(imageId), digest);
    }

    void counted()
    {
        int distinct = 0;
        QCOMPARE(countedValues({u"2.13.1"_s, u"2.14.0"_s, u"2.13.1"_s}, &distinct), u"2.13.1 ×2, 2.14.0 ×1"_s);
        QCOMPARE(distinct, 2);
        QCOMPARE(countedValues({u"2.9.0"_s, u"2.10.0"_s}), u"2.10.0 ×1, 2.9.0 ×1"_s); // newest first on a tie
        QCOMPARE(countedValues({u"1.0"_s, u"1.0"_s, QString()}, &distinct), u"1.0"_s);
        QCOMPARE(distinct, 1);
        QCOMPARE(countedValues({}), QString());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addRow("no name") << QByteArray(R"({"kind":"DeploymentList","items":[{"metadata":{}}]})")
                                 << u"items[0] has no metadata.name"_s;
        QTest::addRow("spec not a map") << QByteArray(R"({"kind":"Deployment","metadata":{"name":"d"},"spec":"x"})")
                                        << u"Deployment (d): \"spec\" must be a map"_s;
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const KubernetesObjects objects = parseKubernetesObjects(body);
        QCOMPARE(objects.errorString, error);
        QVERIFY(objects.workloads.isEmpty());
    }
};

QTEST_GUILESS_MAIN(KubernetesWorkloadsTest)
#include "tst_kubernetesworkloads.moc"
