#include "workspacecontrols.h"

#include "actionicon.h"
#include "driftwatch.h"
#include "pipeline/workspacesession.h"
#include "recentfiles.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace DriftDeck {

WorkspaceControls::WorkspaceControls(QWidget *window)
    : WindowPart(window)
    , m_session(new WorkspaceSession(this))
    , m_recent(new RecentFiles(this))
    , m_watch(new DriftWatch(this))
{
    Actions &a = m_actions;
    a.open = new QAction(actionIcon(QStringLiteral("document-open")), tr("&Open…"), this);
    a.open->setShortcut(QKeySequence::Open);
    a.open->setToolTip(tr("Open a workspace or a saved snapshot"));
    connect(a.open, &QAction::triggered, this, &WorkspaceControls::openDialog);

    a.refresh = new QAction(actionIcon(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    a.refresh->setShortcut(QKeySequence::Refresh);
    a.refresh->setToolTip(tr("Read every source again"));
    connect(a.refresh, &QAction::triggered, m_session, &WorkspaceSession::refresh);

    a.cancelRefresh = new QAction(actionIcon(QStringLiteral("process-stop")), tr("&Cancel Refresh"), this);
    connect(a.cancelRefresh, &QAction::triggered, m_session, &WorkspaceSession::cancelRefresh);

    a.recent = new QMenu(tr("Open &Recent"), window);
    a.recent->setIcon(actionIcon(QStringLiteral("document-open-recent")));
    m_recent->attach(a.recent);
    a.watchMode = createWatchMenu();

    connect(m_session, &WorkspaceSession::opened, this, &WorkspaceControls::onOpened);
    connect(m_session, &WorkspaceSession::snapshotChanged, this, &WorkspaceControls::updateActions);
    connect(m_session, &WorkspaceSession::errorOccurred, this, &WorkspaceControls::showError);
    connect(m_session, &WorkspaceSession::refreshStarted, this, [this](int total) { onRefreshProgress(0, total); });
    connect(m_session, &WorkspaceSession::refreshProgress, this, &WorkspaceControls::onRefreshProgress);
    connect(m_session, &WorkspaceSession::refreshFinished, this, [this](bool cancelled) {
        Q_EMIT progress(cancelled ? tr("Refresh cancelled") : QString());
        updateActions();
    });
    connect(m_recent, &RecentFiles::openRequested, this, &WorkspaceControls::open);
    connect(m_watch, &DriftWatch::refreshDue, this, [this] {
        if (!m_session->isRefreshing())
            m_session->refresh();
    });
    updateActions();
}

QMenu *WorkspaceControls::createWatchMenu()
{
    auto *menu = new QMenu(tr("&Watch Mode"), window());
    menu->setToolTipsVisible(true);
    m_watchGroup = new QActionGroup(menu);
    const QList<std::pair<int, QString>> intervals = {{0, tr("Off")},
                                                      {10, tr("Every 10 Seconds")},
                                                      {30, tr("Every 30 Seconds")},
                                                      {60, tr("Every Minute")},
                                                      {300, tr("Every 5 Minutes")}};
    for (const auto &[seconds, title] : intervals) {
        QAction *action = menu->addAction(title);
        action->setCheckable(true);
        action->setChecked(seconds == 0);
        action->setData(seconds);
        m_watchGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, seconds] { setWatchInterval(seconds); });
    }
    return menu;
}

bool WorkspaceControls::open(const QString &path)
{
    if (m_session->isOpen())
        Q_EMIT aboutToOpen();
    if (!m_session->open(path)) {
        if (!QFileInfo::exists(path))
            m_recent->remove(path);
        return false;
    }
    m_recent->add(path);
    return true;
}

void WorkspaceControls::restoreLastSession()
{
    const QString last = m_recent->last();
    if (!last.isEmpty())
        open(last);
}

void WorkspaceControls::openDialog()
{
    const QString folder = m_session->isOpen() ? QFileInfo(m_session->path()).path() : QString();
    const QString path = QFileDialog::getOpenFileName(window(), tr("Open Workspace or Snapshot"), folder,
                                                      tr("Workspaces and snapshots (*.yaml *.yml *.json);;Workspaces "
                                                         "(*.yaml *.yml);;Snapshots (*.json);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void WorkspaceControls::onOpened()
{
    if (m_session->isOffline())
        showInformation(tr("Showing a saved snapshot: it cannot be refreshed."));
    updateActions();
}

void WorkspaceControls::onRefreshProgress(int done, int total)
{
    Q_EMIT progress(tr("Refreshing… %1 of %n source(s) read", nullptr, total).arg(done));
    updateActions();
}

void WorkspaceControls::setWatchInterval(int seconds)
{
    m_watch->setInterval(seconds);
    if (seconds > 0)
        showInformation(tr("Watch mode: refreshing every %1 s; new drift is marked.").arg(seconds));
}

void WorkspaceControls::updateActions()
{
    const bool live = m_session->isOpen() && !m_session->isOffline();
    m_actions.refresh->setEnabled(live && !m_session->isRefreshing());
    m_actions.cancelRefresh->setEnabled(m_session->isRefreshing());
    m_watchGroup->setEnabled(live);
}

} // namespace DriftDeck
