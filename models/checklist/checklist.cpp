#include "checklist.h"

#include "checklistitems.h"
#include "drift/driftengine.h"
#include "snapshot/snapshot.h"

namespace DriftDeck {

namespace {

using Evaluator = void (*)(const ChecklistItems::Context &, ChecklistItem &);

struct ItemSpec {
    const char *id;
    const char *area;
    const char *title; // translated in Checklist's context
    Evaluator evaluate; // nullptr: only a tick decides
};

// The items in display order. Titles are marked for lupdate here and translated when shown.
const ItemSpec itemSpecs[] = {
    {"code.imageDigests", "code",
     QT_TRANSLATE_NOOP("DriftDeck::Checklist", "Same image digest for each repository everywhere"),
     ChecklistItems::imageDigests},
    {"code.runtimeVersions", "code", QT_TRANSLATE_NOOP("DriftDeck::Checklist", "Same runtime versions"),
     ChecklistItems::runtimeVersions},
    {"infrastructure.database", "infrastructure",
     QT_TRANSLATE_NOOP("DriftDeck::Checklist", "Same database engine and version"), ChecklistItems::databaseVersions},
    {"infrastructure.cache", "infrastructure",
     QT_TRANSLATE_NOOP("DriftDeck::Checklist", "Same cache engine and version"), ChecklistItems::cacheVersions},
    {"infrastructure.backups", "infrastructure",
     QT_TRANSLATE_NOOP("DriftDeck::Checklist", "Backups are restored and tested"), nullptr},
    {"configuration.drift", "configuration",
     QT_TRANSLATE_NOOP("DriftDeck::Checklist", "No configuration drift without an expected-difference rule"),
     ChecklistItems::configurationDrift},
    {"configuration.expiredRules", "configuration", QT_TRANSLATE_NOOP("DriftDeck::Checklist", "No expired rule"),
     ChecklistItems::expiredRules},
    {"flags.differences", "flags",
     QT_TRANSLATE_NOOP("DriftDeck::Checklist", "Flag differences only where a rule documents them"),
     ChecklistItems::flagDifferences},
    {"flags.releaseRemoval", "flags",
     QT_TRANSLATE_NOOP("DriftDeck::Checklist", "No release flag past its planned removal"),
     ChecklistItems::releaseFlagsPastRemoval},
    {"observability.metrics", "observability",
     QT_TRANSLATE_NOOP("DriftDeck::Checklist", "The same metrics exist everywhere"), ChecklistItems::sameMetrics},
    {"observability.thresholds", "observability",
     QT_TRANSLATE_NOOP("DriftDeck::Checklist", "Thresholds defined for each environment"),
     ChecklistItems::metricThresholds},
    {"network.certificates", "network",
     QT_TRANSLATE_NOOP("DriftDeck::Checklist", "A real certificate where production has one"),
     ChecklistItems::realCertificates},
    {"network.expiry", "network", QT_TRANSLATE_NOOP("DriftDeck::Checklist", "No certificate expiring soon"),
     ChecklistItems::certificateExpiry},
    {"network.policies", "network",
     QT_TRANSLATE_NOOP("DriftDeck::Checklist", "Network policies and firewall rules match production"), nullptr},
};

// The last tick for the item that applies to the environment, or nullptr.
const ChecklistTick *tickFor(const Policy &policy, const QString &id, const QString &environment)
{
    const ChecklistTick *found = nullptr;
    for (const ChecklistTick &tick : policy.checklist) {
        if (tick.key == id && tick.appliesTo(environment))
            found = &tick;
    }
    return found;
}

QString tickText(const ChecklistTick &tick)
{
    QString text = tick.note;
    if (!tick.by.isEmpty())
        text += QStringLiteral(" — ") + tick.by;
    if (tick.date.isValid())
        text += (tick.by.isEmpty() ? QStringLiteral(" — ") : QStringLiteral(", ")) + tick.date.toString(Qt::ISODate);
    return text;
}

} // namespace

QString checklistStateId(ChecklistState state)
{
    switch (state) {
    case ChecklistState::Pass:
        return QStringLiteral("pass");
    case ChecklistState::Fail:
        return QStringLiteral("fail");
    case ChecklistState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString checklistStateTitle(ChecklistState state)
{
    switch (state) {
    case ChecklistState::Pass:
        return Checklist::tr("Pass");
    case ChecklistState::Fail:
        return Checklist::tr("Fail");
    case ChecklistState::Unknown:
        break;
    }
    return Checklist::tr("Unknown");
}

QStringList Checklist::itemIds()
{
    QStringList ids;
    for (const ItemSpec &spec : itemSpecs)
        ids << QString::fromLatin1(spec.id);
    return ids;
}

QString Checklist::areaTitle(const QString &area)
{
    if (area == u"code")
        return tr("Code");
    if (area == u"infrastructure")
        return tr("Infrastructure");
    if (area == u"configuration")
        return tr("Configuration");
    if (area == u"flags")
        return tr("Feature flags");
    if (area == u"observability")
        return tr("Observability");
    if (area == u"network")
        return tr("Network and TLS");
    return area;
}

int Checklist::count(const QList<ChecklistItem> &items, ChecklistState state)
{
    int n = 0;
    for (const ChecklistItem &item : items) {
        for (const ChecklistCell &cell : item.cells)
            n += cell.state == state ? 1 : 0;
    }
    return n;
}

QList<ChecklistItem> Checklist::evaluate(const Snapshot &snapshot, const DriftResult &result, QDate today)
{
    QList<ChecklistItem> items;
    const int baseline = result.baseline();
    if (baseline < 0 || result.rowCount() != snapshot.rowCount())
        return items;
    const ChecklistItems::Context context{snapshot, result, today, baseline,
                                          DriftEngine::productionEnvironment(snapshot, baseline)};
    for (const ItemSpec &spec : itemSpecs) {
        ChecklistItem item;
        item.id = QString::fromLatin1(spec.id);
        item.area = QString::fromLatin1(spec.area);
        item.title = tr(spec.title);
        item.fromData = spec.evaluate != nullptr;
        if (spec.evaluate) {
            spec.evaluate(context, item);
        } else {
            for (const EnvironmentCapture &capture : snapshot.environments)
                item.cells.append({capture.name,
                                   ChecklistState::Unknown,
                                   {tr("not in the data: tick it by hand in the rules file")},
                                   false,
                                   {}});
        }
        // A tick decides what the data leaves open; where the data decided, the tick is evidence.
        for (ChecklistCell &cell : item.cells) {
            const ChecklistTick *tick = tickFor(snapshot.policy, item.id, cell.environment);
            if (!tick)
                continue;
            const ChecklistState ticked = tick->pass ? ChecklistState::Pass : ChecklistState::Fail;
            if (cell.state == ChecklistState::Unknown) {
                cell.state = ticked;
                cell.manual = true;
                cell.note = tickText(*tick);
                cell.evidence = {tr("ticked by hand: %1").arg(cell.note)};
            } else {
                cell.evidence.append(
                    tr("also ticked by hand as %1: %2").arg(checklistStateTitle(ticked).toLower(), tickText(*tick)));
            }
        }
        items.append(item);
    }
    return items;
}

} // namespace DriftDeck
