#include "checkformats.h"

#include <QCoreApplication>

#include <algorithm>

namespace DriftDeck {

namespace {

// A struct, not a tr() function: lupdate then files these strings under the context used at run time.
struct CheckText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::CheckReport)
};

// Shortens to `width` characters, marking the cut with an ellipsis.
QString elide(const QString &text, int width)
{
    QString single = text;
    single.replace(u'\n', u' ');
    if (width <= 0)
        return {};
    if (single.size() <= width)
        return single;
    return single.left(width - 1) + u'…';
}

// Breaks prose at spaces so no line is wider than the terminal.
QString wrap(const QString &text, int width)
{
    QString out, line;
    for (const auto words = text.split(u' ', Qt::SkipEmptyParts); const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            out += line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return out + line;
}

QString pad(const QString &text, int width)
{
    return elide(text, width).leftJustified(width);
}

class Painter
{
public:
    explicit Painter(bool enabled)
        : m_enabled(enabled)
    {
    }
    QString operator()(const QString &text, const char *code) const
    {
        return m_enabled ? QStringLiteral("\x1b[%1m").arg(QLatin1StringView(code)) + text + QStringLiteral("\x1b[0m")
                         : text;
    }

private:
    bool m_enabled;
};

const char *colourFor(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return "1;31";
    case Severity::Warning:
        return "33";
    case Severity::Info:
        return "35";
    case Severity::None:
        break;
    }
    return "36";
}

const char *colourFor(DriftStatus status)
{
    if (isDrift(status))
        return "33";
    if (status == DriftStatus::Expected)
        return "36";
    if (status == DriftStatus::Unknown)
        return "35";
    return "2";
}

} // namespace

