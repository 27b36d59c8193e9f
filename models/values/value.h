#pragma once

#include <QString>
#include <QtGlobal>

namespace DriftDeck {

// What kind of thing a configuration value is once normalised. Two values compare equal only
// when kind and canonical text are equal, so "3000" (string) and 3000 (number) differ unless the
// normaliser was allowed to coerce the string.
enum class ValueKind : quint8 {
    Null,
    Boolean,
    Number,
    String,
    List,
    Map,
    Secret, // only a salted fingerprint is kept; the plaintext never enters a Value
    Masked, // the source hid the value (e.g. Spring's "******"): nothing can be compared
};

QString valueKindName(ValueKind kind);

// One normalised value. Cheap to copy (implicitly shared strings). The display text is what a
// person sees (as written, or compact JSON for structures); the canonical text is what
// comparisons use. For secrets the canonical text is the fingerprint and there is no display.
class Value
{
public:
    Value() = default;

    static Value null();
    static Value boolean(bool value);
    static Value number(double value, const QString &display = {});
    static Value string(const QString &value);
    // Structures: the caller provides the canonical JSON rendering (sorted keys) and the display.
    static Value structure(ValueKind kind, const QString &canonical, const QString &display);
    static Value secret(const QString &fingerprint);
    static Value masked(const QString &display = QStringLiteral("******"));
    // A value whose display and canonical text differ (e.g. "100m" compared as "0.1").
    static Value withCanonical(ValueKind kind, const QString &canonical, const QString &display);

    ValueKind kind() const { return m_kind; }
    const QString &display() const { return m_display; }
    const QString &canonical() const { return m_canonical; }
    quint64 hash() const { return m_hash; }

    bool isSecret() const { return m_kind == ValueKind::Secret; }
    bool isMasked() const { return m_kind == ValueKind::Masked; }
    // A value that can be compared by its text (not masked).
    bool isComparable() const { return m_kind != ValueKind::Masked; }
    bool toNumber(double *out) const;

    friend bool operator==(const Value &a, const Value &b)
    {
        return a.m_hash == b.m_hash && a.m_kind == b.m_kind && a.m_canonical == b.m_canonical;
    }

private:
    Value(ValueKind kind, const QString &canonical, const QString &display);

    QString m_display;
    QString m_canonical;
    quint64 m_hash = 0;
    ValueKind m_kind = ValueKind::Null;
};
} // namespace DriftDeck
// Implicitly shared strings and plain fields: lists of these grow by moving memory instead of
// copying every element.
Q_DECLARE_TYPEINFO(DriftDeck::Value, Q_RELOCATABLE_TYPE);
namespace DriftDeck {

// Shortest text that reads back as the same double: 3000, 0.1, 1.5e+20.
QString canonicalNumber(double value);

} // namespace DriftDeck
