#pragma once

#include "snapshot/historysummary.h"
#include "values/category.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QChart;
class QPalette;

namespace DriftDeck {

// What the history chart plots for one environment (or all of them summed): one column per
// readable snapshot, one stacked layer per category that drifted at least once. Built without
// a chart so tests can check the numbers directly.
struct HistoryChartData {
    QList<qint64> times; // msecs since the epoch, UTC, oldest first
    QStringList paths; // the snapshot behind each column
    QList<Category> categories; // the layers, bottom first, in category order
    QList<QList<int>> counts; // [layer][column]
    int unreadable = 0; // snapshots left out: unreadable, or without the baseline
    // Every environment summed: the environments that came or went since the column before
    // (preview environments that were discovered, or whose pull request was merged).
    QList<QStringList> arrived; // [column]
    QList<QStringList> departed; // [column]

    // environment: a name, or empty for every environment summed. Snapshots that lack the
    // environment are left out rather than drawn as zero.
    static HistoryChartData build(const QList<HistoryPoint> &points, const QString &environment);

    bool isEmpty() const { return times.isEmpty(); }
    int total(int column) const;
    int count(Category category, int column) const; // 0 for a category without a layer
    int maximumTotal() const;
    // When the snapshot was taken (local time), then its count per category and the total, then
    // the environments that came and went.
    QString describe(int column) const;
    // The column nearest in time, or -1 when there is none.
    int nearest(qint64 msecs) const;
};

// A capture time as people read it here: the locale's short date and time, without seconds.
QString historyTimeText(const QDateTime &when);

// One hue per category, lightness following the palette so both themes read.
QColor historyCategoryColour(Category category, const QPalette &palette);

// Replaces the chart's series and axes: stacked areas per category over a date axis, with a
// marker per snapshot when there are few enough to tell apart.
void fillHistoryChart(QChart *chart, const HistoryChartData &data, const QPalette &palette, const QString &axisTitle);

} // namespace DriftDeck
