#include "metricchartfill.h"

#include "cellstyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPalette>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::MetricChart, the same in lupdate and at run time.
struct MetricChartText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::MetricChart)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

void addLimit(QChart *chart, const MetricSeries &line, const QColor &colour, bool critical, qreal from, qreal to,
              QAbstractAxis *xAxis, QAbstractAxis *yAxis)
{
    const std::optional<double> &limit = critical ? line.thresholds.critical : line.thresholds.warning;
    if (!limit)
        return;
    auto *series = new QLineSeries;
    series->setObjectName((critical ? u"critical:"_s : u"warning:"_s) + line.environment);
    series->setName(
        (critical ? MetricChartText::tr("%1 critical") : MetricChartText::tr("%1 warning")).arg(line.title()));
    QPen pen(colour, critical ? 1.6 : 1.2, critical ? Qt::DotLine : Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    series->setPen(pen);
    series->append(from, *limit);
    series->append(to, *limit);
    chart->addSeries(series);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    // The legend names environments; the caption explains dashes and dots once.
    for (const auto markers = chart->legend()->markers(series); QLegendMarker * marker : markers)
        marker->setVisible(false);
}

} // namespace

void fillMetricChart(QChart *chart, const MetricChart &data, const QPalette &palette)
{
    chart->removeAllSeries();
    for (const auto axisList = chart->axes(); QAbstractAxis * axis : axisList) {
        chart->removeAxis(axis);
        delete axis;
    }
    const bool dark = CellColours::isDark(palette);
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The themes bring their own backgrounds; the window's own colours fit better.
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = CellColours::mix(base, text, 0.14);
    chart->setBackgroundBrush(base);
    chart->setBackgroundRoundness(0);
    chart->legend()->setLabelColor(text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Room on the right for the last time label, centred on the window's end.
    chart->setMargins(QMargins(4, 4, 28, 4));

    const MetricUnit unit = metricUnitOf(data.promql);
    auto *xAxis = new QCategoryAxis;
    auto *yAxis = new QCategoryAxis;
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(xAxis), static_cast<QAbstractAxis *>(yAxis)}) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setTitleBrush(text);
    }
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    // The whole window, even where an environment has no samples: gaps show as gaps.
    const qreal from = qreal(data.span.start.toMSecsSinceEpoch());
    const qreal to = qreal(data.span.end.toMSecsSinceEpoch());
    xAxis->setRange(from, to);
    xAxis->setStartValue(from);
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (const auto ticks = metricTimeTicks(qint64(from), qint64(to)); const MetricTimeTick &tick : ticks)
        xAxis->append(tick.label, qreal(tick.msecs));

    for (int i = 0; i < data.series.size(); ++i) {
        const MetricSeries &line = data.series[i];
        if (line.points.isEmpty())
            continue;
        const QColor colour = metricSeriesColour(line, i, &palette);
        auto *series = new QLineSeries;
        series->setObjectName(u"line:"_s + line.environment);
        series->setName(line.title());
        series->setPen(QPen(colour, 2));
        series->replace(line.points);
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        addLimit(chart, line, colour, false, from, to, xAxis, yAxis);
        addLimit(chart, line, colour, true, from, to, xAxis, yAxis);
    }

    const auto range = data.valueRange();
    double low = range ? range->first : 0.0;
    const double high = range ? range->second : 1.0;
    // From zero when the data is not far from it (rates and sizes read honestly); an availability
    // between 0.995 and 1 keeps its own range, or every line would be flat at the top.
    if (low >= 0 && low <= high / 2)
        low = 0;
    const QList<double> ticks = metricValueTicks(low, high, unit);
    yAxis->setRange(ticks.constFirst(), ticks.constLast());
    yAxis->setStartValue(ticks.constFirst());
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (double tick : ticks)
        yAxis->append(metricValueText(tick, unit), tick);
    yAxis->setTitleText(metricUnitTitle(unit));
}

} // namespace DriftDeck
