#pragma once

#include "messagebar.h"

#include <QDockWidget>

namespace DriftDeck {

class SourcesPanel;
class WorkspaceSession;

// View → Sources: every source of every environment as it is read, with retry and cancel.
// Out of the way until a source fails (then it opens and the message bar says so) or the user
// opens it, so the matrix gets the height. Like the window's parts, it says what the user should
// read through message(); MainWindow routes it to the message bar.
class SourcesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SourcesDock(WorkspaceSession *session, QWidget *parent = nullptr);

    SourcesPanel *panel() const { return m_panel; }

Q_SIGNALS:
    void message(const QString &text, DriftDeck::MessageBar::Kind kind);

private:
    void onSnapshotChanged();

    WorkspaceSession *m_session;
    SourcesPanel *m_panel;
};

} // namespace DriftDeck
