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
// and, when the flag says them, its metadata:
//   flag/<key>/owner           who answers for the flag
//   flag/<key>/category        release, ops (a kill switch) or experiment
//   flag/<key>/plannedRemoval  the date a release flag should be gone (YYYY-MM-DD)
//   flag/<key>/variants        a list of names or a map of names to values, as flagd's variants row
// Stops at the first problem, reported with file, line and column.
FlagRows readSeedFlags(const YamlNode &root, const FlagFileReader &reader);

} // namespace DriftDeck
