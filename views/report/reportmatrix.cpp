// The drift matrix, split across pages: a page holds as many rows as fit, and at most
// MaximumColumns environments side by side; wider workspaces continue on further pages with
// the key and the baseline repeated, so every page reads on its own.
#include "reportsections.h"

#include <QCoreApplication>
#include <QLocale>

namespace DriftDeck {

namespace {

// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::ReportWriter)
};

constexpr int MaximumColumns = 6; // environments per page width, the baseline included
constexpr qreal MatrixPoints = 7;
constexpr qreal SeverityWidth = 40;
constexpr qreal KeyShare = 0.28; // of the page width

const QColor CriticalText(0xb0, 0x20, 0x18);
const QColor WarningText(0x8a, 0x5a, 0x00);
const QColor QuietText(0x6b, 0x72, 0x7a);

TableCell severityCell(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return {severityTitle(severity).toLower(), {}, CriticalText, true};
    case Severity::Warning:
        return {severityTitle(severity).toLower(), {}, WarningText};
    case Severity::Info:
        return {severityTitle(severity).toLower(), {}, QuietText};
    case Severity::None:
        break;
    }
    return {};
}

} // namespace

void writeMatrix(ReportCanvas &canvas, const ReportContext &context)
{
    const CheckReport &report = context.report;
    const int rowCount = int(report.rows.size());
    canvas.heading(ReportText::tr("Drift matrix"));
    canvas.paragraph(
        context.options->allRows
            ? ReportText::tr("Every key, %n row(s).", nullptr, rowCount)
            : ReportText::tr("Keys that drift, are expected to differ or are unknown: %n row(s).", nullptr, rowCount),
        9);
    canvas.paragraph(
        ReportText::tr("= same · ≠ differs · − missing here · + only here · ~ expected difference · ? unknown · "
                       "secrets show only \"secret: same\" or \"secret: differs\"."),
        8, QuietText);
    if (rowCount == 0 || report.environments.isEmpty())
        return;

    // Column bands: the baseline (cells[0]) on every page, then up to MaximumColumns - 1 others.
    const int others = int(report.environments.size()) - 1;
    const int perBand = MaximumColumns - 1;
    const int bandCount = std::max(1, (others + perBand - 1) / perBand);
    const qreal pageWidth = canvas.width() / canvas.scale();
    const qreal keyWidth = pageWidth * KeyShare;

    const TableRow probe{{QStringLiteral("X")}};
    const qreal rowHeight = canvas.rowHeight({{QString(), 0, Qt::AlignLeft, false}}, probe, MatrixPoints);
    const qreal titleHeight = 14;

    // The header row names the environment and, below it, "baseline" or the parity.
    const qreal headerHeight = 2 * rowHeight - 2 * 2.5;
    int first = 0;
    while (first < rowCount) {
        // The first rows share the page with the heading when a useful number of them fit.
        if (first > 0 || canvas.remaining() / canvas.scale() < titleHeight + headerHeight + 8 * rowHeight)
            canvas.newPage();
        const qreal available = canvas.remaining() / canvas.scale() - titleHeight - headerHeight;
        const int perPage = std::max(1, int(available / rowHeight));
        const int last = std::min(rowCount, first + perPage);
        for (int band = 0; band < bandCount; ++band) {
            if (band > 0)
                canvas.newPage();
            const int from = 1 + band * perBand;
            const int to = std::min(others, band * perBand + perBand); // inclusive, index into cells
            QList<int> cellColumns{0};
            for (int c = from; c <= to; ++c)
                cellColumns.append(c);
            QString title = ReportText::tr("Drift matrix · rows %1–%2 of %3").arg(first + 1).arg(last).arg(rowCount);
            if (bandCount > 1)
                title += ReportText::tr(" · environments %1–%2 of %3 (page %4 of %5 across)")
                             .arg(from)
                             .arg(to)
                             .arg(others)
                             .arg(band + 1)
                             .arg(bandCount);
            canvas.paragraph(title, 8, QuietText);

            const qreal envWidth = (pageWidth - SeverityWidth - keyWidth) / qreal(cellColumns.size());
            QList<TableColumn> columns{{ReportText::tr("Severity"), SeverityWidth, Qt::AlignLeft, false},
                                       {ReportText::tr("Key"), keyWidth, Qt::AlignLeft, false}};
            TableRow titles{{columns[0].title}, {columns[1].title}};
            for (int c : std::as_const(cellColumns)) {
                const ReportEnvironment &env = report.environments[c];
                columns.append({env.displayName, envWidth, Qt::AlignLeft, false});
                titles.append(
                    TableCell(env.displayName + u'\n'
                              + (env.baseline ? ReportText::tr("baseline")
                                              : ReportText::tr("parity %1%")
                                                    .arg(QLocale::c().toString(env.parity.score() * 100, 'f', 1)))));
            }
            canvas.drawRow(columns, titles, MatrixPoints, headerHeight, true);
            for (int r = first; r < last; ++r) {
                const ReportRow &row = report.rows[r];
                TableRow cells{severityCell(row.severity), {row.key}};
                for (int c : std::as_const(cellColumns)) {
                    const ReportCell &cell = row.cells[c];
                    TableCell out{reportCellText(cell), reportCellColour(cell, row.severity)};
                    if (cell.status == DriftStatus::Same || cell.status == DriftStatus::Ignored)
                        out.foreground = QuietText;
                    cells.append(out);
                }
                canvas.drawRow(columns, cells, MatrixPoints, rowHeight, false);
            }
        }
        first = last;
    }
}

} // namespace DriftDeck
