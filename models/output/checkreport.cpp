#include "checkreport.h"

#include "background/parallel.h"
#include "values/units.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace DriftDeck {

namespace {
struct CheckText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::CheckReport)
};
} // namespace

bool CheckReport::rowFails(const ReportRow &row, FailOn failOn) const
{
    switch (failOn) {
    case FailOn::Drift:
        return row.severity >= Severity::Warning;
    case FailOn::Critical:
        return row.severity >= Severity::Critical;
    case FailOn::Never:
        break;
    }
    return false;
}

int CheckReport::exitCode(FailOn failOn) const
{
    for (const ReportRow &row : rows) {
        if (rowFails(row, failOn))
            return ExitDrift;
    }
    return incomplete() ? ExitIncomplete : ExitNoDrift;
}

namespace {
// The layer and line of the value's last origin; left empty when the entry has none.
void setOrigin(ReportCell &cell, const Snapshot &snapshot, const Entry *entry, int env)
{
    if (!entry || entry->provenance.isEmpty())
        return;
    const Origin &origin = entry->provenance.constLast();
    const auto &layers = snapshot.environments[env].layers;
    if (origin.layer < 0 || origin.layer >= layers.size())
        return;
    cell.originLabel = layers[origin.layer].label;
    cell.originLine = std::max(origin.line, 0);
}
} // namespace

CheckReport buildCheckReport(const Snapshot &snapshot, const DriftResult &result, const CheckOptions &options)
{
    CheckReport report;
    report.workspaceName = snapshot.workspaceName;
    report.takenAt = snapshot.takenAt;
    report.policy = snapshot.policy;
    const int baseline = result.baseline();
    if (baseline < 0)
        return report;
    report.baseline = snapshot.environments[baseline].name;
    // Warnings of the capture as a whole (environment discovery) come first, under the workspace.
    for (const QString &warning : snapshot.warnings)
        report.warnings.append({CheckText::tr("workspace"), CheckText::tr("environment discovery"), warning});

    QList<int> envs{baseline};
    for (int e = 0; e < snapshot.environmentCount(); ++e) {
        if (e != baseline && (options.environments.isEmpty() || options.environments.contains(e)))
            envs.append(e);
    }
    for (int e : std::as_const(envs)) {
        const EnvironmentCapture &capture = snapshot.environments[e];
        report.environments.append({capture.name, capture.displayName.isEmpty() ? capture.name : capture.displayName,
                                    e == baseline, result.parity(e)});
        for (const SourceStatus &source : capture.sources) {
            if (source.state == SourceState::Failed || source.state == SourceState::Cancelled)
                report.errors.append({capture.name, source.label, source.error});
            for (const QString &warning : source.warnings)
                report.warnings.append({capture.name, source.label.isEmpty() ? source.id : source.label, warning});
        }
    }

    // Rows in parts on every core (20 × 100,000 cells took a tenth of a second on one), then
    // joined in row order: each part counts what it saw, nothing is shared while they run.
    struct Part {
        QList<ReportRow> rows;
        int comparedRows = 0, driftRows = 0, criticalRows = 0, expectedCells = 0, expiredRuleCells = 0;
    };
    const auto addRow = [&](int row, Part &part) {
        bool drift = false, notable = false, compared = false;
        for (int e : std::as_const(envs)) {
            const DriftStatus s = result.status(row, e);
            if (e == baseline)
                continue;
            compared = compared || s != DriftStatus::Ignored;
            drift = drift || isDrift(s);
            notable = notable || isDrift(s) || s == DriftStatus::Expected || s == DriftStatus::Unknown
                || result.note(row, e) == CellNote::ExpiredRule;
        }
        if (compared)
            ++part.comparedRows;
        // Severity is per row over all environments; restrict it to the compared subset.
        Severity severity = result.driftSeverity(row);
        if (!drift && severity >= Severity::Warning)
            severity = notable ? Severity::Info : Severity::None;
        // A bad state (metric past its limit, certificate expiring) counts whatever the subset.
        const Severity state = result.stateSeverity(row);
        severity = std::max(severity, state);
        notable = notable || state >= Severity::Warning;
        if (drift) {
            ++part.driftRows;
            if (severity == Severity::Critical)
                ++part.criticalRows;
        }
        if (!notable && !options.allRows)
            return;
        ReportRow out;
        out.key = snapshot.key(row);
        out.category = categoryOfKey(out.key);
        out.severity = severity;
        out.reason = result.stateReason(row);
        out.cells.reserve(envs.size());
        for (int e : std::as_const(envs)) {
            const Entry *entry = snapshot.entry(row, e);
            ReportCell cell;
            cell.environment = snapshot.environments[e].name;
            cell.status = result.status(row, e);
            cell.note = result.note(row, e);
            cell.rule = result.rule(row, e);
            if (entry && !entry->value.isSecret()) {
                cell.display = Units::display(out.key, entry->value);
                if (cell.display.isEmpty())
                    cell.display = entry->value.display();
                else
                    cell.value = entry->value.display();
            }
            cell.stale = entry && entry->stale;
            cell.secret = entry && entry->value.isSecret();
            cell.set = entry != nullptr;
            setOrigin(cell, snapshot, entry, e);
            if (cell.status == DriftStatus::Expected)
                ++part.expectedCells;
            if (cell.note == CellNote::ExpiredRule)
                ++part.expiredRuleCells;
            out.cells.append(std::move(cell));
        }
        part.rows.append(std::move(out));
    };

    constexpr int RowsPerPart = 4096;
    std::vector<Part> parts(size_t((result.rowCount() + RowsPerPart - 1) / RowsPerPart));
    parallelFor(int(parts.size()), [&](int p) {
        const int end = std::min(result.rowCount(), (p + 1) * RowsPerPart);
        for (int row = p * RowsPerPart; row < end; ++row)
            addRow(row, parts[size_t(p)]);
    });
    qsizetype rowCount = 0;
    for (const Part &part : parts)
        rowCount += part.rows.size();
    report.rows.reserve(rowCount);
    for (Part &part : parts) {
        for (ReportRow &row : part.rows)
            report.rows.append(std::move(row));
        part.rows = QList<ReportRow>();
        report.comparedRows += part.comparedRows;
        report.driftRows += part.driftRows;
        report.criticalRows += part.criticalRows;
        report.expectedCells += part.expectedCells;
        report.expiredRuleCells += part.expiredRuleCells;
    }

    report.checklist
        = Checklist::evaluate(snapshot, result, options.today.isValid() ? options.today : QDate::currentDate());
    for (ChecklistItem &item : report.checklist) {
        item.cells.removeIf([&report](const ChecklistCell &cell) {
            return std::none_of(report.environments.cbegin(), report.environments.cend(),
                                [&cell](const ReportEnvironment &env) { return env.name == cell.environment; });
        });
    }
    return report;
}

} // namespace DriftDeck
