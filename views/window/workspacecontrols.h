#pragma once

#include "window/windowpart.h"

class QAction;
class QActionGroup;
class QMenu;

namespace DriftDeck {

class DriftWatch;
class RecentFiles;
class WorkspaceSession;

// Opening workspaces and snapshots (the dialog, recent files, the last session) and reading
// their sources: refresh, cancel, watch mode. Owns the session every other part follows.
class WorkspaceControls : public WindowPart
{
    Q_OBJECT
public:
    explicit WorkspaceControls(QWidget *window);

    WorkspaceSession *session() const { return m_session; }
    // Watch mode's timer, and which drift is new since the refresh before (MatrixPane marks it).
    DriftWatch *watch() const { return m_watch; }

    struct Actions {
        QAction *open = nullptr;
        QAction *refresh = nullptr;
        QAction *cancelRefresh = nullptr;
        QMenu *recent = nullptr;
        QMenu *watchMode = nullptr;
    };
    const Actions &actions() const { return m_actions; }

    // Opens a workspace (and refreshes it) or a snapshot; errors go to the message bar.
    bool open(const QString &path);
    // Reopens the last workspace, or leaves the window empty when there is none.
    void restoreLastSession();
    void openDialog();
    // Refreshes every few seconds; 0 turns watch mode off.
    void setWatchInterval(int seconds);

Q_SIGNALS:
    // Another file is about to replace the open one: what belongs to it is saved now.
    void aboutToOpen();

private:
    QMenu *createWatchMenu();
    void onOpened();
    void onRefreshProgress(int done, int total);
    void updateActions();

    WorkspaceSession *m_session;
    RecentFiles *m_recent;
    DriftWatch *m_watch;
    QActionGroup *m_watchGroup = nullptr;
    Actions m_actions;
};

} // namespace DriftDeck
