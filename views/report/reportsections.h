#pragma once

#include "output/checkreport.h"
#include "reportcanvas.h"
#include "reportwriter.h"
#include "snapshot/historysummary.h"
#include "snapshot/snapshotdiff.h"

#include <optional>

namespace DriftDeck {

// What every section of the report reads, computed once before the two layout passes.
struct ReportContext {
    const Snapshot *snapshot = nullptr;
    const ReportOptions *options = nullptr;
    DriftResult result;
    CheckReport report; // the rows of the matrix: divergent ones, or all
    QList<int> environments; // snapshot indexes in report order, baseline first
    std::optional<SnapshotDiff> sincePrevious;
    QList<HistoryPoint> history;
    QDate today;
};

// The short words a matrix cell shows; secrets only as "secret: same" / "secret: differs".
QString reportCellText(const ReportCell &cell);
// A light tint for the cell's status, readable when printed in grey.
QColor reportCellColour(const ReportCell &cell, Severity severity);

void writeSummary(ReportCanvas &canvas, const ReportContext &context);
void writeHistoryChart(ReportCanvas &canvas, const ReportContext &context);
void writeMetricCharts(ReportCanvas &canvas, const ReportContext &context);
void writeMatrix(ReportCanvas &canvas, const ReportContext &context);
void writeCriticalDetails(ReportCanvas &canvas, const ReportContext &context);
void writeExpectedRegister(ReportCanvas &canvas, const ReportContext &context);
void writeSourceErrors(ReportCanvas &canvas, const ReportContext &context);
void writeChecklist(ReportCanvas &canvas, const ReportContext &context); // reportchecklist.cpp

} // namespace DriftDeck
