#pragma once

#include "metricaxis.h"

class QChart;
class QPalette;

namespace DriftDeck {

// Replaces the chart's series and axes with one metric over its window: a line per environment
// in its colour (object name "line:<env>"), that environment's limits as horizontal lines in the
// same colour, dashed for warning and dotted for critical ("warning:<env>", "critical:<env>"),
// a time axis in local time over the whole window and a value axis with units. Environments
// without points (their query failed) have no line; the view says why beside the chart.
void fillMetricChart(QChart *chart, const MetricChart &data, const QPalette &palette);

} // namespace DriftDeck
