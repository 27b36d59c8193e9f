#pragma once

#include <QExplicitlySharedDataPointer>
#include <QSharedData>
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

// One normalised value. The display text is what a person sees (as written, or compact JSON for
// structures); the canonical text is what comparisons use. For secrets the canonical text is the
// fingerprint and there is no display.
//
// One pointer wide: a snapshot holds millions of values (20 environments × 100,000 keys), most
// of them equal to the same value in other environments, and readers pool equal values so that
// those share one Data. Copies count references; equal pointers compare equal at once.
class Value
{
public:
    Value() = default; // kind Null with empty texts (not Value::null(), whose text is "null")

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

    ValueKind kind() const { return d ? d->kind : ValueKind::Null; }
    const QString &display() const { return d ? d->display : emptyText(); }
    const QString &canonical() const { return d ? d->canonical : emptyText(); }
    quint64 hash() const { return d ? d->hash : 0; }
    // The same for every copy of one value and different for values made apart, while any copy
    // lives (equal values made apart differ): for pooling by identity.
    const void *identity() const { return d.data(); }

    bool isSecret() const { return kind() == ValueKind::Secret; }
    bool isMasked() const { return kind() == ValueKind::Masked; }
    // A value that can be compared by its text (not masked).
    bool isComparable() const { return kind() != ValueKind::Masked; }
    bool toNumber(double *out) const;

    friend bool operator==(const Value &a, const Value &b)
    {
        // Pooled values that are equal share their data: no text is compared.
        return a.d == b.d || (a.hash() == b.hash() && a.kind() == b.kind() && a.canonical() == b.canonical());
    }

private:
    struct Data : QSharedData {
        QString display;
        QString canonical;
        quint64 hash = 0;
        ValueKind kind = ValueKind::Null;
    };

    Value(ValueKind kind, const QString &canonical, const QString &display);
    static const QString &emptyText();

    QExplicitlySharedDataPointer<const Data> d; // null: the default value
};
} // namespace DriftDeck
// A shared pointer: lists of these grow by moving memory instead of copying every element.
Q_DECLARE_TYPEINFO(DriftDeck::Value, Q_RELOCATABLE_TYPE);
namespace DriftDeck {

// Shortest text that reads back as the same double: 3000, 0.1, 1.5e+20.
QString canonicalNumber(double value);

} // namespace DriftDeck
