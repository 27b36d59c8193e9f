#include "exportcontrols.h"

#include "actionicon.h"
#include "itemmodels/matrixfilterproxy.h"
#include "keydrilldown.h"
#include "metrics/metricchartview.h"
#include "pipeline/workspacesession.h"
#include "reportexport.h"
#include "snapshot/historystore.h"
#include "snapshot/snapshotfile.h"
#include "window/historypanel.h"
#include "window/matrixpane.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace DriftDeck {

namespace {

constexpr auto ReportFolderKey = QLatin1StringView("report/lastFolder");
constexpr auto SnapshotFolderKey = QLatin1StringView("snapshot/lastFolder");

// Where a save dialog starts: the folder used last time, else the user's documents.
QString startFolder(QLatin1StringView key)
{
    const QString folder = QSettings().value(key).toString();
    return !folder.isEmpty() && QDir(folder).exists()
        ? folder
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

ExportControls::ExportControls(WorkspaceSession *session, const MatrixPane *matrix, const HistoryPanel *history,
                               QWidget *window)
    : WindowPart(window)
    , m_session(session)
    , m_matrix(matrix)
    , m_history(history)
    , m_report(new ReportExport(this))
{
    Actions &a = m_actions;
    a.exportReport = new QAction(actionIcon(QStringLiteral("document-export")), tr("&Export Report…"), this);
    a.exportReport->setShortcut(QKeySequence(tr("Ctrl+E", "File|Export Report")));
    a.exportReport->setToolTip(tr("Write a PDF report of this comparison to share"));
    connect(a.exportReport, &QAction::triggered, this, &ExportControls::exportReport);
    a.saveSnapshotAs = new QAction(actionIcon(QStringLiteral("document-save-as")), tr("Save Snapshot &As…"), this);
    a.saveSnapshotAs->setShortcut(QKeySequence::SaveAs);
    a.saveSnapshotAs->setToolTip(tr("Save this capture to a file that opens without the network"));
    connect(a.saveSnapshotAs, &QAction::triggered, this, &ExportControls::saveSnapshotAs);

    connect(m_report, &ReportExport::finished, this, &ExportControls::onReportFinished);
    connect(m_session, &WorkspaceSession::opened, this, &ExportControls::updateActions);
    connect(m_session, &WorkspaceSession::snapshotChanged, this, &ExportControls::updateActions);
    updateActions();
}

void ExportControls::updateActions()
{
    const bool hasSnapshot = m_session->snapshot() != nullptr;
    m_actions.exportReport->setEnabled(hasSnapshot && !m_report->isRunning());
    m_actions.saveSnapshotAs->setEnabled(hasSnapshot);
}

void ExportControls::saveSnapshotAs()
{
    const SnapshotPtr snapshot = m_session->snapshot();
    if (!snapshot)
        return;
    QString name = ReportExport::suggestedFileName(*snapshot);
    if (name.endsWith(u".pdf"))
        name = name.chopped(4) + u".driftsnap.json";
    const QString path = QFileDialog::getSaveFileName(window(), tr("Save Snapshot"),
                                                      QDir(startFolder(SnapshotFolderKey)).filePath(name),
                                                      tr("Drift Deck snapshots (*.json)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(SnapshotFolderKey, QFileInfo(path).absolutePath());
    QString error;
    if (SnapshotFile::write(*snapshot, path, &error))
        showInformation(tr("Snapshot saved to %1").arg(QDir::toNativeSeparators(path)));
    else
        showError(tr("The snapshot was not saved: %1").arg(error));
}

void ExportControls::exportReport()
{
    const SnapshotPtr snapshot = m_session->snapshot();
    if (!snapshot)
        return;
    const QString path = QFileDialog::getSaveFileName(
        window(), tr("Export Report"),
        QDir(startFolder(ReportFolderKey)).filePath(ReportExport::suggestedFileName(*snapshot)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(ReportFolderKey, QFileInfo(path).absolutePath());
    exportReportTo(path.endsWith(u".pdf", Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

void ExportControls::exportReportTo(const QString &pdfPath)
{
    const SnapshotPtr snapshot = m_session->snapshot();
    if (!snapshot || m_report->isRunning())
        return;
    ReportOptions options;
    options.pageSize = ReportExport::defaultPageSize();
    // The report shows what the window shows: this baseline, and every row when the user
    // turned "only divergences" off.
    options.allRows = !m_matrix->proxy()->onlyDivergences();
    const int baseline = m_session->baseline();
    if (baseline >= 0 && baseline < snapshot->environmentCount())
        options.baseline = snapshot->environments[baseline].name;
    options.today = m_session->today();
    options.history = m_history->currentStore().list();
    // The metric chart the drill-down shows, as it shows it (`report --metrics-window` charts all).
    const KeyDrillDown *drillDown = m_matrix->drillDown();
    const MetricChart &chart = drillDown->metricChart()->chart();
    if (!chart.series.isEmpty() && drillDown->key() == QStringLiteral("metric/") + chart.name)
        options.metricCharts.append(chart);
    Q_EMIT progress(tr("Writing the report to %1…").arg(QDir::toNativeSeparators(pdfPath)));
    m_report->start(snapshot, std::move(options), pdfPath);
    updateActions();
}

void ExportControls::onReportFinished(const QString &pdfPath, const QString &errorString)
{
    Q_EMIT progress(QString());
    updateActions();
    if (!errorString.isEmpty()) {
        showError(tr("The report was not written: %1").arg(errorString));
        return;
    }
    showInformation(tr("Report written to %1").arg(QDir::toNativeSeparators(pdfPath)));
}

} // namespace DriftDeck
