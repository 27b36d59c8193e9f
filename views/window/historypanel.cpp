#include "historypanel.h"

#include "actionicon.h"
#include "history/historyview.h"
#include "history/keyhistoryview.h"
#include "pipeline/historykeeper.h"
#include "pipeline/workspacesession.h"
#include "settingsdialog.h"
#include "snapshot/historystore.h"
#include "window/workspacecontrols.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QTabWidget>

namespace DriftDeck {

HistoryPanel::HistoryPanel(WorkspaceControls *workspace, QWidget *window)
    : WindowPart(window)
    , m_workspace(workspace)
    , m_session(workspace->session())
    , m_view(new HistoryView)
    , m_keyHistory(new KeyHistoryView)
    , m_tabs(new QTabWidget)
    , m_dock(new QDockWidget(tr("History"), window))
{
    m_keeper = new HistoryKeeper(currentStore(), HistoryKeeper::readSettings(), this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_keyHistory->setObjectName(QStringLiteral("keyHistoryView"));
    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, tr("Drift over Time"));
    m_tabs->addTab(m_keyHistory, tr("Key History"));
    m_dock->setObjectName(QStringLiteral("historyDock"));
    m_dock->setWidget(m_tabs);

    Actions &a = m_actions;
    a.keepSnapshot = new QAction(actionIcon(QStringLiteral("document-save")), tr("&Keep Snapshot"), this);
    a.keepSnapshot->setToolTip(tr("Add this capture to the workspace's history"));
    connect(a.keepSnapshot, &QAction::triggered, this, &HistoryPanel::keepSnapshot);
    a.backToLive = new QAction(actionIcon(QStringLiteral("go-previous")), tr("&Back to Live Workspace"), this);
    a.backToLive->setShortcut(QKeySequence::Back);
    a.backToLive->setToolTip(tr("Leave the saved snapshot and show the workspace it was taken from, refreshed"));
    connect(a.backToLive, &QAction::triggered, this, [this] {
        if (!m_liveWorkspace.isEmpty())
            m_workspace->open(m_liveWorkspace);
    });
    a.configure = new QAction(actionIcon(QStringLiteral("configure")), tr("&Configure Drift Deck…"), this);
    a.configure->setShortcut(QKeySequence::Preferences);
    a.configure->setMenuRole(QAction::PreferencesRole);
    connect(a.configure, &QAction::triggered, this, &HistoryPanel::configure);
    a.showDock = m_dock->toggleViewAction();
    a.showDock->setText(tr("&History"));
    a.showDock->setIcon(actionIcon(QStringLiteral("view-history")));
    a.showDock->setToolTip(tr("Drift over time, from the snapshots kept of this workspace"));

    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale)
            reload(true);
    });
    connect(m_session, &WorkspaceSession::opened, this, &HistoryPanel::onOpened);
    connect(m_session, &WorkspaceSession::snapshotChanged, this, &HistoryPanel::onSnapshotChanged);
    connect(m_session, &WorkspaceSession::driftChanged, this, [this] { reload(true); });
    connect(m_keeper, &HistoryKeeper::historyChanged, this, [this] { reload(false); });
    connect(m_keeper, &HistoryKeeper::failed, this,
            [this](const QString &error) { showError(tr("The snapshot was not kept: %1").arg(error)); });
    connect(m_view, &HistoryView::snapshotRequested, this, &HistoryPanel::openSnapshot);
    connect(m_keyHistory, &KeyHistoryView::snapshotRequested, this, &HistoryPanel::openSnapshot);
    connect(m_view, &HistoryView::settingsRequested, this, &HistoryPanel::configure);
    updateActions();
}

HistoryStore HistoryPanel::currentStore() const
{
    // A snapshot opened from a file belongs to the history of the workspace it was taken from.
    const SnapshotPtr snapshot = m_session->snapshot();
    if (m_session->isOffline() && snapshot) {
        // Opened from the history shown (a shared one, say, written where the workspace had
        // another path): it stays in that history.
        if (m_keeper
            && QFileInfo(m_session->path()).absolutePath() == QDir(m_keeper->store().directory()).absolutePath())
            return m_keeper->store();
        return HistoryStore(snapshot->workspaceName, snapshot->workspacePath);
    }
    // A workspace may name its own (shared) history folder, which `driftdeck snapshot` writes too.
    if (const std::optional<Workspace> &workspace = m_session->workspace())
        return historyStoreFor(*workspace);
    return HistoryStore(m_session->title(), m_session->path());
}

