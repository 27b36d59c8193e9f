// One workspace reading an environment from each kind of file plus an exporter's metrics page:
// development from docker-compose, staging from a Postgres exporter's /metrics, production from
// `terraform show -json`. The logical row "infra/postgres" brings the three versions together.
#include "drift/driftengine.h"
#include "localhttpserver.h"
#include "pipeline/capture.h"
#include "sources/sourcefactory.h"
#include "workspace/workspaceloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DriftDeck;
using namespace DriftDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString fixtures = QStringLiteral(DRIFTDECK_FIXTURES);

// What postgres_exporter publishes (pg_static carries the server's version).
const QByteArray ExporterPage = "# HELP pg_static Version string as reported by postgres\n"
                                "# TYPE pg_static untyped\n"
                                "pg_static{server=\"db:5432\",short_version=\"15.2.0\",version=\"PostgreSQL 15.2\"} 1\n"
                                "# HELP pg_up Whether the last scrape was able to connect\n"
                                "# TYPE pg_up gauge\n"
                                "pg_up 1\n";

QByteArray workspaceText(const QUrl &metrics, const QString &compare)
{
    return QStringLiteral(R"ws(version: 1
name: Checkout
baseline: production
environments: [development, staging, production]
sources:
  - type: docker-compose
    environments: [development]
    files: ["%1/compose/compose.yaml"]
  - type: metrics-endpoint
    environments: [staging]
    url: "%2"
    infra: [postgres]
  - type: terraform
    environments: [production]
    show: "%1/terraform/production.tfstate.json"
rows:
  - key: infra/postgres
    compare: %3
    from:
      development: {key: image/postgres, pattern: "postgres:(.+)"}
      staging: infra/postgres.version
      production: infra/aws_db_instance.main.engine_version
)ws")
        .arg(fixtures, metrics.toString(), compare)
        .toUtf8();
}

} // namespace

class EnvironmentFilesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        registerBuiltinSourceTypes(SourceFactory::instance());
        QVERIFY(m_exporter.listen());
        m_exporter.route("/metrics", LocalHttpReply::text(ExporterPage, "text/plain; version=0.0.4"));
    }

    void postgresAcrossSources_data()
    {
        QTest::addColumn<QString>("compare");
        QTest::addColumn<int>("development");
        QTest::addColumn<int>("staging");
        QTest::addRow("exact") << "exact" << int(DriftStatus::Differs) << int(DriftStatus::Differs);
        QTest::addRow("same major") << "sameMajor" << int(DriftStatus::Same) << int(DriftStatus::Same);
        QTest::addRow("same minor") << "sameMinor" << int(DriftStatus::Differs) << int(DriftStatus::Differs);
    }
    void postgresAcrossSources()
    {
        QFETCH(QString, compare);
        QFETCH(int, development);
        QFETCH(int, staging);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"workspace.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(workspaceText(m_exporter.url(u"/metrics"_s), compare));
        file.close();
        const WorkspaceLoadResult loaded = WorkspaceLoader::loadFile(file.fileName());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));

        const SnapshotPtr snapshot
            = Capture::runBlocking(*loaded.workspace, SecretPolicy(Policy::defaultSecretPatterns(), "salt"));
        QVERIFY(snapshot);
        for (const EnvironmentCapture &environment : snapshot->environments) {
            for (const SourceStatus &status : environment.sources)
                QVERIFY2(status.state == SourceState::Ok, qPrintable(environment.name + u": "_s + status.error));
        }
        const int row = snapshot->rowOf(u"infra/postgres"_s);
        QVERIFY(row >= 0);
        QCOMPARE(snapshot->entry(row, 0)->value.display(), u"15"_s);
        QCOMPARE(snapshot->entry(row, 1)->value.display(), u"15.2.0"_s);
        QCOMPARE(snapshot->entry(row, 2)->value.display(), u"15.4"_s);

        // Each value's provenance ends at the key it was taken from, in its own source's file.
        const EnvironmentCapture &production = snapshot->environments[2];
        const Entry productionEntry = production.entries.value(u"infra/postgres"_s);
        QCOMPARE(production.layers.value(productionEntry.provenance.constFirst().layer).label,
                 fixtures + u"/terraform/production.tfstate.json"_s);
        QCOMPARE(production.layers.value(productionEntry.provenance.constLast().layer).label,
                 u"infra/aws_db_instance.main.engine_version"_s);

        const DriftResult drift = DriftEngine::compute(*snapshot, 2, snapshot->policy, QDate::currentDate());
        QCOMPARE(int(drift.status(row, 0)), development);
        QCOMPARE(int(drift.status(row, 1)), staging);
        QCOMPARE(drift.status(row, 2), DriftStatus::Baseline);

        // Terraform's sensitive attribute arrived as a fingerprint, never as text.
        const Entry password = production.entries.value(u"infra/aws_db_instance.main.password"_s);
        QVERIFY(password.value.isSecret());
        QVERIFY(!password.value.display().contains(u"hunter2"_s));
    }

private:
    LocalHttpServer m_exporter;
};

QTEST_GUILESS_MAIN(EnvironmentFilesTest)
#include "tst_environmentfiles.moc"
