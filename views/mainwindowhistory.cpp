// The main window's snapshot history: keeping captures, the History dock, comparing with a
// saved snapshot, and the settings that govern them.
#include "mainwindow.h"

#include "history/historyview.h"
#include "history/keyhistoryview.h"
#include "messagebar.h"
#include "pipeline/historykeeper.h"
#include "pipeline/workspacesession.h"
#include "settingsdialog.h"
#include "snapshot/historystore.h"
#include "snapshot/snapshotdiff.h"
#include "snapshot/snapshotfile.h"
#include "snapshotcompare.h"
#include "window/matrixpane.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QtConcurrentRun>

namespace DriftDeck {

namespace {

struct SnapshotComparison {
    SnapshotDiff diff;
    QDateTime takenAt;
    QString errorString;
};

} // namespace

void MainWindow::createHistory()
{
    m_keeper = new HistoryKeeper(currentHistoryStore(), HistoryKeeper::readSettings(), this);
    m_historyView = new HistoryView;
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_keyHistory = new KeyHistoryView;
    m_keyHistory->setObjectName(QStringLiteral("keyHistoryView"));
    m_historyTabs = new QTabWidget;
    m_historyTabs->setObjectName(QStringLiteral("historyTabs"));
    m_historyTabs->setDocumentMode(true);
    m_historyTabs->addTab(m_historyView, tr("Drift over Time"));
    m_historyTabs->addTab(m_keyHistory, tr("Key History"));
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_historyTabs);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    m_compare = new SnapshotCompare;
    m_compare->setObjectName(QStringLiteral("snapshotCompare"));
    m_compareDock = new QDockWidget(tr("Changes since a Snapshot"), this);
    m_compareDock->setObjectName(QStringLiteral("compareDock"));
    m_compareDock->setWidget(m_compare);
    addDockWidget(Qt::BottomDockWidgetArea, m_compareDock);
    m_compareDock->hide();

    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_historyStale)
            reloadHistory(true);
    });
    connect(m_session, &WorkspaceSession::opened, this, [this] {
        if (!m_session->isOffline())
            m_liveWorkspace.clear(); // back on a live workspace, or another was opened
        m_historyBaseline.clear();
        m_historyStale = true;
        m_compareDock->hide();
    });
    connect(m_session, &WorkspaceSession::snapshotChanged, this, &MainWindow::onHistorySnapshotChanged);
    connect(m_session, &WorkspaceSession::driftChanged, this, [this] { reloadHistory(true); });
    connect(m_keeper, &HistoryKeeper::historyChanged, this, [this] { reloadHistory(false); });
    connect(m_keeper, &HistoryKeeper::failed, this,
            [this](const QString &error) { m_messages->showError(tr("The snapshot was not kept: %1").arg(error)); });
    connect(m_historyView, &HistoryView::snapshotRequested, this, &MainWindow::openHistorySnapshot);
    connect(m_keyHistory, &KeyHistoryView::snapshotRequested, this, &MainWindow::openHistorySnapshot);
    connect(m_historyView, &HistoryView::settingsRequested, this, &MainWindow::configure);
    connect(m_compare, &SnapshotCompare::keyActivated, m_matrix, &MatrixPane::selectKey);

    Actions &a = m_actions;
    a.keepSnapshot = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Keep Snapshot"), this);
    a.keepSnapshot->setToolTip(tr("Add this capture to the workspace's history"));
    connect(a.keepSnapshot, &QAction::triggered, this, &MainWindow::keepSnapshot);
    a.saveSnapshotAs = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save Snapshot &As…"), this);
    a.saveSnapshotAs->setShortcut(QKeySequence::SaveAs);
    a.saveSnapshotAs->setToolTip(tr("Save this capture to a file that opens without the network"));
    connect(a.saveSnapshotAs, &QAction::triggered, this, &MainWindow::saveSnapshotAs);
    a.compareSnapshot = new QAction(QIcon::fromTheme(QStringLiteral("document-compare")), tr("Compare with &Snapshot…"), this);
    a.compareSnapshot->setToolTip(tr("What was added, removed or changed since a saved snapshot"));
    connect(a.compareSnapshot, &QAction::triggered, this, &MainWindow::chooseSnapshotToCompare);
    a.backToLive = new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back to Live Workspace"), this);
    a.backToLive->setShortcut(QKeySequence::Back);
    a.backToLive->setToolTip(tr("Leave the saved snapshot and show the workspace it was taken from, refreshed"));
    connect(a.backToLive, &QAction::triggered, this, [this] {
        if (!m_liveWorkspace.isEmpty())
            openPath(m_liveWorkspace);
    });
    a.configure = new QAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Configure Drift Deck…"), this);
    a.configure->setShortcut(QKeySequence::Preferences);
    a.configure->setMenuRole(QAction::PreferencesRole);
    connect(a.configure, &QAction::triggered, this, &MainWindow::configure);
}

HistoryStore MainWindow::currentHistoryStore() const
{
    // A snapshot opened from a file belongs to the history of the workspace it was taken from.
    const SnapshotPtr snapshot = m_session->snapshot();
    if (m_session->isOffline() && snapshot) {
        // Opened from the history shown (a shared one, say, written where the workspace had
        // another path): it stays in that history.
        if (m_keeper && QFileInfo(m_session->path()).absolutePath() == QDir(m_keeper->store().directory()).absolutePath())
            return m_keeper->store();
        return HistoryStore(snapshot->workspaceName, snapshot->workspacePath);
    }
    // A workspace may name its own (shared) history folder, which `driftdeck snapshot` writes too.
    if (const std::optional<Workspace> &workspace = m_session->workspace())
        return historyStoreFor(*workspace);
    return HistoryStore(m_session->title(), m_session->path());
}

