#include "mainwindow.h"

#include "checklist/checklistdock.h"
#include "driftwatch.h"
#include "emptystate.h"
#include "filterbar.h"
#include "messagebar.h"
#include "pipeline/workspacesession.h"
#include "recentfiles.h"
#include "reportexport.h"
#include "window/cellactions.h"
#include "window/matrixoptions.h"
#include "window/matrixpane.h"
#include "window/sourcesdock.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace DriftDeck {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new WorkspaceSession(this))
    , m_messages(new MessageBar)
    , m_empty(new EmptyState)
    , m_stack(new QStackedWidget)
    , m_progress(new QLabel)
    , m_summary(new QLabel)
    , m_recent(new RecentFiles(this))
    , m_watch(new DriftWatch(this))
    , m_reportExport(new ReportExport(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Drift Deck"));
    setAcceptDrops(true);
    m_matrix = new MatrixPane(m_session, m_watch);
    m_options = new MatrixOptions(m_session, m_matrix, this);
    m_cells = new CellActions(m_session, m_matrix, {m_options->actions().onlyDivergences}, this);
    for (WindowPart *part : std::initializer_list<WindowPart *>{m_options, m_cells}) {
        connect(part, &WindowPart::message, m_messages, &MessageBar::showMessage);
        connect(part, &WindowPart::progress, m_progress, &QLabel::setText);
    }

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_matrix);
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

    m_sourcesDock = new SourcesDock(m_session, m_messages, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);
    m_sourcesDock->hide();
    m_checklistDock = new ChecklistDock(m_session, m_messages, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_checklistDock);
    m_checklistDock->hide();

    createHistory();
    createActions();
    createMenus();
    createToolBar();

    connect(m_session, &WorkspaceSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &WorkspaceSession::snapshotChanged, this, &MainWindow::updateActions);
    connect(m_session, &WorkspaceSession::errorOccurred, m_messages, &MessageBar::showError);
    connect(m_reportExport, &ReportExport::finished, this, &MainWindow::onReportFinished);
    connect(m_session, &WorkspaceSession::refreshStarted, this, [this](int total) { onRefreshProgress(0, total); });
    connect(m_session, &WorkspaceSession::refreshProgress, this, &MainWindow::onRefreshProgress);
    connect(m_session, &WorkspaceSession::refreshFinished, this, &MainWindow::onRefreshFinished);
    connect(m_matrix, &MatrixPane::summaryChanged, m_summary, &QLabel::setText);
    connect(m_cells, &CellActions::historyRequested, this, &MainWindow::showKeyHistory);
    connect(m_empty, &EmptyState::openRequested, this, &MainWindow::openDialog);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openPath);
    connect(m_watch, &DriftWatch::refreshDue, this, [this] {
        if (!m_session->isRefreshing())
            m_session->refresh();
    });

    m_stack->setCurrentWidget(m_empty);
    restoreWindowState();
    updateActions();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openPath(const QString &path)
{
    if (m_session->isOpen())
        m_matrix->saveColumnState();
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
    const bool open = m_session->isOpen();
    m_stack->setCurrentWidget(open ? static_cast<QWidget *>(m_matrix) : m_empty);
    setWindowFilePath(m_session->path());
    setWindowTitle(open ? m_session->title() : tr("Drift Deck"));
    if (open && m_session->isOffline())
        m_messages->showInformation(tr("Showing a saved snapshot: it cannot be refreshed."));
    updateActions();
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

void MainWindow::setWatchInterval(int seconds)
{
    m_watch->setInterval(seconds);
    if (seconds > 0)
        m_messages->showInformation(tr("Watch mode: refreshing every %1 s; new drift is marked.").arg(seconds));
}

} // namespace DriftDeck
