#include "metricrange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::MetricRange, the same in lupdate and at run time.
struct MetricRangeText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::MetricRange)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

} // namespace

int MetricWindowSpan::pointCount() const
{
    return stepSeconds > 0 ? int(start.secsTo(end) / stepSeconds) + 1 : 0;
}

QList<MetricWindow> metricWindows()
{
    return {MetricWindow::OneHour, MetricWindow::SixHours, MetricWindow::OneDay, MetricWindow::SevenDays};
}

QString metricWindowName(MetricWindow window)
{
    switch (window) {
    case MetricWindow::OneHour:
        return u"1h"_s;
    case MetricWindow::SixHours:
        return u"6h"_s;
    case MetricWindow::OneDay:
        return u"24h"_s;
    case MetricWindow::SevenDays:
        return u"7d"_s;
    }
    return {};
}

std::optional<MetricWindow> parseMetricWindow(const QString &text)
{
    const QString name = text.trimmed().toLower();
    if (name == u"1d")
        return MetricWindow::OneDay;
    for (const auto windows = metricWindows(); MetricWindow window : windows) {
        if (metricWindowName(window) == name)
            return window;
    }
    return std::nullopt;
}

qint64 metricWindowSeconds(MetricWindow window)
{
    switch (window) {
    case MetricWindow::OneHour:
        return 3600;
    case MetricWindow::SixHours:
        return 6 * 3600;
    case MetricWindow::OneDay:
        return 24 * 3600;
    case MetricWindow::SevenDays:
        return 7 * 24 * 3600;
    }
    return 3600;
}

int metricWindowStepSeconds(MetricWindow window)
{
    // 241, 361, 289 and 337 points: a few hundred, far below Prometheus' 11,000 per series.
    switch (window) {
    case MetricWindow::OneHour:
        return 15;
    case MetricWindow::SixHours:
        return 60;
    case MetricWindow::OneDay:
        return 300;
    case MetricWindow::SevenDays:
        return 1800;
    }
    return 60;
}

MetricWindowSpan metricWindowSpan(MetricWindow window, const QDateTime &end)
{
    MetricWindowSpan span;
    span.stepSeconds = metricWindowStepSeconds(window);
    const qint64 last = end.toSecsSinceEpoch() / span.stepSeconds * span.stepSeconds;
    span.end = QDateTime::fromSecsSinceEpoch(last, QTimeZone::UTC);
    span.start = QDateTime::fromSecsSinceEpoch(last - metricWindowSeconds(window), QTimeZone::UTC);
    return span;
}

bool MetricChart::hasPoints() const
{
    for (const MetricSeries &line : series) {
        if (!line.points.isEmpty())
            return true;
    }
    return false;
}

std::optional<std::pair<double, double>> MetricChart::valueRange() const
{
    std::optional<std::pair<double, double>> range;
    const auto include = [&range](double value) {
        if (!range)
            range = std::pair{value, value};
        else
            range = std::pair{std::min(range->first, value), std::max(range->second, value)};
    };
    for (const MetricSeries &line : series) {
        for (const QPointF &point : line.points)
            include(point.y());
        // Limits only count for environments that have a line: a limit far off the data would
        // squash every line flat to show a threshold nobody reaches.
        if (line.points.isEmpty())
            continue;
        if (line.thresholds.warning)
            include(*line.thresholds.warning);
        if (line.thresholds.critical)
            include(*line.thresholds.critical);
    }
    return range;
}

RangeAnswer parseRangeAnswer(int status, const QByteArray &body)
{
    RangeAnswer answer;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError || !document.isObject() || !root.contains(u"status"_s)) {
        answer.errorString = status != 200 ? MetricRangeText::tr("HTTP %1").arg(status)
            : error.error != QJsonParseError::NoError
            ? MetricRangeText::tr("not a Prometheus API answer: %1 at byte %2")
                  .arg(error.errorString())
                  .arg(error.offset)
            : MetricRangeText::tr("not a Prometheus API answer: no \"status\"");
        return answer;
    }
    if (root.value(u"status"_s).toString() != u"success") {
        answer.errorString = MetricRangeText::tr("HTTP %1, %2: %3")
                                 .arg(QString::number(status), root.value(u"errorType"_s).toString(),
                                      root.value(u"error"_s).toString());
        return answer;
    }
    const QJsonObject data = root.value(u"data"_s).toObject();
    const QString type = data.value(u"resultType"_s).toString();
    if (type != u"matrix") {
        answer.errorString = MetricRangeText::tr("not a Prometheus range answer: resultType \"%1\"").arg(type);
        return answer;
    }
    const QJsonArray series = data.value(u"result"_s).toArray();
    answer.series = int(series.size());
    if (series.size() != 1) {
        answer.errorString = series.isEmpty()
            ? MetricRangeText::tr("no data in this window")
            : MetricRangeText::tr("the query returned %1 series; aggregate it (sum, max) to one").arg(series.size());
        return answer;
    }
    const QJsonArray values = series.first().toObject().value(u"values"_s).toArray();
    answer.points.reserve(values.size());
    for (const QJsonValue &item : values) {
        const QJsonArray pair = item.toArray();
        const QString text = pair.at(1).toString();
        // Prometheus writes NaN and ±Inf this way: a gap in the line.
        if (text == u"NaN" || text.endsWith(u"Inf"))
            continue;
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (pair.size() != 2 || !pair.at(0).isDouble() || !ok) {
            answer.points.clear();
            answer.errorString
                = MetricRangeText::tr("not a Prometheus range answer: a sample is not [time, \"value\"]");
            return answer;
        }
        if (!std::isfinite(value))
            continue;
        answer.points.append(QPointF(std::round(pair.at(0).toDouble() * 1000.0), value));
    }
    return answer;
}

} // namespace DriftDeck
