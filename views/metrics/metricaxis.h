#pragma once

#include "sources/metrics/metricrange.h"

#include <QColor>
#include <QList>
#include <QString>

class QPalette;

namespace DriftDeck {

// What a metric's numbers measure, guessed from the query the way Prometheus names metrics (base
// units as suffixes: http_request_duration_seconds, process_resident_memory_bytes).
// TODO(units): switch to the shared units module (models/values/units.h) once it is merged.
enum class MetricUnit { Plain, Bytes, Seconds };

MetricUnit metricUnitOf(const QString &promql);
QString metricUnitTitle(MetricUnit unit); // the value axis' title: "bytes", "seconds", "value"
// A value as an axis label ("512 MiB", "250 ms", "0.0123"); exact: every digit, for tooltips
// ("1.5 GiB (1610612736 bytes)", "0.012345678").
QString metricValueText(double value, MetricUnit unit, bool exact = false);
// A sample time in local time: "05/12/2026 14:35:15" in the user's locale.
QString metricTimeText(qint64 msecs);

// Time axis ticks on round local times (every 5, 10, 15, 30 minutes, 1, 2, 3, 6, 12 hours or a
// day), at most about maxTicks inside [from, to] (msecs). Labels read "14:30", with the date
// added where the day changes (and on the first tick), so no two labels of an axis are the same.
struct MetricTimeTick {
    qint64 msecs = 0;
    QString label;
};
QList<MetricTimeTick> metricTimeTicks(qint64 from, qint64 to, int maxTicks = 7);

// An environment's error as the chart shows it: URLs without their query string (the PromQL and
// the window are said once, in the caption), so the reason is what one reads.
QString metricErrorText(const QString &error);

// Gridline values for the value axis: round numbers (1, 2, 5 × 10ⁿ; powers of 1024 for bytes)
// covering [low, high], at most about maxTicks of them.
QList<double> metricValueTicks(double low, double high, MetricUnit unit, int maxTicks = 6);

// One colour per environment: the workspace's colour for it when set, else the report's series
// colours by position (the same as the drift-over-time chart), lifted a little on dark palettes.
QColor metricSeriesColour(const MetricSeries &series, int index, const QPalette *palette = nullptr);

// The tooltip of a line at x (msecs): the environment, the nearest sample's local time and its
// exact value. Empty when the line has no points.
QString metricPointText(const MetricSeries &series, qreal x, MetricUnit unit);
// The tooltip of a limit line: "staging: warning at 0.05".
QString metricLimitText(const MetricSeries &series, bool critical, MetricUnit unit);

} // namespace DriftDeck
