#pragma once

#include "policy.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace DriftDeck {

// The app-owned rules file beside a workspace ("checkout.rules.yaml"): `version: 1` and
// `expected: [...]`, read by WorkspaceLoader. "Mark as expected…" appends to it as text, never by
// re-serialising a parsed document, so comments and layout the user added survive. The result
// is parsed before it is written: if the rule would not read back exactly, nothing is written.
class RulesFile
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::RulesFile)
public:
    // "<folder>/<workspace base name>.rules.yaml", as WorkspaceLoader looks for it.
    static QString defaultPathFor(const QString &workspaceFile);

    // Appends rule to the file (created with a header comment when missing), atomically.
    static bool appendExpected(const QString &rulesFilePath, const ExpectedDifference &rule, QString *error);

    // The same on text in memory: existing is the file's content (empty for a new file).
    static bool appendExpectedToText(const QString &existing, const ExpectedDifference &rule, QString *result,
                                     QString *error);

    // Appends a parity checklist tick to the file's "checklist" list, the same way.
    static bool appendChecklistTick(const QString &rulesFilePath, const ChecklistTick &tick, QString *error);
    static bool appendChecklistTickToText(const QString &existing, const ChecklistTick &tick, QString *result,
                                          QString *error);

    // text as a YAML double-quoted scalar: "say \"hi\"\n".
    static QString quoted(const QString &text);

private:
    static bool appendToFile(const QString &rulesFilePath,
                             const std::function<bool(const QString &, QString *, QString *)> &append, QString *error);
};

} // namespace DriftDeck
