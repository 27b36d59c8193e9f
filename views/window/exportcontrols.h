#pragma once

#include "window/windowpart.h"

class QAction;

namespace DriftDeck {

class HistoryPanel;
class MatrixPane;
class ReportExport;
class WorkspaceSession;

// The files to share: File → Export Report… (the PDF of what is on screen, written in the
// background) and Save Snapshot As… (a capture that opens without the network).
class ExportControls : public WindowPart
{
    Q_OBJECT
public:
    // The report shows what matrix shows, with the history and metric chart on screen.
    ExportControls(WorkspaceSession *session, const MatrixPane *matrix, const HistoryPanel *history, QWidget *window);

    struct Actions {
        QAction *exportReport = nullptr;
        QAction *saveSnapshotAs = nullptr;
    };
    const Actions &actions() const { return m_actions; }
    ReportExport *reportExport() const { return m_report; }

    // Writes the PDF report of what is on screen (baseline; every row when "only divergences" is
    // off) in the background; the message bar says when it is done. File → Export Report… asks
    // for the path first.
    void exportReportTo(const QString &pdfPath);

private:
    void exportReport();
    void onReportFinished(const QString &pdfPath, const QString &errorString);
    void saveSnapshotAs();
    void updateActions();

    WorkspaceSession *m_session;
    const MatrixPane *m_matrix;
    const HistoryPanel *m_history;
    ReportExport *m_report;
    Actions m_actions;
};

} // namespace DriftDeck
