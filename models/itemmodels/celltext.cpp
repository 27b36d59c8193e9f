#include "celltext.h"

#include "drift/driftresult.h"
#include "snapshot/snapshot.h"
#include "values/units.h"
#include "workspace/policy.h"

#include <QCoreApplication>

namespace DriftDeck {

namespace {
// Strings filed under the context DriftDeck::CellText, the same in lupdate and at run time.
struct CellTexts {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::CellText)
};

QString environmentTitle(const EnvironmentCapture &capture)
{
    return capture.displayName.isEmpty() ? capture.name : capture.displayName;
}
} // namespace

QString ProvenanceStep::where() const
{
    const QString name = label.isEmpty() ? location : label;
    return line > 0 ? name + u':' + QString::number(line) : name;
}

namespace CellText {

QString secretPlaceholder()
{
    // Fixed width, so the length of the secret is not revealed either.
    return QString(6, QChar(0x2022));
}

QString maskedPlaceholder()
{
    return QStringLiteral("******");
}

QString display(const Entry *entry)
{
    if (!entry)
        return {};
    if (entry->value.isSecret())
        return secretPlaceholder();
    if (entry->value.isMasked())
        return maskedPlaceholder();
    return entry->value.display();
}

QString display(QStringView key, const Entry *entry)
{
    if (entry && !entry->value.isSecret()) {
        const QString inUnit = Units::display(key, entry->value);
        if (!inUnit.isEmpty())
            return inUnit;
    }
    return display(entry);
}

QString rawWhenInUnit(QStringView key, const Entry *entry)
{
    if (!entry || entry->value.isSecret() || Units::display(key, entry->value).isEmpty())
        return {};
    return entry->value.display();
}

QList<ProvenanceStep> provenance(const Snapshot &snapshot, int row, int environment)
{
    QList<ProvenanceStep> steps;
    const Entry *entry = snapshot.entry(row, environment);
    if (!entry)
        return steps;
    const QList<Layer> &layers = snapshot.environments[environment].layers;
    const bool secret = entry->value.isSecret();
    steps.reserve(entry->provenance.size());
    for (const Origin &origin : entry->provenance) {
        ProvenanceStep step;
        if (origin.layer >= 0 && origin.layer < layers.size()) {
            step.label = layers[origin.layer].label;
            step.location = layers[origin.layer].location;
        }
        step.line = origin.line;
        step.column = origin.column;
        // The capture already leaves secret layers empty; this makes sure of it.
        if (!secret)
            step.display = origin.display;
        steps.append(step);
    }
    if (!steps.isEmpty())
        steps.last().won = true;
    return steps;
}

QString rule(const ExpectedDifference &rule, bool expired)
{
    QString text = rule.reason.isEmpty() ? CellTexts::tr("No reason given") : rule.reason;
    if (!rule.owner.isEmpty())
        text += QStringLiteral(" — ") + rule.owner;
    if (rule.expires.isValid()) {
        const QString date = rule.expires.toString(Qt::ISODate);
        text += QStringLiteral(", ") + (expired ? CellTexts::tr("expired %1") : CellTexts::tr("expires %1")).arg(date);
    }
    return text;
}

QString toolTip(const Snapshot &snapshot, const DriftResult &result, int row, int environment)
{
    const EnvironmentCapture &capture = snapshot.environments[environment];
    const QString &key = snapshot.key(row);
    const DriftStatus status = result.status(row, environment);
    const CellNote note = result.note(row, environment);
    const Entry *entry = snapshot.entry(row, environment);

    QStringList lines;
    lines << CellTexts::tr("%1 in %2").arg(key, environmentTitle(capture));
    lines << driftStatusTitle(status);
    if (note != CellNote::None)
        lines << cellNoteText(note);
    if (entry && !entry->value.isSecret() && !entry->value.isMasked()) {
        const QString raw = rawWhenInUnit(key, entry);
        const QString shown
            = raw.isEmpty() ? entry->value.display() : CellTexts::tr("%1 (%2)").arg(display(key, entry), raw);
        lines << (entry->stale ? CellTexts::tr("Last value read: %1") : CellTexts::tr("Value: %1")).arg(shown);
    }
    if (!entry || entry->stale) {
        if (const SourceStatus *failed = capture.failedSourceFor(key)) {
            const QString name = failed->label.isEmpty() ? failed->id : failed->label;
            lines << (failed->error.isEmpty() ? CellTexts::tr("Source %1 failed").arg(name)
                                              : CellTexts::tr("Source %1 failed: %2").arg(name, failed->error));
        }
    }

    const int ruleIndex = result.rule(row, environment);
    if (ruleIndex >= 0 && ruleIndex < snapshot.policy.expected.size()) {
        const ExpectedDifference &r = snapshot.policy.expected[ruleIndex];
        lines << CellTexts::tr("Reason: %1").arg(r.reason.isEmpty() ? CellTexts::tr("No reason given") : r.reason);
        if (!r.owner.isEmpty())
            lines << CellTexts::tr("Owner: %1").arg(r.owner);
        if (!r.expires.isValid())
            lines << CellTexts::tr("Never expires");
        else if (note == CellNote::ExpiredRule)
            lines << CellTexts::tr("Expired: %1").arg(r.expires.toString(Qt::ISODate));
        else
            lines << CellTexts::tr("Expires: %1").arg(r.expires.toString(Qt::ISODate));
    }

    const QList<ProvenanceStep> steps = provenance(snapshot, row, environment);
    if (!steps.isEmpty()) {
        lines << CellTexts::tr("Set by: %1").arg(steps.last().where());
        if (steps.size() > 1) {
            lines << CellTexts::tr("Layers, lowest first:");
            for (const ProvenanceStep &step : steps)
                lines << (step.display.isEmpty() ? QStringLiteral("  ") + step.where()
                                                 : QStringLiteral("  %1 = %2").arg(step.where(), step.display));
        }
    }
    return lines.join(u'\n');
}

} // namespace CellText
} // namespace DriftDeck
