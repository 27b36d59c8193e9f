#include "historychart.h"

#include "cellstyle.h"
#include "timeticks.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::HistoryView, the same in lupdate and at run time.
struct HistoryViewText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::HistoryView)
};

// Above this many snapshots the markers crowd into a solid band; the areas still take clicks.
constexpr int MaximumMarkers = 60;
constexpr qint64 HourMs = 3600 * 1000;
constexpr qreal SingleBarHalfWidth = 1.2 * HourMs;

float categoryHue(Category category)
{
    switch (category) {
    case Category::Versions:
        return 0.57f; // blue
    case Category::Configuration:
        return 0.08f; // orange
    case Category::FeatureFlags:
        return 0.78f; // violet
    case Category::Infrastructure:
        return 0.36f; // green
    case Category::Metrics:
        return 0.48f; // teal
    case Category::Tls:
        return 0.95f; // rose
    case Category::Other:
        break;
    }
    return -1.0f;
}

} // namespace

HistoryChartData HistoryChartData::build(const QList<HistoryPoint> &points, const QString &environment)
{
    HistoryChartData data;
    QList<std::array<int, CategoryCount>> columns;
    QStringList previous; // the environments of the column before
    for (const HistoryPoint &point : points) {
        if (!point.errorString.isEmpty()) {
            ++data.unreadable;
            continue;
        }
        std::array<int, CategoryCount> sum{};
        bool found = environment.isEmpty();
        for (const EnvironmentDriftCounts &env : point.environments) {
            if (!environment.isEmpty() && env.environment != environment)
                continue;
            found = true;
            for (int c = 0; c < CategoryCount; ++c)
                sum[size_t(c)] += env.drift[size_t(c)];
        }
        if (!found)
            continue;
        data.times.append(point.takenAt.toMSecsSinceEpoch());
        data.paths.append(point.path);
        columns.append(sum);
        QStringList names;
        for (const EnvironmentDriftCounts &env : point.environments)
            names.append(env.environment);
        QStringList arrived, departed;
        if (environment.isEmpty() && columns.size() > 1) {
            for (const QString &name : std::as_const(names)) {
                if (!previous.contains(name))
                    arrived.append(name);
            }
            for (const QString &name : std::as_const(previous)) {
                if (!names.contains(name))
                    departed.append(name);
            }
        }
        data.arrived.append(arrived);
        data.departed.append(departed);
        previous = names;
    }
    for (int c = 0; c < CategoryCount; ++c) {
        QList<int> layer;
        layer.reserve(columns.size());
        for (const auto &column : std::as_const(columns))
            layer.append(column[size_t(c)]);
        if (std::any_of(layer.cbegin(), layer.cend(), [](int n) { return n > 0; })) {
            data.categories.append(Category(c));
            data.counts.append(layer);
        }
    }
    return data;
}

int HistoryChartData::total(int column) const
{
    int sum = 0;
    for (const QList<int> &layer : counts)
        sum += layer[column];
    return sum;
}

int HistoryChartData::count(Category category, int column) const
{
    const qsizetype layer = categories.indexOf(category);
    return layer < 0 ? 0 : counts[layer][column];
}

int HistoryChartData::maximumTotal() const
{
    int most = 0;
    for (int column = 0; column < times.size(); ++column)
        most = std::max(most, total(column));
    return most;
}

int HistoryChartData::nearest(qint64 msecs) const
{
    int best = -1;
    for (int column = 0; column < times.size(); ++column) {
        if (best < 0 || std::abs(times[column] - msecs) < std::abs(times[best] - msecs))
            best = column;
    }
    return best;
}

QString HistoryChartData::describe(int column) const
{
    QStringList lines{historyTimeText(QDateTime::fromMSecsSinceEpoch(times[column]))};
    // Top layer first, as the areas stack on screen.
    for (qsizetype layer = categories.size() - 1; layer >= 0; --layer) {
        if (const int n = counts[layer][column])
            lines.append(HistoryViewText::tr("%1: %2").arg(categoryTitle(categories[layer])).arg(n));
    }
    lines.append(HistoryViewText::tr("Total: %1").arg(total(column)));
    if (column < arrived.size() && !arrived[column].isEmpty())
        lines.append(HistoryViewText::tr("New since the snapshot before: %1").arg(arrived[column].join(u", ")));
    if (column < departed.size() && !departed[column].isEmpty())
        lines.append(HistoryViewText::tr("Gone since the snapshot before: %1").arg(departed[column].join(u", ")));
    return lines.join(u'\n');
}

QString historyTimeText(const QDateTime &when)
{
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.remove(QLatin1StringView(":ss"));
    return locale.toString(when.toLocalTime(), format);
}

