#include "sources/environmentfiles/helmvalues.h"
#include "sources/sourcefactory.h"

#include <QSignalSpy>
#include <QTest>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

const QString fixtures = QStringLiteral(DRIFTDECK_FIXTURES);

struct Outcome {
    SourceResult result;
    QString error;
};

Outcome runHelm(const QString &environment, const QVariantMap &options)
{
    SourceContext context;
    context.sourceId = u"helm"_s;
    context.environment = environment;
    context.workspaceDirectory = fixtures;
    context.options = options;
    const std::unique_ptr<Source> source = SourceFactory::instance().create(context, u"helm-values"_s);
    if (!source)
        return {{}, u"no helm-values source type"_s};
    QSignalSpy values(source.get(), &Source::valuesAvailable);
    QSignalSpy failed(source.get(), &Source::failed);
    source->start();
    if (!QTest::qWaitFor([&] { return values.count() + failed.count() > 0; }, 30000))
        return {{}, u"timed out"_s};
    Outcome outcome;
    if (!values.isEmpty())
        outcome.result = values.first().first().value<SourceResult>();
    if (!failed.isEmpty())
        outcome.error = failed.first().first().toString();
    return outcome;
}

FileTreeNode tree(const QByteArray &yaml, qint32 layer)
{
    const YamlDocument document = YamlDocument::parse(yaml);
    return document.root ? FileTreeNode::fromYaml(*document.root, layer) : FileTreeNode();
}

const QVariantMap standardOptions{{u"release"_s, u"checkout"_s},
                                  {u"files"_s, QStringList{u"helm/values.yaml"_s, u"helm/values-{env}.yaml"_s}}};

} // namespace

class HelmValuesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void merge_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("override");
        QTest::addColumn<QString>("expected");
        QTest::addRow("scalar replaced") << QByteArray("{a: 1, b: 2}") << QByteArray("{a: 3}") << R"({"a":3,"b":2})";
        QTest::addRow("maps merge deeply")
            << QByteArray("{a: {b: {c: 1, d: 2}}}") << QByteArray("{a: {b: {d: 3}}}") << R"({"a":{"b":{"c":1,"d":3}}})";
        QTest::addRow("lists replace") << QByteArray("{a: [1, 2, 3]}") << QByteArray("{a: [4]}") << R"({"a":[4]})";
        QTest::addRow("null deletes a key")
            << QByteArray("{a: 1, b: {c: 2}}") << QByteArray("{b: null}") << R"({"a":1})";
        QTest::addRow("null deletes a nested key")
            << QByteArray("{b: {c: 2, d: 3}}") << QByteArray("{b: {c: ~}}") << R"({"b":{"d":3}})";
        QTest::addRow("map replaces scalar") << QByteArray("{a: 1}") << QByteArray("{a: {b: 2}}") << R"({"a":{"b":2}})";
        QTest::addRow("scalar replaces map")
            << QByteArray("{a: {b: 2}}") << QByteArray("{a: false}") << R"({"a":false})";
        QTest::addRow("new keys added") << QByteArray("{a: 1}") << QByteArray("{b: 2}") << R"({"a":1,"b":2})";
    }
    void merge()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, override);
        QFETCH(QString, expected);
        FileTreeNode merged = tree(base, 0);
        mergeHelmValues(merged, tree(override, 1));
        QCOMPARE(merged.displayText(), expected);
    }

    void setPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("nested") << "image.tag" << QVariant(u"1.5"_s) << R"({"image":{"tag":"1.5"}})";
        QTest::addRow("typed number") << "replicaCount" << QVariant(qint64(3)) << R"({"replicaCount":3})";
        QTest::addRow("quoted string stays a string") << "a" << QVariant(u"true"_s) << R"({"a":"true"})";
        QTest::addRow("escaped dot") << "podAnnotations.prometheus\\.io/scrape" << QVariant(u"x"_s)
                                     << R"({"podAnnotations":{"prometheus.io/scrape":"x"}})";
    }
    void setPaths()
    {
        QFETCH(QString, path);
        QFETCH(QVariant, value);
        QFETCH(QString, expected);
        QCOMPARE(helmSetTree(path, value, 0).displayText(), expected);
    }

    void rows_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("canonical"); // "<absent>" when the key must not exist
        QTest::addColumn<QString>("chain"); // label:line of each provenance step
        QTest::addRow("override wins") << "staging"
                                       << "config/helm.checkout.image.tag"
                                       << "1.5.0"
                                       << "helm/values.yaml:5 helm/values-staging.yaml:3";
        QTest::addRow("untouched default") << "staging"
                                           << "config/helm.checkout.image.repository"
                                           << "registry.example.com/checkout-api"
                                           << "helm/values.yaml:4";
        QTest::addRow("sibling kept in merged map") << "staging"
                                                    << "config/helm.checkout.resources.limits.cpu"
                                                    << "0.5"
                                                    << "helm/values.yaml:9";
        QTest::addRow("quantity compared") << "staging"
                                           << "config/helm.checkout.resources.limits.memory"
                                           << "536870912"
                                           << "helm/values.yaml:10 helm/values-staging.yaml:6";
        QTest::addRow("list replaced") << "production"
                                       << "config/helm.checkout.ingress.hosts"
                                       << R"(["checkout.example.com","www.checkout.example.com"])"
                                       << "helm/values.yaml:13 helm/values-production.yaml:4";
        QTest::addRow("null deleted") << "staging"
                                      << "config/helm.checkout.nodeSelector.disktype"
                                      << "<absent>"
                                      << "";
        QTest::addRow("kept where not deleted") << "production"
                                                << "config/helm.checkout.nodeSelector.disktype"
                                                << "ssd"
                                                << "helm/values.yaml:16";
        QTest::addRow("empty map is a row") << "production"
                                            << "config/helm.checkout.podAnnotations"
                                            << "{}"
                                            << "helm/values.yaml:14";
        QTest::addRow("missing env file skipped") << "development"
                                                  << "config/helm.checkout.replicaCount"
                                                  << "1"
                                                  << "helm/values.yaml:2";
    }
    void rows()
    {
        QFETCH(QString, environment);
        QFETCH(QString, key);
        QFETCH(QString, canonical);
        QFETCH(QString, chain);
        const Outcome outcome = runHelm(environment, standardOptions);
        QCOMPARE(outcome.error, QString());
        if (canonical == u"<absent>") {
            QVERIFY(!outcome.result.entries.contains(key));
            return;
        }
        QVERIFY2(outcome.result.entries.contains(key), qPrintable(outcome.result.entries.keys().join(u", ")));
        const Entry entry = outcome.result.entries.value(key);
        QCOMPARE(entry.value.canonical(), canonical);
        QStringList steps;
        for (const Origin &origin : entry.provenance)
            steps.append(outcome.result.layers.value(origin.layer).label + u':' + QString::number(origin.line));
        QCOMPARE(steps.join(u' '), chain);
    }

    void setOverridesFiles()
    {
        QVariantMap options = standardOptions;
        options.insert(u"set"_s, QVariantMap{{u"image.tag"_s, u"1.6.0-rc1"_s}, {u"replicaCount"_s, qint64(3)}});
        const Outcome outcome = runHelm(u"staging"_s, options);
        QCOMPARE(outcome.error, QString());
        const Entry tag = outcome.result.entries.value(u"config/helm.checkout.image.tag"_s);
        QCOMPARE(tag.value.display(), u"1.6.0-rc1"_s);
        QCOMPARE(outcome.result.layers.value(tag.provenance.constLast().layer).label, u"set (workspace)"_s);
        QCOMPARE(tag.provenance.size(), 3);
        QCOMPARE(outcome.result.entries.value(u"config/helm.checkout.replicaCount"_s).value.canonical(), u"3"_s);
        QVERIFY(outcome.result.warnings.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("error");
        QTest::addRow("malformed yaml") << QStringList{u"helm/values.yaml"_s, u"helm/malformed.yaml"_s}
                                        << "helm/malformed.yaml:3:";
        QTest::addRow("first file missing") << QStringList{u"helm/none.yaml"_s} << "helm/none.yaml: no such file";
        QTest::addRow("not a map") << QStringList{u"compose/api.env"_s}
                                   << "compose/api.env:1:1: expected a map of values";
    }
    void errors()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, error);
        const Outcome outcome = runHelm(u"staging"_s, {{u"files"_s, files}});
        QVERIFY2(outcome.error.startsWith(error), qPrintable(outcome.error));
    }
};

QTEST_GUILESS_MAIN(HelmValuesTest)
#include "tst_helmvalues.moc"
