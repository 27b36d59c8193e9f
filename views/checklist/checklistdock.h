#pragma once

#include "checklist/checklist.h"

#include <QDockWidget>
#include <QPointer>

class QFutureWatcherBase;

namespace DriftDeck {

class ChecklistView;
class MessageBar;
class WorkspaceSession;

// View → Parity Checklist: the checklist of the snapshot on screen, evaluated in the background
// whenever the snapshot or its drift changes while the dock is visible (a newer evaluation
// supersedes an older one), and the hand ticks written to the workspace's rules file.
class ChecklistDock : public QDockWidget
{
    Q_OBJECT
public:
    ChecklistDock(WorkspaceSession *session, MessageBar *messages, QWidget *parent = nullptr);

    ChecklistView *view() const { return m_view; }
    // Evaluates now when visible, or marks the checklist for evaluation when next shown.
    void update();

Q_SIGNALS:
    void evaluated(); // the view shows a new checklist (tests wait for it)

private:
    void tick(const QString &itemId, const QString &title, const QString &environment);

    WorkspaceSession *m_session;
    MessageBar *m_messages;
    ChecklistView *m_view;
    QPointer<QFutureWatcherBase> m_running;
    bool m_stale = true;
};

} // namespace DriftDeck
