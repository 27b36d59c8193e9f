#include "itemmodels/matrixfilterproxy.h"
#include "itemmodels/matrixmodel.h"
#include "testsnapshots.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace DriftDeck;
namespace TS = DriftDeck::TestSnapshots;

Q_DECLARE_METATYPE(QSet<DriftDeck::Category>)

namespace {
using Keys = QStringList;

// The keys the proxy shows, group by group, in display order.
Keys visibleKeys(const QAbstractItemModel &model)
{
    Keys keys;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        for (int k = 0; k < model.rowCount(group); ++k)
            keys << model.index(k, 0, group).data(MatrixModel::KeyRole).toString();
    }
    return keys;
}

QList<int> visibleGroups(const QAbstractItemModel &model)
{
    QList<int> categories;
    for (int g = 0; g < model.rowCount(); ++g)
        categories << model.index(g, 0).data(MatrixModel::CategoryRole).toInt();
    return categories;
}

// Everything with a verdict other than same/ignored against production, in snapshot order.
const Keys divergingFromProduction = {
    QStringLiteral("image/checkout-api"),       QStringLiteral("image/worker"),
    QStringLiteral("config/admin.console"),     QStringLiteral("config/cache.ttl"),
    QStringLiteral("config/database.password"), QStringLiteral("config/database.poolSize"),
    QStringLiteral("config/feature.legacy"),    QStringLiteral("flag/new-checkout-flow"),
};
} // namespace

class MatrixFilterProxyTest : public QObject
{
    Q_OBJECT
private:
    SnapshotPtr m_snapshot;

    // Source and proxy both under the tester before any data arrives.
    struct Fixture {
        MatrixModel model;
        MatrixFilterProxy proxy;
        QAbstractItemModelTester sourceTester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
        QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};
        Fixture() { proxy.setSourceModel(&model); }
    };
    std::unique_ptr<Fixture> loaded()
    {
        auto f = std::make_unique<Fixture>();
        f->model.setSnapshot(m_snapshot, TS::drift(*m_snapshot));
        return f;
    }

