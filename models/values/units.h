#pragma once

#include "value.h"

#include <QString>
#include <QStringView>

namespace DriftDeck::Units {

// The unit a row's numbers are in, decided from its key: Prometheus naming conventions for
// metrics (`_bytes`, `_seconds`, camel case `Bytes`, `Seconds`, `Ms`), Kubernetes and Compose
// memory and storage amounts (already normalised to bytes). Configuration keys keep the spelling
// their files use, so a value can be searched for as written.
enum class Unit : quint8 { None, Bytes, Seconds, Milliseconds };

Unit unitOfKey(QStringView key);

// Binary units, up to two decimals: "0 B", "1023 B", "1.5 KiB", "512 MiB", "953.67 MiB", "32 GiB".
QString formatBytes(double bytes);
// The largest fitting unit; below a minute up to two decimals ("250 ms", "1.5 s"), above it two
// parts ("1 min 30 s", "2 h 5 min", "3 d 4 h").
QString formatDuration(double seconds);
// amount in the unit's own scale; empty for Unit::None or a number that is not finite.
QString format(Unit unit, double amount);

// What a cell shows for value in its unit, or an empty string when the value keeps its own text
// (no unit for the key, not a number, a secret or masked). Only for people: comparisons use the
// raw value.
QString display(QStringView key, const Value &value);

} // namespace DriftDeck::Units
