#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace DriftDeck {

class CellActions;
class ChecklistDock;
class EmptyState;
class ExportControls;
class HistoryPanel;
class MatrixOptions;
class MatrixPane;
class MessageBar;
class SnapshotComparison;
class SourcesDock;
class WorkspaceControls;

// The dashboard: the drift matrix of the open workspace or snapshot, with the menus, toolbar,
// docks and status bar around it. The window only assembles its parts (views/window/), each of
// which owns one responsibility and its state: opening and refreshing (WorkspaceControls), the
// matrix and drill-down (MatrixPane), what the matrix shows (MatrixOptions), cell actions
// (CellActions), snapshot history (HistoryPanel), comparing with a snapshot
// (SnapshotComparison), the report and snapshot files (ExportControls) and the Sources dock.
// Parts talk through signals; the window routes their messages and lays out their actions.
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

    WorkspaceControls *workspace() const { return m_workspace; }
    MatrixPane *matrix() const { return m_matrix; }
    MatrixOptions *options() const { return m_options; }
    CellActions *cells() const { return m_cells; }
    HistoryPanel *history() const { return m_history; }
    SnapshotComparison *comparison() const { return m_comparison; }
    ExportControls *exports() const { return m_exports; }
    SourcesDock *sourcesDock() const { return m_sourcesDock; }
    MessageBar *messageBar() const { return m_messages; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void createToolBar();
    void onOpened();
    void restoreWindowState();
    void saveWindowState();

    MessageBar *m_messages;
    EmptyState *m_empty;
    QStackedWidget *m_stack;
    QLabel *m_progress;
    QLabel *m_summary;
    WorkspaceControls *m_workspace;
    MatrixPane *m_matrix;
    MatrixOptions *m_options;
    CellActions *m_cells;
    HistoryPanel *m_history;
    SnapshotComparison *m_comparison;
    ExportControls *m_exports;
    SourcesDock *m_sourcesDock = nullptr;
    ChecklistDock *m_checklistDock = nullptr;
};

} // namespace DriftDeck
