#include "units.h"

#include <array>
#include <cmath>

namespace DriftDeck::Units {

namespace {

// Up to two decimals, trailing zeros dropped: 1.5, 953.67, 32.
QString twoDecimals(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

bool endsWithWord(QStringView name, QStringView snake, QStringView camel)
{
    // snake: "_bytes" after a word; camel: "Bytes" after a lowercase letter or digit.
    if (name.endsWith(snake) && name.size() > snake.size())
        return true;
    if (name.endsWith(camel) && name.size() > camel.size()) {
        const QChar before = name[name.size() - camel.size() - 1];
        return before.isLower() || before.isDigit();
    }
    return false;
}

Unit unitOfName(QStringView name)
{
    // Counters of a unit keep it: node_network_receive_bytes_total, process_cpu_seconds_total.
    if (name.endsWith(u"_total"))
        name.chop(6);
    if (endsWithWord(name, u"_bytes", u"Bytes"))
        return Unit::Bytes;
    if (endsWithWord(name, u"_seconds", u"Seconds"))
        return Unit::Seconds;
    if (endsWithWord(name, u"_milliseconds", u"Milliseconds") || endsWithWord(name, u"_ms", u"Ms"))
        return Unit::Milliseconds;
    return Unit::None;
}

// requests.memory, limits.ephemeral-storage, reservations.memory, limits.hugepages-2Mi.
bool isMemoryAmount(QStringView name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot < 0)
        return false;
    const QStringView group = name.first(dot);
    if (group != u"requests" && group != u"limits" && group != u"reservations")
        return false;
    const QStringView resource = name.sliced(dot + 1);
    return resource == u"memory" || resource == u"ephemeral-storage" || resource == u"storage"
        || resource.startsWith(u"hugepages-");
}

QString withSign(bool negative, const QString &text)
{
    return negative ? u'-' + text : text;
}

} // namespace

Unit unitOfKey(QStringView key)
{
    const bool metric = key.startsWith(u"metric/");
    if (!metric && !key.startsWith(u"infra/"))
        return Unit::None;
    const QStringView name = key.sliced(key.lastIndexOf(u'/') + 1);
    if (!metric && isMemoryAmount(name))
        return Unit::Bytes;
    return unitOfName(name);
}

QString formatBytes(double bytes)
{
    static constexpr std::array<QStringView, 7> names = {u"B", u"KiB", u"MiB", u"GiB", u"TiB", u"PiB", u"EiB"};
    const bool negative = bytes < 0;
    double amount = std::fabs(bytes);
    size_t unit = 0;
    while (unit + 1 < names.size() && amount >= 1024) {
        amount /= 1024;
        ++unit;
    }
    // 1023.999 MiB would read "1024 MiB": say "1 GiB" instead.
    if (unit + 1 < names.size() && std::round(amount * 100) / 100 >= 1024) {
        amount /= 1024;
        ++unit;
    }
    return withSign(negative && amount > 0, twoDecimals(amount) + u' ' + names[unit]);
}

QString formatDuration(double seconds)
{
    const bool negative = seconds < 0;
    const double amount = std::fabs(seconds);
    if (amount == 0)
        return QStringLiteral("0 s");

    // Below a minute: one unit with decimals, moving up when rounding reaches the next one.
    struct Small {
        double scale;
        QStringView name;
    };
    static constexpr std::array<Small, 4> small = {{{1e-9, u"ns"}, {1e-6, u"µs"}, {1e-3, u"ms"}, {1, u"s"}}};
    size_t unit = 0;
    while (unit + 1 < small.size() && amount >= small[unit + 1].scale)
        ++unit;
    for (; unit < small.size(); ++unit) {
        const double scaled = std::round(amount / small[unit].scale * 100) / 100;
        const double limit = unit + 1 < small.size() ? 1000 : 60;
        if (scaled < limit)
            return withSign(negative, twoDecimals(scaled) + u' ' + small[unit].name);
    }

    // A minute or more: the largest unit and the next one down, rounded to the smaller.
    struct Large {
        qint64 seconds;
        QStringView name;
    };
    static constexpr std::array<Large, 4> large = {{{1, u"s"}, {60, u"min"}, {3600, u"h"}, {86400, u"d"}}};
    size_t big = 1;
    while (big + 1 < large.size() && amount >= double(large[big + 1].seconds))
        ++big;
    for (;;) {
        const qint64 step = large[big - 1].seconds;
        const qint64 total = qint64(std::llround(amount / double(step)));
        const qint64 ratio = large[big].seconds / step;
        if (big + 1 < large.size() && total * step >= large[big + 1].seconds) {
            ++big; // 59 min 59.6 s rounds to 60 min: one hour
            continue;
        }
        const qint64 whole = total / ratio;
        const qint64 rest = total % ratio;
        QString text = QString::number(whole) + u' ' + large[big].name;
        if (rest)
            text += u' ' + QString::number(rest) + u' ' + large[big - 1].name;
        return withSign(negative, text);
    }
}

QString format(Unit unit, double amount)
{
    if (!std::isfinite(amount))
        return {};
    switch (unit) {
    case Unit::Bytes:
        return formatBytes(amount);
    case Unit::Seconds:
        return formatDuration(amount);
    case Unit::Milliseconds:
        return formatDuration(amount / 1000);
    case Unit::None:
        break;
    }
    return {};
}

QString display(QStringView key, const Value &value)
{
    if (value.kind() != ValueKind::Number)
        return {};
    const Unit unit = unitOfKey(key);
    double amount = 0;
    if (unit == Unit::None || !value.toNumber(&amount))
        return {};
    return format(unit, amount);
}

} // namespace DriftDeck::Units
