#pragma once

#include "flagfileformat.h"

namespace DriftDeck {

// The seed format many teams start with before adopting a flag service: a list of
//   {key, defaultValue, description, rules: [{attribute, operator, value, result}]}
// with operator one of equals, contains, percentage. Rows per flag:
//   flag/<key>          defaultValue (true/false read as "on"/"off")
//   flag/<key>/rules    one line per equals/contains rule, "attribute operator value → result",
//                       in file order, since the first matching rule wins
//   flag/<key>/rollout  the percentage rule's value (0–100)
// Stops at the first problem, reported with file, line and column.
FlagRows readSeedFlags(const YamlNode &root, const FlagFileReader &reader);

} // namespace DriftDeck
