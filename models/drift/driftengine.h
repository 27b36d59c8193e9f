#pragma once

#include "driftresult.h"

#include <QDate>
#include <QList>

namespace DriftDeck {

class Snapshot;
struct Policy;
struct ExpectedDifference;

struct CellRef {
    int row = -1;
    int environment = -1;
    friend bool operator==(const CellRef &, const CellRef &) = default;
};

// Compares every environment of a snapshot with a baseline under a policy. Pure and
// thread-safe: the GUI runs it off its thread and the command line runs it inline.
class DriftEngine
{
public:
    // today decides which expected-difference rules have expired.
    static DriftResult compute(const Snapshot &snapshot, int baseline, const Policy &policy, QDate today);

    // "What does this rule hide?": the drifting cells a proposed rule would turn into expected.
    static QList<CellRef> cellsHiddenBy(const Snapshot &snapshot, const DriftResult &result,
                                        const ExpectedDifference &rule, QDate today);
    // The cells an existing rule (index into Policy::expected) covers in a result.
    static QList<CellRef> cellsCoveredBy(const DriftResult &result, int ruleIndex);

    // The environment whose state matters most for findings such as "an ops flag is on in
    // production": one named production or prod (any case), else the baseline; -1 when none.
    static int productionEnvironment(const Snapshot &snapshot, int baseline);
};

} // namespace DriftDeck
