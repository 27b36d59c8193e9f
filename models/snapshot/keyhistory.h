#pragma once

#include "historystore.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace DriftDeck {

// A moment one environment's value of a key was seen to change. Secrets carry no display: only
// whether the fingerprint changed is known.
struct KeyHistoryPoint {
    enum class Change : quint8 {
        FirstSeen, // the first snapshot of this environment already had the key
        Added, // the key appeared in this environment
        Removed, // the key went away from this environment
        Changed, // the value (or a secret's fingerprint) changed
        NotComparable, // secrets fingerprinted with a different salt: whether it changed is unknown
    };

    QString path; // the snapshot the change was first seen in
    QDateTime takenAt;
    QString environment;
    Change change = Change::FirstSeen;
    bool secret = false; // the value now (or, once removed, before) is a secret
    QString display; // the value now; empty for secrets and once removed
    QString previousDisplay; // the value before; empty for secrets, first sightings and additions
};

struct KeyHistoryResult {
    QString key;
    QList<KeyHistoryPoint> points; // oldest first; within one snapshot, in its environment order
    QStringList errors; // snapshots that could not be read, one message each
    int snapshotsRead = 0;
    bool cancelled = false;
};

// One key's values per environment over the saved snapshots, reduced to the snapshots where
// something changed. Each snapshot is read, looked at and dropped before the next, like
// HistorySummary: run it off the GUI thread and use progress to report and cancel.
class KeyHistory
{
public:
    // Return false to stop; the points found so far are returned.
    using Progress = std::function<bool(int done, int total)>;

    static KeyHistoryResult compute(const QString &key, const QList<HistoryEntry> &entries,
                                    const Progress &progress = {});
    // Translated: "first seen", "added", "removed", "changed", "cannot compare".
    static QString changeTitle(KeyHistoryPoint::Change change);
};

} // namespace DriftDeck
