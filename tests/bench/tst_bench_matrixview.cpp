// Matrix view benchmark: 20 environments × 100,000 keys (a snapshot generated in memory).
// Targets (issue #4): first paint ≤ 1.5 s after the snapshot is loaded; scrolling one page
// repaints in ≤ 16 ms; filter typing updates in ≤ 100 ms. Prints figures; no timing asserts.
#include "drift/driftengine.h"
#include "itemmodels/matrixfilterproxy.h"
#include "itemmodels/matrixmodel.h"
#include "matrixview.h"
#include "snapshot/snapshot.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTest>

#include <algorithm>
#include <time.h>

using namespace DriftDeck;

namespace {
constexpr int Environments = 20;
constexpr int Keys = 100000;
constexpr int Repeats = 15;

const char *const Prefixes[] = {"image/", "config/", "flag/", "infra/", "metric/", "tls/"};

SnapshotPtr generate()
{
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->workspaceName = QStringLiteral("Bench");
    QStringList keys;
    keys.reserve(Keys);
    for (int k = 0; k < Keys; ++k)
        keys.append(QString::fromLatin1(Prefixes[k % 6])
                    + QStringLiteral("service%1.setting%2").arg(k / 100, 4, 10, QLatin1Char('0')).arg(k % 100));
    // A handful of shared values: copies share their text, as real captures mostly do.
    QList<Value> values;
    for (int v = 0; v < 64; ++v)
        values << Value::string(QStringLiteral("value-%1-with-some-length-to-elide-in-a-narrow-column").arg(v));
    for (int e = 0; e < Environments; ++e) {
        EnvironmentCapture capture;
        capture.name = QStringLiteral("env%1").arg(e, 2, 10, QLatin1Char('0'));
        capture.entries.reserve(Keys);
        for (int k = 0; k < Keys; ++k) {
            const bool drift = e > 0 && ((k * 31 + e * 17) % 100) < 5; // 5 % drift, none in env00
            Entry entry;
            entry.value = values[(drift ? k + e : k) % values.size()];
            capture.entries.insert(keys[k], entry);
        }
        snapshot->environments.append(capture);
    }
    snapshot->buildIndex();
    return snapshot;
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples[samples.size() / 2];
}

// Wall time, and this thread's CPU time: on a shared, loaded machine the CPU time is the figure
// that says what the code costs; the wall time adds whatever the scheduler took away.
class Stopwatch
{
public:
    Stopwatch()
    {
        m_wall.start();
        m_cpu = cpuNs();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return double(cpuNs() - m_cpu) / 1e6; }

private:
    static qint64 cpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};
} // namespace

class MatrixViewBench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstPaint_data();
    void firstPaint();
    void scrollOnePage();
    void filterTyping();

private:
    void showMatrix(bool onlyDivergences, double *firstPaintMs); // wall, CPU

    SnapshotPtr m_snapshot;
    DriftResult m_result;
    std::unique_ptr<MatrixModel> m_model;
    std::unique_ptr<MatrixFilterProxy> m_proxy;
    std::unique_ptr<MatrixView> m_view;
};

void MatrixViewBench::initTestCase()
{
    const Stopwatch timer;
    m_snapshot = generate();
    m_result = DriftEngine::compute(*m_snapshot, 0, m_snapshot->policy, QDate(2026, 1, 1));
    qInfo("generated %d keys x %d environments and their drift in %.0f ms", m_snapshot->rowCount(),
          m_snapshot->environmentCount(), timer.wallMs());
}

void MatrixViewBench::showMatrix(bool onlyDivergences, double *firstPaintMs)
{
    m_view = std::make_unique<MatrixView>();
    m_proxy = std::make_unique<MatrixFilterProxy>();
    m_model = std::make_unique<MatrixModel>();
    m_proxy->setOnlyDivergences(onlyDivergences);
    m_proxy->setSourceModel(m_model.get());
    m_view->setModel(m_proxy.get());
    m_view->resize(1600, 1000);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));

    const Stopwatch timer;
    m_model->setSnapshot(m_snapshot, m_result);
    m_view->applyDefaultColumnWidths();
    const QPixmap first = m_view->grab();
    firstPaintMs[0] = timer.wallMs();
    firstPaintMs[1] = timer.cpuMs();
    QVERIFY(!first.isNull());
}

void MatrixViewBench::firstPaint_data()
{
    QTest::addColumn<bool>("onlyDivergences");
    QTest::addRow("only divergences") << true;
    QTest::addRow("every key") << false;
}

