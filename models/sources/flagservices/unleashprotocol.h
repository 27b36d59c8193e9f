#pragma once

#include "sources/flagformats/flagfileformat.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace DriftDeck {

// The Unleash admin API (https://docs.getunleash.io/reference/api/unleash), as pure functions.
// GET /api/admin/projects/{p}/features lists flags with per-environment state but no strategies;
// GET /api/admin/projects/{p}/features/{name} adds each environment's strategies.

struct UnleashFeatureList {
    QStringList names;
    QStringList environments; // every environment any flag mentions, in first-seen order
    QString errorString;
};

UnleashFeatureList parseUnleashFeatureList(const QByteArray &body);

// The rows of one flag in one Unleash environment:
//   flag/<name>           on/off
//   flag/<name>/rollout   the first active flexibleRollout's "rollout" (0–100) as a number
//   flag/<name>/rules     the strategies as canonical JSON (name, parameters, constraints,
//                         segments, disabled), sorted by name then parameters so that
//                         reordering in the UI is not drift; variants are left to their own row
//   flag/<name>/variants  the variants (sorted by name), when there are any
// Positions are 0: a server has no lines.
FlagRows unleashFeatureRows(const QByteArray &body, const QString &environment, const Normaliser &normaliser);

// The message of an Unleash error answer ({"name", "message", "details"}), or empty.
QString unleashErrorMessage(const QByteArray &body);

} // namespace DriftDeck
