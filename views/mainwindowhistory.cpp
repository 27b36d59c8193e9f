// The main window's report export and snapshot history.
#include "mainwindow.h"

#include "itemmodels/matrixmodel.h"
#include "messagebar.h"
#include "pipeline/workspacesession.h"
#include "reportexport.h"
#include "snapshot/historystore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>

namespace DriftDeck {

namespace {

const auto ReportFolderKey = QStringLiteral("report/lastFolder");

HistoryStore historyFor(const WorkspaceSession &session, const Snapshot &snapshot)
{
    // A snapshot opened from a file charts the history of the workspace it was taken from.
    if (session.isOffline())
        return HistoryStore(snapshot.workspaceName, snapshot.workspacePath);
    return HistoryStore(session.title(), session.path());
}

} // namespace

void MainWindow::exportReport()
{
    const SnapshotPtr snapshot = m_session->snapshot();
    if (!snapshot)
        return;
    QSettings settings;
    QString folder = settings.value(ReportFolderKey).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"),
                                                      QDir(folder).filePath(ReportExport::suggestedFileName(*snapshot)),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(ReportFolderKey, QFileInfo(path).absolutePath());
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
    options.allRows = !m_actions.onlyDivergences->isChecked();
    const int baseline = m_session->baseline();
    if (baseline >= 0 && baseline < snapshot->environmentCount())
        options.baseline = snapshot->environments[baseline].name;
    options.today = m_session->today();
    options.history = historyFor(*m_session, *snapshot).list();
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
