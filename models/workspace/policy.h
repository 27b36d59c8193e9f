#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace DriftDeck {

// Where a rule was written, so errors and the "what does this rule hide" preview can point at it.
struct RuleOrigin {
    QString file;
    int line = 0;
    int column = 0;
};

// A difference the team intends: documented, owned and (usually) expiring. Once expired it
// stops covering and the cell turns back into drift, saying which rule expired.
struct ExpectedDifference {
    QString key; // glob over full keys, e.g. "config/database.poolSize" or "flag/beta-*"
    QStringList environments; // empty: every environment that differs from the baseline
    QString reason;
    QString owner;
    QDate expires; // invalid: never expires
    RuleOrigin origin;

    bool isExpired(QDate today) const { return expires.isValid() && expires < today; }
    bool appliesTo(QStringView environment) const;
};

// Keys never compared (noise such as hostnames that are meant to differ everywhere).
struct IgnoreRule {
    QString key;
    QStringList environments; // empty: all
    RuleOrigin origin;
    bool appliesTo(QStringView environment) const;
};

// Numbers within the tolerance of the baseline count as the same.
struct ToleranceRule {
    QString key;
    double absolute = 0; // |value - baseline| <= absolute
    double relative = 0; // |value - baseline| <= relative * |baseline|  (0.1 = 10 %)
    RuleOrigin origin;
    bool accepts(double baseline, double value) const;
};

// A key whose drift is critical (image digests, database engine versions).
struct MustMatchRule {
    QString key;
    RuleOrigin origin;
};

// A parity checklist item ticked by hand (checklist/checklist.h), for what the data cannot show:
// written in the rules file beside the workspace as
//   checklist:
//     - item: infrastructure.backups
//       environments: [staging]   # empty: every environment
//       state: pass               # or fail
//       note: restore drill on 2026-11-20, OPS-42
//       by: alice                 # optional
//       date: 2026-11-20          # optional
// `key` is the item's id, so the tick is stored, carried in snapshots and located like a rule.
struct ChecklistTick {
    QString key; // the item id: "infrastructure.backups"
    QStringList environments; // empty: every environment
    bool pass = true; // false: ticked as failing
    QString note;
    QString by;
    QDate date; // invalid: not given
    RuleOrigin origin;

    bool appliesTo(QStringView environment) const;
};

struct Policy {
    QList<ExpectedDifference> expected;
    QList<IgnoreRule> ignore;
    QList<ToleranceRule> tolerance;
    QList<MustMatchRule> mustMatch;
    QStringList secrets; // globs over keys, matched case-insensitively
    QList<ChecklistTick> checklist; // from the rules file only

    static QStringList defaultSecretPatterns();
    static QList<MustMatchRule> defaultMustMatch();
    // The policy a workspace gets when it says nothing: default secrets and must-match rules.
    static Policy defaults();
};

} // namespace DriftDeck
