// Metrics over time in the report: each named query over the chosen window, a line per
// environment with its limits, drawn straight onto the PDF painter so it stays vector graphics
// (lines and text, no image) and prints sharp at any zoom.
#include "metrics/metricaxis.h"
#include "reportsections.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace DriftDeck {

namespace {

// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ReportWriter)
};

constexpr qreal PlotHeight = 130; // points, plot area and the time labels under it
constexpr qreal AxisPoints = 7;
const QColor MutedText(0x6b, 0x72, 0x7a);
const QColor GridLine(0xdd, 0xe1, 0xe5);

QString windowTitle(MetricWindow window)
{
    switch (window) {
    case MetricWindow::OneHour:
        return ReportText::tr("last hour");
    case MetricWindow::SixHours:
        return ReportText::tr("last 6 hours");
    case MetricWindow::OneDay:
        return ReportText::tr("last 24 hours");
    case MetricWindow::SevenDays:
        return ReportText::tr("last 7 days");
    }
    return {};
}

void drawChart(ReportCanvas &canvas, const MetricChart &chart)
{
    canvas.heading(chart.name, 2);
    canvas.paragraph(ReportText::tr("%1 · %2, %3 to %4 (local time)")
                         .arg(chart.promql.isEmpty() ? ReportText::tr("no query ran") : chart.promql,
                              windowTitle(chart.window), metricTimeText(chart.span.start.toMSecsSinceEpoch()),
                              metricTimeText(chart.span.end.toMSecsSinceEpoch())),
                     8, MutedText);
    for (const MetricSeries &line : chart.series) {
        if (!line.errorString.isEmpty())
            canvas.paragraph(ReportText::tr("%1: %2").arg(line.title(), metricErrorText(line.errorString)), 8,
                             QColor(0xb0, 0x1e, 0x1e));
    }
    const int lines = int(chart.series.size());
    const qreal legendRows = std::ceil(lines / 4.0);
    const qreal total = PlotHeight + legendRows * 11 + 6;
    canvas.ensureSpace(total);
    const qreal s = canvas.scale();
    const QRectF area(canvas.contentRect().left(), canvas.y(), canvas.width(), PlotHeight * s);
    canvas.advance(total);
    QPainter *p = canvas.painter();
    if (!p)
        return;

    const MetricUnit unit = metricUnitOf(chart.promql);
    const auto range = chart.valueRange();
    double low = range ? range->first : 0.0;
    const double high = range ? range->second : 1.0;
    if (low >= 0 && low <= high / 2)
        low = 0;
    const QList<double> ticks = metricValueTicks(low, high, unit, 5);
    const double bottom = ticks.constFirst();
    const double top = ticks.constLast();
    const QFont axisFont = canvas.font(AxisPoints);
    const QFontMetricsF metrics(axisFont, p->device());
    qreal labelWidth = 0;
    for (double tick : ticks)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(metricValueText(tick, unit)));
    const QRectF plot = area.adjusted(labelWidth + 6 * s, 4 * s, -6 * s, -16 * s);
    const qint64 t0 = chart.span.start.toMSecsSinceEpoch();
    const qint64 t1 = chart.span.end.toMSecsSinceEpoch();
    const auto xOf = [&](qreal t) {
        return t1 == t0 ? plot.center().x() : plot.left() + plot.width() * (t - t0) / double(t1 - t0);
    };
    const auto yOf = [&](double v) {
        return top == bottom ? plot.center().y() : plot.bottom() - plot.height() * (v - bottom) / (top - bottom);
    };

    p->save();
    p->setFont(axisFont);
    for (double tick : ticks) {
        p->setPen(QPen(GridLine, 0.5 * s));
        p->drawLine(QPointF(plot.left(), yOf(tick)), QPointF(plot.right(), yOf(tick)));
        p->setPen(MutedText);
        p->drawText(QRectF(area.left(), yOf(tick) - 6 * s, labelWidth, 12 * s), Qt::AlignRight | Qt::AlignVCenter,
                    metricValueText(tick, unit));
    }
    p->setPen(QPen(MutedText, 0.6 * s));
    p->drawLine(plot.bottomLeft(), plot.bottomRight());
    for (const auto tickList = metricTimeTicks(t0, t1); const MetricTimeTick &tick : tickList) {
        const qreal x = xOf(qreal(tick.msecs));
        p->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 2 * s));
        const qreal w = metrics.horizontalAdvance(tick.label) + 4 * s;
        const qreal left = std::clamp(x - w / 2, area.left(), area.right() - w);
        p->drawText(QRectF(left, plot.bottom() + 3 * s, w, 11 * s), Qt::AlignCenter, tick.label);
    }

    p->setClipRect(plot.adjusted(-1 * s, -1 * s, 1 * s, 1 * s));
    for (int i = 0; i < lines; ++i) {
        const MetricSeries &line = chart.series[i];
        if (line.points.isEmpty())
            continue;
        const QColor colour = metricSeriesColour(line, i);
        for (const bool critical : {false, true}) {
            const std::optional<double> &limit = critical ? line.thresholds.critical : line.thresholds.warning;
            if (!limit)
                continue;
            QPen pen(colour, (critical ? 1.1 : 0.8) * s, critical ? Qt::DotLine : Qt::DashLine);
            p->setPen(pen);
            p->drawLine(QPointF(plot.left(), yOf(*limit)), QPointF(plot.right(), yOf(*limit)));
        }
        // A gap in the samples (more than two steps) is a gap in the line, not a straight bridge.
        const qreal gap = 2.5 * chart.span.stepSeconds * 1000.0;
        QPainterPath path;
        qreal previous = -1e300;
        for (const QPointF &point : line.points) {
            const QPointF at(xOf(point.x()), yOf(point.y()));
            if (path.elementCount() == 0 || point.x() - previous > gap)
                path.moveTo(at);
            else
                path.lineTo(at);
            previous = point.x();
        }
        p->setPen(QPen(colour, 1.2 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
    }
    p->setClipping(false);

    // Legend: four environments a line; the limits' dashes explained after them.
    const qreal legendWidth = area.width() / 4;
    for (int i = 0; i < lines; ++i) {
        const MetricSeries &line = chart.series[i];
        const QPointF at(area.left() + (i % 4) * legendWidth, area.bottom() + 3 * s + (i / 4) * 11 * s);
        // An environment without a line gets a grey swatch: no colour to look for in the plot.
        p->setPen(QPen(line.points.isEmpty() ? GridLine : metricSeriesColour(line, i), 2 * s));
        p->drawLine(QPointF(at.x(), at.y() + 5 * s), QPointF(at.x() + 10 * s, at.y() + 5 * s));
        p->setPen(line.errorString.isEmpty() ? QColor(0x23, 0x26, 0x27) : MutedText);
        const QString name
            = line.errorString.isEmpty() ? line.title() : ReportText::tr("%1 (no data)").arg(line.title());
        p->drawText(QRectF(at.x() + 14 * s, at.y(), legendWidth - 16 * s, 10 * s), Qt::AlignLeft | Qt::AlignVCenter,
                    metrics.elidedText(name, Qt::ElideRight, legendWidth - 16 * s));
    }
    p->restore();
}

} // namespace

void writeMetricCharts(ReportCanvas &canvas, const ReportContext &context)
{
    if (context.options->metricCharts.isEmpty())
        return;
    canvas.heading(ReportText::tr("Metrics over time"));
    canvas.paragraph(ReportText::tr("Each named Prometheus query, one line per environment. Dashed lines are an "
                                    "environment's warning limit, dotted lines its critical limit."),
                     9);
    for (const MetricChart &chart : context.options->metricCharts)
        drawChart(canvas, chart);
}

} // namespace DriftDeck
