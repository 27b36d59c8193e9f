// The pieces of metrics over time that need no server: windows and their steps, and reading a
// query_range answer, including the ways it can be wrong.
#include "sources/metrics/metricrange.h"

#include <QtTest>

using namespace DriftDeck;
using namespace Qt::StringLiterals;

class TestMetricRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowsHaveAFewHundredPoints()
    {
        const QDateTime end = QDateTime::fromSecsSinceEpoch(1764900007, QTimeZone::UTC);
        for (MetricWindow window : metricWindows()) {
            const MetricWindowSpan span = metricWindowSpan(window, end);
            QVERIFY2(span.pointCount() >= 200 && span.pointCount() <= 400, qPrintable(metricWindowName(window)));
            QCOMPARE(span.start.secsTo(span.end), metricWindowSeconds(window));
            QCOMPARE(span.end.toSecsSinceEpoch() % span.stepSeconds, 0);
            QVERIFY(span.end <= end);
            QVERIFY(parseMetricWindow(metricWindowName(window)) == window);
        }
        QCOMPARE(metricWindowSpan(MetricWindow::OneHour, end).pointCount(), 241);
        QVERIFY(parseMetricWindow(u" 1D"_s) == MetricWindow::OneDay);
        QVERIFY(!parseMetricWindow(u"2w"_s));
        QVERIFY(!parseMetricWindow(QString()));
    }

    void rangeAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("points");
        QTest::addColumn<QString>("error");
        QTest::addRow("two points")
            << 200
            << R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1718000000,"1"],[1718000015.5,"2.5"]]}]}})"_ba
            << 2 << QString();
        QTest::addRow("NaN and Inf are gaps")
            << 200
            << R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"NaN"],[2,"+Inf"],[3,"-Inf"],[4,"7"]]}]}})"_ba
            << 1 << QString();
        QTest::addRow("no series") << 200 << R"({"status":"success","data":{"resultType":"matrix","result":[]}})"_ba
                                   << 0 << u"no data in this window"_s;
        QTest::addRow("two series")
            << 200
            << R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"a":"1"},"values":[]},{"metric":{"a":"2"},"values":[]}]}})"_ba
            << 0 << u"the query returned 2 series; aggregate it (sum, max) to one"_s;
        QTest::addRow("bad PromQL") << 400 << R"({"status":"error","errorType":"bad_data","error":"parse error"})"_ba
                                    << 0 << u"HTTP 400, bad_data: parse error"_s;
        QTest::addRow("instant answer") << 200
                                        << R"({"status":"success","data":{"resultType":"vector","result":[]}})"_ba << 0
                                        << u"not a Prometheus range answer: resultType \"vector\""_s;
        QTest::addRow("proxy page") << 502 << "<html>bad gateway</html>"_ba << 0 << u"HTTP 502"_s;
        QTest::addRow("sample not a pair")
            << 200
            << R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"2"],["x","3"]]}]}})"_ba
            << 0 << u"not a Prometheus range answer: a sample is not [time, \"value\"]"_s;
    }

    void rangeAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, points);
        QFETCH(QString, error);
        const RangeAnswer answer = parseRangeAnswer(status, body);
        QCOMPARE(answer.errorString, error);
        QCOMPARE(answer.points.size(), points);
    }

    void timesAreMillisecondsAndValuesExact()
    {
        const RangeAnswer answer = parseRangeAnswer(
            200,
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1718000015.5,"0.012345678901"]]}]}})"_ba);
        QCOMPARE(answer.points.size(), 1);
        QCOMPARE(qint64(answer.points.first().x()), 1718000015500);
        QCOMPARE(answer.points.first().y(), 0.012345678901);
    }

    void valueRangeCountsLimitsOfDrawnLinesOnly()
    {
        MetricChart chart;
        MetricSeries drawn;
        drawn.points = {QPointF(0, 2), QPointF(1, 3)};
        drawn.thresholds.critical = 10;
        MetricSeries failed;
        failed.errorString = u"down"_s;
        failed.thresholds.critical = 1000;
        chart.series = {drawn, failed};
        const auto range = chart.valueRange();
        QVERIFY(range);
        QCOMPARE(range->first, 2.0);
        QCOMPARE(range->second, 10.0);
        QVERIFY(!MetricChart().valueRange());
    }
};

QTEST_GUILESS_MAIN(TestMetricRange)
#include "tst_metricrange.moc"
