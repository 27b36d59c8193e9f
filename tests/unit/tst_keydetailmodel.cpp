#include "itemmodels/keydetailmodel.h"
#include "testsnapshots.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace DriftDeck;
namespace TS = DriftDeck::TestSnapshots;

class KeyDetailModelTest : public QObject
{
    Q_OBJECT
private:
    SnapshotPtr m_snapshot;

    struct Fixture {
        KeyDetailModel model;
        QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    };

    static QString text(const KeyDetailModel &model, int row, int column, int role = Qt::DisplayRole)
    {
        return model.index(row, column).data(role).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_snapshot = TS::checkoutSnapshot();
    }

    void rows_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("environment");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("note");

        const QString pool = QStringLiteral("config/database.poolSize");
        const QString password = QStringLiteral("config/database.password");
        const QString fetched = QLocale().toString(QDateTime(TS::today(), QTime(2, 0), QTimeZone::UTC).toLocalTime(),
                                                   QLocale::ShortFormat);
        const QString lastGood = QLocale().toString(
            QDateTime(TS::today().addDays(-1), QTime(23, 0), QTimeZone::UTC).toLocalTime(), QLocale::ShortFormat);
        const QString configFiles = QStringLiteral("Config files · ") + fetched;

        QTest::addRow("differs") << pool << TS::Development << QStringLiteral("development") << QStringLiteral("20")
                                 << QStringLiteral("Differs") << QStringLiteral("env DB_POOL_SIZE") << configFiles
                                 << QString();
        QTest::addRow("expected") << pool << TS::Staging << QStringLiteral("Staging") << QStringLiteral("20")
                                  << QStringLiteral("Expected difference") << QStringLiteral("config/staging.yaml:12")
                                  << configFiles
                                  << QStringLiteral("staging is sized for tests — platform-team, expires 2027-03-31");
        QTest::addRow("baseline") << pool << TS::Production << QStringLiteral("Production") << QStringLiteral("50")
                                  << QStringLiteral("Baseline") << QStringLiteral("config/production.yaml:12")
                                  << configFiles << QString();
        QTest::addRow("secret differs") << password << TS::Development << QStringLiteral("development")
                                        << QStringLiteral("Secret: differs") << QStringLiteral("Secret: differs")
                                        << QStringLiteral("config/development.yaml:2") << configFiles << QString();
        QTest::addRow("secret same") << password << TS::Staging << QStringLiteral("Staging")
                                     << QStringLiteral("Secret: same") << QStringLiteral("Secret: same")
                                     << QStringLiteral("config/staging.yaml:2") << configFiles << QString();
        QTest::addRow("secret baseline") << password << TS::Production << QStringLiteral("Production")
                                         << QStringLiteral("Baseline") << QStringLiteral("Baseline")
                                         << QStringLiteral("config/production.yaml:2") << configFiles << QString();
        QTest::addRow("masked") << QStringLiteral("config/admin.console") << TS::Staging << QStringLiteral("Staging")
                                << QStringLiteral("******") << QStringLiteral("Unknown") << QString() << configFiles
                                << QStringLiteral("The source masks this value, so it cannot be compared");
        QTest::addRow("missing here") << QStringLiteral("config/feature.legacy") << TS::Development
                                      << QStringLiteral("development") << QString() << QStringLiteral("Missing here")
                                      << QString() << configFiles << QString();
        QTest::addRow("stale after a failure")
            << QStringLiteral("image/checkout-api") << TS::Development << QStringLiteral("development")
            << QStringLiteral("1.3.0") << QStringLiteral("Unknown") << QStringLiteral("registry")
            << QStringLiteral("Registry — failed: timeout after 10 s (value from %1)").arg(lastGood)
            << QStringLiteral("The source failed; the value shown is the last one read");
        QTest::addRow("failed, no value")
            << QStringLiteral("image/worker") << TS::Development << QStringLiteral("development") << QString()
            << QStringLiteral("Unknown") << QString() << QStringLiteral("Registry — failed: timeout after 10 s")
            << QStringLiteral("The source failed; the value shown is the last one read");
        QTest::addRow("expired rule") << QStringLiteral("flag/new-checkout-flow") << TS::Development
                                      << QStringLiteral("development") << QStringLiteral("true")
                                      << QStringLiteral("Differs") << QString() << configFiles
                                      << QStringLiteral(
                                             "An expected-difference rule covered this but has expired\n"
                                             "rolled out in development first — checkout-team, expired 2026-01-01");
        QTest::addRow("within tolerance")
            << QStringLiteral("metric/errorRate") << TS::Staging << QStringLiteral("Staging") << QStringLiteral("0.012")
            << QStringLiteral("Same") << QString() << QStringLiteral("Prometheus · ") + fetched
            << QStringLiteral("Differs within the tolerance of a policy rule");
    }

    void rows()
    {
        QFETCH(QString, key);
        QFETCH(int, environment);
        QFETCH(QString, title);
        QFETCH(QString, value);
        QFETCH(QString, status);
        QFETCH(QString, layer);
        QFETCH(QString, source);
        QFETCH(QString, note);

        Fixture f;
        f.model.setKey(m_snapshot, TS::drift(*m_snapshot), key);
        QCOMPARE(f.model.key(), key);
        QCOMPARE(f.model.snapshotRow(), m_snapshot->rowOf(key));
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.model.columnCount(), KeyDetailModel::ColumnCount);
        QCOMPARE(text(f.model, environment, KeyDetailModel::EnvironmentColumn), title);
        QCOMPARE(text(f.model, environment, KeyDetailModel::ValueColumn), value);
        QCOMPARE(text(f.model, environment, KeyDetailModel::StatusColumn), status);
        QCOMPARE(text(f.model, environment, KeyDetailModel::WinningLayerColumn), layer);
        QCOMPARE(text(f.model, environment, KeyDetailModel::SourceColumn), source);
        QCOMPARE(text(f.model, environment, KeyDetailModel::NoteColumn), note);
        QCOMPARE(f.model.index(environment, 0).data(KeyDetailModel::EnvironmentRole).toString(),
                 m_snapshot->environments[environment].name);
        QCOMPARE(f.model.index(environment, 0).data(KeyDetailModel::IsBaselineRole).toBool(),
                 environment == TS::Production);
    }

    // No role of any cell of a secret key shows the fingerprint or a plaintext a layer leaked.
    void secretNeverShown()
    {
        Fixture f;
        f.model.setKey(m_snapshot, TS::drift(*m_snapshot), QStringLiteral("config/database.password"));
        const QStringList forbidden = {QStringLiteral("ff00"), QStringLiteral("ab12"), QStringLiteral("hunter2")};
        for (int row = 0; row < f.model.rowCount(); ++row) {
            for (int column = 0; column < f.model.columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                    const QString shown = text(f.model, row, column, role);
                    for (const QString &secret : forbidden)
                        QVERIFY2(!shown.contains(secret), qPrintable(shown));
                }
            }
            for (const ProvenanceStep &step : f.model.provenance(row))
                QVERIFY2(step.display.isEmpty(), qPrintable(step.display));
        }
        QCOMPARE(f.model.provenance(TS::Development).size(), 2);
    }

    void provenance()
    {
        Fixture f;
        f.model.setKey(m_snapshot, TS::drift(*m_snapshot), QStringLiteral("config/database.poolSize"));
        const QList<ProvenanceStep> steps = f.model.provenance(TS::Staging);
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps[0].label, QStringLiteral("config/base.yaml"));
        QCOMPARE(steps[0].location, QStringLiteral("config/base.yaml"));
        QCOMPARE(steps[0].line, 3);
        QCOMPARE(steps[0].column, 3);
        QCOMPARE(steps[0].display, QStringLiteral("10"));
        QCOMPARE(steps[0].won, false);
        QCOMPARE(steps[1].where(), QStringLiteral("config/staging.yaml:12"));
        QCOMPARE(steps[1].display, QStringLiteral("20"));
        QCOMPARE(steps[1].won, true);

        const QList<ProvenanceStep> fromEnv = f.model.provenance(TS::Development);
        QCOMPARE(fromEnv.last().where(), QStringLiteral("env DB_POOL_SIZE")); // no line: no ":0"
        QCOMPARE(fromEnv.last().location, QString());
        QCOMPARE(f.model.index(TS::Development, KeyDetailModel::WinningLayerColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("env DB_POOL_SIZE"));

        QVERIFY(f.model.provenance(-1).isEmpty());
        QVERIFY(f.model.provenance(3).isEmpty());
        f.model.setKey(m_snapshot, TS::drift(*m_snapshot), QStringLiteral("config/cache.ttl"));
        QVERIFY(f.model.provenance(TS::Development).isEmpty()); // no value there
    }

    void unknownKeyAndClear()
    {
        Fixture f;
        QCOMPARE(f.model.rowCount(), 0);
        f.model.setKey(m_snapshot, TS::drift(*m_snapshot), QStringLiteral("config/nope"));
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.model.snapshotRow(), -1);
        QVERIFY(f.model.provenance(0).isEmpty());
        f.model.setKey(m_snapshot, TS::drift(*m_snapshot), QStringLiteral("owner"));
        QCOMPARE(f.model.rowCount(), 3);
        f.model.clear();
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.model.key(), QString());
        f.model.setKey(nullptr, {}, QStringLiteral("owner"));
        QCOMPARE(f.model.rowCount(), 0);
    }

    void resultThatDoesNotFit()
    {
        Fixture f;
        f.model.setKey(m_snapshot, DriftResult(1, 1, 0), QStringLiteral("config/database.password"));
        QCOMPARE(f.model.rowCount(), 3);
        QVERIFY(!f.model.index(0, 0).data(KeyDetailModel::StatusRole).isValid());
        QCOMPARE(text(f.model, 0, KeyDetailModel::StatusColumn), QString());
        // Without a verdict a secret still shows only the placeholder.
        QCOMPARE(text(f.model, 0, KeyDetailModel::ValueColumn), QString(6, QChar(0x2022)));
    }

    void headers()
    {
        Fixture f;
        const QStringList expected
            = {QStringLiteral("Environment"),   QStringLiteral("Value"),  QStringLiteral("Status"),
               QStringLiteral("Winning layer"), QStringLiteral("Source"), QStringLiteral("Note")};
        for (int column = 0; column < KeyDetailModel::ColumnCount; ++column)
            QCOMPARE(f.model.headerData(column, Qt::Horizontal).toString(), expected[column]);
    }
};

QTEST_GUILESS_MAIN(KeyDetailModelTest)
#include "tst_keydetailmodel.moc"
