#pragma once

#include "sources/source.h"
#include "values/normaliser.h"
#include "values/value.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QJsonValue;

namespace DriftDeck {

struct YamlNode;

// The flag file layouts Drift Deck understands.
enum class FlagFileFormat : quint8 {
    Auto, // a map with "flags" is flagd, a list is the seed format
    Flagd, // https://flagd.dev/reference/flag-definitions/
    Seed, // [{key, defaultValue, description, rules: [{attribute, operator, value, result}]}]
};

// One matrix row read from a flag file, with the place that decided it.
struct FlagRow {
    QString key; // full key: "flag/new-checkout/rollout"
    Value value;
    int line = 0; // 1-based
    int column = 0;
};

struct FlagRows {
    QList<FlagRow> rows;
    QString errorString; // "flags/staging.json:4:12: flag "x": …"; empty on success

    bool ok() const { return errorString.isEmpty(); }
};

// The rows as one source's result: one layer, each row's value and place as its provenance
// (line and column 0 where the rows came from an API rather than a file).
SourceResult flagRowsResult(const QList<FlagRow> &rows, Layer layer);

// What the format readers share: the file's label for messages and the normalisation rules.
class FlagFileReader
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::FlagFileSource)
public:
    FlagFileReader(QString label, const Normaliser &normaliser);

    const QString &label() const { return m_label; }
    const Normaliser &normaliser() const { return m_normaliser; }

    // "label:line:column: message" (or "label: message" when the position is unknown).
    QString errorAt(int line, int column, const QString &message) const;
    QString errorAt(const YamlNode &node, const QString &message) const;

    // The node as JSON: quoted scalars are strings, plain ones typed by YAML's core schema.
    static QJsonValue toJson(const YamlNode &node);
    // The node as a normalised value (scalars keep their spelling as display).
    Value valueOf(const YamlNode &node) const;
    // A boolean flag value reads as on/off in the matrix, whichever way the file wrote it.
    Value flagValueOf(const YamlNode &node) const;
    static Value onOff(bool on);

    // How a node is shown in messages: the scalar text, or its kind for collections.
    static QString describe(const YamlNode *node);
    static bool isText(const YamlNode *node); // a scalar (quoted or not)
    static bool isBoolean(const YamlNode *node, bool *value = nullptr);

private:
    QString m_label;
    const Normaliser &m_normaliser;
};

} // namespace DriftDeck
