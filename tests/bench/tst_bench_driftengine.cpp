// Drift engine benchmark: 20 environments × 100,000 keys with 5 % drift.
// Targets (issue #3): full computation ≤ 150 ms, ≤ 150 bytes of extra memory per cell.
// Prints figures; asserts only that the verdicts are sane.
#include "drift/driftengine.h"
#include "snapshot/snapshot.h"
#include "workspace/policy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <algorithm>

using namespace DriftDeck;

namespace {
constexpr int Environments = 20;
constexpr int Keys = 100000;

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

Snapshot generate()
{
    Snapshot s;
    QStringList keys;
    keys.reserve(Keys);
    for (int k = 0; k < Keys; ++k)
        keys.append(QStringLiteral("config/service%1.setting%2").arg(k / 100, 4, 10, QLatin1Char('0')).arg(k % 100));
    for (int e = 0; e < Environments; ++e) {
        EnvironmentCapture c;
        c.name = QStringLiteral("env%1").arg(e);
        c.entries.reserve(Keys);
        for (int k = 0; k < Keys; ++k) {
            // Deterministic 5 % drift per environment (never in env0, the baseline).
            const bool drift = e > 0 && ((k * 31 + e * 17) % 100) < 5;
            Entry entry;
            entry.value = Value::number(drift ? k + e : k);
            c.entries.insert(keys[k], entry);
        }
        s.environments.append(c);
    }
    s.buildIndex();
    return s;
}
} // namespace

class DriftEngineBench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compute()
    {
        QElapsedTimer timer;
        timer.start();
        const Snapshot snapshot = generate();
        qInfo("generated %d environments x %d keys in %lld ms", Environments, Keys, timer.elapsed());

        Policy policy = Policy::defaults();
        for (int i = 0; i < 10; ++i) {
            ExpectedDifference rule;
            rule.key = QStringLiteral("config/service%1.*").arg(i * 7, 4, 10, QLatin1Char('0'));
            rule.reason = QStringLiteral("benchmark");
            policy.expected.append(rule);
        }
        policy.ignore.append(IgnoreRule{QStringLiteral("config/service0999.*"), {}, {}});

        const qint64 rssBefore = residentKiB();
        QList<qint64> times;
        DriftResult result;
        for (int run = 0; run < 5; ++run) {
            timer.restart();
            result = DriftEngine::compute(snapshot, 0, policy, QDate(2026, 11, 26));
            times.append(timer.elapsed());
        }
        const qint64 rssAfter = residentKiB();
        std::sort(times.begin(), times.end());
        const double cells = double(Environments) * Keys;
        qInfo("drift computation: median %lld ms, best %lld ms, worst %lld ms (5 runs)", times[2], times[0], times[4]);
        qInfo("result memory: %.2f bytes per cell (%zu bytes); process RSS grew %lld KiB = %.2f bytes per cell",
              double(result.memoryUsage()) / cells, result.memoryUsage(), rssAfter - rssBefore,
              (rssAfter - rssBefore) * 1024.0 / cells);
        qInfo("drifting rows: %d of %d", result.driftRowCount(), result.rowCount());

        timer.restart();
        const DriftResult other = DriftEngine::compute(snapshot, 5, policy, QDate(2026, 11, 26));
        qInfo("baseline switch to env5: %lld ms", timer.elapsed());

        QCOMPARE(result.rowCount(), Keys);
        QVERIFY(result.driftRowCount() > Keys / 2);
        QVERIFY(result.parity(1).score() > 0.9 && result.parity(1).score() < 0.99);
        QVERIFY(other.parity(0).drift > 0);
    }
};

QTEST_GUILESS_MAIN(DriftEngineBench)
#include "tst_bench_driftengine.moc"
