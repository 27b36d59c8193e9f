#include "normaliser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <array>
#include <cmath>

namespace DriftDeck {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Length of the longest prefix of text that is a decimal number in the YAML 1.2 core schema
// ([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?), or 0. Integers written with a leading
// zero ("007", "0123") are rejected: YAML 1.1 reads them as octal and people use them for codes
// and zip numbers, so they stay strings. exponent=false stops before an exponent (quantities
// read "1E" as exa, not as a broken exponent).
qsizetype numberPrefix(QStringView text, bool exponent, bool *integer)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    const qsizetype intStart = i;
    while (i < n && isDigit(text[i]))
        ++i;
    const qsizetype intDigits = i - intStart;
    if (intDigits > 1 && text[intStart] == u'0')
        return 0;
    bool isInteger = true;
    qsizetype fracDigits = 0;
    if (i < n && text[i] == u'.') {
        isInteger = false;
        ++i;
        const qsizetype fracStart = i;
        while (i < n && isDigit(text[i]))
            ++i;
        fracDigits = i - fracStart;
    }
    if (intDigits == 0 && fracDigits == 0)
        return 0;
    if (exponent && i < n && (text[i] == u'e' || text[i] == u'E')) {
        qsizetype j = i + 1;
        if (j < n && (text[j] == u'+' || text[j] == u'-'))
            ++j;
        const qsizetype expStart = j;
        while (j < n && isDigit(text[j]))
            ++j;
        if (j > expStart) {
            i = j;
            isInteger = false;
        }
    }
    if (integer)
        *integer = isInteger;
    return i;
}

// Canonical text of a plain number, or a null string when text is no number.
QString canonicalNumberText(QStringView text)
{
    bool integer = false;
    if (text.isEmpty() || numberPrefix(text, true, &integer) != text.size())
        return {};
    QStringView digits = text;
    if (digits.startsWith(u'+'))
        digits = digits.mid(1);
    // Integers beyond double precision (ids, account numbers) keep every digit, so two different
    // 20-digit numbers never compare equal after rounding.
    const qsizetype significant = digits.size() - (digits.startsWith(u'-') ? 1 : 0);
    if (integer && significant > 15)
        return digits == u"-0" ? QStringLiteral("0") : digits.toString();
    bool ok = false;
    const double value = digits.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return {};
    return canonicalNumber(value);
}

bool isNullWord(QStringView text)
{
    return text == u"~" || text == u"null" || text == u"Null" || text == u"NULL";
}

bool looksLikeJsonStructure(QStringView text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        return c == u'{' || c == u'[';
    }
    return false;
}

void appendJsonString(QString &out, QStringView text)
{
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += u"\\\"";
            break;
        case '\\':
            out += u"\\\\";
            break;
        case '\n':
            out += u"\\n";
            break;
        case '\r':
            out += u"\\r";
            break;
        case '\t':
            out += u"\\t";
            break;
        case '\b':
            out += u"\\b";
            break;
        case '\f':
            out += u"\\f";
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
}

} // namespace

Normaliser::Normaliser(NormalisationOptions options)
    : m_options(std::move(options))
{
}

Value Normaliser::scalar(const QString &text, bool quoted) const
{
    if (!quoted || m_options.coerceScalars) {
        if (!quoted && isNullWord(text))
            return Value::null();
        if (text.compare(u"true", Qt::CaseInsensitive) == 0)
            return Value::withCanonical(ValueKind::Boolean, QStringLiteral("true"), text);
        if (text.compare(u"false", Qt::CaseInsensitive) == 0)
            return Value::withCanonical(ValueKind::Boolean, QStringLiteral("false"), text);
        const QString number = canonicalNumberText(text);
        if (!number.isNull())
            return Value::withCanonical(ValueKind::Number, number, text);
        double quantity = 0;
        if (m_options.quantities && parseQuantity(text, &quantity))
            return Value::withCanonical(ValueKind::Number, canonicalNumber(quantity), text);
    }
    if (m_options.structuredJsonStrings && looksLikeJsonStructure(text)) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            const Value structure = document.isObject() ? fromJson(document.object()) : fromJson(document.array());
            return Value::withCanonical(ValueKind::String, structure.canonical(), text);
        }
    }
    return Value::string(text);
}

QString Normaliser::canonicalJson(const QJsonValue &json) const
{
    QString out;
    appendCanonical(out, json);
    return out;
}

void Normaliser::appendCanonical(QString &out, const QJsonValue &json) const
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += u"null";
        return;
    case QJsonValue::Bool:
        out += json.toBool() ? QLatin1StringView("true") : QLatin1StringView("false");
        return;
    case QJsonValue::Double:
        out += canonicalNumber(json.toDouble());
        return;
    case QJsonValue::String: {
        // Strings inside structures follow the scalar rules, so [3000] == ["3000"] when coercing.
        const Value value = scalar(json.toString(), true);
        if (value.kind() == ValueKind::String)
            appendJsonString(out, value.canonical());
        else
            out += value.canonical();
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = json.toArray();
        QStringList items;
        items.reserve(array.size());
        for (const QJsonValue &item : array)
            items.append(canonicalJson(item));
        const QString identity = identityFieldOf(array);
        if (!identity.isEmpty()) {
            // Sort by the identity field's canonical value; items are canonical JSON already, so
            // ties (equal identities) still end in a deterministic order.
            QList<std::pair<QString, QString>> keyed;
            keyed.reserve(items.size());
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonObject object = array.at(i).toObject();
                for (const QString &field : m_options.listIdentityFields) {
                    if (object.contains(field)) {
                        keyed.append({canonicalJson(object.value(field)), items.at(i)});
                        break;
                    }
                }
            }
            std::stable_sort(keyed.begin(), keyed.end());
            for (qsizetype i = 0; i < keyed.size(); ++i)
                items[i] = keyed.at(i).second;
        }
        out += u'[';
        out += items.join(u',');
        out += u']';
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = json.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end());
        out += u'{';
        bool first = true;
        for (const QString &key : std::as_const(keys)) {
            if (!first)
                out += u',';
            first = false;
            appendJsonString(out, key);
            out += u':';
            appendCanonical(out, object.value(key));
        }
        out += u'}';
        return;
    }
    }
}

