#include "flagmetadata.h"

#include "snapshot/snapshot.h"

#include <QCoreApplication>

namespace DriftDeck {

namespace {

// Strings filed under the context DriftDeck::FlagMetadata, the same in lupdate and at run time.
struct FlagMetadataText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::FlagMetadata)
};

QString textOf(const Snapshot &snapshot, const QString &key, int environment)
{
    const int row = snapshot.rowOf(key);
    if (row < 0)
        return {};
    const auto read = [&](int env) -> QString {
        const Entry *entry = snapshot.entry(row, env);
        return entry && !entry->value.isSecret() && !entry->value.isMasked() ? entry->value.display() : QString();
    };
    QString text = environment >= 0 && environment < snapshot.environmentCount() ? read(environment) : QString();
    for (int env = 0; text.isEmpty() && env < snapshot.environmentCount(); ++env)
        text = read(env);
    return text;
}

} // namespace

QString FlagMetadata::describe() const
{
    QStringList parts;
    if (!owner.isEmpty())
        parts << FlagMetadataText::tr("owner %1").arg(owner);
    if (category == u"ops")
        parts << FlagMetadataText::tr("ops flag (kill switch)");
    else if (category == u"release")
        parts << FlagMetadataText::tr("release flag");
    else if (category == u"experiment")
        parts << FlagMetadataText::tr("experiment");
    if (!plannedRemoval.isEmpty())
        parts << FlagMetadataText::tr("planned removal %1").arg(plannedRemoval);
    if (!variants.isEmpty())
        parts << FlagMetadataText::tr("variants %1").arg(variants);
    return parts.join(QStringLiteral(" · "));
}

FlagMetadata FlagMetadata::of(const Snapshot &snapshot, const QString &key, int environment)
{
    FlagMetadata metadata;
    if (!key.startsWith(u"flag/"))
        return metadata;
    // The flag's own key: the row itself, or the part before a metadata suffix.
    QString flag = key;
    for (const auto suffix : {u"/owner", u"/category", u"/plannedRemoval", u"/variants", u"/rules", u"/rollout"}) {
        if (key.endsWith(suffix)) {
            flag = key.chopped(qsizetype(std::char_traits<char16_t>::length(suffix)));
            break;
        }
    }
    metadata.flagKey = flag;
    metadata.owner = textOf(snapshot, flag + QLatin1StringView("/owner"), environment);
    metadata.category = textOf(snapshot, flag + QLatin1StringView("/category"), environment);
    metadata.plannedRemoval = textOf(snapshot, flag + QLatin1StringView("/plannedRemoval"), environment);
    metadata.variants = textOf(snapshot, flag + QLatin1StringView("/variants"), environment);
    return metadata;
}

} // namespace DriftDeck
