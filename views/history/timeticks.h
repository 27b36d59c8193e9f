#pragma once

#include <QList>
#include <QString>

namespace DriftDeck {

struct TimeTick {
    qint64 msecs = 0; // since the epoch
    QString label; // unique within one axis: "3 Nov", "3 Nov 12:00", "Mar 2026", "2026"
};

// Ticks on round local times (whole hours, midnights, Mondays, month and year starts) inside
// [from, to]: the finest step that gives at most maxTicks. Each label names the day (or month,
// or year), so no two ticks of one axis read the same.
QList<TimeTick> timeTicks(qint64 from, qint64 to, int maxTicks);

} // namespace DriftDeck
