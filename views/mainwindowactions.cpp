// The main window's actions, menus (File, Edit, View, Help, per the KDE HIG) and toolbar.
#include "mainwindow.h"

#include "pipeline/workspacesession.h"
#include "recentfiles.h"
#include "reportexport.h"
#include "filterbar.h"
#include "window/cellactions.h"
#include "window/matrixoptions.h"
#include "window/sourcesdock.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

namespace DriftDeck {

void MainWindow::createActions()
{
    Actions &a = m_actions;
    a.open = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this);
    a.open->setShortcut(QKeySequence::Open);
    a.open->setToolTip(tr("Open a workspace or a saved snapshot"));
    connect(a.open, &QAction::triggered, this, &MainWindow::openDialog);

    a.exportReport = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Report…"), this);
    a.exportReport->setShortcut(QKeySequence(tr("Ctrl+E", "File|Export Report")));
    a.exportReport->setToolTip(tr("Write a PDF report of this comparison to share"));
    connect(a.exportReport, &QAction::triggered, this, &MainWindow::exportReport);

    a.refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    a.refresh->setShortcut(QKeySequence::Refresh);
    a.refresh->setToolTip(tr("Read every source again"));
    connect(a.refresh, &QAction::triggered, m_session, &WorkspaceSession::refresh);

    a.cancelRefresh = new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel Refresh"), this);
    connect(a.cancelRefresh, &QAction::triggered, m_session, &WorkspaceSession::cancelRefresh);

    a.quit = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    a.quit->setShortcut(QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    a.about = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Drift Deck"), this);
    a.about->setMenuRole(QAction::AboutRole);
    connect(a.about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Drift Deck"),
                           tr("<h3>Drift Deck %1</h3><p>Compares environments' configuration, feature flags and "
                              "versions against a baseline, and tells intended differences from drift.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions.open);
    m_actions.recentMenu = file->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    m_recent->attach(m_actions.recentMenu);
    file->addSeparator();
    file->addAction(m_actions.keepSnapshot);
    file->addAction(m_actions.saveSnapshotAs);
    file->addAction(m_actions.compareSnapshot);
    file->addAction(m_actions.backToLive);
    file->addSeparator();
    file->addAction(m_actions.exportReport);
    file->addSeparator();
    file->addAction(m_actions.refresh);
    file->addAction(m_actions.cancelRefresh);
    file->addSeparator();
    file->addAction(m_actions.quit);

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
    view->addMenu(createWatchMenu());
    view->addSeparator();
    view->addAction(m_sourcesDock->toggleViewAction());
    QAction *history = m_historyDock->toggleViewAction();
    history->setText(tr("&History"));
    history->setIcon(QIcon::fromTheme(QStringLiteral("view-history")));
    history->setToolTip(tr("Drift over time, from the snapshots kept of this workspace"));
    view->addAction(history);
    view->addAction(m_compareDock->toggleViewAction());
    view->addAction(m_checklistDock->toggleViewAction());

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_actions.configure);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QMenu *MainWindow::createWatchMenu()
{
    auto *menu = new QMenu(tr("&Watch Mode"), this);
    menu->setToolTipsVisible(true);
    m_actions.watchGroup = new QActionGroup(menu);
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
        m_actions.watchGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, seconds] { setWatchInterval(seconds); });
    }
    return menu;
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_actions.open);
    bar->addAction(m_actions.refresh);
    bar->addAction(m_actions.cancelRefresh);
    bar->addAction(m_actions.backToLive);
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

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    const bool live = open && !m_session->isOffline();
    m_actions.refresh->setEnabled(live && !m_session->isRefreshing());
    m_actions.cancelRefresh->setEnabled(m_session->isRefreshing());
    const bool hasSnapshot = m_session->snapshot() != nullptr;
    m_actions.exportReport->setEnabled(hasSnapshot && !m_reportExport->isRunning());
    m_actions.keepSnapshot->setEnabled(hasSnapshot && live);
    m_actions.saveSnapshotAs->setEnabled(hasSnapshot);
    m_actions.compareSnapshot->setEnabled(hasSnapshot);
    // Only there while a kept snapshot stands in for the live workspace.
    m_actions.backToLive->setVisible(m_session->isOffline() && !m_liveWorkspace.isEmpty());
    m_actions.watchGroup->setEnabled(live);
}

} // namespace DriftDeck