// The identity field when every item of array is a map carrying one of listIdentityFields;
// otherwise empty (the list keeps its order, which then matters).
QString Normaliser::identityFieldOf(const QJsonArray &array) const
{
    if (m_options.listIdentityFields.isEmpty() || array.isEmpty())
        return {};
    QString found;
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            return {};
        const QJsonObject object = item.toObject();
        const auto field = std::find_if(m_options.listIdentityFields.cbegin(), m_options.listIdentityFields.cend(),
                                        [&](const QString &f) { return object.contains(f); });
        if (field == m_options.listIdentityFields.cend())
            return {};
        found = *field;
    }
    return found;
}

Value Normaliser::fromJson(const QJsonValue &json) const
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return Value::null();
    case QJsonValue::Bool:
        return Value::boolean(json.toBool());
    case QJsonValue::Double:
        return Value::number(json.toDouble());
    case QJsonValue::String:
        return scalar(json.toString(), true);
    case QJsonValue::Array:
        return Value::structure(ValueKind::List, canonicalJson(json),
                                QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)));
    case QJsonValue::Object:
        return Value::structure(ValueKind::Map, canonicalJson(json),
                                QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact)));
    }
    return Value::null();
}

QString Normaliser::relaxedName(QStringView name)
{
    // Spring Boot's relaxed binding (Spring Boot reference, "Relaxed Binding" and "Binding From
    // Environment Variables"; wiki "Relaxed Binding 2.0"): in files and system properties a
    // name is compared with its special characters removed and in lowercase, so
    // "spring.jpa.database-platform", "spring.jpa.databasePlatform" and
    // "spring.JPA.database_platform" are one property ("spring.jpa.databaseplatform"); dots
    // alone separate elements. An environment variable has no dots: '_' separates elements,
    // dashes are gone, and a number between underscores is a list index
    // (MY_ACME_1_OTHER -> my.acme[1].other).
    QString out;
    out.reserve(name.size());
    const bool environmentVariable = !name.contains(u'.') && name.contains(u'_');
    if (environmentVariable) {
        const auto parts = name.split(u'_', Qt::SkipEmptyParts);
        for (const QStringView part : parts) {
            const bool index = std::all_of(part.begin(), part.end(), isDigit);
            if (index && !out.isEmpty()) {
                out += u'[';
                out += part;
                out += u']';
                continue;
            }
            if (!out.isEmpty())
                out += u'.';
            for (const QChar c : part) {
                if (c != u'-')
                    out += c.toLower();
            }
        }
        return out;
    }
    bool inIndex = false;
    for (const QChar c : name) {
        if (c == u'[')
            inIndex = true;
        else if (c == u']')
            inIndex = false;
        if (inIndex) {
            out += c; // map keys in brackets keep their spelling
            continue;
        }
        if (c == u'-' || c == u'_')
            continue;
        out += c.toLower();
    }
    return out;
}

bool Normaliser::parseQuantity(QStringView text, double *value)
{
    // Kubernetes resource quantities: <signed number><suffix>, suffix one of the binary (Ki…Ei),
    // decimal (m, k, M…E) suffixes or a decimal exponent (1e3).
    bool integer = false;
    const qsizetype numberLength = numberPrefix(text, false, &integer);
    if (numberLength == 0)
        return false;
    const QStringView number = text.left(numberLength);
    const QStringView suffix = text.mid(numberLength);

    struct Suffix {
        QStringView name;
        int decimalExponent;
        int binaryExponent;
    };
    static constexpr std::array<Suffix, 14> suffixes = {{
        {u"Ki", 0, 10},
        {u"Mi", 0, 20},
        {u"Gi", 0, 30},
        {u"Ti", 0, 40},
        {u"Pi", 0, 50},
        {u"Ei", 0, 60},
        {u"m", -3, 0},
        {u"", 0, 0},
        {u"k", 3, 0},
        {u"M", 6, 0},
        {u"G", 9, 0},
        {u"T", 12, 0},
        {u"P", 15, 0},
        {u"E", 18, 0},
    }};
    double result = 0;
    bool ok = false;
    const auto known
        = std::find_if(suffixes.begin(), suffixes.end(), [&](const Suffix &s) { return s.name == suffix; });
    if (known != suffixes.end()) {
        // Scale in decimal text, not by multiplying doubles, so "100m" is exactly the double 0.1.
        result = QString(number + u'e' + QString::number(known->decimalExponent)).toDouble(&ok);
        result = std::ldexp(result, known->binaryExponent);
    } else {
        bool exponentInteger = false;
        if (suffix.size() < 2 || (suffix[0] != u'e' && suffix[0] != u'E'))
            return false;
        const QStringView exponent = suffix.mid(1);
        if (numberPrefix(exponent, false, &exponentInteger) != exponent.size() || !exponentInteger)
            return false;
        result = QString(number + suffix).toDouble(&ok);
    }
    if (!ok || !std::isfinite(result))
        return false;
    if (value)
        *value = result;
    return true;
}

} // namespace DriftDeck
