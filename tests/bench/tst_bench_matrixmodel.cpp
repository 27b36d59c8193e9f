// Matrix model benchmark: 20 environments × 100,000 keys with 5 % of keys drifting.
// Targets: setSnapshot ≤ 100 ms; a filter change over every row ≤ 100 ms.
// Prints figures with qInfo; asserts only that the row counts are sane.
#include "drift/driftengine.h"
#include "itemmodels/matrixfilterproxy.h"
#include "itemmodels/matrixmodel.h"
#include "itemmodels/searchtext.h"
#include "snapshot/snapshot.h"
#include "workspace/policy.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace DriftDeck;

namespace {
constexpr int Environments = 20;
constexpr int Keys = 100000;

QString keyName(int k)
{
    static const char *const names[]
        = {"poolSize", "timeout", "replicas", "host", "port", "retries", "cacheTtl", "logLevel", "region", "maxBody"};
    const char *ns = k % 20 == 0 ? "flag" : k % 20 == 1 ? "image" : "config";
    return QStringLiteral("%1/service%2.%3%4")
        .arg(QLatin1StringView(ns))
        .arg(k / 100, 4, 10, QLatin1Char('0'))
        .arg(QLatin1StringView(names[k % 10]))
        .arg(k % 100 / 10);
}

std::shared_ptr<Snapshot> generate()
{
    auto s = std::make_shared<Snapshot>();
    QStringList keys;
    keys.reserve(Keys);
    for (int k = 0; k < Keys; ++k)
        keys.append(keyName(k));
    for (int e = 0; e < Environments; ++e) {
        EnvironmentCapture c;
        c.name = QStringLiteral("env%1").arg(e);
        c.entries.reserve(Keys);
        for (int k = 0; k < Keys; ++k) {
            // 5 % of keys drift, each in about a third of the environments (never env0, the baseline).
            const bool driftingKey = (k * 7919) % 100 < 5;
            const bool drift = driftingKey && e > 0 && (k + e) % 3 == 0;
            Entry entry;
            entry.value = Value::number(drift ? k + e : k);
            c.entries.insert(keys[k], entry);
        }
        s->environments.append(c);
    }
    s->buildIndex();
    return s;
}

// What a view with every group expanded asks for: each group's rows.
int visibleRows(const QAbstractItemModel &model)
{
    int rows = 0;
    for (int g = 0; g < model.rowCount(); ++g)
        rows += model.rowCount(model.index(g, 0));
    return rows;
}

template<typename F> qint64 timed(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return timer.elapsed();
}
} // namespace