QString formatCheckText(const CheckReport &report, FailOn failOn, bool colour, int width)
{
    width = std::max(width, 60);
    const Painter paint(colour);
    QString out;
    out += paint(CheckText::tr("Drift Deck check: %1").arg(report.workspaceName), "1") + u'\n';
    out += CheckText::tr("Baseline %1 · captured %2")
               .arg(report.baseline, report.takenAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
        + u"\n\n";

    const int nameWidth = 16;
    out += paint(pad(CheckText::tr("Environment"), nameWidth) + CheckText::tr("  Parity   Drift  Expected  Unknown"),
                 "1")
        + u'\n';
    for (const ReportEnvironment &env : report.environments) {
        if (env.baseline) {
            out += pad(env.displayName, nameWidth) + QStringLiteral("  ") + CheckText::tr("baseline") + u'\n';
            continue;
        }
        const QString parity = QString::number(qFloor(env.parity.score() * 100)) + QStringLiteral(" %");
        out += pad(env.displayName, nameWidth) + parity.rightJustified(8)
            + QString::number(env.parity.drift).rightJustified(8)
            + QString::number(env.parity.expected).rightJustified(10)
            + QString::number(env.parity.unknown).rightJustified(9) + u'\n';
    }

    const int envWidth = 14;
    const int valueWidth = std::max(16, (width - envWidth - 4) / 2);
    const int statusWidth = width - envWidth - valueWidth - 4;
    for (const ReportRow &row : report.rows) {
        out += u'\n';
        // Rows without drift are listed for their expected differences or unknown cells.
        const auto anyCell = [&row](DriftStatus status) {
            return std::any_of(row.cells.cbegin(), row.cells.cend(),
                               [status](const ReportCell &cell) { return cell.status == status; });
        };
        // Rows listed with --all-rows may agree everywhere: those are SAME, not EXPECTED.
        const QString label = row.severity == Severity::Info ? CheckText::tr("UNKNOWN")
            : row.severity != Severity::None                 ? severityTitle(row.severity).toUpper()
            : anyCell(DriftStatus::Expected)                 ? CheckText::tr("EXPECTED")
                                                             : CheckText::tr("SAME");
        out += paint(pad(label, 9), colourFor(row.severity)) + paint(elide(row.key, width - 9), "1") + u'\n';
        for (const auto lines = row.reason.split(u'\n', Qt::SkipEmptyParts); const QString &line : lines)
            out += QStringLiteral("  ↳ ")
                + paint(wrap(line, width - 4).replace(u'\n', QStringLiteral("\n    ")), colourFor(row.severity))
                + u'\n';
        for (const ReportCell &cell : row.cells) {
            QString value = cell.display;
            if (cell.secret)
                value = CheckText::tr("(secret)");
            else if (!cell.set)
                value = CheckText::tr("(not set)");
            if (cell.stale)
                value = CheckText::tr("%1 (stale)").arg(value);
            // The status column stays short; a rule's reason or a note gets its own line below.
            QString status = driftStatusTitle(cell.status).toLower();
            QString detail;
            if (cell.status == DriftStatus::Baseline) {
                status = cell.originLabel.isEmpty() ? CheckText::tr("baseline") : cell.origin();
            } else {
                const QString described = describeCell(report, cell);
                if (described != status)
                    detail = described;
            }
            out += QStringLiteral("  ") + pad(cell.environment, envWidth) + pad(value, valueWidth)
                + QStringLiteral("  ") + paint(elide(status, statusWidth), colourFor(cell.status)) + u'\n';
            if (!detail.isEmpty()) {
                const QString indent(envWidth + 2, u' ');
                const QStringList lines = wrap(detail, width - envWidth - 4).split(u'\n');
                for (qsizetype i = 0; i < lines.size(); ++i)
                    out += indent + (i == 0 ? QStringLiteral("↳ ") : QStringLiteral("  "))
                        + paint(lines[i], colourFor(cell.status)) + u'\n';
            }
        }
    }

    if (!report.checklist.isEmpty()) {
        // Short: the counts, then the items that fail and where; the JSON and PDF have the evidence.
        out += u'\n'
            + paint(CheckText::tr("Parity checklist: %1 pass · %2 fail · %3 unknown")
                        .arg(Checklist::count(report.checklist, ChecklistState::Pass))
                        .arg(Checklist::count(report.checklist, ChecklistState::Fail))
                        .arg(Checklist::count(report.checklist, ChecklistState::Unknown)),
                    "1")
            + u'\n';
        for (const ChecklistItem &item : report.checklist) {
            QStringList failing;
            for (const ChecklistCell &cell : item.cells) {
                if (cell.state == ChecklistState::Fail)
                    failing << cell.environment;
            }
            if (failing.isEmpty())
                continue;
            const QString line = CheckText::tr("%1: fails in %2").arg(item.title, failing.join(QStringLiteral(", ")));
            out += QStringLiteral("  ✗ ") + paint(wrap(line, width - 4).replace(u'\n', QStringLiteral("\n    ")), "33")
                + u'\n';
        }
    }

    if (!report.errors.isEmpty()) {
        out += u'\n' + paint(CheckText::tr("Sources that failed (the comparison is incomplete):"), "1;35") + u'\n';
        for (const ReportSourceError &error : report.errors) {
            const QString line = QStringLiteral("%1 · %2: %3").arg(error.environment, error.source, error.message);
            out += QStringLiteral("  ") + wrap(line, width - 4).replace(u'\n', QStringLiteral("\n    ")) + u'\n';
        }
    }

    out += u'\n';
    // Counts are given as "label: n" so the English text needs no plural forms.
    QString summary = report.driftRows == 0
        ? CheckText::tr("No drift.")
        : CheckText::tr("Drifting keys: %1 (critical: %2).").arg(report.driftRows).arg(report.criticalRows);
    if (report.expectedCells > 0)
        summary += u' ' + CheckText::tr("Expected differences: %1.").arg(report.expectedCells);
    if (report.expiredRuleCells > 0)
        summary += u' ' + CheckText::tr("Cells whose rule expired: %1.").arg(report.expiredRuleCells);
    if (!report.errors.isEmpty())
        summary += u' ' + CheckText::tr("Failed sources: %1.").arg(report.errors.size());
    summary += u' ' + CheckText::tr("Exit code %1.").arg(report.exitCode(failOn));
    out += paint(wrap(summary, width), report.exitCode(failOn) == ExitNoDrift ? "32" : "1") + u'\n';
    return out;
}

} // namespace DriftDeck
