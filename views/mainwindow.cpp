#include "mainwindow.h"

#include "driftwatch.h"
#include "emptystate.h"
#include "filterbar.h"
#include "itemmodels/matrixfilterproxy.h"
#include "itemmodels/matrixmodel.h"
#include "matrixdelegate.h"
#include "matrixheader.h"
#include "matrixview.h"
#include "messagebar.h"
#include "pipeline/workspacesession.h"
#include "recentfiles.h"
#include "reportexport.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace DriftDeck {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new WorkspaceSession(this))
    , m_model(new MatrixModel(this))
    , m_proxy(new MatrixFilterProxy(this))
    , m_view(new MatrixView)
    , m_filter(new FilterBar)
    , m_messages(new MessageBar)
    , m_empty(new EmptyState)
    , m_stack(new QStackedWidget)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_baseline(new QComboBox)
    , m_progress(new QLabel)
    , m_summary(new QLabel)
    , m_recent(new RecentFiles(this))
    , m_watch(new DriftWatch(this))
    , m_reportExport(new ReportExport(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Drift Deck"));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_splitter);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messages);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_progress->setObjectName(QStringLiteral("refreshProgress"));
    m_summary->setObjectName(QStringLiteral("driftSummary"));
    m_summary->setAccessibleName(tr("Drift summary"));
    statusBar()->addWidget(m_progress, 1);
    statusBar()->addPermanentWidget(m_summary);
    m_baseline->setObjectName(QStringLiteral("baselineSelector"));
    m_baseline->setAccessibleName(tr("Baseline environment"));
    m_baseline->setToolTip(tr("Every environment is compared against the baseline"));
    m_baseline->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    createPanels();
    createHistory();
    createActions();
    createMenus();
    createToolBar();

    connect(m_session, &WorkspaceSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &WorkspaceSession::snapshotChanged, this, &MainWindow::onSnapshotChanged);
    connect(m_session, &WorkspaceSession::driftChanged, this, &MainWindow::onDriftChanged);
    connect(m_session, &WorkspaceSession::errorOccurred, m_messages, &MessageBar::showError);
    connect(m_reportExport, &ReportExport::finished, this, &MainWindow::onReportFinished);
    connect(m_session, &WorkspaceSession::refreshStarted, this, [this](int total) { onRefreshProgress(0, total); });
    connect(m_session, &WorkspaceSession::refreshProgress, this, &MainWindow::onRefreshProgress);
    connect(m_session, &WorkspaceSession::refreshFinished, this, &MainWindow::onRefreshFinished);
    connect(m_filter, &FilterBar::filterChanged, m_proxy, &MatrixFilterProxy::setFilterText);
    connect(m_proxy, &MatrixFilterProxy::filterChanged, this, &MainWindow::updateSummary);
    connect(m_empty, &EmptyState::openRequested, this, &MainWindow::openDialog);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openPath);
    connect(m_view, &MatrixView::contextMenuRequested, this, &MainWindow::showCellMenu);
    connect(m_view, &MatrixView::baselineRequested, this, [this](int column) {
        const QString name = m_proxy->headerData(column, Qt::Horizontal, MatrixModel::EnvironmentRole).toString();
        if (m_model->snapshot())
            requestBaseline(m_model->snapshot()->environmentIndex(name));
    });
    connect(m_baseline, &QComboBox::activated, this, &MainWindow::requestBaseline);
    connect(m_watch, &DriftWatch::refreshDue, this, [this] {
        if (!m_session->isRefreshing())
            m_session->refresh();
    });

    m_stack->setCurrentWidget(m_empty);
    restoreWindowState();
    updateActions();
    updateSummary();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openPath(const QString &path)
{
    if (m_session->isOpen())
        saveMatrixState();
    if (!m_session->open(path)) {
        if (!QFileInfo::exists(path))
            m_recent->remove(path);
        return false;
    }
    m_recent->add(path);
    return true;
}

void MainWindow::restoreLastSession()
{
    const QString last = m_recent->last();
    if (!last.isEmpty())
        openPath(last);
}

void MainWindow::openDialog()
{
    const QString folder = m_session->isOpen() ? QFileInfo(m_session->path()).path() : QString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace or Snapshot"), folder,
        tr("Workspaces and snapshots (*.yaml *.yml *.json);;Workspaces (*.yaml *.yml);;Snapshots (*.json);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::onOpened()
{
    m_matrixStateRestored = false;
    m_watch->reset();
    m_model->setSnapshot(nullptr, {});
    m_proxy->setVisibleEnvironments({});
    m_view->matrixDelegate()->setNewDrift({});
    const bool open = m_session->isOpen();
    m_stack->setCurrentWidget(open ? static_cast<QWidget *>(m_splitter) : m_empty);
    setWindowFilePath(m_session->path());
    setWindowTitle(open ? m_session->title() : tr("Drift Deck"));
    if (open && m_session->isOffline())
        m_messages->showInformation(tr("Showing a saved snapshot: it cannot be refreshed."));
    updateBaselineSelector();
    updateActions();
    updateSummary();
}

void MainWindow::onSnapshotChanged()
{
    const SnapshotPtr snapshot = m_session->snapshot();
    // Keep the user's place across refreshes: the current key and column, and the widths.
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const QString currentKey = current.data(MatrixModel::KeyRole).toString();
    const int currentColumn = current.column();
    const QByteArray headerState = m_view->header()->saveState();
    const int oldColumns = m_model->columnCount();

    const QSet<QString> newDrift = snapshot ? m_watch->compare(*snapshot, m_session->drift()) : QSet<QString>();
    m_view->matrixDelegate()->setNewDrift(newDrift);
    m_model->setSnapshot(snapshot, m_session->drift());

    if (!m_matrixStateRestored) {
        restoreMatrixState();
        m_matrixStateRestored = true;
    } else if (oldColumns == m_model->columnCount()) {
        m_view->header()->restoreState(headerState);
    }
    m_view->syncKeyColumn();
    if (!currentKey.isEmpty()) {
        const QModelIndex again = m_proxy->mapFromSource(m_model->indexForKey(currentKey, currentColumn));
        if (again.isValid())
            m_view->setCurrentIndex(again);
    }

    int failed = 0;
    if (snapshot) {
        for (const EnvironmentCapture &environment : snapshot->environments) {
            for (const SourceStatus &source : environment.sources)
                failed += source.state == SourceState::Failed ? 1 : 0;
        }
    }
    showCurrentKey();
    if (failed > 0) {
        m_sourcesDock->show();
        m_messages->showMessage(tr("Sources that could not be read: %1. Their keys show as unknown; see the Sources panel.")
                                    .arg(failed),
                                MessageBar::Kind::Warning);
    }
    updateBaselineSelector();
    updateActions();
    updateSummary();
}

void MainWindow::onDriftChanged()
{
    m_model->setDriftResult(m_session->drift());
    if (const SnapshotPtr snapshot = m_session->snapshot())
        m_watch->rebase(*snapshot, m_session->drift());
    m_view->matrixDelegate()->setNewDrift({});
    m_view->header()->viewport()->update();
    showCurrentKey();
    updateBaselineSelector();
    updateSummary();
}

void MainWindow::onRefreshProgress(int done, int total)
{
    m_progress->setText(tr("Refreshing… %1 of %n source(s) read", nullptr, total).arg(done));
    updateActions();
}

void MainWindow::onRefreshFinished(bool cancelled)
{
    m_progress->setText(cancelled ? tr("Refresh cancelled") : QString());
    updateActions();
}

void MainWindow::requestBaseline(int environment)
{
    if (environment < 0)
        return;
    // Comparing only two environments: the new baseline replaces the old one in the pair.
    const QList<int> visible = m_proxy->visibleEnvironments();
    if (visible.size() == 2 && !visible.contains(environment))
        m_proxy->setVisibleEnvironments({environment, visible.at(1)});
    m_session->setBaseline(environment);
}

void MainWindow::updateBaselineSelector()
{
    const SnapshotPtr snapshot = m_session->snapshot();
    QSignalBlocker blocker(m_baseline);
    m_baseline->clear();
    if (snapshot) {
        for (const EnvironmentCapture &environment : snapshot->environments)
            m_baseline->addItem(environment.displayName.isEmpty() ? environment.name : environment.displayName,
                                environment.name);
    }
    m_baseline->setCurrentIndex(m_session->baseline());
    m_baseline->setEnabled(m_baseline->count() > 1);
}

void MainWindow::updateSummary()
{
    const Snapshot *snapshot = m_model->snapshot();
    if (!snapshot || !m_model->hasVerdicts()) {
        m_summary->setText(m_session->isOpen() ? tr("Reading sources…") : QString());
        return;
    }
    const QLocale locale;
    QString text = tr("Drift in %1 of %n key(s)", nullptr, snapshot->rowCount())
                       .arg(locale.toString(m_model->driftResult().driftRowCount()));
    const int newDrift = m_view->matrixDelegate()->newDrift().size();
    if (newDrift > 0)
        text += QStringLiteral(" · ") + tr("new since the last refresh: %1").arg(locale.toString(newDrift));
    if (snapshot->takenAt.isValid())
        text += QStringLiteral(" · ")
            + tr("read %1").arg(locale.toString(snapshot->takenAt.toLocalTime(), QLocale::ShortFormat));
    m_summary->setText(text);
}

void MainWindow::compareOnly(int baseline, int other)
{
    if (baseline < 0 || other < 0 || baseline == other)
        return;
    m_proxy->setVisibleEnvironments({baseline, other});
    m_session->setBaseline(baseline);
    updateActions();
}

void MainWindow::compareAll()
{
    m_proxy->setVisibleEnvironments({});
    updateActions();
}

void MainWindow::setWatchInterval(int seconds)
{
    m_watch->setInterval(seconds);
    if (seconds > 0)
        m_messages->showInformation(tr("Watch mode: refreshing every %1 s; new drift is marked.").arg(seconds));
}

} // namespace DriftDeck
