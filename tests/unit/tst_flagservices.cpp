// Unleash admin API answers and flagd documents fetched over HTTP turned into rows.
#include "sources/flagformats/flagfilesource.h"
#include "sources/flagservices/flagdhttpformat.h"
#include "sources/flagservices/unleashprotocol.h"

#include <QFile>
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

QHash<QString, QString> canonicalRows(const FlagRows &rows)
{
    QHash<QString, QString> result;
    for (const FlagRow &row : rows.rows)
        result.insert(row.key, row.value.canonical());
    return result;
}

// A flag with two strategies in one order (and constraints in one order) …
const QByteArray TwoStrategies = R"({"name":"f","environments":[{"name":"production","enabled":true,"strategies":[
  {"name":"userWithId","parameters":{"userIds":"1,2"},"constraints":[],"sortOrder":1,"id":"x1","disabled":false,
   "variants":[{"name":"green","weight":500,"weightType":"variable","stickiness":"default"}]},
  {"name":"flexibleRollout","parameters":{"rollout":"30","stickiness":"default","groupId":"f"},"sortOrder":0,
   "constraints":[{"contextName":"region","operator":"IN","values":["eu"]},{"contextName":"tier","operator":"IN","values":["gold"]}],
   "variants":[{"name":"blue","weight":500,"weightType":"variable","stickiness":"default","payload":{"type":"string","value":"b"}}]}
]}]})";
// … and the other: the same flag to a person, so the same rows.
const QByteArray TwoStrategiesReordered
    = R"({"name":"f","environments":[{"name":"production","enabled":true,"strategies":[
  {"name":"flexibleRollout","parameters":{"groupId":"f","stickiness":"default","rollout":30},"sortOrder":0,"id":"y9",
   "constraints":[{"contextName":"tier","operator":"IN","values":["gold"]},{"contextName":"region","operator":"IN","values":["eu"]}],
   "variants":[{"name":"blue","weight":500,"weightType":"variable","stickiness":"default","payload":{"type":"string","value":"b"}}]},
  {"name":"userWithId","parameters":{"userIds":"1,2"},"constraints":[],"sortOrder":1,"id":"y2",
   "variants":[{"name":"green","weight":500,"weightType":"variable","stickiness":"default"}]}
]}]})";

} // namespace

class FlagServicesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void featureList()
    {
        const UnleashFeatureList list = parseUnleashFeatureList(fixture(QStringLiteral("unleash/features.json")));
        QVERIFY2(list.errorString.isEmpty(), qPrintable(list.errorString));
        QCOMPARE(list.names, QStringList({QStringLiteral("new-checkout")}));
        QCOMPARE(list.environments, QStringList({QStringLiteral("development"), QStringLiteral("production")}));
        QVERIFY(parseUnleashFeatureList(R"({"version":2,"features":[]})").names.isEmpty());
    }

    void featureListMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addRow("html") << QByteArray("<!doctype html>") << "the answer is not JSON: illegal value at offset 1";
        QTest::addRow("error answer") << fixture(QStringLiteral("unleash/unauthorized.json"))
                                      << "the answer has no \"features\" list: is this the Unleash admin API?";
        QTest::addRow("nameless") << QByteArray(R"({"features":[{"type":"release"}]})") << "features[0] has no name";
    }
    void featureListMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const UnleashFeatureList list = parseUnleashFeatureList(body);
        QCOMPARE(list.errorString, error);
        QVERIFY(list.names.isEmpty());
    }

    void recordedFeature()
    {
        const QByteArray body = fixture(QStringLiteral("unleash/new-checkout.json"));
        const FlagRows production = unleashFeatureRows(body, QStringLiteral("production"), Normaliser());
        QVERIFY2(production.ok(), qPrintable(production.errorString));
        const QHash<QString, QString> rows = canonicalRows(production);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.value(QStringLiteral("flag/new-checkout")), QStringLiteral("on"));
        QCOMPARE(rows.value(QStringLiteral("flag/new-checkout/rollout")), QStringLiteral("50"));
        QCOMPARE(rows.value(QStringLiteral("flag/new-checkout/rules")),
                 QStringLiteral(
                     "[{\"constraints\":[{\"contextName\":\"userId\",\"operator\":\"IN\",\"values\":[\"a\",\"b\"]}],"
                     "\"name\":\"flexibleRollout\",\"parameters\":{\"groupId\":\"new-checkout\",\"rollout\":50,"
                     "\"stickiness\":\"default\"}}]"));

        const FlagRows development = unleashFeatureRows(body, QStringLiteral("development"), Normaliser());
        QCOMPARE(canonicalRows(development),
                 (QHash<QString, QString>{{QStringLiteral("flag/new-checkout"), QStringLiteral("off")}}));
    }

    void orderIsNotDrift()
    {
        const FlagRows a = unleashFeatureRows(TwoStrategies, QStringLiteral("production"), Normaliser());
        const FlagRows b = unleashFeatureRows(TwoStrategiesReordered, QStringLiteral("production"), Normaliser());
        QVERIFY2(a.ok(), qPrintable(a.errorString));
        QCOMPARE(canonicalRows(a), canonicalRows(b));
        // The rollout is the flexibleRollout's, which comes first by sortOrder.
        QCOMPARE(canonicalRows(a).value(QStringLiteral("flag/f/rollout")), QStringLiteral("30"));
        QCOMPARE(
            canonicalRows(a).value(QStringLiteral("flag/f/variants")),
            QStringLiteral("[{\"name\":\"blue\",\"payload\":{\"type\":\"string\",\"value\":\"b\"},\"stickiness\":"
                           "\"default\",\"weight\":500,\"weightType\":\"variable\"},{\"name\":\"green\",\"stickiness\":"
                           "\"default\",\"weight\":500,\"weightType\":\"variable\"}]"));
        // Rules sort by strategy name: flexibleRollout before userWithId.
        QVERIFY(canonicalRows(a).value(QStringLiteral("flag/f/rules")).indexOf(u"flexibleRollout")
                < canonicalRows(a).value(QStringLiteral("flag/f/rules")).indexOf(u"userWithId"));
    }

    void disabledStrategyGivesNoRollout()
    {
        const QByteArray body = R"({"name":"g","environments":[{"name":"production","enabled":true,"strategies":[
          {"name":"flexibleRollout","parameters":{"rollout":"80"},"disabled":true,"sortOrder":0},
          {"name":"gradualRolloutUserId","parameters":{"percentage":"15"},"sortOrder":1}]}]})";
        const QHash<QString, QString> rows
            = canonicalRows(unleashFeatureRows(body, QStringLiteral("production"), Normaliser()));
        QCOMPARE(rows.value(QStringLiteral("flag/g/rollout")), QStringLiteral("15"));
        QVERIFY(rows.value(QStringLiteral("flag/g/rules")).contains(u"\"disabled\":true"));
    }

    void featureMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("error");
        QTest::addRow("unknown environment") << fixture(QStringLiteral("unleash/new-checkout.json")) << "staging"
                                             << "flag \"new-checkout\" has no environment \"staging\" (it has: "
                                                "development, production)";
        QTest::addRow("truncated") << QByteArray(R"({"name":"f","environments":[)") << "production"
                                   << "the answer is not JSON: unterminated array at offset 28";
        QTest::addRow("no environments") << QByteArray(R"({"name":"f"})") << "production"
                                         << "the answer is not a flag with \"name\" and \"environments\"";
        QTest::addRow("enabled not boolean")
            << QByteArray(R"({"name":"f","environments":[{"name":"production","enabled":"yes"}]})") << "production"
            << "flag \"f\", environment \"production\": \"enabled\" or \"strategies\" is malformed";
    }
    void featureMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, environment);
        QFETCH(QString, error);
        const FlagRows rows = unleashFeatureRows(body, environment, Normaliser());
        QCOMPARE(rows.errorString, error);
        QVERIFY(rows.rows.isEmpty());
    }

    void errorMessage()
    {
        QCOMPARE(unleashErrorMessage(fixture(QStringLiteral("unleash/unauthorized.json"))),
                 QStringLiteral("You must log in to use Unleash."));
        QCOMPARE(unleashErrorMessage("gateway timeout"), QString());
    }

    // The same document gives the same rows whether it comes from a file or over HTTP.
    void flagdOverHttpMatchesFile()
    {
        const QString path = QStringLiteral(DRIFTDECK_FIXTURES "/flags/staging.json");
        const SourceResult fromFile = readFlagFile(path, QStringLiteral("flags/staging.json"), FlagFileFormat::Flagd,
                                                   Normaliser(), QStringLiteral("s"));
        const SourceResult overHttp
            = flagdDocumentResult(fixture(QStringLiteral("flags/staging.json")),
                                  QStringLiteral("http://flags/staging.json"), Normaliser(), QStringLiteral("s"));
        QVERIFY2(overHttp.ok(), qPrintable(overHttp.errorString));
        QVERIFY(!fromFile.entries.isEmpty());
        QCOMPARE(overHttp.entries.keys().size(), fromFile.entries.size());
        for (auto it = fromFile.entries.cbegin(); it != fromFile.entries.cend(); ++it) {
            const Entry other = overHttp.entries.value(it.key());
            QCOMPARE(other.value, it->value);
            QCOMPARE(other.provenance.at(0).line, it->provenance.at(0).line);
        }
        QCOMPARE(overHttp.layers.at(0).label, QStringLiteral("http://flags/staging.json"));
    }

    void flagdOverHttpMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addRow("empty") << QByteArray() << "http://f/flags.json: the answer is empty";
        QTest::addRow("not flagd") << QByteArray(R"({"features":[]})")
                                   << "http://f/flags.json:1:1: a flagd file is a map with \"flags\"";
        QTest::addRow("bad state")
            << QByteArray("{\"flags\": {\"x\": {\"state\": \"ON\", \"variants\": {\"on\": true}, "
                          "\"defaultVariant\": \"on\"}}}")
            << "http://f/flags.json:1:27: flag \"x\": state must be ENABLED or DISABLED, got \"ON\"";
    }
    void flagdOverHttpMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const SourceResult result
            = flagdDocumentResult(body, QStringLiteral("http://f/flags.json"), Normaliser(), QStringLiteral("s"));
        QCOMPARE(result.errorString, error);
    }
};

QTEST_GUILESS_MAIN(FlagServicesTest)
#include "tst_flagservices.moc"
