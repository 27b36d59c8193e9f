#include "itemmodels/matrixmodel.h"
#include "testsnapshots.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace DriftDeck;
namespace TS = DriftDeck::TestSnapshots;

namespace {
QString secretDots()
{
    return QString(6, QChar(0x2022));
}
} // namespace

class MatrixModelTest : public QObject
{
    Q_OBJECT
private:
    SnapshotPtr m_snapshot;

    // A model under the tester from birth, then given the checkout snapshot.
    struct Fixture {
        MatrixModel model;
        QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    };
    std::unique_ptr<Fixture> loaded(int baseline = TS::Production)
    {
        auto f = std::make_unique<Fixture>();
        f->model.setSnapshot(m_snapshot, TS::drift(*m_snapshot, baseline));
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_snapshot = TS::checkoutSnapshot();
    }

    void emptyModel()
    {
        Fixture f;
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.model.columnCount(), 1);
        QVERIFY(!f.model.indexForKey(QStringLiteral("config/database.host")).isValid());
        QCOMPARE(f.model.environmentForColumn(1), -1);
        QCOMPARE(f.model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Key"));

        auto empty = std::make_shared<Snapshot>();
        empty->environments = {TS::environment(QStringLiteral("a")), TS::environment(QStringLiteral("b"))};
        empty->buildIndex();
        f.model.setSnapshot(empty, TS::drift(*empty, 0));
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.model.columnCount(), 3);
        f.model.setSnapshot(nullptr, {});
        QCOMPARE(f.model.columnCount(), 1);
    }

    void groups_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("driftKeys");
        QTest::addColumn<int>("devCells");
        QTest::addColumn<int>("stagingCells");
        QTest::addColumn<int>("productionCells");
        QTest::addColumn<int>("severity");

        QTest::addRow("versions") << 0 << QStringLiteral("Versions (2)") << int(Category::Versions) << 1 << 0 << 1 << 0
                                  << int(Severity::Critical);
        QTest::addRow("configuration") << 1 << QStringLiteral("Configuration (7)") << int(Category::Configuration) << 4
                                       << 3 << 1 << 0 << int(Severity::Warning);
        QTest::addRow("flags") << 2 << QStringLiteral("Feature flags (1)") << int(Category::FeatureFlags) << 1 << 1 << 0
                               << 0 << int(Severity::Warning);
        QTest::addRow("metrics") << 3 << QStringLiteral("Metrics (1)") << int(Category::Metrics) << 0 << 0 << 0 << 0
                                 << int(Severity::None);
        QTest::addRow("other") << 4 << QStringLiteral("Other (1)") << int(Category::Other) << 0 << 0 << 0 << 0
                               << int(Severity::None);
    }

    void groups()
    {
        QFETCH(int, row);
        QFETCH(QString, title);
        QFETCH(int, category);
        QFETCH(int, driftKeys);
        QFETCH(int, devCells);
        QFETCH(int, stagingCells);
        QFETCH(int, productionCells);
        const int driftCells[] = {devCells, stagingCells, productionCells};
        QFETCH(int, severity);

        auto f = loaded();
        QCOMPARE(f->model.rowCount(), 5); // no Infrastructure, no TLS
        const QModelIndex group = f->model.index(row, 0);
        QCOMPARE(group.data().toString(), title);
        QCOMPARE(group.data(MatrixModel::IsGroupRole).toBool(), true);
        QCOMPARE(group.data(MatrixModel::CategoryRole).toInt(), category);
        QCOMPARE(group.data(MatrixModel::DriftCountRole).toInt(), driftKeys);
        QCOMPARE(group.data(MatrixModel::SeverityRole).toInt(), severity);
        QCOMPARE(f->model.snapshotRow(group), -1);
        for (int env = 0; env < 3; ++env) {
            const QModelIndex cell = f->model.index(row, env + 1);
            QCOMPARE(cell.data().toInt(), driftCells[env]);
            QCOMPARE(cell.data(MatrixModel::DriftCountRole).toInt(), driftCells[env]);
            QCOMPARE(f->model.rowCount(cell), 0);
        }
        // Every child belongs to the group's category.
        for (int child = 0; child < f->model.rowCount(group); ++child) {
            const QModelIndex key = f->model.index(child, 0, group);
            QCOMPARE(categoryOfKey(key.data(MatrixModel::KeyRole).toString()), Category(category));
            QCOMPARE(key.data(MatrixModel::IsGroupRole).toBool(), false);
        }
    }

    void keyColumn_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("display");
        QTest::addColumn<int>("severity");

        QTest::addRow("config") << QStringLiteral("config/database.poolSize") << QStringLiteral("database.poolSize")
                                << int(Severity::Warning);
        QTest::addRow("image") << QStringLiteral("image/checkout-api") << QStringLiteral("checkout-api")
                               << int(Severity::Critical);
        QTest::addRow("no namespace") << QStringLiteral("owner") << QStringLiteral("owner") << int(Severity::None);
        QTest::addRow("unknown only") << QStringLiteral("image/worker") << QStringLiteral("worker")
                                      << int(Severity::Info);
    }

    void keyColumn()
    {
        QFETCH(QString, key);
        QFETCH(QString, display);
        QFETCH(int, severity);

        auto f = loaded();
        const QModelIndex index = f->model.indexForKey(key);
        QVERIFY(index.isValid());
        QCOMPARE(index.column(), 0);
        QCOMPARE(index.data().toString(), display);
        QCOMPARE(index.data(MatrixModel::KeyRole).toString(), key);
        QCOMPARE(index.data(MatrixModel::SeverityRole).toInt(), severity);
        QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(key));
        QCOMPARE(f->model.snapshotRow(index), m_snapshot->rowOf(key));
        QVERIFY(!index.data(MatrixModel::StatusRole).isValid());
    }

    void cells_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("environment");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("note");
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("display");
        QTest::addColumn<bool>("stale");
        QTest::addColumn<QStringList>("toolTipHas");
        QTest::addColumn<QStringList>("neverShown");

        const QString pool = QStringLiteral("config/database.poolSize");
        const QString password = QStringLiteral("config/database.password");
        const QStringList secrets = {QStringLiteral("ff00ff00ff00ff00"), QStringLiteral("ab12cd34ef56ab12"),
                                     QStringLiteral("ff00"), QStringLiteral("ab12"), QStringLiteral("hunter2")};

        QTest::addRow("differs") << pool << TS::Development << int(DriftStatus::Differs) << int(CellNote::None) << -1
                                 << QStringLiteral("20") << false
                                 << QStringList{QStringLiteral("config/database.poolSize in development"),
                                                QStringLiteral("\nDiffers\n"), QStringLiteral("Value: 20"),
                                                QStringLiteral("Set by: env DB_POOL_SIZE"),
                                                QStringLiteral("config/base.yaml:3 = 10\n  env DB_POOL_SIZE = 20")}
                                 << QStringList{QStringLiteral("Reason:")};
        QTest::addRow("expected") << pool << TS::Staging << int(DriftStatus::Expected) << int(CellNote::None) << 0
                                  << QStringLiteral("20") << false
                                  << QStringList{QStringLiteral("Expected difference"),
                                                 QStringLiteral("Reason: staging is sized for tests"),
                                                 QStringLiteral("Owner: platform-team"),
                                                 QStringLiteral("Expires: 2027-03-31"),
                                                 QStringLiteral("Set by: config/staging.yaml:12")}
                                  << QStringList();
        QTest::addRow("baseline") << pool << TS::Production << int(DriftStatus::Baseline) << int(CellNote::None) << -1
                                  << QStringLiteral("50") << false
                                  << QStringList{QStringLiteral("in Production"), QStringLiteral("Baseline"),
                                                 QStringLiteral("Set by: config/production.yaml:12")}
                                  << QStringList();
        QTest::addRow("same") << QStringLiteral("config/database.host") << TS::Staging << int(DriftStatus::Same)
                              << int(CellNote::None) << -1 << QStringLiteral("db.internal") << false
                              << QStringList{QStringLiteral("\nSame\n"), QStringLiteral("Set by: config/base.yaml:4")}
                              << QStringList{QStringLiteral("Layers")};
        QTest::addRow("secret same") << password << TS::Staging << int(DriftStatus::SecretSame) << int(CellNote::None)
                                     << -1 << secretDots() << false
                                     << QStringList{QStringLiteral("Secret: same"),
                                                    QStringLiteral("Set by: config/staging.yaml:2")}
                                     << (secrets + QStringList{QStringLiteral("Value:")});
        QTest::addRow("secret differs") << password << TS::Development << int(DriftStatus::SecretDiffers)
                                        << int(CellNote::None) << -1 << secretDots() << false
                                        << QStringList{QStringLiteral("Secret: differs"),
                                                       QStringLiteral(
                                                           "  config/base.yaml:5\n  config/development.yaml:2")}
                                        << (secrets + QStringList{QStringLiteral("Value:")});
        QTest::addRow("secret baseline") << password << TS::Production << int(DriftStatus::Baseline)
                                         << int(CellNote::None) << -1 << secretDots() << false
                                         << QStringList{QStringLiteral("Baseline")} << secrets;
        QTest::addRow("only here") << QStringLiteral("config/cache.ttl") << TS::Staging << int(DriftStatus::OnlyHere)
                                   << int(CellNote::None) << -1 << QStringLiteral("60") << false
                                   << QStringList{QStringLiteral("Only here"), QStringLiteral("Value: 60")}
                                   << QStringList();
        QTest::addRow("absent") << QStringLiteral("config/cache.ttl") << TS::Development << int(DriftStatus::Absent)
                                << int(CellNote::None) << -1 << QString() << false
                                << QStringList{QStringLiteral("Not set")}
                                << QStringList{QStringLiteral("Value:"), QStringLiteral("Set by")};
        QTest::addRow("missing here") << QStringLiteral("config/feature.legacy") << TS::Development
                                      << int(DriftStatus::MissingHere) << int(CellNote::None) << -1 << QString()
                                      << false << QStringList{QStringLiteral("Missing here")}
                                      << QStringList{QStringLiteral("Value:")};
        QTest::addRow("masked") << QStringLiteral("config/admin.console") << TS::Staging << int(DriftStatus::Unknown)
                                << int(CellNote::Masked) << -1 << QStringLiteral("******") << false
                                << QStringList{QStringLiteral("Unknown"),
                                               QStringLiteral("The source masks this value, so it cannot be compared")}
                                << QStringList{QStringLiteral("Value:"), QStringLiteral("redacted")};
        QTest::addRow("ignored") << QStringLiteral("config/logging.level") << TS::Development
                                 << int(DriftStatus::Ignored) << int(CellNote::None) << -1 << QStringLiteral("debug")
                                 << false << QStringList{QStringLiteral("Ignored"), QStringLiteral("Value: debug")}
                                 << QStringList();
        QTest::addRow("stale value") << QStringLiteral("image/checkout-api") << TS::Development
                                     << int(DriftStatus::Unknown) << int(CellNote::SourceFailed) << -1
                                     << QStringLiteral("1.3.0") << true
                                     << QStringList{QStringLiteral("Last value read: 1.3.0"),
                                                    QStringLiteral("Source Registry failed: timeout after 10 s"),
                                                    QStringLiteral(
                                                        "The source failed; the value shown is the last one read")}
                                     << QStringList{QStringLiteral("Value:")};
        QTest::addRow("unknown, no value")
            << QStringLiteral("image/worker") << TS::Development << int(DriftStatus::Unknown)
            << int(CellNote::SourceFailed) << -1 << QString() << false
            << QStringList{QStringLiteral("Source Registry failed: timeout after 10 s")}
            << QStringList{QStringLiteral("Value:")};
        QTest::addRow("critical differs")
            << QStringLiteral("image/checkout-api") << TS::Staging << int(DriftStatus::Differs) << int(CellNote::None)
            << -1 << QStringLiteral("1.5.0") << false
            << QStringList{QStringLiteral("Value: 1.5.0"), QStringLiteral("Set by: registry")}
            << QStringList{QStringLiteral("failed")};
        QTest::addRow("expired rule") << QStringLiteral("flag/new-checkout-flow") << TS::Development
                                      << int(DriftStatus::Differs) << int(CellNote::ExpiredRule) << 1
                                      << QStringLiteral("true") << false
                                      << QStringList{QStringLiteral(
                                                         "An expected-difference rule covered this but has expired"),
                                                     QStringLiteral("Reason: rolled out in development first"),
                                                     QStringLiteral("Expired: 2026-01-01")}
                                      << QStringList{QStringLiteral("Expires:")};
        QTest::addRow("within tolerance")
            << QStringLiteral("metric/errorRate") << TS::Staging << int(DriftStatus::Same)
            << int(CellNote::WithinTolerance) << -1 << QStringLiteral("0.012") << false
            << QStringList{QStringLiteral("Differs within the tolerance of a policy rule")} << QStringList();
    }

    void cells()
    {
        QFETCH(QString, key);
        QFETCH(int, environment);
        QFETCH(int, status);
        QFETCH(int, note);
        QFETCH(int, rule);
        QFETCH(QString, display);
        QFETCH(bool, stale);
        QFETCH(QStringList, toolTipHas);
        QFETCH(QStringList, neverShown);

        auto f = loaded();
        const int column = environment + 1;
        QCOMPARE(f->model.environmentForColumn(column), environment);
        const QModelIndex cell = f->model.indexForKey(key, column);
        QVERIFY(cell.isValid());
        QCOMPARE(cell.data(MatrixModel::KeyRole).toString(), key);
        QCOMPARE(cell.data(MatrixModel::StatusRole).toInt(), status);
        QCOMPARE(cell.data(MatrixModel::NoteRole).toInt(), note);
        QCOMPARE(cell.data(MatrixModel::RuleRole).toInt(), rule);
        QCOMPARE(cell.data().toString(), display);
        QCOMPARE(cell.data(MatrixModel::StaleRole).toBool(), stale);
        QCOMPARE(cell.data(MatrixModel::IsBaselineColumnRole).toBool(), environment == TS::Production);
        QCOMPARE(cell.data(MatrixModel::EnvironmentRole).toString(), m_snapshot->environments[environment].name);
        const Entry *entry = m_snapshot->entry(m_snapshot->rowOf(key), environment);
        QCOMPARE(cell.data(MatrixModel::ValueKindRole).isValid(), entry != nullptr);
        if (entry)
            QCOMPARE(cell.data(MatrixModel::ValueKindRole).toInt(), int(entry->value.kind()));

        const QString toolTip = cell.data(Qt::ToolTipRole).toString();
        for (const QString &part : std::as_const(toolTipHas))
            QVERIFY2(toolTip.contains(part), qPrintable(toolTip + u"\n-- lacks: " + part));
        for (const QString &part : std::as_const(neverShown)) {
            QVERIFY2(!toolTip.contains(part, Qt::CaseInsensitive), qPrintable(toolTip + u"\n-- shows: " + part));
            QVERIFY(!display.contains(part, Qt::CaseInsensitive));
        }
    }

    void header_data()
    {
        QTest::addColumn<int>("environment");
        QTest::addColumn<QString>("title");
        QTest::addColumn<double>("parity");
        QTest::addColumn<int>("driftCells");
        QTest::addColumn<bool>("baseline");
        QTest::addColumn<QString>("toolTip");

        QTest::addRow("development") << TS::Development << QStringLiteral("development") << 0.5 << 4 << false
                                     << QStringLiteral(
                                            "Parity 50.0 %\n4 drifting, 0 expected, 2 unknown of 8 compared");
        QTest::addRow("staging") << TS::Staging << QStringLiteral("Staging") << 0.8 << 2 << false
                                 << QStringLiteral("Parity 80.0 %\n2 drifting, 1 expected, 1 unknown of 10 compared");
        QTest::addRow("production") << TS::Production << QStringLiteral("Production") << 1.0 << 0 << true
                                    << QStringLiteral("Production is the baseline");
    }

    void header()
    {
        QFETCH(int, environment);
        QFETCH(QString, title);
        QFETCH(double, parity);
        QFETCH(int, driftCells);
        QFETCH(bool, baseline);
        QFETCH(QString, toolTip);

        auto f = loaded();
        const int section = environment + 1;
        QCOMPARE(f->model.columnCount(), 4);
        QCOMPARE(f->model.headerData(section, Qt::Horizontal).toString(), title);
        QCOMPARE(f->model.headerData(section, Qt::Horizontal, MatrixModel::ParityRole).toDouble(), parity);
        QCOMPARE(f->model.headerData(section, Qt::Horizontal, MatrixModel::DriftCellsRole).toInt(), driftCells);
        QCOMPARE(f->model.headerData(section, Qt::Horizontal, MatrixModel::IsBaselineRole).toBool(), baseline);
        QCOMPARE(f->model.headerData(section, Qt::Horizontal, MatrixModel::EnvironmentRole).toString(),
                 m_snapshot->environments[environment].name);
        QCOMPARE(f->model.headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString(), toolTip);
    }

    void indexForKey()
    {
        auto f = loaded();
        for (int row = 0; row < m_snapshot->rowCount(); ++row) {
            const QString &key = m_snapshot->key(row);
            for (int column = 0; column < f->model.columnCount(); ++column) {
                const QModelIndex index = f->model.indexForKey(key, column);
                QCOMPARE(index.column(), column);
                QCOMPARE(index.data(MatrixModel::KeyRole).toString(), key);
                QCOMPARE(f->model.snapshotRow(index), row);
                QCOMPARE(f->model.index(index.row(), column, index.parent()), index);
            }
        }
        QVERIFY(!f->model.indexForKey(QStringLiteral("config/nope")).isValid());
        QVERIFY(!f->model.indexForKey(QStringLiteral("owner"), 4).isValid());
        QVERIFY(!f->model.indexForKey(QStringLiteral("owner"), -1).isValid());
        QCOMPARE(f->model.snapshotRow(QModelIndex()), -1);
        QCOMPARE(f->model.environmentForColumn(0), -1);
        QCOMPARE(f->model.environmentForColumn(4), -1);
    }

    // A new baseline keeps the rows: the view's selection and scroll must survive.
    void setDriftResultKeepsIndexes()
    {
        auto f = loaded();
        const QPersistentModelIndex pool = f->model.indexForKey(QStringLiteral("config/database.poolSize"), 3);
        const QPersistentModelIndex group = f->model.index(1, 2);
        QCOMPARE(pool.data(MatrixModel::StatusRole).toInt(), int(DriftStatus::Baseline));
        QCOMPARE(group.data().toInt(), 1); // staging: cache.ttl only here

        QSignalSpy aboutToReset(&f->model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy layout(&f->model, &QAbstractItemModel::layoutAboutToBeChanged);
        QSignalSpy changed(&f->model, &QAbstractItemModel::dataChanged);
        QSignalSpy header(&f->model, &QAbstractItemModel::headerDataChanged);
        f->model.setDriftResult(TS::drift(*m_snapshot, TS::Staging));

        QCOMPARE(aboutToReset.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(changed.count(), 1 + f->model.rowCount()); // the groups, then each group's keys
        QCOMPARE(header.count(), 1);
        QVERIFY(pool.isValid());
        QCOMPARE(pool.data(MatrixModel::KeyRole).toString(), QStringLiteral("config/database.poolSize"));
        QCOMPARE(pool.data(MatrixModel::StatusRole).toInt(), int(DriftStatus::Differs));
        QCOMPARE(f->model.headerData(2, Qt::Horizontal, MatrixModel::IsBaselineRole).toBool(), true);
        QCOMPARE(f->model.headerData(3, Qt::Horizontal, MatrixModel::IsBaselineRole).toBool(), false);
        // Configuration against staging: development drifts on password, cache.ttl, feature.legacy;
        // production on poolSize (the rule covers staging only) and cache.ttl.
        QCOMPARE(group.data().toInt(), 0);
        QCOMPARE(f->model.index(1, 1).data().toInt(), 3);
        QCOMPARE(f->model.index(1, 3).data().toInt(), 2);
        QCOMPARE(f->model.index(1, 0).data(MatrixModel::DriftCountRole).toInt(), 4);

        // Every signal covered valid ranges of this model.
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const auto topLeft = args[0].value<QModelIndex>();
            const auto bottomRight = args[1].value<QModelIndex>();
            QVERIFY(topLeft.isValid() && bottomRight.isValid());
            QCOMPARE(topLeft.parent(), bottomRight.parent());
            QCOMPARE(bottomRight.column(), f->model.columnCount() - 1);
        }
    }

    void mismatchedResultShowsNoVerdicts()
    {
        auto f = loaded();
        auto other = std::make_shared<Snapshot>();
        other->environments = {TS::environment(QStringLiteral("x"))};
        other->environments[0].entries.insert(QStringLiteral("config/a"), TS::entry(Value::number(1)));
        other->buildIndex();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("does not fit the snapshot")));
        f->model.setDriftResult(TS::drift(*other, 0));
        QVERIFY(!f->model.hasVerdicts());
        const QModelIndex cell = f->model.indexForKey(QStringLiteral("config/database.poolSize"), 1);
        QCOMPARE(cell.data().toString(), QStringLiteral("20"));
        QVERIFY(!cell.data(MatrixModel::StatusRole).isValid());
        QVERIFY(!f->model.headerData(1, Qt::Horizontal, MatrixModel::ParityRole).isValid());

        // The same mistake through setSnapshot: rows shown, no verdicts, no crash.
        f->model.setSnapshot(m_snapshot, TS::drift(*other, 0));
        QCOMPARE(f->model.rowCount(), 5);
        QVERIFY(!f->model.index(1, 1).data(MatrixModel::SeverityRole).isValid());
    }

    void noBaseline()
    {
        auto f = std::make_unique<Fixture>();
        f->model.setSnapshot(m_snapshot, TS::drift(*m_snapshot, -1));
        QCOMPARE(f->model.rowCount(), 5);
        QCOMPARE(f->model.index(1, 0).data(MatrixModel::DriftCountRole).toInt(), 0);
        QCOMPARE(f->model.headerData(3, Qt::Horizontal, MatrixModel::IsBaselineRole).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(MatrixModelTest)
#include "tst_matrixmodel.moc"