QColor historyCategoryColour(Category category, const QPalette &palette)
{
    const bool dark = CellColours::isDark(palette);
    const float hue = categoryHue(category);
    if (hue < 0)
        return dark ? QColor(0x9a, 0xa3, 0xab) : QColor(0x7f, 0x8c, 0x8d);
    return dark ? QColor::fromHslF(hue, 0.62f, 0.62f) : QColor::fromHslF(hue, 0.66f, 0.50f);
}

void fillHistoryChart(QChart *chart, const HistoryChartData &data, const QPalette &palette, const QString &axisTitle)
{
    chart->removeAllSeries();
    for (const auto axisList = chart->axes(); QAbstractAxis * axis : axisList) {
        chart->removeAxis(axis);
        delete axis;
    }
    const bool dark = CellColours::isDark(palette);
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The themes bring their own backgrounds and fonts; the window's own colours fit better.
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = CellColours::mix(base, text, 0.14);
    chart->setBackgroundBrush(base);
    chart->setBackgroundRoundness(0);
    chart->legend()->setLabelColor(text);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *xAxis = new QCategoryAxis;
    auto *yAxis = new QValueAxis;
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(xAxis), static_cast<QAbstractAxis *>(yAxis)}) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setTitleBrush(text);
    }
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    QList<qreal> below(data.times.size(), 0.0);
    for (int layer = 0; layer < data.categories.size(); ++layer) {
        auto *area = new QAreaSeries;
        auto *lower = new QLineSeries(area);
        auto *upper = new QLineSeries(area);
        for (int column = 0; column < data.times.size(); ++column) {
            const qreal x = qreal(data.times[column]);
            lower->append(x, below[column]);
            below[column] += data.counts[layer][column];
            upper->append(x, below[column]);
        }
        if (data.times.size() == 1) {
            // An area needs two points: one snapshot becomes a narrow stacked bar instead.
            const qreal x = qreal(data.times.first());
            lower->replace(0, x - SingleBarHalfWidth, lower->at(0).y());
            upper->replace(0, x - SingleBarHalfWidth, upper->at(0).y());
            lower->append(x + SingleBarHalfWidth, lower->at(0).y());
            upper->append(x + SingleBarHalfWidth, upper->at(0).y());
        }
        area->setLowerSeries(lower);
        area->setUpperSeries(upper);
        area->setName(categoryTitle(data.categories[layer]));
        const QColor colour = historyCategoryColour(data.categories[layer], palette);
        area->setColor(colour);
        // With many snapshots the edges of the layers crowd into dark bands: keep them plain.
        const bool crowded = data.times.size() > MaximumMarkers;
        area->setBorderColor(crowded ? colour : dark ? colour.lighter(120) : colour.darker(125));
        chart->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
    }

    // Markers on the top edge: one per snapshot, so a click has an obvious target.
    auto *markers = new QScatterSeries;
    markers->setObjectName(QStringLiteral("snapshots"));
    markers->setMarkerSize(7);
    markers->setColor(text);
    markers->setBorderColor(base);
    for (int column = 0; column < data.times.size(); ++column)
        markers->append(qreal(data.times[column]), data.total(column));
    markers->setVisible(data.times.size() <= MaximumMarkers);
    chart->addSeries(markers);
    markers->attachAxis(xAxis);
    markers->attachAxis(yAxis);
    for (const auto legendMarkers = chart->legend()->markers(markers); QLegendMarker * marker : legendMarkers)
        marker->setVisible(false);

    const qint64 first = data.times.isEmpty() ? 0 : data.times.first();
    const qint64 last = data.times.isEmpty() ? 0 : data.times.last();
    const qint64 span = last - first;
    // A little room either side so the first and last markers are not cut in half.
    const qint64 pad = std::max(span / 30, span == 0 ? 12 * HourMs : qint64(0));
    xAxis->setRange(qreal(first - pad), qreal(last + pad));
    xAxis->setStartValue(qreal(first - pad));
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (const auto ticks = timeTicks(first - pad, last + pad, 6); const TimeTick &tick : ticks)
        xAxis->append(tick.label, qreal(tick.msecs));
    // Whole-number ticks (1, 2, 5, 10, 20, 50, …) at most seven to the axis: counts have no fractions.
    const int top = std::max(data.maximumTotal(), 4);
    int step = 1;
    for (int magnitude = 1; top / step > 6; magnitude *= 10) {
        for (const int m : {1, 2, 5}) {
            step = m * magnitude;
            if (top / step <= 6)
                break;
        }
    }
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(step);
    // Headroom above the highest marker, so it is not cut in half either.
    yAxis->setRange(0, (top / step + 1) * step);
    yAxis->setTitleText(axisTitle);
}

} // namespace DriftDeck
