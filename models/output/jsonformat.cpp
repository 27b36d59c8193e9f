#include "checkformats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace DriftDeck {

// Schema "driftdeck-check", version 1. Additive changes keep the version; anything that
// changes or removes a field bumps it. Documented in the README.
QByteArray formatCheckJson(const CheckReport &report, FailOn failOn)
{
    QJsonObject root;
    root[u"schema"] = QStringLiteral("driftdeck-check");
    root[u"schemaVersion"] = 1;
    root[u"workspace"] = report.workspaceName;
    root[u"takenAt"] = report.takenAt.toUTC().toString(Qt::ISODateWithMs);
    root[u"baseline"] = report.baseline;

    QJsonArray environments;
    for (const ReportEnvironment &env : report.environments) {
        QJsonObject o;
        o[u"name"] = env.name;
        o[u"displayName"] = env.displayName;
        o[u"baseline"] = env.baseline;
        o[u"parity"] = env.baseline ? 1.0 : env.parity.score();
        o[u"compared"] = env.parity.compared;
        o[u"matching"] = env.parity.matching;
        o[u"drift"] = env.parity.drift;
        o[u"expected"] = env.parity.expected;
        o[u"unknown"] = env.parity.unknown;
        o[u"critical"] = env.parity.critical;
        environments.append(o);
    }
    root[u"environments"] = environments;

    QJsonArray rows;
    for (const ReportRow &row : report.rows) {
        QJsonObject o;
        o[u"key"] = row.key;
        o[u"category"] = categoryId(row.category);
        o[u"severity"] = severityId(row.severity);
        o[u"fails"] = report.rowFails(row, failOn);
        QJsonObject cells;
        for (const ReportCell &cell : row.cells) {
            QJsonObject c;
            c[u"status"] = driftStatusId(cell.status);
            // No value for secrets, nor where the key is absent (even when a rule expects that).
            if (cell.set && !cell.secret)
                c[u"value"] = cell.display;
            if (!cell.origin.isEmpty())
                c[u"provenance"] = cell.origin;
            if (cell.stale)
                c[u"stale"] = true;
            if (cell.note != CellNote::None)
                c[u"note"] = cellNoteText(cell.note);
            if (cell.rule >= 0 && cell.rule < report.policy.expected.size()) {
                const ExpectedDifference &rule = report.policy.expected[cell.rule];
                QJsonObject r;
                r[u"key"] = rule.key;
                r[u"reason"] = rule.reason;
                r[u"owner"] = rule.owner;
                if (rule.expires.isValid())
                    r[u"expires"] = rule.expires.toString(Qt::ISODate);
                r[u"expired"] = cell.note == CellNote::ExpiredRule;
                c[u"rule"] = r;
            }
            cells[cell.environment] = c;
        }
        o[u"cells"] = cells;
        rows.append(o);
    }
    root[u"rows"] = rows;

    QJsonArray errors;
    for (const ReportSourceError &error : report.errors)
        errors.append(QJsonObject{{u"environment"_s, error.environment}, {u"source"_s, error.source},
                                  {u"message"_s, error.message}});
    root[u"errors"] = errors;
    QJsonArray warnings; // added within version 1
    for (const ReportSourceError &warning : report.warnings)
        warnings.append(QJsonObject{{u"environment"_s, warning.environment}, {u"source"_s, warning.source},
                                    {u"message"_s, warning.message}});
    root[u"warnings"] = warnings;

    QJsonObject summary;
    summary[u"comparedRows"] = report.comparedRows;
    summary[u"driftRows"] = report.driftRows;
    summary[u"criticalRows"] = report.criticalRows;
    summary[u"expectedCells"] = report.expectedCells;
    summary[u"expiredRuleCells"] = report.expiredRuleCells;
    summary[u"incomplete"] = report.incomplete();
    summary[u"exitCode"] = report.exitCode(failOn);
    root[u"summary"] = summary;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace DriftDeck
