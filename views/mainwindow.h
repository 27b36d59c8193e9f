#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace DriftDeck {

class CellActions;
class DriftWatch;
class EmptyState;
class HistoryKeeper;
class HistoryStore;
struct HistorySettings;
class HistoryView;
class KeyHistoryView;
class SnapshotCompare;
class MatrixOptions;
class MatrixPane;
class MessageBar;
class RecentFiles;
class ReportExport;
class SourcesDock;
class WorkspaceSession;

// The dashboard: the drift matrix of the open workspace or snapshot, with the menus, toolbar,
// filters and status bar around it. Menus and actions live in mainwindowactions.cpp, the
// matrix's context menu and clipboard in mainwindowcells.cpp, the drill-down and sources panels
// in mainwindowpanels.cpp, saved state and drag-and-drop in mainwindowstate.cpp, snapshot
// history in mainwindowhistory.cpp, the report and snapshot files in mainwindowreport.cpp.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace (and refreshes it) or a snapshot; errors go to the message bar.
    bool openPath(const QString &path);
    // Reopens the last workspace, or shows the empty state when there is none.
    void restoreLastSession();

    WorkspaceSession *session() const { return m_session; }
    MessageBar *messageBar() const { return m_messages; }
    MatrixPane *matrix() const { return m_matrix; }
    MatrixOptions *options() const { return m_options; }
    CellActions *cells() const { return m_cells; }
    SourcesDock *sourcesDock() const { return m_sourcesDock; }

    void setWatchInterval(int seconds);

    // Writes the PDF report of what is on screen (baseline; every row when "only divergences" is
    // off) in the background; the message bar says when it is done. File → Export Report… asks
    // for the path first.
    void exportReportTo(const QString &pdfPath);
    ReportExport *reportExport() const { return m_reportExport; }

    HistoryKeeper *historyKeeper() const { return m_keeper; }
    HistoryView *historyView() const { return m_historyView; }
    KeyHistoryView *keyHistoryView() const { return m_keyHistory; }
    SnapshotCompare *snapshotCompare() const { return m_compare; }
    // Shows the history dock on the key's history (the matrix's "Show History").
    void showKeyHistory(const QString &key);
    // Compares the snapshot on screen with a saved one (older side) in the compare dock.
    void compareWithSnapshot(const QString &path);
    // Opens a kept snapshot from the History dock; File → Back to Live Workspace returns.
    void openHistorySnapshot(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // mainwindowactions.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    QMenu *createWatchMenu();
    void updateActions();

    void openDialog();
    void onOpened();
    void onRefreshProgress(int done, int total);
    void onRefreshFinished(bool cancelled);

    // mainwindowhistory.cpp
    void createHistory();
    HistoryStore currentHistoryStore() const;
    HistorySettings currentHistorySettings() const;
    QString currentBaselineName() const;
    void onHistorySnapshotChanged();
    void reloadHistory(bool everything);
    void keepSnapshot();
    void chooseSnapshotToCompare();
    void configure();

    // mainwindowreport.cpp
    void exportReport();
    void onReportFinished(const QString &pdfPath, const QString &errorString);
    void saveSnapshotAs();

    // mainwindowstate.cpp
    void restoreWindowState();
    void saveWindowState();

    WorkspaceSession *m_session = nullptr;
    MessageBar *m_messages = nullptr;
    EmptyState *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    RecentFiles *m_recent = nullptr;
    DriftWatch *m_watch = nullptr;
    MatrixPane *m_matrix = nullptr;
    MatrixOptions *m_options = nullptr;
    CellActions *m_cells = nullptr;
    SourcesDock *m_sourcesDock = nullptr;
    ReportExport *m_reportExport = nullptr;
    HistoryKeeper *m_keeper = nullptr;
    HistoryView *m_historyView = nullptr;
    KeyHistoryView *m_keyHistory = nullptr;
    QTabWidget *m_historyTabs = nullptr;
    QDockWidget *m_historyDock = nullptr;
    SnapshotCompare *m_compare = nullptr;
    QDockWidget *m_compareDock = nullptr;
    QDockWidget *m_checklistDock = nullptr; // views/checklist/checklistdock.h
    QString m_historyBaseline; // what the chart counts against
    bool m_historyStale = true; // re-read when the dock is next shown
    QString m_liveWorkspace; // the workspace a history snapshot was opened from

    struct Actions {
        QAction *open = nullptr;
        QAction *exportReport = nullptr;
        QAction *keepSnapshot = nullptr;
        QAction *saveSnapshotAs = nullptr;
        QAction *compareSnapshot = nullptr;
        QAction *backToLive = nullptr;
        QAction *configure = nullptr;
        QAction *refresh = nullptr;
        QAction *cancelRefresh = nullptr;
        QAction *quit = nullptr;
        QAction *about = nullptr;
        QMenu *recentMenu = nullptr;
        QActionGroup *watchGroup = nullptr;
    } m_actions;
};

} // namespace DriftDeck
