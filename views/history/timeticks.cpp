#include "timeticks.h"

#include <QDateTime>
#include <QLocale>

namespace DriftDeck {

namespace {

enum class Unit { Hour, Day, Week, Month, Year };

struct Step {
    Unit unit;
    int size;
};

// Finest first.
constexpr Step Steps[] = {{Unit::Hour, 1},  {Unit::Hour, 2},  {Unit::Hour, 3},  {Unit::Hour, 6},  {Unit::Hour, 12},
                          {Unit::Day, 1},   {Unit::Day, 2},   {Unit::Week, 1},  {Unit::Week, 2},  {Unit::Month, 1},
                          {Unit::Month, 2}, {Unit::Month, 3}, {Unit::Month, 6}, {Unit::Year, 1},  {Unit::Year, 2},
                          {Unit::Year, 5},  {Unit::Year, 10}, {Unit::Year, 25}, {Unit::Year, 100}};

// The first round time of this step at or before `when`, in local time.
QDateTime floorTo(const QDateTime &when, Step step)
{
    const QDate day = when.date();
    switch (step.unit) {
    case Unit::Hour:
        return QDateTime(day, QTime(when.time().hour() / step.size * step.size, 0));
    case Unit::Day:
        return QDateTime(day.addDays(-(day.toJulianDay() % step.size)), QTime(0, 0));
    case Unit::Week: {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        return QDateTime(monday.addDays(-7 * ((monday.toJulianDay() / 7) % step.size)), QTime(0, 0));
    }
    case Unit::Month:
        return QDateTime(QDate(day.year(), (day.month() - 1) / step.size * step.size + 1, 1), QTime(0, 0));
    case Unit::Year:
        return QDateTime(QDate(day.year() / step.size * step.size, 1, 1), QTime(0, 0));
    }
    return when;
}

QDateTime advance(const QDateTime &when, Step step)
{
    switch (step.unit) {
    case Unit::Hour:
        return when.addSecs(3600 * step.size);
    case Unit::Day:
        return when.addDays(step.size);
    case Unit::Week:
        return when.addDays(7 * step.size);
    case Unit::Month:
        return when.addMonths(step.size);
    case Unit::Year:
        break;
    }
    return when.addYears(step.size);
}

QString label(const QDateTime &when, Step step)
{
    const QLocale locale;
    switch (step.unit) {
    case Unit::Hour:
        if (when.time() != QTime(0, 0))
            return locale.toString(when, QStringLiteral("d MMM hh:mm"));
        Q_FALLTHROUGH();
    case Unit::Day:
    case Unit::Week:
        return locale.toString(when, QStringLiteral("d MMM"));
    case Unit::Month:
        return locale.toString(when, QStringLiteral("MMM yyyy"));
    case Unit::Year:
        break;
    }
    return locale.toString(when, QStringLiteral("yyyy"));
}

QList<TimeTick> ticksFor(qint64 from, qint64 to, Step step, int limit)
{
    QList<TimeTick> ticks;
    QDateTime when = floorTo(QDateTime::fromMSecsSinceEpoch(from).toLocalTime(), step);
    for (; when.toMSecsSinceEpoch() <= to && ticks.size() <= limit; when = advance(when, step)) {
        if (when.toMSecsSinceEpoch() >= from)
            ticks.append({when.toMSecsSinceEpoch(), label(when, step)});
    }
    return ticks;
}

} // namespace

QList<TimeTick> timeTicks(qint64 from, qint64 to, int maxTicks)
{
    if (to < from || maxTicks < 1)
        return {};
    for (const Step step : Steps) {
        QList<TimeTick> ticks = ticksFor(from, to, step, maxTicks);
        if (ticks.size() <= maxTicks)
            return ticks;
    }
    return {};
}

} // namespace DriftDeck
