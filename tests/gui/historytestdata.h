// Saved snapshots for the history and compare tests: the checkout snapshot (see
// tests/unit/testsnapshots.h) on three days, its drift changing from day to day.
#pragma once

#include "../unit/testsnapshots.h"
#include "snapshot/historystore.h"

#include <QFile>
#include <QTimeZone>

namespace HistoryTestData {

using namespace DriftDeck;

inline QDateTime day(int n, int hour = 9)
{
    return QDateTime(QDate(2026, 11, n), QTime(hour, 0), QTimeZone::UTC);
}

inline void setValue(Snapshot &s, int environment, const QString &key, const Value &value)
{
    s.environments[environment].entries[key].value = value;
}

// Day 1: the checkout snapshot as it is.
// Day 2: development's pool size and password now match production (two fewer drifts).
// Day 3: as day 2, and staging runs worker 2.1 (new version drift) and development has a TLS
//        key production lacks (new TLS drift).
inline std::shared_ptr<Snapshot> checkoutOnDay(int n)
{
    auto s = TestSnapshots::checkoutSnapshot();
    s->takenAt = day(n);
    if (n >= 2) {
        setValue(*s, TestSnapshots::Development, QStringLiteral("config/database.poolSize"), Value::number(50));
        setValue(*s, TestSnapshots::Development, QStringLiteral("config/database.password"),
                 Value::secret(QStringLiteral("ab12cd34ef56ab12")));
    }
    if (n >= 3) {
        setValue(*s, TestSnapshots::Staging, QStringLiteral("image/worker"), Value::string(QStringLiteral("2.1")));
        setValue(*s, TestSnapshots::Development, QStringLiteral("tls/api.example.com/issuer"),
                 Value::string(QStringLiteral("Let's Encrypt")));
    }
    s->buildIndex();
    return s;
}

// Days 1–3 saved, then a truncated file on day 4. Returns the store's listing.
inline QList<HistoryEntry> writeHistory(const HistoryStore &store)
{
    for (int n = 1; n <= 3; ++n) {
        if (!store.save(*checkoutOnDay(n)).ok())
            return {};
    }
    QFile broken(store.directory() + QStringLiteral("/20261104T090000Z.driftsnap.json"));
    if (!broken.open(QIODevice::WriteOnly))
        return {};
    broken.write("{\"format\": \"driftdeck-snapshot\", ");
    broken.close();
    return store.list();
}

} // namespace HistoryTestData
