#include "sourcesdock.h"

#include "pipeline/workspacesession.h"
#include "sourcespanel.h"

namespace DriftDeck {

SourcesDock::SourcesDock(WorkspaceSession *session, QWidget *parent)
    : QDockWidget(tr("Sources"), parent)
    , m_session(session)
    , m_panel(new SourcesPanel)
{
    setObjectName(QStringLiteral("sourcesDock"));
    m_panel->setObjectName(QStringLiteral("sourcesPanel"));
    m_panel->setAccessibleName(tr("Sources"));
    setWidget(m_panel);

    connect(m_session, &WorkspaceSession::sourceStarted, m_panel, &SourcesPanel::sourceStarted);
    connect(m_session, &WorkspaceSession::sourceFinished, m_panel, &SourcesPanel::sourceFinished);
    connect(m_session, &WorkspaceSession::refreshStarted, m_panel, [this] { m_panel->setRefreshing(true); });
    connect(m_session, &WorkspaceSession::refreshFinished, m_panel, [this] { m_panel->setRefreshing(false); });
    connect(m_session, &WorkspaceSession::opened, m_panel, &SourcesPanel::clear);
    connect(m_session, &WorkspaceSession::snapshotChanged, this, &SourcesDock::onSnapshotChanged);
    connect(m_panel, &SourcesPanel::cancelRequested, m_session, &WorkspaceSession::cancelRefresh);
    connect(m_panel, &SourcesPanel::retryRequested, m_session, &WorkspaceSession::retrySource);
}

void SourcesDock::onSnapshotChanged()
{
    const SnapshotPtr snapshot = m_session->snapshot();
    if (!snapshot)
        return;
    m_panel->loadSnapshot(*snapshot);
    int failed = 0;
    for (const EnvironmentCapture &environment : snapshot->environments) {
        for (const SourceStatus &source : environment.sources)
            failed += source.state == SourceState::Failed ? 1 : 0;
    }
    if (failed > 0) {
        show();
        Q_EMIT message(
            tr("Sources that could not be read: %1. Their keys show as unknown; see the Sources panel.").arg(failed),
            MessageBar::Kind::Warning);
    } else if (!snapshot->warnings.isEmpty()) {
        // Environment discovery: a capped pattern says how many previews were left out.
        Q_EMIT message(snapshot->warnings.join(u'\n'), MessageBar::Kind::Information);
    }
}

} // namespace DriftDeck
