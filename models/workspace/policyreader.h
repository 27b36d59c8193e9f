#pragma once

#include "nodereader.h"
#include "policy.h"

namespace DriftDeck {

// The "policy:" section. Rules are appended to policy (which starts from Policy::defaults());
// rulesFile receives the rulesFile key as written, if any.
void readPolicy(NodeReader &reader, const YamlNode &node, const QStringList &environments, Policy *policy,
                QString *rulesFile);

// A list of expected differences, as in "policy.expected" and in the app-owned rules file.
void readExpected(NodeReader &reader, const YamlNode &node, const QString &path, const QStringList &environments,
                  QList<ExpectedDifference> *expected);

// The app-owned rules file: "version: 1", "expected: [...]" and the parity checklist's ticks
// "checklist: [...]" (see ChecklistTick). Files without ticks read as before.
void readRulesFile(NodeReader &reader, const YamlNode &root, const QStringList &environments, Policy *policy);

// The "checklist" list of ticks; item ids are checked against the checklist's items.
void readChecklistTicks(NodeReader &reader, const YamlNode &node, const QString &path, const QStringList &environments,
                        QList<ChecklistTick> *ticks);

} // namespace DriftDeck
