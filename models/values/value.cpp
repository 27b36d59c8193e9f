#include "value.h"

#include <QHashFunctions>

#include <array>
#include <charconv>
#include <cmath>

namespace DriftDeck {

namespace {
constexpr std::array<QLatin1StringView, 8> kindNames = {
    QLatin1StringView("null"), QLatin1StringView("boolean"), QLatin1StringView("number"), QLatin1StringView("string"),
    QLatin1StringView("list"), QLatin1StringView("map"),     QLatin1StringView("secret"), QLatin1StringView("masked"),
};
}

QString valueKindName(ValueKind kind)
{
    return QString(kindNames[static_cast<size_t>(kind)]);
}

QString canonicalNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (value == 0)
        return QStringLiteral("0"); // folds -0 into 0
    std::array<char, 32> buffer{};
    // Shortest round-trip representation: 0.1 stays "0.1", 3000.0 becomes "3000".
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return QString::fromLatin1(buffer.data(), result.ptr - buffer.data());
}

Value::Value(ValueKind kind, const QString &canonical, const QString &display)
{
    auto *data = new Data;
    data->display = display;
    data->canonical = canonical;
    data->hash = qHash(canonical, size_t(kind) * 0x9e3779b97f4a7c15ULL + 1);
    data->kind = kind;
    d.reset(data);
}

const QString &Value::emptyText()
{
    static const QString empty;
    return empty;
}

Value Value::null()
{
    return Value(ValueKind::Null, QStringLiteral("null"), QStringLiteral("null"));
}

Value Value::boolean(bool value)
{
    const QString text = value ? QStringLiteral("true") : QStringLiteral("false");
    return Value(ValueKind::Boolean, text, text);
}

Value Value::number(double value, const QString &display)
{
    const QString canonical = canonicalNumber(value);
    return Value(ValueKind::Number, canonical, display.isEmpty() ? canonical : display);
}

Value Value::string(const QString &value)
{
    return Value(ValueKind::String, value, value);
}

Value Value::structure(ValueKind kind, const QString &canonical, const QString &display)
{
    Q_ASSERT(kind == ValueKind::List || kind == ValueKind::Map);
    return Value(kind, canonical, display);
}

Value Value::secret(const QString &fingerprint)
{
    return Value(ValueKind::Secret, fingerprint, QString());
}

Value Value::masked(const QString &display)
{
    return Value(ValueKind::Masked, QString(), display);
}

Value Value::withCanonical(ValueKind kind, const QString &canonical, const QString &display)
{
    return Value(kind, canonical, display);
}

bool Value::toNumber(double *out) const
{
    if (kind() != ValueKind::Number)
        return false;
    bool ok = false;
    const double v = canonical().toDouble(&ok);
    if (ok && out)
        *out = v;
    return ok;
}

} // namespace DriftDeck
