#pragma once

#include "value.h"

#include <QStringList>

class QJsonArray;
class QJsonValue;

namespace DriftDeck {

// How values from different sources are made comparable. Defaults fit configuration files.
struct NormalisationOptions {
    bool coerceScalars = true; // "3000" == 3000, "true" == true, "1.0" == 1
    bool quantities = true; // Kubernetes quantities: "100m" == 0.1, "1Gi" == 1073741824
    bool structuredJsonStrings = true; // '{"a":1, "b":2}' == '{"b":2,"a":1}'
    bool relaxedNames = false; // Spring relaxed binding: SPRING_DATASOURCE_URL == spring.datasource.url
    // When set, list items that are maps are matched by the first of these fields they carry, so
    // a reordered list is not drift. Empty: lists compare as whole values, order included.
    QStringList listIdentityFields;
};

// Turns what a source read into typed Values with a canonical text. Stateless apart from its
// options; safe to use from several threads.
class Normaliser
{
public:
    explicit Normaliser(NormalisationOptions options = {});

    const NormalisationOptions &options() const { return m_options; }

    // A scalar as written in a file. quoted: the author wrote it as a string ("3000"), which only
    // turns into a number or boolean when coerceScalars is on.
    Value scalar(const QString &text, bool quoted = false) const;
    // A value already typed by its format (JSON, a YAML tree converted to JSON): structures get
    // a canonical rendering with sorted map keys; scalars go through the same rules as scalar().
    Value fromJson(const QJsonValue &json) const;
    // The canonical text fromJson() gives a structure: compact JSON, map keys sorted at every
    // level, scalars canonical, lists with identity fields sorted by them.
    QString canonicalJson(const QJsonValue &json) const;

    // The canonical form of a property name under Spring's relaxed binding:
    // "SPRING_DATASOURCE_URL", "spring.data-source.url" and "spring.dataSource.url" all give
    // "spring.datasource.url" (but "spring.datasource-url" is "spring.datasourceurl", as in Spring).
    static QString relaxedName(QStringView name);

    // "100m" -> 0.1, "1Gi" -> 1073741824, "1.5k" -> 1500; false if text is no quantity.
    static bool parseQuantity(QStringView text, double *value);

private:
    void appendCanonical(QString &out, const QJsonValue &json) const;
    QString identityFieldOf(const QJsonArray &array) const;

    NormalisationOptions m_options;
};

} // namespace DriftDeck
