#include "sources/environmentfiles/pulumisource.h"
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

Outcome runPulumi(const QString &environment)
{
    SourceContext context;
    context.sourceId = u"pulumi"_s;
    context.environment = environment;
    context.workspaceDirectory = fixtures;
    context.options = {{u"path"_s, u"pulumi/Pulumi.{env}.yaml"_s}, {u"project"_s, u"checkout"_s}};
    const std::unique_ptr<Source> source = SourceFactory::instance().create(context, u"pulumi"_s);
    if (!source)
        return {{}, u"no pulumi source type"_s};
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

} // namespace

class PulumiTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("display");
        QTest::addColumn<int>("line");
        QTest::addRow("provider namespace") << "config/pulumi.aws.region"
                                            << "eu-west-1" << 3;
        QTest::addRow("project namespace") << "config/pulumi.checkout.replicas"
                                           << "6" << 4;
        QTest::addRow("structured value flattened") << "config/pulumi.checkout.database.version"
                                                    << "15.4" << 9;
        QTest::addRow("key without namespace") << "config/pulumi.checkout.debug"
                                               << "false" << 10;
    }
    void rows()
    {
        QFETCH(QString, key);
        QFETCH(QString, display);
        QFETCH(int, line);
        const Outcome outcome = runPulumi(u"production"_s);
        QCOMPARE(outcome.error, QString());
        QVERIFY2(outcome.result.entries.contains(key), qPrintable(outcome.result.entries.keys().join(u", ")));
        const Entry entry = outcome.result.entries.value(key);
        QCOMPARE(entry.value.display(), display);
        QCOMPARE(entry.provenance.constLast().line, line);
        QCOMPARE(outcome.result.layers.value(entry.provenance.constLast().layer).label,
                 u"pulumi/Pulumi.production.yaml"_s);
    }

    void secureValueNeverShown()
    {
        const Outcome outcome = runPulumi(u"production"_s);
        const Entry entry = outcome.result.entries.value(u"config/pulumi.checkout.dbPassword"_s);
        QVERIFY(entry.value.isMasked());
        QVERIFY(entry.sensitive);
        QVERIFY(!entry.value.display().contains(u"v1:"_s));
        QVERIFY(entry.provenance.constLast().display.isEmpty());
        // The top-level encryption salt is not configuration.
        for (auto it = outcome.result.entries.cbegin(); it != outcome.result.entries.cend(); ++it)
            QVERIFY2(!it.value().value.display().contains(u"v1:"_s), qPrintable(it.key()));
    }

    void malformedFile()
    {
        const Outcome outcome = runPulumi(u"staging"_s);
        QVERIFY2(outcome.error.startsWith(u"pulumi/Pulumi.staging.yaml:"_s), qPrintable(outcome.error));
    }

    void configNotAMap()
    {
        const SourceResult result = readPulumiStack("config: [a]\n", u"Pulumi.x.yaml"_s, u"p"_s, Normaliser(), u"s"_s);
        QCOMPARE(result.errorString, u"Pulumi.x.yaml:1:9: \"config\" must be a map of settings"_s);
    }
};

QTEST_GUILESS_MAIN(PulumiTest)
#include "tst_pulumi.moc"
