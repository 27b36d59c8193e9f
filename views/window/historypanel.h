#pragma once

#include "window/windowpart.h"

class QAction;
class QDockWidget;
class QTabWidget;

namespace DriftDeck {

class HistoryKeeper;
class HistoryStore;
struct HistorySettings;
class HistoryView;
class KeyHistoryView;
class WorkspaceControls;
class WorkspaceSession;

// The snapshots kept of a workspace: keeping captures (on refresh or by hand), the History dock
// (drift over time, one key's history), opening a kept snapshot and going back to the live
// workspace, and the settings that govern how many are kept.
class HistoryPanel : public WindowPart
{
    Q_OBJECT
public:
    // workspace opens the snapshots picked in the History dock.
    HistoryPanel(WorkspaceControls *workspace, QWidget *window);

    HistoryKeeper *keeper() const { return m_keeper; }
    HistoryView *view() const { return m_view; }
    KeyHistoryView *keyHistoryView() const { return m_keyHistory; }
    QDockWidget *dock() const { return m_dock; }

    struct Actions {
        QAction *keepSnapshot = nullptr;
        QAction *backToLive = nullptr;
        QAction *configure = nullptr;
        QAction *showDock = nullptr;
    };
    const Actions &actions() const { return m_actions; }

    // The history the snapshot on screen belongs to (a snapshot file: its workspace's).
    HistoryStore currentStore() const;
    // The name of the environment drift is counted against now; empty when none.
    QString baselineName() const;
    // Shows the History dock on the key's history (the matrix's "Show History").
    void showKeyHistory(const QString &key);
    // Opens a kept snapshot; File → Back to Live Workspace returns.
    void openSnapshot(const QString &path);

private:
    HistorySettings currentSettings() const;
    void onOpened();
    void onSnapshotChanged();
    void reload(bool everything);
    void keepSnapshot();
    void configure();
    void updateActions();

    WorkspaceControls *m_workspace;
    WorkspaceSession *m_session;
    HistoryKeeper *m_keeper = nullptr;
    HistoryView *m_view;
    KeyHistoryView *m_keyHistory;
    QTabWidget *m_tabs;
    QDockWidget *m_dock;
    Actions m_actions;
    QString m_chartBaseline; // what the chart counts against
    bool m_stale = true; // re-read when the dock is next shown
    QString m_liveWorkspace; // the workspace a kept snapshot was opened from
};

} // namespace DriftDeck
