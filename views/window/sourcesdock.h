#pragma once

#include <QDockWidget>

namespace DriftDeck {

class MessageBar;
class SourcesPanel;
class WorkspaceSession;

// View → Sources: every source of every environment as it is read, with retry and cancel.
// Out of the way until a source fails (then it opens and the message bar says so) or the user
// opens it, so the matrix gets the height.
class SourcesDock : public QDockWidget
{
    Q_OBJECT
public:
    SourcesDock(WorkspaceSession *session, MessageBar *messages, QWidget *parent = nullptr);

    SourcesPanel *panel() const { return m_panel; }

private:
    void onSnapshotChanged();

    WorkspaceSession *m_session;
    MessageBar *m_messages;
    SourcesPanel *m_panel;
};

} // namespace DriftDeck