HistorySettings MainWindow::currentHistorySettings() const
{
    const HistorySettings user = HistoryKeeper::readSettings();
    const std::optional<Workspace> &workspace = m_session->workspace();
    return workspace && !m_session->isOffline() ? historySettingsFor(workspace->history, user) : user;
}

QString MainWindow::currentBaselineName() const
{
    const SnapshotPtr snapshot = m_session->snapshot();
    const int baseline = m_session->baseline();
    return snapshot && baseline >= 0 && baseline < snapshot->environmentCount() ? snapshot->environments[baseline].name
                                                                                : QString();
}

void MainWindow::onHistorySnapshotChanged()
{
    const SnapshotPtr snapshot = m_session->snapshot();
    if (!snapshot)
        return;
    const HistoryStore store = currentHistoryStore();
    if (store.directory() != m_keeper->store().directory()) {
        m_keeper->setStore(store);
        m_keeper->setSettings(currentHistorySettings());
        m_historyStale = true;
    }
    if (currentBaselineName() != m_historyBaseline)
        m_historyStale = true;
    if (m_historyStale && m_historyDock->isVisible())
        reloadHistory(true);
    updateActions();
    if (m_session->isOffline())
        return; // a snapshot from a file is history already
    m_keeper->keepIfAutomatic(snapshot);
}

void MainWindow::reloadHistory(bool everything)
{
    if (everything)
        m_historyStale = true;
    if (!m_historyDock->isVisible() || !m_session->isOpen())
        return; // read when the dock is shown
    const QList<HistoryEntry> entries = m_keeper->store().list();
    if (m_historyStale) {
        const SnapshotPtr snapshot = m_session->snapshot();
        m_historyBaseline = currentBaselineName();
        const Policy policy = m_session->workspace() ? m_session->workspace()->policy
                                                     : (snapshot ? snapshot->policy : Policy::defaults());
        m_historyView->setHistory(entries, m_historyBaseline, policy);
        m_historyStale = false;
    } else {
        m_historyView->updateHistory(entries);
    }
}

void MainWindow::openHistorySnapshot(const QString &path)
{
    const QString live = m_session->isOffline() ? m_liveWorkspace : m_session->path();
    if (!openPath(path))
        return;
    m_liveWorkspace = live;
    updateActions();
    if (!live.isEmpty())
        m_messages->showInformation(tr("Showing a kept snapshot. File → Back to Live Workspace returns to %1.")
                                        .arg(QFileInfo(live).fileName()));
}

void MainWindow::showKeyHistory(const QString &key)
{
    if (key.isEmpty())
        return;
    m_historyDock->show();
    m_historyDock->raise();
    m_historyTabs->setCurrentWidget(m_keyHistory);
    m_keyHistory->showKey(key, m_keeper->store().list());
}

void MainWindow::keepSnapshot()
{
    if (const SnapshotPtr snapshot = m_session->snapshot(); snapshot && !m_session->isOffline())
        m_keeper->keep(snapshot);
}

void MainWindow::chooseSnapshotToCompare()
{
    const QString folder = m_keeper->store().directory();
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with Snapshot"),
                                                      QDir(folder).exists() ? folder : QDir::homePath(),
                                                      tr("Drift Deck snapshots (*.json);;All files (*)"));
    if (!path.isEmpty())
        compareWithSnapshot(path);
}

void MainWindow::compareWithSnapshot(const QString &path)
{
    const SnapshotPtr current = m_session->snapshot();
    if (!current)
        return;
    const QString baseline = currentBaselineName();
    const Policy policy = current->policy;
    const QDate today = m_session->today();
    m_progress->setText(tr("Comparing with %1…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<SnapshotComparison>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, current, path] {
        watcher->deleteLater();
        m_progress->clear();
        const SnapshotComparison result = watcher->result();
        if (!result.errorString.isEmpty()) {
            m_messages->showError(tr("Cannot compare with %1: %2").arg(QFileInfo(path).fileName(), result.errorString));
            return;
        }
        if (current != m_session->snapshot())
            return; // another workspace or capture arrived meanwhile
        const QLocale locale;
        const QString older = tr("Snapshot of %1").arg(locale.toString(result.takenAt.toLocalTime(), QLocale::ShortFormat));
        const QString newer = m_session->isOffline() ? tr("This snapshot") : tr("Now");
        m_compare->setDiff(result.diff, older, newer);
        m_compareDock->show();
        m_compareDock->raise();
    });
    watcher->setFuture(QtConcurrent::run([path, current, baseline, policy, today] {
        SnapshotComparison comparison;
        SnapshotReadResult read = SnapshotFile::read(path);
        if (!read.ok()) {
            comparison.errorString = read.errorString;
            return comparison;
        }
        comparison.takenAt = read.snapshot->takenAt;
        comparison.diff = diffSnapshots(*read.snapshot, *current, baseline, policy, today);
        return comparison;
    }));
}

void MainWindow::configure()
{
    auto *dialog = new SettingsDialog(m_session->isOpen() ? m_keeper->store().directory() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHistorySettings(m_keeper->settings());
    // The workspace's own `history:` limits stay in force over the user's.
    connect(dialog, &SettingsDialog::historySettingsChanged, m_keeper,
            [this] { m_keeper->setSettings(currentHistorySettings()); });
    dialog->open();
}

} // namespace DriftDeck