class MatrixModelBench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrix()
    {
        QElapsedTimer timer;
        timer.start();
        const std::shared_ptr<Snapshot> snapshot = generate();
        qInfo("generated %d environments x %d keys in %lld ms", Environments, Keys, timer.elapsed());
        const Policy policy = Policy::defaults();
        const QDate today(2026, 11, 26);
        timer.restart();
        const DriftResult result = DriftEngine::compute(*snapshot, 0, policy, today);
        qInfo("drift computed in %lld ms: %d drifting keys", timer.elapsed(), result.driftRowCount());
        QVERIFY(result.driftRowCount() > Keys / 40 && result.driftRowCount() < Keys / 10);

        MatrixModel model;
        QList<qint64> times;
        for (int run = 0; run < 5; ++run)
            times << timed([&] { model.setSnapshot(snapshot, result); });
        std::sort(times.begin(), times.end());
        qInfo("setSnapshot (model alone): median %lld ms, best %lld ms", times[2], times[0]);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)) + model.rowCount(model.index(1, 0))
                     + model.rowCount(model.index(2, 0)),
                 Keys);

        // data(): one full screen of cells, many times over.
        timer.restart();
        qsizetype chars = 0;
        const QModelIndex configuration = model.index(1, 0);
        for (int row = 0; row < 10000; ++row) {
            for (int column = 0; column <= Environments; ++column)
                chars += model.index(row, column, configuration).data().toString().size();
        }
        qInfo("data(DisplayRole): %.0f ns a cell over 210,000 cells", timer.nsecsElapsed() / 210000.0);
        QVERIFY(chars > 0);

        // The proxy builds this in the background when a snapshot arrives; timed here alone.
        std::shared_ptr<const SearchText> search;
        qInfo("search text built in %lld ms", timed([&] { search = SearchText::build(*snapshot); }));
        qInfo("search text memory: %.1f MB (%.1f bytes a cell)", double(search->memoryUsage()) / 1e6,
              double(search->memoryUsage()) / (double(Keys) * Environments));
        QCOMPARE(search->rowCount(), Keys);
        search.reset();

        MatrixFilterProxy proxy;
        proxy.setSourceModel(&model);
        int rows = 0;
        const qint64 firstMapping = timed([&] { rows = visibleRows(proxy); });
        qInfo("proxy first mapping (only divergences): %lld ms, %d rows", firstMapping, rows);
        QVERIFY(rows == result.driftRowCount());

        qInfo("setSnapshot with the proxy attached and mapped: %lld ms", timed([&] {
                  model.setSnapshot(snapshot, result);
                  rows = visibleRows(proxy);
              }));
        QVERIFY(rows == result.driftRowCount());

        qInfo("toggle only-divergences off: %lld ms", timed([&] {
                  proxy.setOnlyDivergences(false);
                  rows = visibleRows(proxy);
              }));
        QCOMPARE(rows, Keys);
        qInfo("toggle only-divergences on: %lld ms", timed([&] {
                  proxy.setOnlyDivergences(true);
                  rows = visibleRows(proxy);
              }));
        QCOMPARE(rows, result.driftRowCount());
        proxy.setOnlyDivergences(false);
        visibleRows(proxy);

        // Typing right after a snapshot arrives may wait for the background search text.
        timer.restart();
        while (!proxy.isSearchReady())
            QThread::msleep(5);
        qInfo("search text ready %lld ms after the toggles above", timer.elapsed());
        for (const QString &typed :
             {QStringLiteral("p"), QStringLiteral("po"), QStringLiteral("poo"), QStringLiteral("pool")}) {
            const qint64 ms = timed([&] {
                proxy.setFilterText(typed);
                rows = visibleRows(proxy);
            });
            qInfo("typed text \"%s\": %lld ms, %d rows", qPrintable(typed), ms, rows);
        }
        QCOMPARE(rows, Keys / 10);

        qInfo("glob \"config/service0042.*\": %lld ms", timed([&] {
                  proxy.setFilterText(QStringLiteral("config/service0042.*"));
                  rows = visibleRows(proxy);
              }));
        QCOMPARE(rows, 90);

        // A value search that matches nothing scans every visible cell.
        qInfo("text found nowhere (every cell searched): %lld ms", timed([&] {
                  proxy.setFilterText(QStringLiteral("zzz"));
                  rows = visibleRows(proxy);
              }));
        QCOMPARE(rows, 0);

        qInfo("clear the text: %lld ms", timed([&] {
                  proxy.setFilterText({});
                  rows = visibleRows(proxy);
              }));
        QCOMPARE(rows, Keys);

        qInfo("two environments visible: %lld ms", timed([&] {
                  proxy.setOnlyDivergences(true);
                  proxy.setVisibleEnvironments({0, 3});
                  rows = visibleRows(proxy);
              }));
        QVERIFY(rows > 0 && rows < result.driftRowCount());
        proxy.setVisibleEnvironments({});

        qInfo("sort by severity: %lld ms", timed([&] {
                  proxy.setSortMode(MatrixFilterProxy::SortMode::BySeverity);
                  rows = visibleRows(proxy);
              }));

        const DriftResult other = DriftEngine::compute(*snapshot, 1, policy, today);
        qInfo("setDriftResult (new baseline) with the proxy: %lld ms", timed([&] {
                  model.setDriftResult(other);
                  rows = visibleRows(proxy);
              }));
        QVERIFY(rows > 0);
    }
};

QTEST_GUILESS_MAIN(MatrixModelBench)
#include "tst_bench_matrixmodel.moc"
