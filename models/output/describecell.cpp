#include "checkformats.h"

#include <QCoreApplication>

namespace DriftDeck {

namespace {
// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct CheckText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::CheckReport)
};
} // namespace

QString describeCell(const CheckReport &report, const ReportCell &cell)
{
    QString text = driftStatusTitle(cell.status).toLower();
    if (cell.status == DriftStatus::Baseline)
        text = CheckText::tr("baseline");
    const bool hasRule = cell.rule >= 0 && cell.rule < report.policy.expected.size();
    if (hasRule && (cell.status == DriftStatus::Expected || cell.note == CellNote::ExpiredRule)) {
        const ExpectedDifference &rule = report.policy.expected[cell.rule];
        QString who = rule.owner;
        if (rule.expires.isValid()) {
            const QString date = rule.expires.toString(Qt::ISODate);
            who = who.isEmpty() ? date : who + u", " + date;
        }
        if (cell.status == DriftStatus::Expected)
            text = CheckText::tr("expected: %1").arg(rule.reason);
        else
            text += CheckText::tr(" (rule expired %1: %2)").arg(rule.expires.toString(Qt::ISODate), rule.reason);
        if (!who.isEmpty() && cell.status == DriftStatus::Expected)
            text += QStringLiteral(" (%1)").arg(who);
        return text;
    }
    if (cell.note == CellNote::SourceFailed && !cell.stale)
        text += CheckText::tr(": its source failed");
    else if (cell.note != CellNote::None && cell.note != CellNote::ExpiredRule)
        text += QStringLiteral(": ") + cellNoteText(cell.note).toLower();
    return text;
}

} // namespace DriftDeck
