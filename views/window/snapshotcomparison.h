#pragma once

#include "background/cancelflag.h"
#include "window/windowpart.h"

#include <QPointer>

class QAction;
class QDockWidget;
class QFutureWatcherBase;

namespace DriftDeck {

class HistoryPanel;
class SnapshotCompare;
class WorkspaceSession;

// File → Compare with Snapshot…: what was added, removed or changed between a saved snapshot
// (the older side) and the one on screen, in the "Changes since a Snapshot" dock. The file is
// read and compared off the GUI thread; a newer comparison or capture drops an older one.
class SnapshotComparison : public WindowPart
{
    Q_OBJECT
public:
    // history: where the file dialog starts, and the baseline the comparison counts against.
    SnapshotComparison(WorkspaceSession *session, const HistoryPanel *history, QWidget *window);

    SnapshotCompare *view() const { return m_view; }
    QDockWidget *dock() const { return m_dock; }
    QAction *compareAction() const { return m_compare; }

    // Compares the snapshot on screen with a saved one; errors go to the message bar.
    void compareWith(const QString &path);

Q_SIGNALS:
    // The user picked a changed key (and environment) in the dock.
    void keyActivated(const QString &key, const QString &environment);

private:
    void chooseSnapshot();
    void dropRunning();

    WorkspaceSession *m_session;
    const HistoryPanel *m_history;
    SnapshotCompare *m_view;
    QDockWidget *m_dock;
    QAction *m_compare;
    QPointer<QFutureWatcherBase> m_running;
    CancelFlagPtr m_cancel;
};

} // namespace DriftDeck
