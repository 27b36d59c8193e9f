#include "checkformats.h"

#include <QCoreApplication>

namespace DriftDeck {

namespace {
// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct CheckText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::CheckReport)
};

// Table cells: keep it on one line, escape what Markdown would interpret, and keep it short.
QString cellText(const QString &text)
{
    QString out = text.left(80);
    if (text.size() > 80)
        out += u'…';
    out.replace(u'\n', u' ');
    out.replace(u'|', QStringLiteral("\\|"));
    out.replace(u'`', u'\'');
    return out.isEmpty() ? QString() : u'`' + out + u'`';
}
} // namespace

QString formatCheckMarkdown(const CheckReport &report, FailOn failOn)
{
    QString out;
    out += QStringLiteral("### ") + CheckText::tr("Drift Deck: %1").arg(report.workspaceName) + u"\n\n";
    out += CheckText::tr("Baseline **%1**, captured %2.")
               .arg(report.baseline, report.takenAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
        + u"\n\n";
    out += u"| " + CheckText::tr("Environment") + u" | " + CheckText::tr("Parity") + u" | " + CheckText::tr("Drift")
        + u" | " + CheckText::tr("Expected") + u" | " + CheckText::tr("Unknown") + u" |\n|---|---:|---:|---:|---:|\n";
    for (const ReportEnvironment &env : report.environments) {
        if (env.baseline) {
            out += QStringLiteral("| %1 (%2) | | | | |\n").arg(env.displayName, CheckText::tr("baseline"));
            continue;
        }
        out += QStringLiteral("| %1 | %2 % | %3 | %4 | %5 |\n")
                   .arg(env.displayName)
                   .arg(qFloor(env.parity.score() * 100))
                   .arg(env.parity.drift)
                   .arg(env.parity.expected)
                   .arg(env.parity.unknown);
    }

    if (!report.rows.isEmpty()) {
        out += u"\n| " + CheckText::tr("Severity") + u" | " + CheckText::tr("Key");
        QString rule = QStringLiteral("|---|---");
        for (const ReportEnvironment &env : report.environments) {
            out += u" | " + env.displayName;
            rule += QStringLiteral("|---");
        }
        out += u" |\n" + rule + u"|\n";
        for (const ReportRow &row : report.rows) {
            QString severity = severityTitle(row.severity).toLower();
            if (report.rowFails(row, failOn))
                severity = u"**" + severity + u"**";
            out += u"| " + severity + u" | `" + row.key + u'`';
            if (!row.reason.isEmpty())
                out += u" — " + QString(row.reason).replace(u'|', QStringLiteral("\\|"));
            for (const ReportCell &cell : row.cells) {
                QString text = cellText(cell.display);
                if (cell.status != DriftStatus::Baseline && cell.status != DriftStatus::Same) {
                    const QString words = describeCell(report, cell).replace(u'|', QStringLiteral("\\|"));
                    text = text.isEmpty() ? words : text + u' ' + u'(' + words + u')';
                }
                out += u" | " + text;
            }
            out += u" |\n";
        }
    }

    if (!report.errors.isEmpty()) {
        out += u"\n**" + CheckText::tr("Incomplete: these sources failed") + u"**\n\n";
        for (const ReportSourceError &error : report.errors)
            out += QStringLiteral("- %1 · %2: %3\n").arg(error.environment, error.source, error.message);
    }
    if (!report.warnings.isEmpty()) {
        out += u"\n**" + CheckText::tr("Warnings") + u"**\n\n";
        for (const ReportSourceError &warning : report.warnings)
            out += QStringLiteral("- %1 · %2: %3\n").arg(warning.environment, warning.source, warning.message);
    }
    out += u'\n'
        + (report.driftRows == 0 ? CheckText::tr("No drift.")
                                 : CheckText::tr("%n key(s) drift (%1 critical).", nullptr, int(report.driftRows))
                                       .arg(report.criticalRows))
        + u'\n';
    return out;
}

} // namespace DriftDeck