HistorySettings HistoryPanel::currentSettings() const
{
    const HistorySettings user = HistoryKeeper::readSettings();
    const std::optional<Workspace> &workspace = m_session->workspace();
    return workspace && !m_session->isOffline() ? historySettingsFor(workspace->history, user) : user;
}

QString HistoryPanel::baselineName() const
{
    const SnapshotPtr snapshot = m_session->snapshot();
    const int baseline = m_session->baseline();
    return snapshot && baseline >= 0 && baseline < snapshot->environmentCount() ? snapshot->environments[baseline].name
                                                                                : QString();
}

void HistoryPanel::onOpened()
{
    if (!m_session->isOffline())
        m_liveWorkspace.clear(); // back on a live workspace, or another was opened
    m_chartBaseline.clear();
    m_stale = true;
    updateActions();
}

void HistoryPanel::onSnapshotChanged()
{
    updateActions();
    const SnapshotPtr snapshot = m_session->snapshot();
    if (!snapshot)
        return;
    const HistoryStore store = currentStore();
    if (store.directory() != m_keeper->store().directory()) {
        m_keeper->setStore(store);
        m_keeper->setSettings(currentSettings());
        m_stale = true;
    }
    if (baselineName() != m_chartBaseline)
        m_stale = true;
    if (m_stale && m_dock->isVisible())
        reload(true);
    if (m_session->isOffline())
        return; // a snapshot from a file is history already
    m_keeper->keepIfAutomatic(snapshot);
}

void HistoryPanel::reload(bool everything)
{
    if (everything)
        m_stale = true;
    if (!m_dock->isVisible() || !m_session->isOpen())
        return; // read when the dock is shown
    const QList<HistoryEntry> entries = m_keeper->store().list();
    if (m_stale) {
        const SnapshotPtr snapshot = m_session->snapshot();
        m_chartBaseline = baselineName();
        const Policy policy = m_session->workspace() ? m_session->workspace()->policy
                                                     : (snapshot ? snapshot->policy : Policy::defaults());
        m_view->setHistory(entries, m_chartBaseline, policy);
        m_stale = false;
    } else {
        m_view->updateHistory(entries);
    }
}

void HistoryPanel::openSnapshot(const QString &path)
{
    const QString live = m_session->isOffline() ? m_liveWorkspace : m_session->path();
    if (!m_workspace->open(path))
        return;
    m_liveWorkspace = live;
    updateActions();
    if (!live.isEmpty())
        showInformation(tr("Showing a kept snapshot. File → Back to Live Workspace returns to %1.")
                            .arg(QFileInfo(live).fileName()));
}

void HistoryPanel::showKeyHistory(const QString &key)
{
    if (key.isEmpty())
        return;
    m_dock->show();
    m_dock->raise();
    m_tabs->setCurrentWidget(m_keyHistory);
    m_keyHistory->showKey(key, m_keeper->store().list());
}

void HistoryPanel::keepSnapshot()
{
    if (const SnapshotPtr snapshot = m_session->snapshot(); snapshot && !m_session->isOffline())
        m_keeper->keep(snapshot);
}

void HistoryPanel::configure()
{
    auto *dialog = new SettingsDialog(m_session->isOpen() ? m_keeper->store().directory() : QString(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHistorySettings(m_keeper->settings());
    // The workspace's own `history:` limits stay in force over the user's.
    connect(dialog, &SettingsDialog::historySettingsChanged, m_keeper,
            [this] { m_keeper->setSettings(currentSettings()); });
    dialog->open();
}

void HistoryPanel::updateActions()
{
    const bool live = m_session->isOpen() && !m_session->isOffline();
    m_actions.keepSnapshot->setEnabled(m_session->snapshot() != nullptr && live);
    // Only there while a kept snapshot stands in for the live workspace.
    m_actions.backToLive->setVisible(m_session->isOffline() && !m_liveWorkspace.isEmpty());
}

} // namespace DriftDeck