void MatrixViewBench::firstPaint()
{
    QFETCH(bool, onlyDivergences);
    double ms[2] = {};
    showMatrix(onlyDivergences, ms);
    qInfo(
        "first paint (%s, %d rows shown): %.1f ms (CPU %.1f ms)", onlyDivergences ? "only divergences" : "every key",
        [this] {
            int rows = 0;
            for (int g = 0; g < m_proxy->rowCount(); ++g)
                rows += m_proxy->rowCount(m_proxy->index(g, 0));
            return rows;
        }(),
        ms[0], ms[1]);
}

void MatrixViewBench::scrollOnePage()
{
    double ms[2] = {};
    showMatrix(false, ms);
    QScrollBar *bar = m_view->verticalScrollBar();
    QList<double> samples;
    QList<double> cpu;
    for (int i = 0; i < Repeats; ++i) {
        const Stopwatch timer;
        bar->setValue(bar->value() + bar->pageStep());
        m_view->viewport()->repaint();
        m_view->keyColumnView()->viewport()->repaint();
        samples << timer.wallMs();
        cpu << timer.cpuMs();
    }
    qInfo("scroll one page and repaint (%d x %d px): median %.2f ms (CPU %.2f ms), worst %.2f ms",
          m_view->viewport()->width(), m_view->viewport()->height(), median(samples), median(cpu),
          *std::max_element(samples.cbegin(), samples.cend()));

    samples.clear();
    cpu.clear();
    for (int i = 0; i < Repeats; ++i) {
        const Stopwatch timer;
        m_view->viewport()->repaint();
        samples << timer.wallMs();
        cpu << timer.cpuMs();
    }
    qInfo("repaint in place (matrix viewport only): median %.2f ms (CPU %.2f ms)", median(samples), median(cpu));
}

void MatrixViewBench::filterTyping()
{
    double ms[2] = {};
    showMatrix(true, ms);
    const QString typed = QStringLiteral("config/service0042");
    QList<double> samples;
    QList<double> cpu;
    for (int length = 1; length <= typed.size(); ++length) {
        const Stopwatch timer;
        m_proxy->setFilterText(typed.left(length));
        m_view->viewport()->repaint();
        samples << timer.wallMs();
        cpu << timer.cpuMs();
    }
    qInfo("filter typing, text (%lld keystrokes): median %.1f ms (CPU %.1f ms), worst %.1f ms",
          qlonglong(samples.size()), median(samples), median(cpu), *std::max_element(samples.cbegin(), samples.cend()));
    QStringList walls;
    for (double sample : std::as_const(samples))
        walls << QString::number(sample, 'f', 0);
    qInfo("  per keystroke, wall ms: %s", qPrintable(walls.join(u' ')));

    // The same typing on the proxy alone, to tell filtering from the view's work.
    {
        MatrixFilterProxy alone;
        alone.setSourceModel(m_model.get());
        auto rows = [&alone] {
            int count = 0;
            for (int g = 0; g < alone.rowCount(); ++g)
                count += alone.rowCount(alone.index(g, 0));
            return count;
        };
        rows(); // a proxy filters only what someone asked for
        QList<double> proxySamples;
        QList<double> proxyCpu;
        for (int length = 1; length <= typed.size(); ++length) {
            const Stopwatch timer;
            alone.setFilterText(typed.left(length));
            rows();
            proxySamples << timer.wallMs();
            proxyCpu << timer.cpuMs();
        }
        QStringList each;
        for (double sample : std::as_const(proxyCpu))
            each << QString::number(sample, 'f', 0);
        qInfo("  per keystroke, CPU ms: %s", qPrintable(each.join(u' ')));
        qInfo("filter typing, text, proxy without a view: median %.1f ms (CPU %.1f ms), worst %.1f ms",
              median(proxySamples), median(proxyCpu), *std::max_element(proxySamples.cbegin(), proxySamples.cend()));
    }
    m_proxy->setFilterText({});

    samples.clear();
    cpu.clear();
    for (const QString &glob : {QStringLiteral("config/*"), QStringLiteral("config/service00*"),
                                QStringLiteral("*setting4?"), QStringLiteral("flag/service0*.setting2")}) {
        const Stopwatch timer;
        m_proxy->setFilterText(glob);
        m_view->viewport()->repaint();
        samples << timer.wallMs();
        cpu << timer.cpuMs();
    }
    qInfo("filter typing, globs: median %.1f ms (CPU %.1f ms), worst %.1f ms", median(samples), median(cpu),
          *std::max_element(samples.cbegin(), samples.cend()));

    const Stopwatch timer;
    m_proxy->setFilterText({});
    m_view->viewport()->repaint();
    qInfo("clearing the filter: %.1f ms (CPU %.1f ms)", timer.wallMs(), timer.cpuMs());
}

QTEST_MAIN(MatrixViewBench)
#include "tst_bench_matrixview.moc"
