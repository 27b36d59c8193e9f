// Kubernetes workloads benchmark: a namespace with 500 Deployments × 3 containers (one of them an
// init container) and 2,000 Pods (4 per Deployment, two versions mid-rollout), replayed by a local
// HTTP server in the API's documented shapes and page size 500 (1 + 4 list requests), read by the
// kubernetes source and turned into rows. Target: ≤ 2 s wall time on a 2-core machine.
// Prints wall time, bytes served and rows; asserts only that every row arrived.
#include "localhttpserver.h"
#include "sourcerun.h"
#include "sources/configservers/kubernetessource.h"
#include "sources/kubernetes/clusterrows.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace DriftDeck;
using namespace DriftDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int Deployments = 500;
constexpr int PodsPerDeployment = 4;
constexpr int PageSize = 500;

QJsonObject firstItem(const QString &file)
{
    QFile in(QStringLiteral(DRIFTDECK_FIXTURES "/replay/kubernetes/") + file);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file));
    return QJsonDocument::fromJson(in.readAll()).object().value(u"items"_s).toArray().at(0).toObject();
}

QJsonObject withName(QJsonObject object, const QString &name, const QJsonArray &owners = {})
{
    QJsonObject metadata = object.value(u"metadata"_s).toObject();
    metadata.insert(u"name"_s, name);
    QJsonObject labels = metadata.value(u"labels"_s).toObject(); // pods keep their pod-template-hash
    labels.insert(u"app"_s, name.section(u'-', 0, 1));
    metadata.insert(u"labels"_s, labels);
    if (!owners.isEmpty())
        metadata.insert(u"ownerReferences"_s, owners);
    object.insert(u"metadata"_s, metadata);
    return object;
}

// One list page as the API server writes it: typed list, continue token while more follow.
QByteArray page(const QString &kind, const QJsonArray &all, int start)
{
    QJsonArray items;
    for (int i = start; i < std::min<int>(start + PageSize, int(all.size())); ++i)
        items.append(all.at(i));
    QJsonObject metadata{{u"resourceVersion"_s, u"90210"_s}};
    if (start + PageSize < all.size())
        metadata.insert(u"continue"_s, QString::number(start + PageSize));
    return QJsonDocument(
               QJsonObject{
                   {u"kind"_s, kind}, {u"apiVersion"_s, u"v1"_s}, {u"metadata"_s, metadata}, {u"items"_s, items}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class KubernetesBenchmark : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workloadsIntoRows()
    {
        const QJsonObject deployment = firstItem(u"deployments-page1.json"_s);
        const QJsonArray pods = QJsonDocument::fromJson([] {
                                    QFile in(QStringLiteral(DRIFTDECK_FIXTURES "/replay/kubernetes/pods.json"));
                                    in.open(QIODevice::ReadOnly);
                                    return in.readAll();
                                }())
                                    .object()
                                    .value(u"items"_s)
                                    .toArray();
        const QJsonObject newPod = pods.at(0).toObject(); // 2.14.0
        const QJsonObject oldPod = pods.at(1).toObject(); // 2.13.1
        QJsonArray deployments;
        QJsonArray allPods;
        for (int d = 0; d < Deployments; ++d) {
            const QString name = u"svc-%1"_s.arg(d, 3, 10, QLatin1Char('0'));
            deployments.append(withName(deployment, name));
            for (int p = 0; p < PodsPerDeployment; ++p) {
                const QString replicaSet = name + (p == 0 ? u"-7d9f8b6c5"_s : u"-5c4b3a291"_s);
                const QJsonArray owners{QJsonObject{{u"apiVersion"_s, u"apps/v1"_s},
                                                    {u"kind"_s, u"ReplicaSet"_s},
                                                    {u"name"_s, replicaSet},
                                                    {u"controller"_s, true}}};
                QJsonObject pod = withName(p == 0 ? newPod : oldPod, replicaSet + u"-p"_s + QString::number(p), owners);
                allPods.append(pod);
            }
        }
        QList<QByteArray> deploymentPages{page(u"DeploymentList"_s, deployments, 0)};
        QList<QByteArray> podPages;
        for (int start = 0; start < allPods.size(); start += PageSize)
            podPages.append(page(u"PodList"_s, allPods, start));
        qint64 bytes = 0;
        for (const QByteArray &body : deploymentPages + podPages)
            bytes += body.size();

        LocalHttpServer server;
        QVERIFY(server.listen());
        const auto paged = [](const QList<QByteArray> &pages) {
            return [pages](const LocalHttpRequest &request) {
                const int index = request.queryItem(u"continue"_s).toInt() / PageSize;
                return LocalHttpReply::json(pages.value(index));
            };
        };
        server.route("/apis/apps/v1/namespaces/shop/deployments", paged(deploymentPages));
        server.route("/api/v1/namespaces/shop/pods", paged(podPages));

        QElapsedTimer clock;
        clock.start();
        const SourceOutcome outcome = runSource(KubernetesSource::TypeName,
                                                {{u"url"_s, server.url().toString()},
                                                 {u"namespace"_s, u"shop"_s},
                                                 {u"resources"_s, QStringList{u"deployments"_s, u"pods"_s}}},
                                                u"token"_s, 30000);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(server.hits("/api/v1/namespaces/shop/pods"), 4);
        QCOMPARE(outcome.value(u"image/deployment/svc-499/api/running"_s), u"2.13.1 ×3, 2.14.0 ×1"_s);
        const qsizetype rows = outcome.result.entries.size();
        QVERIFY(rows > Deployments * 40);
        qInfo().noquote() << u"kubernetes: %1 Deployments × 3 containers + %2 Pods (%3 MiB in %4 pages) → %5 rows "
                             "in %6 ms (target ≤ 2000 ms)"_s.arg(Deployments)
                                 .arg(allPods.size())
                                 .arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
                                 .arg(deploymentPages.size() + podPages.size())
                                 .arg(rows)
                                 .arg(elapsed);

        // The format alone (no HTTP): parse every page, then the rows.
        clock.restart();
        KubernetesObjects read;
        for (const QByteArray &body : deploymentPages + podPages) {
            const KubernetesObjects list = parseKubernetesObjects(body);
            read.workloads.append(list.workloads);
        }
        const qint64 parsed = clock.elapsed();
        ClusterRowOptions options;
        options.locationOf = [](const QString &, const QString &, const QString &) {
            return QString();
        };
        options.podsRead = true;
        const SourceResult result = clusterResult(read, options, Normaliser());
        QCOMPARE(result.entries.size(), rows);
        qInfo().noquote() << u"kubernetes format only: parse %1 ms, rows %2 ms"_s.arg(parsed).arg(clock.elapsed()
                                                                                                  - parsed);
    }
};

QTEST_GUILESS_MAIN(KubernetesBenchmark)
#include "tst_bench_kubernetes.moc"
