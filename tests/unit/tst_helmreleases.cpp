// Helm 3 releases: gzip inflated without a zlib of our own, release Secrets built byte for byte the
// way Helm encodes them (helmencoding.h), `helm list -o json` and `helm get values -o json`.
#include "../integration/helmencoding.h"
#include "sources/configservers/kubernetesformat.h"
#include "sources/kubernetes/clusterrows.h"
#include "sources/kubernetes/gunzip.h"
#include "sources/kubernetes/helmrelease.h"

#include <QRandomGenerator>
#include <QTest>

using namespace DriftDeck;
using namespace DriftDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

SourceResult releaseRows(const QByteArray &secretList)
{
    const KubernetesObjects read = parseKubernetesObjects(secretList);
    if (!read.errorString.isEmpty())
        return SourceResult::failure(read.errorString);
    ClusterRowOptions options;
    options.sourceId = u"k8s"_s;
    options.locationOf = [](const QString &resource, const QString &ns, const QString &name) {
        return u"api:%1/%2/%3"_s.arg(resource, ns, name);
    };
    options.excludedNames = defaultKubernetesExcludes();
    options.releases = true;
    return clusterResult(read, options, Normaliser());
}

QString shown(const SourceResult &result, const QString &key)
{
    return result.entries.contains(key) ? result.entries.value(key).value.display() : u"<missing>"_s;
}

} // namespace

class HelmReleasesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // zlib's own compressor is the reference: stored (level 0), fixed and dynamic Huffman blocks.
    void gunzipRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("level");
        QByteArray noise(200000, Qt::Uninitialized);
        QRandomGenerator random(42);
        for (char &c : noise)
            c = char(random.bounded(256));
        QByteArray text;
        for (int i = 0; i < 5000; ++i)
            text += "replicaCount: " + QByteArray::number(i % 17) + "\nimage: registry/shop/api:2.14."
                + QByteArray::number(i % 5) + '\n';
        QTest::addRow("empty") << QByteArray() << 9;
        QTest::addRow("short (fixed codes)") << QByteArray("{\"name\":\"checkout\"}") << 9;
        QTest::addRow("text, dynamic codes") << text << 9;
        QTest::addRow("text, fastest") << text << 1;
        QTest::addRow("stored blocks") << text << 0;
        QTest::addRow("incompressible") << noise << 6;
    }
    void gunzipRoundTrip()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, level);
        QByteArray gzip = helmGzip(data);
        if (level != 9 && !data.isEmpty()) { // helmGzip uses level 9; rebuild with the level asked for
            const QByteArray zlib = qCompress(data, level);
            gzip = gzip.left(10) + zlib.mid(6, zlib.size() - 10) + gzip.right(8);
        }
        const GunzipResult result = gunzip(gzip, 64 * 1024 * 1024);
        QVERIFY2(result.errorString.isEmpty(), qPrintable(result.errorString));
        QCOMPARE(result.data, data);
    }

    void gunzipBroken_data()
    {
        QTest::addColumn<QByteArray>("gzip");
        QTest::addColumn<QString>("error");
        const QByteArray good = helmGzip(QByteArray(5000, 'a') + "tail");
        QByteArray badCrc = good;
        badCrc[badCrc.size() - 6] = char(badCrc.at(badCrc.size() - 6) ^ 0x55);
        QTest::addRow("not gzip") << QByteArray("{\"name\":\"x\"} plain JSON text") << u"not gzip data"_s;
        QTest::addRow("truncated") << good.left(good.size() - 12) << u"the compressed data ends too early"_s;
        QTest::addRow("checksum") << badCrc << u"the gzip checksum does not match: the data is damaged"_s;
        QTest::addRow("too large") << helmGzip(QByteArray(3 * 1024 * 1024, 'z'))
                                   << u"larger than 2 MiB once uncompressed"_s;
    }
    void gunzipBroken()
    {
        QFETCH(QByteArray, gzip);
        QFETCH(QString, error);
        const GunzipResult result = gunzip(gzip, 2 * 1024 * 1024);
        QCOMPARE(result.errorString, error);
        QVERIFY(result.data.isEmpty());
    }

    void crc()
    {
        QCOMPARE(crc32("123456789"), 0xcbf43926U); // the CRC-32 check value
        QCOMPARE(crc32(""), 0U);
    }

    void releaseSecret_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addRow("chart") << u"runtime/helm/checkout/chart"_s << u"checkout"_s;
        QTest::addRow("chart version") << u"runtime/helm/checkout/chartVersion"_s << u"1.4.0"_s;
        QTest::addRow("app version") << u"runtime/helm/checkout/appVersion"_s << u"2.14.0"_s;
        QTest::addRow("revision: the latest") << u"runtime/helm/checkout/revision"_s << u"7"_s;
        QTest::addRow("status") << u"runtime/helm/checkout/status"_s << u"deployed"_s;
        QTest::addRow("last deployed, UTC") << u"runtime/helm/checkout/lastDeployed"_s << u"2026-12-03T15:42:07Z"_s;
        QTest::addRow("values") << u"config/helm/checkout/replicaCount"_s << u"3"_s;
        QTest::addRow("nested values") << u"config/helm/checkout/image.tag"_s << u"2.14.0"_s;
        QTest::addRow("lists whole") << u"config/helm/checkout/ingress.hosts"_s << u"[\"shop.example.com\"]"_s;
        QTest::addRow("secret-looking values are rows; the pipeline fingerprints them")
            << u"config/helm/checkout/database.password"_s << u"s3cr3t-pw"_s;
        QTest::addRow("chart defaults are not user-supplied")
            << u"config/helm/checkout/chartDefaultOnly"_s << u"<missing>"_s;
    }
    void releaseSecret()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        HelmReleaseSpec previous;
        previous.revision = 6;
        previous.status = "superseded";
        previous.chartVersion = "1.3.2";
        const HelmReleaseSpec current;
        const QByteArray list = helmSecretList({helmSecretItem(current, helmApiRelease(helmReleaseJson(current))),
                                                helmSecretItem(previous, helmApiRelease(helmReleaseJson(previous)))});
        const SourceResult result = releaseRows(list);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(shown(result, key), value);
        // Nothing of the stored release (manifest, templates, notes) reaches a row or a label.
        QCOMPARE(result.layers.size(), 1);
        QCOMPARE(result.layers.at(0).label, u"Helm release shop/checkout revision 7"_s);
        QCOMPARE(result.layers.at(0).location, u"api:secrets/shop/sh.helm.release.v1.checkout.v7"_s);
        for (auto it = result.entries.cbegin(); it != result.entries.cend(); ++it) {
            QVERIFY(!it->value.display().contains(u"Source: checkout"_s));
            QVERIFY(!it.key().startsWith(u"config/secret/"_s));
        }
    }

    // Without asking for releases, the release Secret stays out as before.
    void releasesNotAsked()
    {
        const HelmReleaseSpec spec;
        const KubernetesObjects read
            = parseKubernetesObjects(helmSecretList({helmSecretItem(spec, helmApiRelease(helmReleaseJson(spec)))}));
        ClusterRowOptions options;
        options.locationOf = [](const QString &, const QString &, const QString &) {
            return QString();
        };
        options.excludedNames = defaultKubernetesExcludes();
        const SourceResult result = clusterResult(read, options, Normaliser());
        QVERIFY(result.ok());
        QVERIFY(result.entries.isEmpty());
    }

    void badRelease_data()
    {
        QTest::addColumn<QByteArray>("apiRelease");
        QTest::addColumn<QString>("error");
        const HelmReleaseSpec spec;
        QByteArray damaged = helmGzip(helmReleaseJson(spec));
        damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 0xff);
        QTest::addRow("damaged gzip") << damaged.toBase64().toBase64() << u"the release is not valid gzip: "_s;
        QTest::addRow("gzip of something else")
            << helmGzip("<html>not a release</html>").toBase64().toBase64() << u"the release is not JSON: "_s;
        QTest::addRow("not base64 inside") << QByteArray("not*base64!").toBase64() << u"the release is not base64"_s;
    }
    void badRelease()
    {
        QFETCH(QByteArray, apiRelease);
        QFETCH(QString, error);
        const HelmReleaseSpec spec;
        const SourceResult result = releaseRows(helmSecretList({helmSecretItem(spec, apiRelease)}));
        QVERIFY(!result.ok());
        QVERIFY2(result.errorString.startsWith(u"Helm release Secret shop/sh.helm.release.v1.checkout.v7: "_s + error),
                 qPrintable(result.errorString));
        QVERIFY(result.entries.isEmpty());
    }

    void helmList()
    {
        const HelmListResult list = parseHelmList(
            R"([{"name":"checkout","namespace":"shop","revision":"7","updated":"2026-12-03 16:42:07.512934021 +0100 CET",)"
            R"("status":"deployed","chart":"checkout-1.4.0-rc.1","app_version":"2.14.0"},)"
            R"({"name":"redis","namespace":"shop","revision":"2","updated":"2026-11-20 08:00:00.1 +0000 UTC",)"
            R"("status":"failed","chart":"my-redis2-19.0.1","app_version":""}])");
        QVERIFY(list.errorString.isEmpty());
        QCOMPARE(list.releases.size(), 2);
        QCOMPARE(list.releases.at(0).chartName, u"checkout"_s);
        QCOMPARE(list.releases.at(0).chartVersion, u"1.4.0-rc.1"_s);
        QCOMPARE(list.releases.at(0).revision, 7);
        QCOMPARE(list.releases.at(0).lastDeployed, u"2026-12-03T15:42:07Z"_s);
        QCOMPARE(list.releases.at(1).chartName, u"my-redis2"_s);
        QCOMPARE(list.releases.at(1).chartVersion, u"19.0.1"_s);
        QCOMPARE(parseHelmList("{}").errorString, u"expected the list `helm list -o json` prints"_s);
        QCOMPARE(parseHelmList(R"([{"namespace":"x"}])").errorString, u"item 1 has no name"_s);
    }

    void helmValues()
    {
        QJsonObject values;
        QString error;
        QVERIFY(parseHelmValues(R"({"replicaCount":3})", &values, &error));
        QCOMPARE(values.value(u"replicaCount"_s).toInt(), 3);
        QVERIFY(parseHelmValues("null", &values, &error)); // a release without values
        QVERIFY(values.isEmpty());
        QVERIFY(!parseHelmValues("[1]", &values, &error));
        QCOMPARE(error, u"expected the map `helm get values -o json` prints"_s);
    }
};

QTEST_GUILESS_MAIN(HelmReleasesTest)
#include "tst_helmreleases.moc"
