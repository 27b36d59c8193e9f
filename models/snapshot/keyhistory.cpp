#include "keyhistory.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::KeyHistory, the same in lupdate and at run time.
struct KeyHistoryText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::KeyHistory)
};

QString changeText(KeyHistoryPoint::Change change)
{
    switch (change) {
    case KeyHistoryPoint::Change::FirstSeen:
        return KeyHistoryText::tr("first seen");
    case KeyHistoryPoint::Change::Added:
        return KeyHistoryText::tr("added");
    case KeyHistoryPoint::Change::Removed:
        return KeyHistoryText::tr("removed");
    case KeyHistoryPoint::Change::Changed:
        return KeyHistoryText::tr("changed");
    case KeyHistoryPoint::Change::NotComparable:
        break;
    }
    return KeyHistoryText::tr("cannot compare");
}

// What the previous snapshot said about the key in one environment.
struct LastSeen {
    std::optional<Value> value; // empty: the key was absent
    QString saltId;
};

KeyHistoryPoint makePoint(const HistoryEntry &entry, const Snapshot &snapshot, const QString &environment,
                          KeyHistoryPoint::Change change, const std::optional<Value> &before,
                          const std::optional<Value> &now)
{
    KeyHistoryPoint point;
    point.path = entry.path;
    point.takenAt = snapshot.takenAt.isValid() ? snapshot.takenAt : entry.takenAt;
    point.environment = environment;
    point.change = change;
    point.secret = now ? now->isSecret() : (before && before->isSecret());
    if (now && !now->isSecret())
        point.display = now->display();
    if (before && !before->isSecret())
        point.previousDisplay = before->display();
    return point;
}

// The change from what was last seen to what this snapshot says, or nothing.
std::optional<KeyHistoryPoint::Change> changeBetween(const LastSeen *last, const std::optional<Value> &now,
                                                     const QString &saltId)
{
    using Change = KeyHistoryPoint::Change;
    if (!last)
        return now ? std::optional(Change::FirstSeen) : std::nullopt;
    const std::optional<Value> &before = last->value;
    if (!before && !now)
        return std::nullopt;
    if (!before)
        return Change::Added;
    if (!now)
        return Change::Removed;
    if (before->isSecret() && now->isSecret() && last->saltId != saltId)
        return Change::NotComparable;
    if (*before == *now)
        return std::nullopt;
    return Change::Changed;
}

} // namespace

KeyHistoryResult KeyHistory::compute(const QString &key, const QList<HistoryEntry> &entries, const Progress &progress)
{
    KeyHistoryResult result;
    result.key = key;
    QHash<QString, LastSeen> last; // by environment name
    const int total = int(entries.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            result.cancelled = true;
            return result;
        }
        const HistoryEntry &entry = entries[i];
        const SnapshotReadResult read = SnapshotFile::read(entry.path);
        if (!read.ok()) {
            result.errors.append(read.errorString);
            continue;
        }
        ++result.snapshotsRead;
        const Snapshot &snapshot = *read.snapshot;
        // An environment missing from a snapshot was not captured: it says nothing about the key.
        for (const EnvironmentCapture &env : snapshot.environments) {
            const auto found = env.entries.constFind(key);
            const std::optional<Value> now = found == env.entries.cend() ? std::nullopt : std::optional(found->value);
            const auto previous = last.constFind(env.name);
            const LastSeen *seen = previous == last.cend() ? nullptr : &*previous;
            if (const auto change = changeBetween(seen, now, snapshot.saltId)) {
                result.points.append(
                    makePoint(entry, snapshot, env.name, *change, seen ? seen->value : std::nullopt, now));
            }
            last.insert(env.name, LastSeen{now, snapshot.saltId});
        }
    }
    if (progress)
        progress(total, total);
    return result;
}

QString KeyHistory::changeTitle(KeyHistoryPoint::Change change)
{
    return changeText(change);
}

} // namespace DriftDeck
