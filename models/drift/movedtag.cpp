#include "movedtag.h"

#include "snapshot/snapshot.h"

#include <QCoreApplication>

namespace DriftDeck {

using namespace Qt::StringLiterals;

namespace {

class MovedTagText
{
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::DriftEngine)
};

const Entry *usable(const Snapshot &snapshot, int row, int env)
{
    if (row < 0)
        return nullptr;
    const Entry *entry = snapshot.entry(row, env);
    // A stale value is last capture's: comparing it with this capture's would invent a move.
    if (!entry || entry->stale || entry->value.isSecret() || entry->value.isMasked())
        return nullptr;
    return entry;
}

} // namespace

QStringList runningDigests(const QString &value)
{
    QStringList digests;
    for (const auto parts = value.split(u", "_s, Qt::SkipEmptyParts); QString part : parts) {
        // countedValues writes "value ×count" when several values run at once.
        if (const qsizetype times = part.lastIndexOf(u" ×"_s); times > 0)
            part.truncate(times);
        digests.append(part.trimmed());
    }
    return digests;
}

MovedTag movedTag(const Snapshot &snapshot, int row, const QString &key)
{
    MovedTag result;
    if (!key.endsWith(RegistryDigestSuffix))
        return result;
    const QString image = key.chopped(RegistryDigestSuffix.size());
    const int runningRow = snapshot.rowOf(image + u"/digest"_s);
    const int tagRow = snapshot.rowOf(image);
    QStringList reasons;
    for (int env = 0; env < snapshot.environmentCount(); ++env) {
        const Entry *registry = usable(snapshot, row, env);
        const Entry *running = usable(snapshot, runningRow, env);
        if (!registry || !running)
            continue;
        const QString named = registry->value.display();
        const QStringList digests = runningDigests(running->value.display());
        if (named.isEmpty() || digests.isEmpty() || digests.contains(named))
            continue;
        const Entry *tag = usable(snapshot, tagRow, env);
        reasons.append(MovedTagText::tr("%1: tag %2 now names %3 in the registry; the pods run %4")
                           .arg(snapshot.environments[env].name,
                                tag ? tag->value.display() : MovedTagText::tr("(unknown)"), named,
                                digests.join(u", "_s)));
    }
    if (!reasons.isEmpty()) {
        result.severity = Severity::Critical;
        result.reason = reasons.join(u"\n"_s);
    }
    return result;
}

} // namespace DriftDeck
