#pragma once

#include "sources/sourcefactory.h"
#include "values/units.h"
#include "values/value.h"

#include <QVariant>

#include <optional>

namespace DriftDeck {

// The limits of one metric in one environment. A value at or beyond `critical` is critical, at
// or beyond `warning` a warning, else ok; with lowerIsWorse the limits are floors
// (availability 0.999) instead of ceilings (error rate 0.01).
struct MetricThresholds {
    enum class State { Ok, Warning, Critical };

    std::optional<double> warning;
    std::optional<double> critical;
    bool lowerIsWorse = false;

    bool isEmpty() const { return !warning && !critical; }
    State evaluate(double value) const;
    static QString stateName(State state); // "ok", "warning", "critical": compared across environments
};

// One named query of the `queries` option, resolved for one environment. Written either as
//   errorRate: 'sum(rate(http_errors_total[5m])) / sum(rate(http_requests_total[5m]))'
// or with thresholds, a default plus per-environment overrides:
//   errorRate:
//     query: 'sum(rate(http_errors_total[5m])) / sum(rate(http_requests_total[5m]))'
//     warning: 0.01
//     critical: 0.05
//     direction: above            # or below: lower values are worse
//     environments:
//       staging: {warning: 0.05, critical: 0.2}
//       development: {warning: null, critical: null}   # no thresholds there
struct MetricQuery {
    QString name;
    QString promql;
    MetricThresholds thresholds;
};

// The queries for one environment; error set (and nothing returned) when the option is unusable.
QList<MetricQuery> metricQueries(const QVariant &queries, const QString &environment, QString *error);

// The schema check of the `queries` option (SourceOption::check).
QList<OptionProblem> checkMetricQueries(const QVariant &queries, const QStringList *environments);

// The cell of a metric. Without thresholds: the number itself. With them the cell compares by its
// state, so production at 0.4 % and staging at 0.6 % errors are the same while both are ok, and
// shows the number with the state and the limit crossed: "0.034 (warning: at or above 0.01)".
// With a unit (from the row's name, values/units.h) the number and limit read in it: "2 s (warning:
// at or above 1 s)"; a plain number keeps its text and is shown in its unit by the views.
Value metricValue(const QString &text, double number, const MetricThresholds &thresholds,
                  Units::Unit unit = Units::Unit::None);

} // namespace DriftDeck