private Q_SLOTS:
    void initTestCase() { m_snapshot = TS::checkoutSnapshot(); }

    void defaults()
    {
        auto f = loaded();
        QVERIFY(f->proxy.onlyDivergences());
        QCOMPARE(visibleKeys(f->proxy), divergingFromProduction);
        // Metrics and Other have no divergence: their groups are hidden.
        QCOMPARE(visibleGroups(f->proxy),
                 (QList<int>{int(Category::Versions), int(Category::Configuration), int(Category::FeatureFlags)}));
        QCOMPARE(f->proxy.columnCount(), 4);
        // Group rows say how many of their keys the filter shows.
        QCOMPARE(f->proxy.index(1, 0).data().toString(), QStringLiteral("Configuration (5 of 7)"));

        f->proxy.setOnlyDivergences(false);
        QCOMPARE(visibleKeys(f->proxy).size(), m_snapshot->rowCount());
        QCOMPARE(visibleKeys(f->proxy), m_snapshot->keys());
        QCOMPARE(f->proxy.index(1, 0).data().toString(), QStringLiteral("Configuration (7)"));
    }

    // A filter that shows one key of a group: the group's drift counts are that key's, column by
    // column, not the whole group's ("≠ 3" over one visible row would mislead).
    void groupCountsFollowTheFilter()
    {
        auto f = loaded();
        const QString pool = QStringLiteral("config/database.poolSize");
        f->proxy.setFilterText(QStringLiteral("database.poolsize"));
        QCOMPARE(visibleKeys(f->proxy), Keys{pool});
        const QModelIndex group = f->proxy.index(0, 0);
        QCOMPARE(group.data().toString(), QStringLiteral("Configuration (1 of 7)"));
        QCOMPARE(group.data(MatrixModel::DriftCountRole).toInt(), 1);

        const DriftResult &result = f->model.driftResult();
        const int row = m_snapshot->rowOf(pool);
        int drifting = 0;
        for (int column = 1; column < f->proxy.columnCount(); ++column) {
            const int env = f->model.environmentForColumn(f->proxy.mapToSource(f->proxy.index(0, column)).column());
            const int expected = isDrift(result.status(row, env)) ? 1 : 0;
            QCOMPARE(group.siblingAtColumn(column).data(MatrixModel::DriftCountRole).toInt(), expected);
            drifting += expected;
        }
        QVERIFY(drifting > 0);
        // The whole group drifts in more cells than this one key: the counts really narrowed.
        const QModelIndex sourceGroup = f->proxy.mapToSource(group);
        int groupDrift = 0;
        for (int column = 1; column < f->model.columnCount(); ++column)
            groupDrift += sourceGroup.siblingAtColumn(column).data(MatrixModel::DriftCountRole).toInt();
        QVERIFY(groupDrift > drifting);

        // Clearing the text brings the counts back (only divergences: 5 of the 7 keys).
        f->proxy.setFilterText({});
        QCOMPARE(f->proxy.index(1, 0).data().toString(), QStringLiteral("Configuration (5 of 7)"));
    }

    void filters_data()
    {
        QTest::addColumn<bool>("onlyDivergences");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QSet<Category>>("categories");
        QTest::addColumn<int>("minimumSeverity");
        QTest::addColumn<QList<int>>("environments");
        QTest::addColumn<Keys>("expected");

        const QSet<Category> all;
        const int none = int(Severity::None);
        const QList<int> every;
        const QList<int> stagingAndProduction = {TS::Staging, TS::Production};
        const QList<int> developmentAndProduction = {TS::Development, TS::Production};

        QTest::addRow("divergences, staging and production")
            << true << QString() << all << none << stagingAndProduction
            << Keys{QStringLiteral("image/checkout-api"), QStringLiteral("config/admin.console"),
                    QStringLiteral("config/cache.ttl"), QStringLiteral("config/database.poolSize")};
        QTest::addRow("divergences, development and production")
            << true << QString() << all << none << developmentAndProduction
            << Keys{QStringLiteral("image/checkout-api"),       QStringLiteral("image/worker"),
                    QStringLiteral("config/database.password"), QStringLiteral("config/database.poolSize"),
                    QStringLiteral("config/feature.legacy"),    QStringLiteral("flag/new-checkout-flow")};
        QTest::addRow("divergences, baseline alone")
            << true << QString() << all << none << QList<int>{TS::Production} << Keys();
        QTest::addRow("text in key") << false << QStringLiteral("pool") << all << none << every
                                     << Keys{QStringLiteral("config/database.poolSize")};
        QTest::addRow("text is case-insensitive") << false << QStringLiteral("POOLsize") << all << none << every
                                                  << Keys{QStringLiteral("config/database.poolSize")};
        QTest::addRow("text is trimmed") << false << QStringLiteral("  owner ") << all << none << every
                                         << Keys{QStringLiteral("owner")};
        QTest::addRow("text in a value") << false << QStringLiteral("DB.INTERNAL") << all << none << every
                                         << Keys{QStringLiteral("config/database.host")};
        QTest::addRow("text in a visible value") << false << QStringLiteral("1.5.0") << all << none
                                                 << stagingAndProduction << Keys{QStringLiteral("image/checkout-api")};
        QTest::addRow("text in a hidden value")
            << false << QStringLiteral("1.5.0") << all << none << developmentAndProduction << Keys();
        QTest::addRow("text in a stale value")
            << false << QStringLiteral("1.3.0") << all << none << every << Keys{QStringLiteral("image/checkout-api")};
        QTest::addRow("secret fingerprints are not searched")
            << false << QStringLiteral("ab12cd") << all << none << every << Keys();
        QTest::addRow("masked text is not searched")
            << false << QStringLiteral("redacted") << all << none << every << Keys();
        QTest::addRow("glob") << false << QStringLiteral("config/database.*") << all << none << every
                              << Keys{QStringLiteral("config/database.host"),
                                      QStringLiteral("config/database.password"),
                                      QStringLiteral("config/database.poolSize")};
        QTest::addRow("glob is case-insensitive")
            << false << QStringLiteral("CONFIG/DATABASE.P*") << all << none << every
            << Keys{QStringLiteral("config/database.password"), QStringLiteral("config/database.poolSize")};
        QTest::addRow("glob must match the whole key")
            << false << QStringLiteral("database.*") << all << none << every << Keys();
        QTest::addRow("glob with ?") << false << QStringLiteral("image/?orker") << all << none << every
                                     << Keys{QStringLiteral("image/worker")};
        QTest::addRow("glob does not search values")
            << false << QStringLiteral("db.internal*") << all << none << every << Keys();
        QTest::addRow("glob with divergences")
            << true << QStringLiteral("*.p*") << all << none << every
            << Keys{QStringLiteral("config/database.password"), QStringLiteral("config/database.poolSize")};
        QTest::addRow("categories") << false << QString() << QSet<Category>{Category::Versions, Category::FeatureFlags}
                                    << none << every
                                    << Keys{QStringLiteral("image/checkout-api"), QStringLiteral("image/worker"),
                                            QStringLiteral("flag/new-checkout-flow")};
        QTest::addRow("category without keys")
            << false << QString() << QSet<Category>{Category::Tls} << none << every << Keys();
        QTest::addRow("severity warning")
            << false << QString() << all << int(Severity::Warning) << every
            << Keys{QStringLiteral("image/checkout-api"),       QStringLiteral("config/cache.ttl"),
                    QStringLiteral("config/database.password"), QStringLiteral("config/database.poolSize"),
                    QStringLiteral("config/feature.legacy"),    QStringLiteral("flag/new-checkout-flow")};
        QTest::addRow("severity critical") << false << QString() << all << int(Severity::Critical) << every
                                           << Keys{QStringLiteral("image/checkout-api")};
        QTest::addRow("severity info")
            << true << QString() << QSet<Category>{Category::Versions, Category::Configuration} << int(Severity::Info)
            << every << Keys{QStringLiteral("image/checkout-api"),       QStringLiteral("image/worker"),
                             QStringLiteral("config/admin.console"),     QStringLiteral("config/cache.ttl"),
                             QStringLiteral("config/database.password"), QStringLiteral("config/database.poolSize"),
                             QStringLiteral("config/feature.legacy")};
        QTest::addRow("combined") << true << QStringLiteral("database") << QSet<Category>{Category::Configuration}
                                  << int(Severity::Warning) << stagingAndProduction
                                  << Keys{QStringLiteral("config/database.poolSize")};
    }

    void filters()
    {
        QFETCH(bool, onlyDivergences);
        QFETCH(QString, text);
        QFETCH(QSet<Category>, categories);
        QFETCH(int, minimumSeverity);
        QFETCH(QList<int>, environments);
        QFETCH(Keys, expected);

        auto f = loaded();
        QSignalSpy changed(&f->proxy, &MatrixFilterProxy::filterChanged);
        f->proxy.setOnlyDivergences(onlyDivergences);
        f->proxy.setFilterText(text);
        f->proxy.setCategories(categories);
        f->proxy.setMinimumSeverity(Severity(minimumSeverity));
        f->proxy.setVisibleEnvironments(environments);
        QCOMPARE(visibleKeys(f->proxy), expected);
        QCOMPARE(f->proxy.categories(), categories);
        QCOMPARE(changed.count(),
                 int(!onlyDivergences) + int(!text.isEmpty()) + int(!categories.isEmpty()) + int(minimumSeverity != 0)
                     + int(!environments.isEmpty()));

        // Groups without a passing key are hidden; those shown hold only their own category.
        for (int g = 0; g < f->proxy.rowCount(); ++g) {
            const QModelIndex group = f->proxy.index(g, 0);
            QVERIFY(f->proxy.rowCount(group) > 0);
            const auto category = Category(group.data(MatrixModel::CategoryRole).toInt());
            QVERIFY(categories.isEmpty() || categories.contains(category));
        }

        // Clearing every filter brings every key back.
        f->proxy.setOnlyDivergences(false);
        f->proxy.setFilterText({});
        f->proxy.setCategories({});
        f->proxy.setMinimumSeverity(Severity::None);
        f->proxy.setVisibleEnvironments({});
        QCOMPARE(visibleKeys(f->proxy), m_snapshot->keys());
    }

    void environmentColumns()
    {
        auto f = loaded();
        f->proxy.setOnlyDivergences(false);
        f->proxy.setVisibleEnvironments({TS::Production, TS::Staging});
        QCOMPARE(f->proxy.columnCount(), 3);
        QCOMPARE(f->proxy.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Key"));
        QCOMPARE(f->proxy.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Staging"));
        QCOMPARE(f->proxy.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Production"));
        const QModelIndex configuration = f->proxy.index(1, 0);
        QCOMPARE(f->proxy.columnCount(configuration), 3);
        const QModelIndex cell = f->proxy.index(0, 2, configuration);
        QCOMPARE(cell.data(MatrixModel::EnvironmentRole).toString(), QStringLiteral("production"));
        QCOMPARE(f->proxy.index(1, 1).data().toInt(), 1); // staging's drifting cells in the group row

        f->proxy.setVisibleEnvironments({7}); // no such environment: only the key column
        QCOMPARE(f->proxy.columnCount(), 1);
        f->proxy.setVisibleEnvironments({});
        QCOMPARE(f->proxy.columnCount(), 4);
    }

    void sortModes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("order");
        QTest::addColumn<Keys>("expected");

        QTest::addRow("by key") << int(MatrixFilterProxy::SortMode::ByKey) << int(Qt::AscendingOrder)
                                << m_snapshot->keys();
        QTest::addRow("by key, descending") << int(MatrixFilterProxy::SortMode::ByKey) << int(Qt::DescendingOrder)
                                            << Keys{QStringLiteral("image/worker"),
                                                    QStringLiteral("image/checkout-api"),
                                                    QStringLiteral("config/logging.level"),
                                                    QStringLiteral("config/feature.legacy"),
                                                    QStringLiteral("config/database.poolSize"),
                                                    QStringLiteral("config/database.password"),
                                                    QStringLiteral("config/database.host"),
                                                    QStringLiteral("config/cache.ttl"),
                                                    QStringLiteral("config/admin.console"),
                                                    QStringLiteral("flag/new-checkout-flow"),
                                                    QStringLiteral("metric/errorRate"),
                                                    QStringLiteral("owner")};
        QTest::addRow("by severity")
            << int(MatrixFilterProxy::SortMode::BySeverity) << int(Qt::AscendingOrder)
            << Keys{QStringLiteral("image/checkout-api"),       QStringLiteral("image/worker"),
                    QStringLiteral("config/cache.ttl"),         QStringLiteral("config/database.password"),
                    QStringLiteral("config/database.poolSize"), QStringLiteral("config/feature.legacy"),
                    QStringLiteral("config/admin.console"),     QStringLiteral("config/database.host"),
                    QStringLiteral("config/logging.level"),     QStringLiteral("flag/new-checkout-flow"),
                    QStringLiteral("metric/errorRate"),         QStringLiteral("owner")};
    }

    void sortModes()
    {
        QFETCH(int, mode);
        QFETCH(int, order);
        QFETCH(Keys, expected);

        auto f = loaded();
        f->proxy.setOnlyDivergences(false);
        QSignalSpy modeChanged(&f->proxy, &MatrixFilterProxy::sortModeChanged);
        f->proxy.setSortMode(MatrixFilterProxy::SortMode(mode));
        QCOMPARE(modeChanged.count(), mode == int(MatrixFilterProxy::SortMode::ByKey) ? 0 : 1);
        f->proxy.sort(0, Qt::SortOrder(order));
        QCOMPARE(visibleKeys(f->proxy), expected);
        // Groups keep their category order whichever way the view sorts.
        QCOMPARE(visibleGroups(f->proxy),
                 (QList<int>{int(Category::Versions), int(Category::Configuration), int(Category::FeatureFlags),
                             int(Category::Metrics), int(Category::Other)}));
        QCOMPARE(f->proxy.property("sortMode").value<MatrixFilterProxy::SortMode>(), MatrixFilterProxy::SortMode(mode));
    }

    // A new verdict (policy edited) updates the filtered rows without a reset.
    void driftResultRefilters()
    {
        auto f = loaded();
        const QString logging = QStringLiteral("config/logging.level");
        QVERIFY(!visibleKeys(f->proxy).contains(logging));
        const QPersistentModelIndex pool
            = f->proxy.mapFromSource(f->model.indexForKey(QStringLiteral("config/database.poolSize")));
        QVERIFY(pool.isValid());

        QSignalSpy reset(&f->proxy, &QAbstractItemModel::modelAboutToBeReset);
        Policy noIgnore = m_snapshot->policy;
        noIgnore.ignore.clear();
        f->model.setDriftResult(TS::drift(*m_snapshot, TS::Production, noIgnore));
        QVERIFY(visibleKeys(f->proxy).contains(logging));
        QCOMPARE(reset.count(), 0);
        QVERIFY(pool.isValid());
        QCOMPARE(pool.data(MatrixModel::KeyRole).toString(), QStringLiteral("config/database.poolSize"));

        // And with severity sorting, a key that becomes critical moves to the top of its group.
        f->proxy.setSortMode(MatrixFilterProxy::SortMode::BySeverity);
        Policy critical = noIgnore;
        critical.mustMatch.append(MustMatchRule{logging, {}});
        f->model.setDriftResult(TS::drift(*m_snapshot, TS::Production, critical));
        const QModelIndex configuration = f->proxy.index(1, 0);
        QCOMPARE(f->proxy.index(0, 0, configuration).data(MatrixModel::KeyRole).toString(), logging);
    }

    // Typing narrows incrementally, deleting widens by a rebuild: both must give the same rows
    // as a fresh filter, and keep persistent indexes on rows that stay.
    void typingAndDeleting()
    {
        auto f = loaded();
        f->proxy.setOnlyDivergences(false);
        const QPersistentModelIndex pool
            = f->proxy.mapFromSource(f->model.indexForKey(QStringLiteral("config/database.poolSize"), 2));
        const QList<std::pair<QString, Keys>> steps = {
            {QStringLiteral("d"),
             Keys{QStringLiteral("config/admin.console"), QStringLiteral("config/database.host"),
                  QStringLiteral("config/database.password"), QStringLiteral("config/database.poolSize"),
                  QStringLiteral("config/logging.level")}}, // its value "debug"
            {QStringLiteral("da"),
             Keys{QStringLiteral("config/database.host"), QStringLiteral("config/database.password"),
                  QStringLiteral("config/database.poolSize")}},
            {QStringLiteral("data"),
             Keys{QStringLiteral("config/database.host"), QStringLiteral("config/database.password"),
                  QStringLiteral("config/database.poolSize")}},
            {QStringLiteral("database.po"), Keys{QStringLiteral("config/database.poolSize")}},
            {QStringLiteral("da"),
             Keys{QStringLiteral("config/database.host"), QStringLiteral("config/database.password"),
                  QStringLiteral("config/database.poolSize")}},
            {QStringLiteral("a"), m_snapshot->keys()}, // "image", "warn", "team-a", …
            {QString(), m_snapshot->keys()},
        };
        for (const auto &[typed, expected] : steps) {
            f->proxy.setFilterText(typed);
            QCOMPARE(visibleKeys(f->proxy), expected);
            QVERIFY(pool.isValid());
            QCOMPARE(pool.data(MatrixModel::KeyRole).toString(), QStringLiteral("config/database.poolSize"));
        }
    }

    void searchFoldsCaseAndKeepsCellsApart()
    {
        auto s = std::make_shared<Snapshot>();
        s->environments = {TS::environment(QStringLiteral("a")), TS::environment(QStringLiteral("b"))};
        s->environments[0].entries.insert(QStringLiteral("config/x"),
                                          TS::entry(Value::string(QStringLiteral("Straße Ärger"))));
        s->environments[1].entries.insert(QStringLiteral("config/x"), TS::entry(Value::string(QStringLiteral("cd"))));
        s->environments[0].entries.insert(QStringLiteral("config/y"), TS::entry(Value::string(QStringLiteral("ab"))));
        s->buildIndex();
        Fixture f;
        f.model.setSnapshot(s, TS::drift(*s, 0));
        f.proxy.setOnlyDivergences(false);
        const QList<std::pair<QString, Keys>> cases = {
            {QStringLiteral("ÄRGER"), Keys{QStringLiteral("config/x")}},
            {QStringLiteral("STRASSE"), Keys()}, // folding is per character, not full (ß stays ß)
            {QStringLiteral("STRAßE"), Keys{QStringLiteral("config/x")}},
            {QStringLiteral("ärgercd"), Keys()}, // never across two cells
            {QStringLiteral("x") + QChar(u'\0'), Keys()}, // the separator cannot be searched for
            {QStringLiteral("C"), Keys{QStringLiteral("config/x"), QStringLiteral("config/y")}},
        };
        for (const auto &[typed, expected] : cases) {
            f.proxy.setFilterText(typed);
            QCOMPARE(visibleKeys(f.proxy), expected);
        }
    }

    void newSnapshot()
    {
        auto f = loaded();
        f->proxy.setFilterText(QStringLiteral("pool"));
        QCOMPARE(visibleKeys(f->proxy), Keys{QStringLiteral("config/database.poolSize")});
        auto other = std::make_shared<Snapshot>(*m_snapshot);
        other->environments[TS::Development].entries.insert(QStringLiteral("config/pool.extra"),
                                                            TS::entry(Value::number(1)));
        other->buildIndex();
        f->model.setSnapshot(other, TS::drift(*other));
        QCOMPARE(visibleKeys(f->proxy),
                 (Keys{QStringLiteral("config/database.poolSize"), QStringLiteral("config/pool.extra")}));
        f->model.setSnapshot(nullptr, {});
        QCOMPARE(f->proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(MatrixFilterProxyTest)
#include "tst_matrixfilterproxy.moc"
