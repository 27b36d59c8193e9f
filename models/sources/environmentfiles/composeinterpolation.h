#pragma once

#include <QHash>
#include <QString>

namespace DriftDeck {

// The outcome of interpolating one string: text, or an error (errorString set).
struct InterpolationResult {
    QString text;
    QString errorString;
    bool ok() const { return errorString.isEmpty(); }
};

// Compose's variable interpolation, as compose-go's template package does it:
//   $VAR, ${VAR}            the value, empty when unset
//   ${VAR:-default}         default when unset or empty;   ${VAR-default}  only when unset
//   ${VAR:?message}         error when unset or empty;     ${VAR?message}  only when unset
//   ${VAR:+alternative}     alternative when set and not empty; ${VAR+alternative} when set
//   $$                      a literal "$"
// Defaults, alternatives and messages are interpolated themselves (${A:-${B}}). Names are
// [_A-Za-z][_A-Za-z0-9]*; anything else after "$" is an invalid template, as in Compose.
InterpolationResult interpolateCompose(QStringView text, const QHash<QString, QString> &variables);

} // namespace DriftDeck
