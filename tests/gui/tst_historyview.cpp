#include "guitestdata.h"
#include "history/historyview.h"
#include "history/timeticks.h"
#include "historytestdata.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QScatterSeries>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

namespace {

QList<QAreaSeries *> areas(QChart *chart)
{
    QList<QAreaSeries *> out;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(s))
            out.append(area);
    }
    return out;
}

QScatterSeries *markers(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(s))
            return scatter;
    }
    return nullptr;
}

QStringList comboItems(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items.append(combo->itemText(i));
    return items;
}

// The category counts per snapshot HistorySummary gives, for one environment or all summed.
QList<std::array<int, CategoryCount>> expectedCounts(const QList<HistoryPoint> &points, const QString &environment)
{
    QList<std::array<int, CategoryCount>> out;
    for (const HistoryPoint &point : points) {
        if (!point.errorString.isEmpty())
            continue;
        std::array<int, CategoryCount> sum{};
        for (const EnvironmentDriftCounts &env : point.environments) {
            if (environment.isEmpty() || env.environment == environment) {
                for (int c = 0; c < CategoryCount; ++c)
                    sum[size_t(c)] += env.drift[size_t(c)];
            }
        }
        out.append(sum);
    }
    return out;
}

} // namespace

class HistoryViewTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC"); // the axis labels are in local time
        QVERIFY(m_root.isValid());
        m_store = std::make_unique<HistoryStore>(u"Checkout"_s, u"/srv/w.yaml"_s, m_root.path());
        m_entries = HistoryTestData::writeHistory(*m_store);
        QCOMPARE(m_entries.size(), 4);
        m_policy = TestSnapshots::checkoutSnapshot()->policy;
    }

    void chartMatchesTheSummary_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addRow("all environments") << QString();
        QTest::addRow("development") << u"development"_s;
        QTest::addRow("staging") << u"staging"_s;
    }

    void chartMatchesTheSummary()
    {
        QFETCH(QString, environment);
        HistoryView view;
        QSignalSpy finished(&view, &HistoryView::readingFinished);
        view.setHistory(m_entries, u"production"_s, m_policy);
        QVERIFY(view.isReading());
        QVERIFY(finished.wait(10000));
        QCOMPARE(comboItems(view.findChild<QComboBox *>(u"historyEnvironment"_s)),
                 (QStringList{u"All environments"_s, u"development"_s, u"staging"_s}));
        view.setEnvironment(environment);
        QCOMPARE(view.environment(), environment);

        const QList<HistoryPoint> summary = HistorySummary::compute(m_entries, u"production"_s, m_policy);
        const auto expected = expectedCounts(summary, environment);
        QCOMPARE(expected.size(), 3);
        const QList<QAreaSeries *> layers = areas(view.chart());
        // One layer per category that drifted on some day, bottom first in category order.
        QStringList expectedNames;
        for (int c = 0; c < CategoryCount; ++c) {
            if (std::any_of(expected.cbegin(), expected.cend(), [c](const auto &day) { return day[size_t(c)] > 0; }))
                expectedNames.append(categoryTitle(Category(c)));
        }
        QStringList names;
        for (QAreaSeries *area : layers)
            names.append(area->name());
        QCOMPARE(names, expectedNames);
        QVERIFY(!names.isEmpty());

        for (int column = 0; column < expected.size(); ++column) {
            int below = 0;
            for (QAreaSeries *area : layers) {
                int count = 0;
                for (int c = 0; c < CategoryCount; ++c) {
                    if (categoryTitle(Category(c)) == area->name())
                        count = expected[column][size_t(c)];
                }
                const QPointF lower = area->lowerSeries()->at(column);
                const QPointF upper = area->upperSeries()->at(column);
                QCOMPARE(qint64(upper.x()), summary[column].takenAt.toMSecsSinceEpoch());
                QCOMPARE(lower.y(), qreal(below));
                below += count;
                QCOMPARE(upper.y(), qreal(below));
            }
            QCOMPARE(markers(view.chart())->at(column).y(), qreal(below));
        }
        QCOMPARE(view.findChild<QLabel *>(u"historyNote"_s)->text(),
                 u"Snapshots that could not be read or lack the baseline: 1."_s);
    }

    void timeAxisTicks_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<QStringList>("labels");
        const auto at = [](int y, int m, int d, int h) {
            return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::UTC);
        };
        QTest::addRow("two days: every 12 hours")
            << at(2026, 11, 1, 9) << at(2026, 11, 3, 9)
            << QStringList{u"1 Nov 12:00"_s, u"2 Nov"_s, u"2 Nov 12:00"_s, u"3 Nov"_s};
        QTest::addRow("one day: every 6 hours")
            << at(2026, 10, 31, 21) << at(2026, 11, 1, 21)
            << QStringList{u"1 Nov"_s, u"1 Nov 06:00"_s, u"1 Nov 12:00"_s, u"1 Nov 18:00"_s};
        QTest::addRow("a month: Mondays") << at(2026, 11, 1, 0) << at(2026, 11, 30, 0)
                                          << QStringList{u"2 Nov"_s, u"9 Nov"_s, u"16 Nov"_s, u"23 Nov"_s, u"30 Nov"_s};
        QTest::addRow("a year: quarters") << at(2025, 11, 1, 0) << at(2026, 11, 1, 0)
                                          << QStringList{u"Jan 2026"_s, u"Apr 2026"_s, u"Jul 2026"_s, u"Oct 2026"_s};
        QTest::addRow("backwards") << at(2026, 11, 2, 0) << at(2026, 11, 1, 0) << QStringList();
    }

    void timeAxisTicks()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(QStringList, labels);
        QStringList got;
        for (const TimeTick &tick : timeTicks(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), 6)) {
            QVERIFY(tick.msecs >= from.toMSecsSinceEpoch() && tick.msecs <= to.toMSecsSinceEpoch());
            got.append(tick.label);
        }
        QCOMPARE(got, labels);
    }

    void dayByDayStory()
    {
        // The story the fixture tells, so a summary that miscounts cannot pass by agreeing with itself.
        HistoryView view;
        view.setPoints(HistorySummary::compute(m_entries, u"production"_s, m_policy), u"production"_s);
        view.setEnvironment(u"development"_s);
        const HistoryChartData &data = view.chartData();
        QCOMPARE(data.times.size(), 3);
        QCOMPARE(data.count(Category::Configuration, 0) - data.count(Category::Configuration, 1), 2);
        QCOMPARE(data.count(Category::Tls, 1), 0);
        QCOMPARE(data.count(Category::Tls, 2), 1);
        view.setEnvironment(u"staging"_s);
        QCOMPARE(view.chartData().count(Category::Versions, 2) - view.chartData().count(Category::Versions, 1), 1);
    }

    // Preview environments come and go between captures: the point where one appeared or went
    // says so, for every environment summed (one environment's own chart has nothing to say).
    void environmentsThatComeAndGoAreNoted()
    {
        const auto point = [](int day, const QStringList &names) {
            HistoryPoint p;
            p.path = u"/h/%1.driftsnap.json"_s.arg(day);
            p.takenAt = QDateTime(QDate(2026, 12, day), QTime(3, 0), QTimeZone::UTC);
            for (const QString &name : names)
                p.environments.append(EnvironmentDriftCounts{name, {}, 1.0});
            return p;
        };
        const QList<HistoryPoint> points{point(1, {u"staging"_s, u"pr-41"_s}),
                                         point(2, {u"staging"_s, u"pr-41"_s, u"pr-42"_s}),
                                         point(3, {u"staging"_s, u"pr-42"_s})};
        const HistoryChartData all = HistoryChartData::build(points, QString());
        QCOMPARE(all.arrived, (QList<QStringList>{{}, {u"pr-42"_s}, {}}));
        QCOMPARE(all.departed, (QList<QStringList>{{}, {}, {u"pr-41"_s}}));
        QVERIFY(!all.describe(0).contains(u"since"_s));
        QVERIFY2(all.describe(1).endsWith(u"\nNew since the snapshot before: pr-42"_s), qPrintable(all.describe(1)));
        QVERIFY2(all.describe(2).endsWith(u"\nGone since the snapshot before: pr-41"_s), qPrintable(all.describe(2)));
        const HistoryChartData staging = HistoryChartData::build(points, u"staging"_s);
        QCOMPARE(staging.times.size(), 3);
        QVERIFY(!staging.describe(2).contains(u"Gone"_s));
    }

    void clickOpensTheSnapshot()
    {
        HistoryView view;
        view.resize(800, 420);
        view.setPoints(HistorySummary::compute(m_entries, u"production"_s, m_policy), u"production"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy requested(&view, &HistoryView::snapshotRequested);
        auto *chartView = view.findChild<QChartView *>(u"historyChart"_s);
        QScatterSeries *points = markers(view.chart());
        QVERIFY(points && points->isVisible());
        for (const int column : {1, 0, 2}) {
            const QPointF inChart = view.chart()->mapToPosition(points->at(column), points);
            const QPoint inView = chartView->mapFromScene(view.chart()->mapToScene(inChart));
            QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, inView);
            QTRY_COMPARE(requested.size(), 1);
            QCOMPARE(requested.takeFirst().first().toString(), m_entries[column].path);
        }
        // Inside the area below a marker opens the nearest snapshot too.
        const QPointF below(points->at(2).x(), 0.5);
        const QPoint inView
            = chartView->mapFromScene(view.chart()->mapToScene(view.chart()->mapToPosition(below, points)));
        QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, inView);
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.takeFirst().first().toString(), m_entries[2].path);
    }

    void emptyState()
    {
        HistoryView view;
        QSignalSpy settings(&view, &HistoryView::settingsRequested);
        view.setHistory({}, u"production"_s, m_policy);
        QVERIFY(!view.isReading());
        auto *empty = view.findChild<QLabel *>(u"historyEmpty"_s);
        QCOMPARE(view.findChild<QStackedWidget *>()->currentWidget(), empty);
        QVERIFY(empty->text().startsWith(u"No saved snapshots yet — each refresh is kept automatically"_s));
        Q_EMIT empty->linkActivated(u"settings"_s);
        QCOMPARE(settings.size(), 1);
    }

    void readingShowsProgressAndCanBeCancelled()
    {
        // Hold the thread pool so the reading cannot start before it is cancelled.
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        QSemaphore gate;
        pool->start([&gate] { gate.acquire(); });
        HistoryView view;
        QSignalSpy finished(&view, &HistoryView::readingFinished);
        view.setHistory(m_entries, u"production"_s, m_policy);
        QVERIFY(view.isReading());
        QCOMPARE(view.findChild<QStackedWidget *>()->currentIndex(), 1);
        auto *progress = view.findChild<QProgressBar *>(u"historyProgress"_s);
        QCOMPARE(progress->maximum(), 4);
        view.cancelReading();
        gate.release();
        QVERIFY(finished.wait(10000));
        pool->setMaxThreadCount(threads);
        QVERIFY(view.points().isEmpty());
        QCOMPARE(view.findChild<QLabel *>(u"historyNote"_s)->text(),
                 u"Reading was cancelled; snapshots left out: 4."_s);
    }

    void newerHistorySupersedesAndReuses()
    {
        HistoryView view;
        QSignalSpy finished(&view, &HistoryView::readingFinished);
        view.setHistory(m_entries, u"production"_s, m_policy);
        view.setHistory(m_entries.mid(0, 2), u"production"_s, m_policy); // the first is dropped
        QVERIFY(finished.wait(10000));
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(view.points().size(), 2);

        // A file already read is not read again: damage day 1 on disk, it still counts.
        QTemporaryDir copy;
        HistoryStore store(u"Copy"_s, u"/srv/w.yaml"_s, copy.path());
        const QList<HistoryEntry> entries = HistoryTestData::writeHistory(store);
        view.setHistory(entries.mid(0, 2), u"production"_s, m_policy);
        QVERIFY(finished.wait(10000));
        QFile day1(entries[0].path);
        QVERIFY(day1.open(QIODevice::WriteOnly | QIODevice::Truncate));
        day1.close();
        view.updateHistory(entries.mid(0, 3));
        QVERIFY(view.isReading());
        QVERIFY(finished.wait(10000));
        QCOMPARE(view.points().size(), 3);
        QVERIFY(view.points()[0].errorString.isEmpty());
        QCOMPARE(view.chartData().times.size(), 3);
        view.updateHistory(entries.mid(1, 2)); // retention removed day 1: nothing to read
        QVERIFY(!view.isReading());
        QCOMPARE(view.chartData().paths, (QStringList{entries[1].path, entries[2].path}));
    }

    // Not a check: with DRIFTDECK_SCREENSHOTS=<folder> set, renders the views for a person to look at:
    // the three-day fixture, one snapshot alone, and a year of daily synthetic points.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("DRIFTDECK_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set DRIFTDECK_SCREENSHOTS to a folder to render screenshots");
        const QList<HistoryPoint> few = HistorySummary::compute(m_entries, u"production"_s, m_policy);
        QList<HistoryPoint> many;
        for (int n = 0; n < 365; ++n) {
            HistoryPoint point;
            point.path = u"/p%1"_s.arg(n);
            point.takenAt = HistoryTestData::day(1).addDays(n - 365);
            for (const QString &name : {u"development"_s, u"staging"_s}) {
                EnvironmentDriftCounts env;
                env.environment = name;
                env.drift[size_t(Category::Configuration)] = 20 + (n * 7 % 13) + n / 20;
                env.drift[size_t(Category::Versions)] = (n / 30) % 4 + (n % 9 == 0 ? 3 : 0);
                env.drift[size_t(Category::FeatureFlags)] = n > 200 ? 6 + n % 3 : 2;
                env.drift[size_t(Category::Tls)] = n % 50 < 5 ? 1 : 0;
                point.environments.append(env);
            }
            many.append(point);
        }
        const QList<std::pair<QString, QList<HistoryPoint>>> cases{
            {u"few"_s, few}, {u"one"_s, few.mid(0, 1)}, {u"many"_s, many}, {u"empty"_s, {}}};
        for (const bool dark : {false, true}) {
            const QString theme = dark ? u"-dark"_s : u"-light"_s;
            for (const auto &[name, points] : cases) {
                HistoryView view;
                view.setPalette(dark ? GuiTestData::darkPalette() : GuiTestData::lightPalette());
                view.setAutoFillBackground(true);
                view.resize(760, 420);
                view.setPoints(points, u"production"_s);
                view.show();
                QVERIFY(QTest::qWaitForWindowExposed(&view));
                QVERIFY(view.grab().save(folder + u"/history-"_s + name + theme + u".png"_s));
            }
        }
    }

private:
    QTemporaryDir m_root;
    std::unique_ptr<HistoryStore> m_store;
    QList<HistoryEntry> m_entries;
    Policy m_policy;
};

QTEST_MAIN(HistoryViewTest)
#include "tst_historyview.moc"
