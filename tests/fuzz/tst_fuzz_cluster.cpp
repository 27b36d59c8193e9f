// Mutation fuzzing of what a cluster or a saved kubectl/helm file can hand the Kubernetes reader:
// list bodies of every workload kind, gzip streams (Helm's release encoding) and release Secrets.
// Each must give rows or a clear error: no crash, no hang, no unbounded output.
#include "../integration/helmencoding.h"
#include "mutator.h"
#include "sources/kubernetes/clusterrows.h"
#include "sources/kubernetes/gunzip.h"
#include "sources/kubernetes/helmrelease.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace DriftDeck;
using namespace DriftDeck::Testing;

namespace {

constexpr int Iterations = 1500;

template<typename Parse> void fuzz(const QList<QByteArray> &corpus, quint32 seed, Parse parse)
{
    QVERIFY2(!corpus.isEmpty(), "no seeds");
    Mutator mutator(seed);
    QElapsedTimer clock;
    qint64 worst = 0;
    for (int i = 0; i < Iterations; ++i) {
        const QByteArray input = mutator.mutate(corpus[i % corpus.size()]);
        clock.start();
        const bool answered = parse(input);
        worst = std::max(worst, clock.elapsed());
        QVERIFY2(answered, qPrintable(QStringLiteral("iteration %1 gave neither a result nor an error").arg(i)));
    }
    qInfo("%d mutations, slowest %lld ms", Iterations, worst);
    QVERIFY2(worst < 5000, "a mutated input took more than 5 s");
}

} // namespace

class FuzzClusterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kubernetesLists()
    {
        QList<QByteArray> corpus;
        QDirIterator it(QStringLiteral(DRIFTDECK_FIXTURES "/replay/kubernetes"), {QStringLiteral("*.json")},
                        QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.size() < 64 * 1024)
                corpus.append(file.readAll());
        }
        ClusterRowOptions options;
        options.locationOf = [](const QString &, const QString &, const QString &) {
            return QString();
        };
        options.podsRead = true;
        options.releases = true;
        fuzz(corpus, 11, [&](const QByteArray &input) {
            const KubernetesObjects read = parseKubernetesObjects(input);
            if (!read.errorString.isEmpty())
                return true;
            const SourceResult result = clusterResult(read, options, Normaliser());
            return result.ok() || !result.errorString.isEmpty();
        });
    }

    void gzipStreams()
    {
        const HelmReleaseSpec spec;
        const QList<QByteArray> corpus{helmGzip(helmReleaseJson(spec)), helmGzip(QByteArray(4000, 'x')),
                                       helmGzip("{}")};
        fuzz(corpus, 12, [](const QByteArray &input) {
            const GunzipResult result = gunzip(input, 1024 * 1024);
            return result.errorString.isEmpty() || result.data.isEmpty();
        });
    }

    void releaseSecrets()
    {
        const HelmReleaseSpec spec;
        const QList<QByteArray> corpus{helmSecretList({helmSecretItem(spec, helmApiRelease(helmReleaseJson(spec)))})};
        ClusterRowOptions options;
        options.locationOf = [](const QString &, const QString &, const QString &) {
            return QString();
        };
        options.releases = true;
        fuzz(corpus, 13, [&](const QByteArray &input) {
            const KubernetesObjects read = parseKubernetesObjects(input);
            if (!read.errorString.isEmpty())
                return true;
            const SourceResult result = clusterResult(read, options, Normaliser());
            return result.ok() || !result.errorString.isEmpty();
        });
    }
};

QTEST_GUILESS_MAIN(FuzzClusterTest)
#include "tst_fuzz_cluster.moc"
