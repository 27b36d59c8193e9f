// The main window's files to share: the PDF report and snapshot files.
#include "mainwindow.h"

#include "keydrilldown.h"
#include "messagebar.h"
#include "metrics/metricchartview.h"
#include "pipeline/historykeeper.h"
#include "pipeline/workspacesession.h"
#include "reportexport.h"
#include "snapshot/snapshotfile.h"
#include "window/matrixoptions.h"
#include "window/matrixpane.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace DriftDeck {

namespace {

const auto ReportFolderKey = QStringLiteral("report/lastFolder");
const auto SnapshotFolderKey = QStringLiteral("snapshot/lastFolder");

// Where a save dialog starts: the folder used last time, else the user's documents.
QString startFolder(const QString &key)
{
    const QString folder = QSettings().value(key).toString();
    return !folder.isEmpty() && QDir(folder).exists() ? folder
                                                      : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

void MainWindow::saveSnapshotAs()
{
    const SnapshotPtr snapshot = m_session->snapshot();
    if (!snapshot)
        return;
    QString name = ReportExport::suggestedFileName(*snapshot);
    name.replace(QRegularExpression(QStringLiteral("\\.pdf$")), QStringLiteral(".driftsnap.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Snapshot"),
                                                      QDir(startFolder(SnapshotFolderKey)).filePath(name),
                                                      tr("Drift Deck snapshots (*.json)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(SnapshotFolderKey, QFileInfo(path).absolutePath());
    QString error;
    if (SnapshotFile::write(*snapshot, path, &error))
        m_messages->showInformation(tr("Snapshot saved to %1").arg(QDir::toNativeSeparators(path)));
    else
        m_messages->showError(tr("The snapshot was not saved: %1").arg(error));
}

void MainWindow::exportReport()
{
    const SnapshotPtr snapshot = m_session->snapshot();
    if (!snapshot)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), QDir(startFolder(ReportFolderKey)).filePath(ReportExport::suggestedFileName(*snapshot)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(ReportFolderKey, QFileInfo(path).absolutePath());
    exportReportTo(path.endsWith(u".pdf", Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

void MainWindow::exportReportTo(const QString &pdfPath)
{
    const SnapshotPtr snapshot = m_session->snapshot();
    if (!snapshot || m_reportExport->isRunning())
        return;
    ReportOptions options;
    options.pageSize = ReportExport::defaultPageSize();
    // The report shows what the window shows: this baseline, and every row when the user
    // turned "only divergences" off.
    options.allRows = !m_options->actions().onlyDivergences->isChecked();
    const int baseline = m_session->baseline();
    if (baseline >= 0 && baseline < snapshot->environmentCount())
        options.baseline = snapshot->environments[baseline].name;
    options.today = m_session->today();
    options.history = currentHistoryStore().list();
    // The metric chart the drill-down shows, as it shows it (`report --metrics-window` charts all).
    const MetricChart &chart = m_matrix->drillDown()->metricChart()->chart();
    if (!chart.series.isEmpty() && m_matrix->drillDown()->key() == QStringLiteral("metric/") + chart.name)
        options.metricCharts.append(chart);
    m_progress->setText(tr("Writing the report to %1…").arg(QDir::toNativeSeparators(pdfPath)));
    m_reportExport->start(snapshot, std::move(options), pdfPath);
    updateActions();
}

void MainWindow::onReportFinished(const QString &pdfPath, const QString &errorString)
{
    m_progress->clear();
    updateActions();
    if (!errorString.isEmpty()) {
        m_messages->showError(tr("The report was not written: %1").arg(errorString));
        return;
    }
    m_messages->showInformation(tr("Report written to %1").arg(QDir::toNativeSeparators(pdfPath)));
}

} // namespace DriftDeck
