#include "checkformats.h"

#include <QCoreApplication>

namespace DriftDeck {

QString describeCell(const CheckReport &report, const ReportCell &cell)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("DriftDeck::CheckReport", text); };
    QString text = driftStatusTitle(cell.status).toLower();
    if (cell.status == DriftStatus::Baseline)
        text = tr("baseline");
    const bool hasRule = cell.rule >= 0 && cell.rule < report.policy.expected.size();
    if (hasRule && (cell.status == DriftStatus::Expected || cell.note == CellNote::ExpiredRule)) {
        const ExpectedDifference &rule = report.policy.expected[cell.rule];
        QString who = rule.owner;
        if (rule.expires.isValid()) {
            const QString date = rule.expires.toString(Qt::ISODate);
            who = who.isEmpty() ? date : who + u", " + date;
        }
        if (cell.status == DriftStatus::Expected)
            text = tr("expected: %1").arg(rule.reason);
        else
            text += tr(" (rule expired %1: %2)").arg(rule.expires.toString(Qt::ISODate), rule.reason);
        if (!who.isEmpty() && cell.status == DriftStatus::Expected)
            text += QStringLiteral(" (%1)").arg(who);
        return text;
    }
    if (cell.note == CellNote::SourceFailed && !cell.stale)
        text += tr(": its source failed");
    else if (cell.note != CellNote::None && cell.note != CellNote::ExpiredRule)
        text += QStringLiteral(": ") + cellNoteText(cell.note).toLower();
    return text;
}

} // namespace DriftDeck
