#pragma once

#include "flagfileformat.h"

namespace DriftDeck {

// flagd flag definitions (https://flagd.dev/reference/flag-definitions/):
//   {"flags": {"<key>": {"state", "variants", "defaultVariant", "targeting"}}, "$evaluators": {…}}
// Rows per flag:
//   flag/<key>           "off" when DISABLED; with boolean variants "on"/"off" by the default
//                        variant's value; otherwise the default variant's name
//   flag/<key>/variants  the variants map (canonical JSON)
//   flag/<key>/rules     the targeting rule with every "$ref" resolved (only when there is one)
//   flag/<key>/rollout   the share (0–100) a "fractional" split gives the "on"/true variant, or
//                        the first variant that is not the default
// Stops at the first problem, reported with file, line and column.
FlagRows readFlagdFlags(const YamlNode &root, const FlagFileReader &reader);

} // namespace DriftDeck
