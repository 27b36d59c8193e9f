#include "mainwindow.h"

#include "actionicon.h"
#include "checklist/checklistdock.h"
#include "emptystate.h"
#include "filterbar.h"
#include "messagebar.h"
#include "pipeline/workspacesession.h"
#include "window/cellactions.h"
#include "window/exportcontrols.h"
#include "window/historypanel.h"
#include "window/matrixoptions.h"
#include "window/matrixpane.h"
#include "window/snapshotcomparison.h"
#include "window/sourcesdock.h"
#include "window/workspacecontrols.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace DriftDeck {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_messages(new MessageBar)
    , m_empty(new EmptyState)
    , m_stack(new QStackedWidget)
    , m_progress(new QLabel)
    , m_summary(new QLabel)
    , m_workspace(new WorkspaceControls(this))
    , m_matrix(new MatrixPane(m_workspace->session(), m_workspace->watch()))
    , m_options(new MatrixOptions(m_workspace->session(), m_matrix, this))
    , m_cells(new CellActions(m_workspace->session(), m_matrix, {m_options->actions().onlyDivergences}, this))
    , m_history(new HistoryPanel(m_workspace, this))
    , m_comparison(new SnapshotComparison(m_workspace->session(), m_history, this))
    , m_exports(new ExportControls(m_workspace->session(), m_matrix, m_history, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Drift Deck"));
    setAcceptDrops(true);

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

    createDocks();
    createMenus();
    createToolBar();

    const std::initializer_list<WindowPart *> parts{m_workspace, m_options,    m_cells,
                                                    m_history,   m_comparison, m_exports};
    for (WindowPart *part : parts) {
        connect(part, &WindowPart::message, m_messages, &MessageBar::showMessage);
        connect(part, &WindowPart::progress, m_progress, &QLabel::setText);
    }
    connect(m_workspace->session(), &WorkspaceSession::opened, this, &MainWindow::onOpened);
    connect(m_workspace, &WorkspaceControls::aboutToOpen, m_matrix, &MatrixPane::saveColumnState);
    connect(m_matrix, &MatrixPane::summaryChanged, m_summary, &QLabel::setText);
    connect(m_cells, &CellActions::historyRequested, m_history, &HistoryPanel::showKeyHistory);
    connect(m_comparison, &SnapshotComparison::keyActivated, m_matrix, &MatrixPane::selectKey);
    connect(m_empty, &EmptyState::openRequested, m_workspace, &WorkspaceControls::openDialog);

    m_stack->setCurrentWidget(m_empty);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openPath(const QString &path)
{
    return m_workspace->open(path);
}

void MainWindow::restoreLastSession()
{
    m_workspace->restoreLastSession();
}

void MainWindow::createDocks()
{
    WorkspaceSession *session = m_workspace->session();
    m_sourcesDock = new SourcesDock(session, this);
    m_checklistDock = new ChecklistDock(session, this);
    connect(m_sourcesDock, &SourcesDock::message, m_messages, &MessageBar::showMessage);
    connect(m_checklistDock, &ChecklistDock::message, m_messages, &MessageBar::showMessage);
    // Out of the way until needed (a source fails, the user opens one): the matrix gets the height.
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_sourcesDock), static_cast<QDockWidget *>(m_checklistDock),
                              m_history->dock(), m_comparison->dock()}) {
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        dock->hide();
    }
}

// The menus follow the KDE HIG: File, Edit, View, Settings, Help.
void MainWindow::createMenus()
{
    const WorkspaceControls::Actions &workspace = m_workspace->actions();
    const HistoryPanel::Actions &history = m_history->actions();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(workspace.open);
    file->addMenu(workspace.recent);
    file->addSeparator();
    file->addAction(history.keepSnapshot);
    file->addAction(m_exports->actions().saveSnapshotAs);
    file->addAction(m_comparison->compareAction());
    file->addAction(history.backToLive);
    file->addSeparator();
    file->addAction(m_exports->actions().exportReport);
    file->addSeparator();
    file->addAction(workspace.refresh);
    file->addAction(workspace.cancelRefresh);
    file->addSeparator();
    QAction *quit = file->addAction(actionIcon(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_cells->actions().copy);
    edit->addAction(m_cells->actions().copyKey);
    edit->addSeparator();
    edit->addAction(m_options->actions().find);

    const MatrixOptions::Actions &options = m_options->actions();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(options.onlyDivergences);
    view->addMenu(options.categories);
    view->addMenu(options.minimumSeverity);
    view->addAction(options.sortBySeverity);
    view->addSeparator();
    view->addAction(options.compareOnly);
    view->addAction(options.compareAll);
    view->addSeparator();
    view->addMenu(workspace.watchMode);
    view->addSeparator();
    view->addAction(m_sourcesDock->toggleViewAction());
    view->addAction(history.showDock);
    view->addAction(m_comparison->dock()->toggleViewAction());
    view->addAction(m_checklistDock->toggleViewAction());

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(history.configure);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(actionIcon(QStringLiteral("help-about")), tr("&About Drift Deck"), this, [this] {
        QMessageBox::about(this, tr("About Drift Deck"),
                           tr("<h3>Drift Deck %1</h3><p>Compares environments' configuration, feature flags and "
                              "versions against a baseline, and tells intended differences from drift.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_workspace->actions().open);
    bar->addAction(m_workspace->actions().refresh);
    bar->addAction(m_workspace->actions().cancelRefresh);
    bar->addAction(m_history->actions().backToLive);
    bar->addSeparator();
    auto *label = new QLabel(tr("&Baseline:"));
    label->setBuddy(m_options->baselineSelector());
    label->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(label);
    bar->addWidget(m_options->baselineSelector());
    bar->addAction(m_options->actions().onlyDivergences);
    bar->addSeparator();
    bar->addWidget(m_options->filterBar());
}

void MainWindow::onOpened()
{
    const WorkspaceSession *session = m_workspace->session();
    const bool open = session->isOpen();
    m_stack->setCurrentWidget(open ? static_cast<QWidget *>(m_matrix) : m_empty);
    setWindowFilePath(session->path());
    setWindowTitle(open ? session->title() : tr("Drift Deck"));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_matrix->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_matrix->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_matrix->saveColumnState();
    saveWindowState();
    m_workspace->session()->cancelRefresh();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openPath(urls.first().toLocalFile());
}

} // namespace DriftDeck
