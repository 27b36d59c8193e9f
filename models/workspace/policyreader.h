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

// The app-owned rules file: "version: 1" and "expected: [...]".
void readRulesFile(NodeReader &reader, const YamlNode &root, const QStringList &environments,
                   QList<ExpectedDifference> *expected);

} // namespace DriftDeck
