#pragma once

#include "metricqueries.h"

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace DriftDeck {

// The windows a metric chart offers. Each has its own step so that a window holds a few hundred
// points, whatever its length: enough to see a trend, little enough to fetch and draw at once.
enum class MetricWindow { OneHour, SixHours, OneDay, SevenDays };

struct MetricWindowSpan {
    QDateTime start; // UTC, a multiple of the step
    QDateTime end; // UTC, a multiple of the step
    int stepSeconds = 0;

    int pointCount() const; // evaluations Prometheus makes from start to end inclusive
};

QList<MetricWindow> metricWindows();
QString metricWindowName(MetricWindow window); // "1h", "6h", "24h", "7d"
std::optional<MetricWindow> parseMetricWindow(const QString &text); // the names above, and "1d"
qint64 metricWindowSeconds(MetricWindow window);
int metricWindowStepSeconds(MetricWindow window);
// The window ending at `end` (now, usually), both ends rounded down to the step so that two
// fetches a few seconds apart evaluate at the same instants.
MetricWindowSpan metricWindowSpan(MetricWindow window, const QDateTime &end);

// One environment's line in a metric chart: its points (x = msecs since the epoch, y = value),
// its own limits, or why there is nothing to draw.
struct MetricSeries {
    QString environment;
    QString displayName; // what the matrix calls it; environment when not set
    QString colour; // the workspace's colour for the environment ("#1f77b4"), or empty
    QList<QPointF> points;
    MetricThresholds thresholds;
    QString errorString; // this environment's query failed; points empty

    QString title() const { return displayName.isEmpty() ? environment : displayName; }
};

// One named query over a window: a line per environment that runs it.
struct MetricChart {
    QString name; // "errorRate"; the row is metric/<name>
    QString promql; // the first environment's query, for the chart's caption
    MetricWindow window = MetricWindow::OneHour;
    MetricWindowSpan span;
    QList<MetricSeries> series;

    bool hasPoints() const;
    // Lowest and highest value among points and drawn limits; nullopt without either.
    std::optional<std::pair<double, double>> valueRange() const;
};

// What one /api/v1/query_range answer holds: the single series' points, or why not. NaN and
// infinite samples are left out (a gap), never drawn as zero.
struct RangeAnswer {
    QList<QPointF> points;
    int series = 0;
    QString errorString;
};
RangeAnswer parseRangeAnswer(int status, const QByteArray &body);

} // namespace DriftDeck
