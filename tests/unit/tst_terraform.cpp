#include "sources/environmentfiles/terraformformat.h"
#include "sources/environmentfiles/tfvarsformat.h"
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

Outcome runTerraform(const QVariantMap &options)
{
    SourceContext context;
    context.sourceId = u"terraform"_s;
    context.environment = u"production"_s;
    context.workspaceDirectory = fixtures;
    context.options = options;
    const std::unique_ptr<Source> source = SourceFactory::instance().create(context, u"terraform"_s);
    if (!source)
        return {{}, u"no terraform source type"_s};
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

class TerraformTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showJson_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("priorState");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("canonical"); // "<absent>": no such row
        QTest::addColumn<bool>("sensitive");
        const QString state = u"terraform/production.tfstate.json"_s;
        const QString plan = u"terraform/staging.plan.json"_s;
        QTest::addRow("engine") << state << false << "infra/aws_db_instance.main.engine"
                                << "postgres" << false;
        QTest::addRow("engine_version") << state << false << "infra/aws_db_instance.main.engine_version"
                                        << "15.4" << false;
        QTest::addRow("instance_class") << state << false << "infra/aws_db_instance.main.instance_class"
                                        << "db.r6g.large" << false;
        QTest::addRow("multi_az") << state << false << "infra/aws_db_instance.main.multi_az"
                                  << "true" << false;
        QTest::addRow("map attribute flattened") << state << false << "infra/aws_db_instance.main.tags.env"
                                                 << "production" << false;
        QTest::addRow("list attribute whole") << state << false << "infra/aws_db_instance.main.vpc_security_group_ids"
                                              << R"(["sg-0a1b2c3d"])" << false;
        QTest::addRow("sensitive attribute") << state << false << "infra/aws_db_instance.main.password"
                                             << "hunter2-prod" << true;
        QTest::addRow("null attribute left out") << state << false << "infra/aws_db_instance.main.replicate_source_db"
                                                 << "<absent>" << false;
        QTest::addRow("data source left out") << state << false << "infra/data.aws_caller_identity.current.account_id"
                                              << "<absent>" << false;
        QTest::addRow("child module") << state << false
                                      << "infra/module.cache.aws_elasticache_cluster.this.engine_version"
                                      << "7.1" << false;
        QTest::addRow("grandchild module, nested sensitive")
            << state << false << "infra/module.cache.module.alarms.aws_cloudwatch_metric_alarm.cpu[\"high\"].auth.token"
            << "abc" << true;
        QTest::addRow("sibling of a sensitive attribute")
            << state << false << "infra/module.cache.module.alarms.aws_cloudwatch_metric_alarm.cpu[\"high\"].auth.user"
            << "ops" << false;
        QTest::addRow("output") << state << false << "infra/output.db_endpoint"
                                << "checkout-prod.c9akciq32.eu-west-1.rds.amazonaws.com:5432" << false;
        QTest::addRow("sensitive output") << state << false << "infra/output.db_admin_password"
                                          << "hunter2-prod" << true;
        QTest::addRow("list output") << state << false << "infra/output.cache_nodes"
                                     << R"(["cache-1","cache-2"])" << false;
        QTest::addRow("plan: planned values") << plan << false << "infra/aws_db_instance.main.engine_version"
                                              << "15.5" << false;
        QTest::addRow("plan: prior state") << plan << true << "infra/aws_db_instance.main.engine_version"
                                           << "15.2" << false;
    }
    void showJson()
    {
        QFETCH(QString, file);
        QFETCH(bool, priorState);
        QFETCH(QString, key);
        QFETCH(QString, canonical);
        QFETCH(bool, sensitive);
        const Outcome outcome = runTerraform({{u"show"_s, file}, {u"priorState"_s, priorState}});
        QCOMPARE(outcome.error, QString());
        if (canonical == u"<absent>") {
            QVERIFY(!outcome.result.entries.contains(key));
            return;
        }
        QVERIFY2(outcome.result.entries.contains(key), qPrintable(outcome.result.entries.keys().join(u", ")));
        const Entry entry = outcome.result.entries.value(key);
        QCOMPARE(entry.value.canonical(), canonical);
        QCOMPARE(entry.sensitive, sensitive);
        if (sensitive)
            QVERIFY(entry.provenance.constLast().display.isEmpty());
        QCOMPARE(outcome.result.layers.value(entry.provenance.constLast().layer).label, file);
    }

    void includeData()
    {
        const Outcome outcome
            = runTerraform({{u"show"_s, u"terraform/production.tfstate.json"_s}, {u"includeData"_s, true}});
        QCOMPARE(outcome.result.entries.value(u"infra/data.aws_caller_identity.current.account_id"_s).value.display(),
                 u"123456789012"_s);
    }

    void tfvars_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<int>("line");
        QTest::addRow("string") << "infra/var.region"
                                << "eu-west-1" << 2;
        QTest::addRow("after a // comment") << "infra/var.instance_class"
                                            << "db.r6g.large" << 3;
        QTest::addRow("number") << "infra/var.replicas"
                                << "3" << 4;
        QTest::addRow("float") << "infra/var.ratio"
                               << "0.25" << 5;
        QTest::addRow("bool") << "infra/var.multi_az"
                              << "true" << 6;
        QTest::addRow("list, trailing comma") << "infra/var.zones"
                                              << R"(["eu-west-1a","eu-west-1b"])" << 8;
        QTest::addRow("map entry") << "infra/var.tags.team"
                                   << "checkout" << 9;
        QTest::addRow("quoted key with colon") << "infra/var.tags.cost-center"
                                               << "42" << 9;
        QTest::addRow("inline nested map") << "infra/var.tags.nested.b"
                                           << "[true,false]" << 9;
        QTest::addRow("indented heredoc") << "infra/var.motd"
                                          << "Welcome\n  to production\n"
                                          << 16;
        QTest::addRow("heredoc") << "infra/var.banner"
                                 << "line \"one\"\n"
                                 << 20;
        QTest::addRow("escapes, template kept")
            << "infra/var.escaped" << u"tab\there \"quoted\" \u00e9 ${var.keep}"_s << 23;
    }
    void tfvars()
    {
        QFETCH(QString, key);
        QFETCH(QString, canonical);
        QFETCH(int, line);
        const Outcome outcome = runTerraform({{u"varFiles"_s, QStringList{u"terraform/{env}.tfvars"_s}}});
        QCOMPARE(outcome.error, QString());
        QVERIFY2(outcome.result.entries.contains(key), qPrintable(outcome.result.entries.keys().join(u", ")));
        const Entry entry = outcome.result.entries.value(key);
        QCOMPARE(entry.value.canonical(), canonical);
        QCOMPARE(entry.provenance.constLast().line, line);
        QVERIFY(!outcome.result.entries.contains(u"infra/var.legacy"_s)); // null: not set
    }

    void varFilesThenState()
    {
        const Outcome outcome = runTerraform(
            {{u"varFiles"_s, QStringList{u"terraform/staging.tfvars.json"_s, u"terraform/production.tfvars"_s}},
             {u"show"_s, u"terraform/production.tfstate.json"_s}});
        QCOMPARE(outcome.error, QString());
        const Entry classEntry = outcome.result.entries.value(u"infra/var.instance_class"_s);
        QCOMPARE(classEntry.value.display(), u"db.r6g.large"_s);
        QCOMPARE(classEntry.provenance.size(), 2); // the .json file, then the .tfvars that won
        QCOMPARE(outcome.result.layers.size(), 3);
        QVERIFY(outcome.result.entries.contains(u"infra/aws_db_instance.main.engine"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("tfvars");
        QTest::addColumn<QString>("error");
        QTest::addRow("json syntax") << QByteArray("{\n  \"format_version\": \"1.0\",\n  \"values\": {,}\n}") << false
                                     << "x.json:3:";
        QTest::addRow("not show output") << QByteArray("{\"resources\": []}") << false
                                         << "x.json:1:1: not the output of \"terraform show -json\"";
        QTest::addRow("json array") << QByteArray("[]") << false << "x.json:1:1: expected a JSON object";
        QTest::addRow("reference") << QByteArray("a = 1\nb = var.a\n") << true
                                   << "x.tfvars:2:8: var: only literal values are allowed";
        QTest::addRow("unclosed string") << QByteArray("a = \"open\n") << true
                                         << "x.tfvars:1:10: a string must end on the line it starts";
        QTest::addRow("missing value") << QByteArray("a =") << true
                                       << "x.tfvars:1:4: expected a value, found the end of the file";
        QTest::addRow("missing =") << QByteArray("\n\na 1") << true << "x.tfvars:3:3: expected \"=\" after a";
        QTest::addRow("set twice") << QByteArray("a = 1\n  a = 2\n") << true << "x.tfvars:2:3: a is set twice";
        QTest::addRow("heredoc not closed")
            << QByteArray("a = <<EOT\nline\n") << true << "x.tfvars:3:1: the heredoc EOT is not closed";
        QTest::addRow("list not closed") << QByteArray("a = [1, 2\nb = 3") << true
                                         << "x.tfvars:2:1: expected \",\" or \"]\" in the list";
        QTest::addRow("two values on a line")
            << QByteArray("a = 1 2\n") << true << "x.tfvars:1:7: expected a new line after the value of a";
    }
    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, tfvars);
        QFETCH(QString, error);
        const Normaliser normaliser;
        const SourceResult result = tfvars ? readTerraformVars(text, u"x.tfvars"_s, normaliser, u"tf"_s)
                                           : readTerraformShowJson(text, u"x.json"_s, {}, normaliser, u"tf"_s);
        QVERIFY2(result.errorString.startsWith(error), qPrintable(result.errorString));
    }
};

QTEST_GUILESS_MAIN(TerraformTest)
#include "tst_terraform.moc"
