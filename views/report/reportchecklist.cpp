// The parity checklist in the PDF: one table of items against environments (split into several
// when there are many environments), then the evidence of every failing cell.
#include "reportsections.h"

#include <QCoreApplication>

namespace DriftDeck {

namespace {

struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ReportWriter)
};

const QColor PassTint(0xd4, 0xec, 0xd4);
const QColor FailTint(0xf6, 0xc9, 0xc4);
const QColor UnknownTint(0xe4, 0xe4, 0xe4);
const QColor Quiet(0x6b, 0x72, 0x7a);
const QColor Alarm(0xb0, 0x20, 0x18);

// Environment columns per table: beyond this the item titles would be squeezed unreadable.
constexpr int EnvironmentsPerTable = 6;
constexpr int MaximumFailureDetails = 80;

TableCell stateCell(const ChecklistCell &cell)
{
    switch (cell.state) {
    case ChecklistState::Pass:
        return {cell.manual ? ReportText::tr("✓ pass (by hand)") : ReportText::tr("✓ pass"), PassTint};
    case ChecklistState::Fail:
        return {cell.manual ? ReportText::tr("✗ FAIL (by hand)") : ReportText::tr("✗ FAIL"), FailTint, Alarm, true};
    case ChecklistState::Unknown:
        break;
    }
    return {ReportText::tr("? unknown"), UnknownTint, Quiet};
}

} // namespace

void writeChecklist(ReportCanvas &canvas, const ReportContext &context)
{
    const QList<ChecklistItem> &items = context.report.checklist;
    canvas.heading(ReportText::tr("Parity checklist"));
    if (items.isEmpty()) {
        canvas.paragraph(ReportText::tr("No checklist: the comparison has no baseline."));
        return;
    }
    canvas.paragraph(ReportText::tr("Evaluated from this snapshot: %1 pass, %2 fail, %3 unknown. Items the data "
                                    "cannot show are ticked by hand in the workspace's rules file.")
                         .arg(Checklist::count(items, ChecklistState::Pass))
                         .arg(Checklist::count(items, ChecklistState::Fail))
                         .arg(Checklist::count(items, ChecklistState::Unknown)),
                     9, Quiet);

    const qsizetype envCount = items.first().cells.size();
    for (qsizetype first = 0; first < envCount; first += EnvironmentsPerTable) {
        const qsizetype last = std::min(envCount, first + EnvironmentsPerTable);
        const qreal stateWidth = 62;
        QList<TableColumn> columns{
            {ReportText::tr("Item"), canvas.width() / canvas.scale() - stateWidth * (last - first)}};
        for (qsizetype e = first; e < last; ++e)
            columns.append({items.first().cells[e].environment, e + 1 < last ? stateWidth : 0, Qt::AlignLeft, false});
        canvas.table(
            columns, int(items.size()),
            [&](int i) {
                const ChecklistItem &item = items[i];
                TableRow row{{Checklist::areaTitle(item.area) + QStringLiteral(": ") + item.title}};
                for (qsizetype e = first; e < last; ++e)
                    row.append(e < item.cells.size() ? stateCell(item.cells[e]) : TableCell());
                return row;
            },
            7.5);
        canvas.advance(6);
    }

    // Failures with what decided them; passes and unknowns are in the JSON and the window.
    int listed = 0, failures = 0;
    for (const ChecklistItem &item : items) {
        for (const ChecklistCell &cell : item.cells) {
            if (cell.state != ChecklistState::Fail)
                continue;
            if (++failures > MaximumFailureDetails)
                continue;
            if (listed++ == 0)
                canvas.heading(ReportText::tr("What fails, and why"), 2);
            canvas.paragraph(ReportText::tr("%1 — %2").arg(item.title, cell.environment), 8.5, Alarm);
            for (const QString &line : cell.evidence)
                canvas.paragraph(u"• " + line, 7.5);
        }
    }
    if (failures > listed)
        canvas.paragraph(ReportText::tr("… and %1 more failing cells.").arg(failures - listed), 8, Quiet);
}

} // namespace DriftDeck
