#include "metricaxis.h"

#include "cellstyle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::MetricChart, the same in lupdate and at run time.
struct MetricChartText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::MetricChart)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

// precision 0: the shortest text that reads back as the same double (tooltips are exact).
QString number(double value, int precision = 4)
{
    if (precision == 0)
        precision = QLocale::FloatingPointShortest;
    // Trailing zeros dropped, no exponent for everyday magnitudes.
    QString text = QLocale().toString(value, 'g', precision);
    return text == u"-0"_s ? u"0"_s : text;
}

} // namespace

MetricUnit metricUnitOf(const QString &promql)
{
    static const QRegularExpression bytes(u"_bytes(_total)?\\b"_s);
    static const QRegularExpression seconds(u"_seconds(_total|_bucket|_sum|_count)?\\b"_s);
    if (bytes.match(promql).hasMatch())
        return MetricUnit::Bytes;
    if (seconds.match(promql).hasMatch())
        return MetricUnit::Seconds;
    return MetricUnit::Plain;
}

QString metricUnitTitle(MetricUnit unit)
{
    switch (unit) {
    case MetricUnit::Bytes:
        return MetricChartText::tr("bytes");
    case MetricUnit::Seconds:
        return MetricChartText::tr("seconds");
    case MetricUnit::Plain:
        break;
    }
    return MetricChartText::tr("value");
}

QString metricValueText(double value, MetricUnit unit, bool exact)
{
    const int digits = exact ? 0 : 4;
    const double magnitude = std::abs(value);
    if (unit == MetricUnit::Bytes) {
        static const char *const names[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        int power = 0;
        double scaled = value;
        while (std::abs(scaled) >= 1024 && power < 5) {
            scaled /= 1024;
            ++power;
        }
        const QString text = number(scaled, digits) + u' ' + QLatin1StringView(names[power]);
        return exact && power > 0 ? MetricChartText::tr("%1 (%2 bytes)").arg(text, number(value, 0)) : text;
    }
    if (unit == MetricUnit::Seconds && value != 0) {
        if (magnitude < 1e-3)
            return number(value * 1e6, digits) + u" µs"_s;
        if (magnitude < 1)
            return number(value * 1e3, digits) + u" ms"_s;
        if (magnitude < 120)
            return number(value, digits) + u" s"_s;
        if (magnitude < 7200)
            return (exact ? number(value, 0) + u" s"_s : number(value / 60, 3) + u" min"_s);
        return (exact ? number(value, 0) + u" s"_s : number(value / 3600, 3) + u" h"_s);
    }
    if (unit == MetricUnit::Seconds)
        return u"0 s"_s;
    return number(value, exact ? 0 : 6);
}

QString metricTimeText(qint64 msecs)
{
    // Seconds too: samples 15 s apart must not read the same.
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime();
    return QLocale().toString(when, QLocale().dateFormat(QLocale::ShortFormat) + u" HH:mm:ss"_s);
}

QList<MetricTimeTick> metricTimeTicks(qint64 from, qint64 to, int maxTicks)
{
    static const qint64 steps[] = {300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800};
    const qint64 span = std::max<qint64>(1, (to - from) / 1000);
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 candidate : steps) {
        if (span / candidate <= maxTicks) {
            step = candidate;
            break;
        }
    }
    // Round in local time: a tick at 00:00 here, not at midnight UTC.
    const int offset = QDateTime::fromMSecsSinceEpoch(from).toLocalTime().offsetFromUtc();
    qint64 local = (from / 1000 + offset + step - 1) / step * step;
    QList<MetricTimeTick> ticks;
    QDate previous;
    const QLocale locale;
    for (; (local - offset) * 1000 <= to && ticks.size() < 64; local += step) {
        const qint64 msecs = (local - offset) * 1000;
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime();
        QString label;
        if (step >= 86400)
            label = locale.toString(when, u"ddd d MMM"_s);
        else if (when.date() != previous)
            label = locale.toString(when, u"d MMM HH:mm"_s);
        else
            label = locale.toString(when, u"HH:mm"_s);
        previous = when.date();
        ticks.append({msecs, label});
    }
    return ticks;
}

QString metricErrorText(const QString &error)
{
    static const QRegularExpression query(u"(https?://[^\\s?]+)\\?\\S*?(:?\\s)"_s);
    QString text = error;
    return text.replace(query, u"\\1\\2"_s);
}

QList<double> metricValueTicks(double low, double high, MetricUnit unit, int maxTicks)
{
    if (!(high > low)) {
        // One value (a flat line): a band around it.
        const double pad = low == 0 ? 1 : std::abs(low) * 0.1;
        low -= pad;
        high += pad;
    }
    const double raw = (high - low) / std::max(1, maxTicks - 1);
    double step = 0;
    if (unit == MetricUnit::Bytes && raw >= 1024) {
        // Powers of 1024 times 1, 2, 4 or 8 … 512, so labels read 256 MiB, 512 MiB, 1 GiB.
        const double power = std::pow(1024.0, std::floor(std::log(raw) / std::log(1024.0)));
        for (double m = 1; m <= 1024; m *= 2) {
            step = m * power;
            if (step >= raw)
                break;
        }
    } else {
        const double power = std::pow(10.0, std::floor(std::log10(raw)));
        for (double m : {1.0, 2.0, 5.0, 10.0}) {
            step = m * power;
            if (step >= raw)
                break;
        }
    }
    QList<double> ticks;
    const double first = std::floor(low / step) * step;
    for (int i = 0; i < 64; ++i) {
        const double tick = first + i * step;
        // Rounded so 0.30000000000000004 reads 0.3.
        ticks.append(std::abs(tick) < step * 1e-9 ? 0.0 : tick);
        if (tick >= high - step * 1e-9)
            break;
    }
    return ticks;
}

QColor metricSeriesColour(const MetricSeries &series, int index, const QPalette *palette)
{
    static const QList<QColor> colours{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                                       QColor(0xff, 0x7f, 0x0e), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                       QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
                                       QColor(0x17, 0xbe, 0xcf)};
    QColor colour = colours[index % colours.size()];
    if (QColor::isValidColorName(series.colour))
        colour = QColor::fromString(series.colour);
    // Lifted on dark backgrounds, so a dark blue stays visible; the hue stays the environment's.
    if (palette && CellColours::isDark(*palette) && colour.lightnessF() < 0.6)
        colour = colour.hslHueF() < 0 ? colour.lighter(160)
                                      : QColor::fromHslF(colour.hslHueF(), colour.hslSaturationF(), 0.62f);
    return colour;
}

QString metricPointText(const MetricSeries &series, qreal x, MetricUnit unit)
{
    if (series.points.isEmpty())
        return {};
    // Points are in time order: the nearest is at or just before the first one past x.
    auto after = std::lower_bound(series.points.cbegin(), series.points.cend(), x,
                                  [](const QPointF &point, qreal at) { return point.x() < at; });
    if (after == series.points.cend() || (after != series.points.cbegin() && x - (after - 1)->x() < after->x() - x))
        --after;
    return MetricChartText::tr("%1\n%2\n%3")
        .arg(series.title(), metricTimeText(qint64(after->x())), metricValueText(after->y(), unit, true));
}

QString metricLimitText(const MetricSeries &series, bool critical, MetricUnit unit)
{
    const std::optional<double> &limit = critical ? series.thresholds.critical : series.thresholds.warning;
    if (!limit)
        return {};
    return (critical ? MetricChartText::tr("%1: critical at %2") : MetricChartText::tr("%1: warning at %2"))
        .arg(series.title(), metricValueText(*limit, unit, true));
}

} // namespace DriftDeck
