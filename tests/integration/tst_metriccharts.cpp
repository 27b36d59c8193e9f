// Metrics over time against Debian's Prometheus (behind basic auth) holding a known history:
// promtool backfills samples at fixed timestamps of the last day, one series per environment,
// before Prometheus starts on that data folder. The charts, the window, the limits, a failing
// environment, the drill-down's view and the PDF report are all checked against that history.
#include "../gui/guitestdata.h"
#include "drift/driftengine.h"
#include "keydrilldown.h"
#include "metrics/metricaxis.h"
#include "metrics/metricchartview.h"
#include "pipeline/capture.h"
#include "pipeline/metricrangefetch.h"
#include "report/reportwriter.h"
#include "testserver.h"
#include "workspace/credentials.h"
#include "workspace/workspaceloader.h"

#include <QApplication>
#include <QChart>
#include <QLineSeries>
#include <QProcess>
#include <QStyleFactory>
#include <QTabWidget>
#include <QtTest>

using namespace DriftDeck;
using namespace DriftDeck::Testing;
using namespace Qt::StringLiterals;

namespace {

// bcrypt (cost 4) of "s3cret": Prometheus' web config takes bcrypt hashes only.
constexpr auto PasswordHash = "$2b$04$K3IGeX0MZeypSMiLK57yr.K6mpQvTRLFbjVpPen8WNP6jcLm0NC1O";
constexpr qint64 HistorySeconds = 26 * 3600;
constexpr qint64 SampleSeconds = 60;

// The history: a sample a minute for 26 hours up to `end`, per environment.
double errorRatio(const QString &environment, qint64 t)
{
    const qint64 minute = t / 60;
    return environment == u"production" ? double(minute % 100) / 1000.0 : 0.2 + double(minute % 37) / 1000.0;
}

double residentBytes(const QString &environment, qint64 t)
{
    const double mib = 1024.0 * 1024.0;
    return (environment == u"production" ? 512 : 256) * mib + double((t / 60) % 10) * mib;
}

// What Prometheus answers at an evaluation time: the last sample at or before it.
double errorRatioAt(const QString &environment, qint64 t)
{
    return errorRatio(environment, t / SampleSeconds * SampleSeconds);
}

QByteArray openMetrics(qint64 end)
{
    QByteArray text;
    const auto family = [&](const char *name, double (*value)(const QString &, qint64)) {
        text += "# TYPE "_ba + name + " gauge\n";
        for (const QString &environment : {u"production"_s, u"staging"_s}) {
            for (qint64 t = end - HistorySeconds; t <= end; t += SampleSeconds)
                text += name + "{env=\""_ba + environment.toUtf8() + "\"} "
                    + QByteArray::number(value(environment, t), 'g', 17) + ' ' + QByteArray::number(t) + '\n';
        }
    };
    family("app_error_ratio", errorRatio);
    family("app_resident_bytes", residentBytes);
    text += "# EOF\n";
    return text;
}

QByteArray runTool(const QString &program, const QStringList &arguments, int *exitCode = nullptr,
                   const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput() + process.readAllStandardError();
}

const MetricChart *chartNamed(const QList<MetricChart> &charts, const QString &name)
{
    for (const MetricChart &chart : charts) {
        if (chart.name == name)
            return &chart;
    }
    return nullptr;
}

const MetricSeries *seriesOf(const MetricChart &chart, const QString &environment)
{
    for (const MetricSeries &line : chart.series) {
        if (line.environment == environment)
            return &line;
    }
    return nullptr;
}

QString outputFolder()
{
    // Under the build folder, where a person can open the pictures after the run.
    const QString folder = QStringLiteral(DRIFTDECK_SOURCE_ROOT "/build/metric-charts");
    QDir().mkpath(folder);
    return folder;
}

} // namespace

class TestMetricCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        DRIFTDECK_REQUIRE_SERVER(m_prometheus);
        const QString promtool = TestServer::findProgram(u"promtool"_s);
        if (promtool.isEmpty())
            DRIFTDECK_SKIP_MISSING("promtool (packaged with prometheus) is missing");
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 9));
        // Ten minutes back, on a half hour: every window's steps land on sample times.
        m_end = (QDateTime::currentSecsSinceEpoch() - 600) / 1800 * 1800;

        QVERIFY(m_prometheus.writeFile(u"history.om"_s, openMetrics(m_end)));
        int exitCode = -1;
        const QByteArray output = runTool(promtool,
                                          {u"tsdb"_s, u"create-blocks-from"_s, u"openmetrics"_s,
                                           m_prometheus.path(u"history.om"_s), m_prometheus.path(u"data"_s)},
                                          &exitCode);
        QVERIFY2(exitCode == 0, output.constData());
        QVERIFY(m_prometheus.writeFile(u"prometheus.yml"_s, "global:\n  scrape_interval: 1m\n"));
        QVERIFY(m_prometheus.writeFile(u"web.yml"_s, "basic_auth_users:\n  ci: "_ba + PasswordHash + "\n"));
        QVERIFY2(m_prometheus.start({u"--config.file="_s + m_prometheus.path(u"prometheus.yml"_s),
                                     u"--web.config.file="_s + m_prometheus.path(u"web.yml"_s),
                                     u"--storage.tsdb.path="_s + m_prometheus.path(u"data"_s),
                                     u"--web.listen-address=127.0.0.1:%1"_s.arg(m_prometheus.port())}),
                 qPrintable(m_prometheus.errorString()));
        QVERIFY2(m_prometheus.waitForHttp(m_prometheus.url(u"/-/ready"_s), 20000),
                 qPrintable(m_prometheus.errorString()));

        // development's Prometheus is down: a port nobody listens on.
        const QByteArray workspace = "version: 1\nname: Charts\nbaseline: production\nenvironments:\n"
                                     "  - name: production\n    colour: \"#1f6fd0\"\n  - staging\n  - development\n"
                                     "sources:\n  - type: prometheus\n    url: \""_ba
            + m_prometheus.url().toString().toUtf8()
            + "\"\n    timeout: 5s\n    credentials: {env: DRIFTDECK_CHARTS_PROM}\n"
              "    queries:\n"
              "      errorRate:\n"
              "        query: 'app_error_ratio{env=\"{env}\"}'\n"
              "        warning: 0.05\n        critical: 0.09\n"
              "        environments:\n          staging: {warning: 0.22, critical: 0.25}\n"
              "      resident: 'app_resident_bytes{env=\"{env}\"}'\n"
              "    overrides:\n      development: {url: \"http://127.0.0.1:"
            + QByteArray::number(TestServer::freePort()) + "\"}\n";
        QVERIFY(m_prometheus.writeFile(u"workspace.yaml"_s, workspace));
        const WorkspaceLoadResult loaded = WorkspaceLoader::loadFile(m_prometheus.path(u"workspace.yaml"_s));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        m_workspace = *loaded.workspace;
        qputenv("DRIFTDECK_CHARTS_PROM", "ci:s3cret");
    }

    void oneHourSeriesMatchTheHistory()
    {
        const QList<MetricChart> charts
            = MetricRangeFetch::runBlocking(m_workspace, MetricWindow::OneHour, endTime(), &m_credentials);
        QCOMPARE(charts.size(), 2);
        const MetricChart *chart = chartNamed(charts, u"errorRate"_s);
        QVERIFY(chart);
        QCOMPARE(chart->series.size(), 3);
        QCOMPARE(chart->span.stepSeconds, 15);
        QCOMPARE(chart->promql, u"app_error_ratio{env=\"production\"}"_s);
        for (const QString &environment : {u"production"_s, u"staging"_s}) {
            const MetricSeries *line = seriesOf(*chart, environment);
            QVERIFY(line);
            QVERIFY2(line->errorString.isEmpty(), qPrintable(line->errorString));
            QCOMPARE(line->points.size(), 241);
            QCOMPARE(qint64(line->points.constFirst().x()), (m_end - 3600) * 1000);
            QCOMPARE(qint64(line->points.constLast().x()), m_end * 1000);
            QCOMPARE(line->points.constFirst().y(), errorRatioAt(environment, m_end - 3600));
            QCOMPARE(line->points.constLast().y(), errorRatioAt(environment, m_end));
            // Every 15 s step reads the sample of its minute.
            for (const QPointF &point : line->points)
                QCOMPARE(point.y(), errorRatioAt(environment, qint64(point.x()) / 1000));
        }
        QCOMPARE(seriesOf(*chart, u"production"_s)->colour, u"#1f6fd0"_s);
        // Each environment's own limits.
        QCOMPARE(*seriesOf(*chart, u"production"_s)->thresholds.warning, 0.05);
        QCOMPARE(*seriesOf(*chart, u"production"_s)->thresholds.critical, 0.09);
        QCOMPARE(*seriesOf(*chart, u"staging"_s)->thresholds.warning, 0.22);
        QCOMPARE(*seriesOf(*chart, u"staging"_s)->thresholds.critical, 0.25);
        // The unreachable environment: an error for it alone.
        const MetricSeries *development = seriesOf(*chart, u"development"_s);
        QVERIFY(development);
        QVERIFY(development->points.isEmpty());
        QVERIFY2(development->errorString.contains(u"refused"_s, Qt::CaseInsensitive),
                 qPrintable(development->errorString));
    }

    void twentyFourHoursHaveTheirOwnStep()
    {
        const QList<MetricChart> charts = MetricRangeFetch::runBlocking(m_workspace, MetricWindow::OneDay, endTime(),
                                                                        &m_credentials, {u"errorRate"_s});
        QCOMPARE(charts.size(), 1);
        const MetricSeries *line = seriesOf(charts.first(), u"staging"_s);
        QVERIFY(line);
        QCOMPARE(line->points.size(), 289);
        QCOMPARE(qint64(line->points.constFirst().x()), (m_end - 86400) * 1000);
        QCOMPARE(qint64(line->points[1].x() - line->points[0].x()), 300 * 1000);
        QCOMPARE(line->points.constFirst().y(), errorRatioAt(u"staging"_s, m_end - 86400));
        QCOMPARE(line->points.constLast().y(), errorRatioAt(u"staging"_s, m_end));
        // Seven days reach back before the history began: only the 26 hours that exist.
        const QList<MetricChart> week = MetricRangeFetch::runBlocking(m_workspace, MetricWindow::SevenDays, endTime(),
                                                                      &m_credentials, {u"errorRate"_s});
        const MetricSeries *weekLine = seriesOf(week.first(), u"production"_s);
        QCOMPARE(weekLine->points.size(), int(HistorySeconds / 1800) + 1);
        QCOMPARE(qint64(weekLine->points.constLast().x()), m_end * 1000);
    }

    void wrongPasswordFailsEveryEnvironmentSaying401()
    {
        qputenv("DRIFTDECK_CHARTS_PROM", "ci:wrong");
        const QList<MetricChart> charts = MetricRangeFetch::runBlocking(m_workspace, MetricWindow::OneHour, endTime(),
                                                                        &m_credentials, {u"resident"_s});
        qputenv("DRIFTDECK_CHARTS_PROM", "ci:s3cret");
        QCOMPARE(charts.size(), 1);
        for (const MetricSeries &line : charts.first().series) {
            QVERIFY(line.points.isEmpty());
            QVERIFY(!line.errorString.isEmpty());
            QVERIFY2(!line.errorString.contains(u"wrong"_s), qPrintable(line.errorString));
        }
        QVERIFY2(seriesOf(charts.first(), u"staging"_s)->errorString.contains(u"401"_s),
                 qPrintable(seriesOf(charts.first(), u"staging"_s)->errorString));
    }

    void chartViewDrawsTheSeriesAndLimits_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }

    void chartViewDrawsTheSeriesAndLimits()
    {
        QFETCH(bool, dark);
        MetricChartView view;
        view.setPalette(dark ? GuiTestData::darkPalette() : GuiTestData::lightPalette());
        view.resize(760, 420);
        view.setWorkspace(m_workspace, &m_credentials);
        view.setEnd(endTime());
        QVERIFY(view.canChart(u"errorRate"_s));
        QVERIFY(!view.canChart(u"nothing"_s));
        QSignalSpy changed(&view, &MetricChartView::chartChanged);
        view.showMetric(u"errorRate"_s);
        // A newer request drops the one under way: only the 24 h chart arrives.
        view.setWindow(MetricWindow::OneDay);
        QVERIFY(changed.wait(20000));
        QTest::qWait(200);
        QCOMPARE(changed.size(), 1);
        QVERIFY(view.chart().window == MetricWindow::OneDay);

        const auto lineNamed = [&view](const QString &name) -> QLineSeries * {
            for (QAbstractSeries *series : view.qchart()->series()) {
                if (series->objectName() == name)
                    return qobject_cast<QLineSeries *>(series);
            }
            return nullptr;
        };
        QLineSeries *production = lineNamed(u"line:production"_s);
        QVERIFY(production);
        QCOMPARE(production->count(), 289);
        QCOMPARE(production->at(0).y(), errorRatioAt(u"production"_s, m_end - 86400));
        QCOMPARE(production->name(), u"production"_s);
        QVERIFY(lineNamed(u"line:staging"_s));
        QVERIFY(!lineNamed(u"line:development"_s));
        QVERIFY(lineNamed(u"warning:production"_s));
        QCOMPARE(lineNamed(u"critical:staging"_s)->at(0).y(), 0.25);
        QVERIFY2(view.errorText().startsWith(u"development: "_s), qPrintable(view.errorText()));
        QVERIFY(view.errorText().contains(u"refused"_s, Qt::CaseInsensitive));
        // The tooltip of a line: environment, local time, exact value.
        const MetricSeries *line = seriesOf(view.chart(), u"production"_s);
        const QString tip = metricPointText(*line, line->points[10].x() + 1000, metricUnitOf(view.chart().promql));
        QVERIFY2(tip.startsWith(u"production\n"_s), qPrintable(tip));
        QVERIFY2(tip.endsWith(QLocale().toString(line->points[10].y(), 'g', QLocale::FloatingPointShortest)),
                 qPrintable(tip));

        view.setWindow(MetricWindow::OneHour);
        QVERIFY(changed.wait(20000));
        QCOMPARE(lineNamed(u"line:production"_s)->count(), 241);

        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(outputFolder() + (dark ? u"/chart-dark.png"_s : u"/chart-light.png"_s)));
        // The plot follows the palette: its middle is dark in the dark palette.
        const QColor middle = image.pixelColor(image.width() / 2, image.height() / 3);
        QCOMPARE(middle.lightnessF() < 0.5, dark);
    }

    void axisTicksAndErrorsRead()
    {
        for (MetricWindow window : metricWindows()) {
            const MetricWindowSpan span = metricWindowSpan(window, endTime());
            const QList<MetricTimeTick> ticks
                = metricTimeTicks(span.start.toMSecsSinceEpoch(), span.end.toMSecsSinceEpoch());
            QVERIFY2(ticks.size() >= 4 && ticks.size() <= 8, qPrintable(metricWindowName(window)));
            QStringList labels;
            for (const MetricTimeTick &tick : ticks)
                labels.append(tick.label);
            labels.removeDuplicates();
            QCOMPARE(labels.size(), ticks.size()); // a category axis needs distinct labels
        }
        QCOMPARE(metricErrorText(u"http://h:1/api/v1/query_range?query=up&step=15: connection refused"_s),
                 u"http://h:1/api/v1/query_range: connection refused"_s);
        QCOMPARE(metricValueText(1.5 * 1024 * 1024 * 1024, MetricUnit::Bytes), u"1.5 GiB"_s);
        QCOMPARE(metricValueText(0.25, MetricUnit::Seconds), u"250 ms"_s);
        QVERIFY(metricUnitOf(u"sum(process_resident_memory_bytes)"_s) == MetricUnit::Bytes);
        QVERIFY(metricUnitOf(u"histogram_quantile(0.99, rate(http_duration_seconds_bucket[5m]))"_s)
                == MetricUnit::Seconds);
    }

    void metricRowOpensItsChartInTheDrillDown()
    {
        const SnapshotPtr snapshot
            = Capture::runBlocking(m_workspace, SecretPolicy(Policy::defaultSecretPatterns(), "salt"), &m_credentials);
        QVERIFY(snapshot);
        const DriftResult drift = DriftEngine::compute(*snapshot, 0, snapshot->policy, QDate::currentDate());
        KeyDrillDown drill;
        drill.resize(900, 640);
        drill.metricChart()->setWorkspace(m_workspace, &m_credentials);
        drill.metricChart()->setEnd(endTime());
        auto *tabs = drill.findChild<QTabWidget *>(u"valueTabs"_s);
        QVERIFY(tabs);
        QSignalSpy changed(drill.metricChart(), &MetricChartView::chartChanged);
        drill.showKey(snapshot, drift, u"metric/errorRate"_s);
        QCOMPARE(tabs->currentWidget(), drill.metricChart());
        QVERIFY(changed.wait(20000));
        QCOMPARE(drill.metricChart()->chart().series.size(), 3);
        drill.show();
        QVERIFY(QTest::qWaitForWindowExposed(&drill));
        const QImage image = drill.grab().toImage();
        QVERIFY(image.save(outputFolder() + u"/drilldown.png"_s));
        if (qEnvironmentVariableIntValue("DRIFTDECK_WRITE_SCREENSHOTS"))
            QVERIFY(image.save(QStringLiteral(DRIFTDECK_SOURCE_ROOT "/resources/screenshots/metric-chart.png")));
        // A row that is not a named query has no chart tab.
        drill.showKey(snapshot, drift, u"metric/unknown"_s);
        QCOMPARE(tabs->indexOf(drill.metricChart()), -1);
    }

    void closingTheViewWhileReadingIsSafe()
    {
        auto view = std::make_unique<MetricChartView>();
        view->setWorkspace(m_workspace, &m_credentials);
        view->showMetric(u"errorRate"_s);
        QVERIFY(view->isLoading());
        view.reset();
        // The answers arrive to nobody; nothing crashes.
        QTest::qWait(1500);
    }

    void reportHasTheChartsAsVectorGraphics()
    {
        const SnapshotPtr snapshot = Capture::runBlocking(
            m_workspace, SecretPolicy(Policy::defaultSecretPatterns(), "charts test salt"), &m_credentials);
        QVERIFY(snapshot);
        ReportOptions options;
        options.metricCharts
            = MetricRangeFetch::runBlocking(m_workspace, MetricWindow::SixHours, endTime(), &m_credentials);
        QCOMPARE(options.metricCharts.size(), 2);
        options.attachSnapshot = false;
        const QString pdf = outputFolder() + u"/report.pdf"_s;
        QString error;
        QVERIFY2(ReportWriter::write(*snapshot, options, pdf, &error), qPrintable(error));
        const QString text = QString::fromUtf8(runTool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}));
        QVERIFY2(text.contains(u"Metrics over time"_s), qPrintable(text));
        QVERIFY(text.contains(u"errorRate"_s));
        QVERIFY(text.contains(u"resident"_s));
        QVERIFY(text.contains(u"app_resident_bytes{env=\"production\"}"_s));
        QVERIFY2(text.contains(u"MiB"_s), "the byte axis is labelled in binary units");
        QVERIFY(text.contains(u"development (no data)"_s));
        QVERIFY(text.contains(u"last 6 hours"_s));
        // No raster image anywhere: pdfimages lists only its two header lines.
        const QStringList images
            = QString::fromUtf8(runTool(u"pdfimages"_s, {u"-list"_s, pdf})).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2);
        // The page with the charts, as a picture to look at.
        runTool(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"90"_s, pdf, outputFolder() + u"/report"_s});
    }

    void commandLineReportTakesAMetricsWindow()
    {
        const QString pdf = outputFolder() + u"/cli-report.pdf"_s;
        int exitCode = -1;
        const QByteArray output = runTool(
            QStringLiteral(DRIFTDECK_BINARY),
            {u"report"_s, m_prometheus.path(u"workspace.yaml"_s), u"-o"_s, pdf, u"--metrics-window"_s, u"24h"_s},
            &exitCode);
        // development's source failed: written, exit 3.
        QCOMPARE(exitCode, 3);
        const QString text = QString::fromUtf8(runTool(u"pdftotext"_s, {pdf, u"-"_s}));
        QVERIFY2(text.contains(u"Metrics over time"_s), output.constData());
        QVERIFY(text.contains(u"last 24 hours"_s));
        runTool(QStringLiteral(DRIFTDECK_BINARY),
                {u"report"_s, m_prometheus.path(u"workspace.yaml"_s), u"-o"_s, pdf, u"--metrics-window"_s, u"2w"_s},
                &exitCode);
        QCOMPARE(exitCode, 2);
    }

private:
    QDateTime endTime() const { return QDateTime::fromSecsSinceEpoch(m_end, QTimeZone::UTC); }

    TestServer m_prometheus{u"prometheus"_s};
    qint64 m_end = 0;
    Workspace m_workspace;
    EnvironmentCredentialProvider m_credentials;
};

QTEST_MAIN(TestMetricCharts)
#include "tst_metriccharts.moc"
