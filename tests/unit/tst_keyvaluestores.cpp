// etcd and Consul answers turned into rows: pure functions over recorded bodies.
#include "sources/configservers/consulprotocol.h"
#include "sources/configservers/etcdprotocol.h"
#include "sources/configservers/keyvaluerows.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace DriftDeck;

namespace {

QByteArray fixture(const QString &relative)
{
    QFile file(QStringLiteral(DRIFTDECK_FIXTURES) + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

QString revisionLabel(qint64 revision)
{
    return QStringLiteral("rev %1").arg(revision);
}

} // namespace

class KeyValueStoresTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storePathToKey_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("key");
        QTest::addRow("nested") << "database/poolSize" << "config/database.poolSize";
        QTest::addRow("leading and trailing slashes") << "/database/url/" << "config/database.url";
        QTest::addRow("dots kept") << "app.name" << "config/app.name";
        QTest::addRow("empty") << "" << "";
        QTest::addRow("only slashes") << "//" << "";
    }
    void storePathToKey()
    {
        QFETCH(QString, path);
        QFETCH(QString, key);
        QCOMPARE(configKeyFromStorePath(path), key);
    }

    void rangeEnd_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("end");
        QTest::addRow("slash becomes 0") << QByteArray("app/staging/") << QByteArray("app/staging0");
        QTest::addRow("trailing 0xff dropped") << QByteArray("a\xff\xff", 3) << QByteArray("b");
        QTest::addRow("empty prefix is every key") << QByteArray() << QByteArray(1, '\0');
        QTest::addRow("all 0xff is every key") << QByteArray("\xff", 1) << QByteArray(1, '\0');
    }
    void rangeEnd()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, end);
        QCOMPARE(etcdRangeEnd(prefix), end);
    }

    void rangeRequest()
    {
        const QJsonObject first = QJsonDocument::fromJson(etcdRangeRequest("app/", "app0", 0, 0)).object();
        QCOMPARE(first.value(u"key").toString(), QStringLiteral("YXBwLw=="));
        QCOMPARE(first.value(u"range_end").toString(), QStringLiteral("YXBwMA=="));
        QVERIFY(!first.contains(u"limit"));
        QVERIFY(!first.contains(u"revision"));
        // Later pages start after the last key and pin the revision; 64-bit numbers as strings.
        const QJsonObject next
            = QJsonDocument::fromJson(etcdRangeRequest(etcdNextKey("app/b"), "app0", 500, 42)).object();
        QCOMPARE(QByteArray::fromBase64(next.value(u"key").toString().toLatin1()), QByteArray("app/b\0", 6));
        QCOMPARE(next.value(u"limit").toString(), QStringLiteral("500"));
        QCOMPARE(next.value(u"revision").toString(), QStringLiteral("42"));
    }

    void etcdRange()
    {
        const EtcdRangePage page = parseEtcdRange(fixture(QStringLiteral("etcd/range.json")));
        QVERIFY2(page.errorString.isEmpty(), qPrintable(page.errorString));
        QCOMPARE(page.revision, 3);
        QVERIFY(!page.more);
        QCOMPARE(page.keys.size(), 2);
        QCOMPARE(page.keys.at(0).key, QByteArray("app/staging/database/poolSize"));
        QCOMPARE(page.keys.at(0).value, QByteArray("20"));
        QCOMPARE(page.keys.at(0).modifiedAt, 2);
        QCOMPARE(page.keys.at(1).value, QByteArray("{\"a\":1}"));

        const EtcdRangePage first = parseEtcdRange(fixture(QStringLiteral("etcd/range-page1.json")));
        QVERIFY(first.more);
        QCOMPARE(first.keys.size(), 1);

        const EtcdRangePage empty = parseEtcdRange(fixture(QStringLiteral("etcd/range-empty.json")));
        QVERIFY(empty.errorString.isEmpty());
        QVERIFY(empty.keys.isEmpty());
        QCOMPARE(empty.revision, 3);
    }

    void etcdRangeMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addRow("not JSON") << QByteArray("<html>") << "the answer is not JSON: illegal value at offset 1";
        QTest::addRow("truncated") << QByteArray("{\"header\":{\"revision\":\"3\"}, \"kvs\":[")
                                   << "the answer is not JSON: unterminated array at offset 35";
        QTest::addRow("a list") << QByteArray("[]") << "the answer is not a JSON object";
        QTest::addRow("an error answer") << fixture(QStringLiteral("etcd/error.json"))
                                         << "the answer has no header.revision: is this the etcd v3 API?";
        QTest::addRow("revision not a number") << QByteArray("{\"header\":{\"revision\":\"x\"}}")
                                               << "the answer has no header.revision: is this the etcd v3 API?";
        QTest::addRow("kvs not a list") << QByteArray("{\"header\":{\"revision\":\"3\"},\"kvs\":{}}")
                                        << "\"kvs\" must be a list";
        QTest::addRow("key not base64") << QByteArray(
            "{\"header\":{\"revision\":\"3\"},\"kvs\":[{\"key\":\"!!\",\"mod_revision\":\"2\"}]}")
                                        << "kvs[0] is not a key-value pair with base64 key and value";
        QTest::addRow("no key") << QByteArray("{\"header\":{\"revision\":\"3\"},\"kvs\":[{\"value\":\"MjA=\"}]}")
                                << "kvs[0] is not a key-value pair with base64 key and value";
        QTest::addRow("more not a boolean")
            << QByteArray("{\"header\":{\"revision\":\"3\"},\"more\":\"yes\"}") << "\"more\" must be true or false";
    }
    void etcdRangeMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const EtcdRangePage page = parseEtcdRange(body);
        QCOMPARE(page.errorString, error);
        QVERIFY(page.keys.isEmpty());
    }

    void etcdAuthentication()
    {
        const QJsonObject request
            = QJsonDocument::fromJson(etcdAuthenticateRequest(QStringLiteral("root:p:w"))).object();
        QCOMPARE(request.value(u"name").toString(), QStringLiteral("root"));
        QCOMPARE(request.value(u"password").toString(), QStringLiteral("p:w"));
        QVERIFY(etcdAuthenticateRequest(QStringLiteral("no-colon")).isEmpty());
        QCOMPARE(parseEtcdAuthenticate(R"({"header":{"revision":"3"},"token":"yiYH.10"})").token,
                 QByteArray("yiYH.10"));
        QCOMPARE(parseEtcdAuthenticate("{}").errorString, QStringLiteral("the authentication answer carries no token"));
        QCOMPARE(etcdErrorMessage(R"({"code":16, "message":"etcdserver: invalid auth token"})"),
                 QStringLiteral("etcdserver: invalid auth token"));
        QCOMPARE(etcdErrorMessage("not json"), QString());
    }

    void etcdRows()
    {
        const EtcdRangePage page = parseEtcdRange(fixture(QStringLiteral("etcd/range.json")));
        const SourceResult result
            = keyValueResult(page.keys, "app/staging/", QStringLiteral("etcd"), QStringLiteral("http://127.0.0.1:2379"),
                             revisionLabel, Normaliser());
        QVERIFY(result.ok());
        QCOMPARE(result.entries.size(), 2);
        const Entry pool = result.entries.value(QStringLiteral("config/database.poolSize"));
        QCOMPARE(pool.value, Normaliser().scalar(QStringLiteral("20")));
        QCOMPARE(pool.value.kind(), ValueKind::Number);
        QCOMPARE(pool.provenance.size(), 1);
        QCOMPARE(pool.provenance.at(0).display, QStringLiteral("20"));
        QCOMPARE(result.layers.at(pool.provenance.at(0).layer).label, QStringLiteral("rev 2"));
        QCOMPARE(result.layers.at(pool.provenance.at(0).layer).location, QStringLiteral("http://127.0.0.1:2379"));
        // JSON values compare by structure, not spelling.
        const Entry feature = result.entries.value(QStringLiteral("config/feature"));
        QCOMPARE(feature.value, Normaliser().scalar(QStringLiteral("{ \"a\" : 1 }")));
        QCOMPARE(result.layers.size(), 2);
    }

    void sharedLayersAndWarnings()
    {
        const QList<StoredKey> keys{
            {"p/a", "1", 7}, {"p/b", "2", 7}, {"p/", "x", 7}, {"p/c", QByteArray("\xff\x00", 2), 9}};
        const SourceResult result
            = keyValueResult(keys, "p/", QStringLiteral("s"), QString(), revisionLabel, Normaliser());
        QCOMPARE(result.layers.size(), 2); // rev 7 shared by a and b
        QCOMPARE(result.entries.value(QStringLiteral("config/a")).provenance.at(0).layer,
                 result.entries.value(QStringLiteral("config/b")).provenance.at(0).layer);
        QCOMPARE(result.entries.value(QStringLiteral("config/c")).value.display(), QStringLiteral("base64:/wA="));
        QCOMPARE(result.warnings,
                 QStringList({QStringLiteral("the key \"p/\" is the prefix itself and has no name below it; skipped"),
                              QStringLiteral("the value of \"c\" is not UTF-8 text; it is compared as base64")}));
    }

    void consulRows()
    {
        const ConsulKeys staging = parseConsulKeys(fixture(QStringLiteral("replay/consul/staging.json")));
        QVERIFY2(staging.errorString.isEmpty(), qPrintable(staging.errorString));
        QCOMPARE(staging.keys.size(), 4); // the folder "app/staging/" is left out
        const SourceResult result = keyValueResult(staging.keys, "app/staging/", QStringLiteral("consul"), QString(),
                                                   revisionLabel, Normaliser());
        QCOMPARE(result.entries.value(QStringLiteral("config/database.poolSize")).value.canonical(),
                 QStringLiteral("20"));
        QCOMPARE(result.entries.value(QStringLiteral("config/features.limits")).value.canonical(),
                 QStringLiteral("{\"a\":1,\"b\":2}"));
        // A key stored without a value reads as an empty string, not as a missing key.
        QVERIFY(result.entries.contains(QStringLiteral("config/maintenance")));
        QCOMPARE(result.entries.value(QStringLiteral("config/maintenance")).value.display(), QString());

        const ConsulKeys production = parseConsulKeys(fixture(QStringLiteral("replay/consul/production.json")));
        const SourceResult other = keyValueResult(production.keys, "app/production/", QStringLiteral("consul"),
                                                  QString(), revisionLabel, Normaliser());
        QCOMPARE(other.entries.value(QStringLiteral("config/features.limits")).value,
                 result.entries.value(QStringLiteral("config/features.limits")).value);
    }

    void consulMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addRow("truncated") << fixture(QStringLiteral("replay/consul/truncated.json"))
                                   << "the answer is not JSON: unterminated string at offset 93";
        QTest::addRow("an object") << fixture(QStringLiteral("replay/consul/not-a-list.json"))
                                   << "the answer is not a list of keys: is this Consul's /v1/kv API?";
        QTest::addRow("text") << fixture(QStringLiteral("replay/consul/acl-denied.txt"))
                              << "the answer is not JSON: illegal value at offset 1";
        QTest::addRow("no ModifyIndex") << QByteArray(R"([{"Key":"a","Value":null}])")
                                        << "entry 0 is not {Key, Value, ModifyIndex}";
        QTest::addRow("value not base64")
            << QByteArray(R"([{"Key":"a","Value":"!!","ModifyIndex":1}])") << "the value of \"a\" is not base64";
    }
    void consulMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const ConsulKeys keys = parseConsulKeys(body);
        QCOMPARE(keys.errorString, error);
        QVERIFY(keys.keys.isEmpty());
    }
};

QTEST_GUILESS_MAIN(KeyValueStoresTest)
#include "tst_keyvaluestores.moc"
