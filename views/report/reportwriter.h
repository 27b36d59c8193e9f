#pragma once

#include "snapshot/historystore.h"
#include "snapshot/snapshot.h"
#include "sources/metrics/metricrange.h"

#include <QDate>
#include <QList>
#include <QPageSize>
#include <QString>

#include <optional>

namespace DriftDeck {

struct ReportOptions {
    QPageSize pageSize = QPageSize(QPageSize::A4); // A4 or Letter
    bool allRows = false; // the matrix lists every key, not only divergent ones
    std::optional<Snapshot> previous; // "new drift since" this one, when given
    QList<HistoryEntry> history; // the drift-over-time chart, when given (files are read)
    QList<MetricChart> metricCharts; // metrics over time, when read (MetricRangeFetch)
    QString baseline; // environment name; empty: the snapshot's default baseline
    QDate today; // judges rule expiry; invalid: the current date
    bool attachSnapshot = true; // embed the snapshot (secrets re-keyed) as a file attachment
};

// The PDF report a tech lead shares: summary, drift matrix, critical details, the register of
// expected differences, source errors, the history chart and the metric charts, with vector text
// and vector charts throughout.
// Secrets never appear: cells say only "secret: same" or "secret: differs".
class ReportWriter
{
public:
    // Atomic: pdfPath is replaced only once the whole report was written. Must run on a thread
    // with a QGuiApplication (fonts); it takes seconds for thousands of rows, so the GUI runs it
    // off its own thread.
    static bool write(const Snapshot &snapshot, const ReportOptions &options, const QString &pdfPath,
                      QString *error = nullptr);

    // The snapshot JSON embedded in the report: every secret fingerprint is replaced by one
    // keyed with a random salt that is thrown away, so same/differs still reads correctly but
    // nothing can be matched against other snapshots or guessed offline.
    static QByteArray attachmentJson(const Snapshot &snapshot);
};

} // namespace DriftDeck
