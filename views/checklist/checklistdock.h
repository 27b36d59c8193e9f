#pragma once

#include "background/cancelflag.h"
#include "checklist/checklist.h"
#include "messagebar.h"

#include <QDockWidget>
#include <QPointer>

class QFutureWatcherBase;

namespace DriftDeck {

class ChecklistView;
class WorkspaceSession;

// View → Parity Checklist: the checklist of the snapshot on screen, evaluated in the background
// whenever the snapshot or its drift changes while the dock is visible (a newer evaluation
// supersedes an older one), and the hand ticks written to the workspace's rules file.
class ChecklistDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ChecklistDock(WorkspaceSession *session, QWidget *parent = nullptr);

    ChecklistView *view() const { return m_view; }
    // Evaluates now when visible, or marks the checklist for evaluation when next shown.
    void update();

Q_SIGNALS:
    void evaluated(); // the view shows a new checklist (tests wait for it)
    // For the message bar (MainWindow routes it): a tick saved, or why it was not.
    void message(const QString &text, DriftDeck::MessageBar::Kind kind);

private:
    void tick(const QString &itemId, const QString &title, const QString &environment);

    WorkspaceSession *m_session;
    ChecklistView *m_view;
    QPointer<QFutureWatcherBase> m_running;
    bool m_stale = true;
};

} // namespace DriftDeck
