// The main window's actions, menus (File, Edit, View, Help, per the KDE HIG) and toolbar.
#include "mainwindow.h"

#include "filterbar.h"
#include "itemmodels/matrixfilterproxy.h"
#include "itemmodels/matrixmodel.h"
#include "matrixview.h"
#include "pipeline/workspacesession.h"
#include "recentfiles.h"
#include "reportexport.h"
#include "comparedialog.h"

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

    // Copy belongs to the matrix: in the filter field Ctrl+C must copy the field's text.
    a.copy = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    a.copy->setShortcut(QKeySequence::Copy);
    a.copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a.copy->setToolTip(tr("Copy the cell's value, or the key's row as tab-separated text"));
    connect(a.copy, &QAction::triggered, this, &MainWindow::copySelection);
    m_view->addAction(a.copy);

    a.copyKey = new QAction(tr("Copy &Key"), this);
    a.copyKey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    a.copyKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(a.copyKey, &QAction::triggered, this, &MainWindow::copyKey);
    m_view->addAction(a.copyKey);

    a.find = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), this);
    a.find->setShortcut(QKeySequence::Find);
    connect(a.find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    a.onlyDivergences = new QAction(QIcon::fromTheme(QStringLiteral("view-filter")), tr("Only &Divergences"), this);
    a.onlyDivergences->setObjectName(QStringLiteral("onlyDivergencesAction"));
    a.onlyDivergences->setCheckable(true);
    a.onlyDivergences->setChecked(m_proxy->onlyDivergences());
    a.onlyDivergences->setToolTip(tr("Hide keys that are the same everywhere"));
    connect(a.onlyDivergences, &QAction::toggled, m_proxy, &MatrixFilterProxy::setOnlyDivergences);

    a.compareOnly = new QAction(tr("Compare &Only…"), this);
    a.compareOnly->setToolTip(tr("Show only two environments side by side"));
    connect(a.compareOnly, &QAction::triggered, this, &MainWindow::chooseCompareOnly);
    a.compareAll = new QAction(tr("Compare &All Environments"), this);
    connect(a.compareAll, &QAction::triggered, this, &MainWindow::compareAll);

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
    edit->addAction(m_actions.copy);
    edit->addAction(m_actions.copyKey);
    edit->addSeparator();
    edit->addAction(m_actions.find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions.onlyDivergences);
    view->addMenu(createCategoryMenu());
    view->addMenu(createSeverityMenu());
    QAction *bySeverity = view->addAction(tr("Sort by &Severity"));
    bySeverity->setCheckable(true);
    connect(bySeverity, &QAction::toggled, this, [this](bool on) {
        m_proxy->setSortMode(on ? MatrixFilterProxy::SortMode::BySeverity : MatrixFilterProxy::SortMode::ByKey);
    });
    view->addSeparator();
    view->addAction(m_actions.compareOnly);
    view->addAction(m_actions.compareAll);
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

QMenu *MainWindow::createCategoryMenu()
{
    auto *menu = new QMenu(tr("&Categories"), this);
    QList<QAction *> actions;
    auto apply = [this, menu] {
        QSet<Category> categories;
        const QList<QAction *> all = menu->actions();
        for (QAction *action : all) {
            if (action->isCheckable() && action->isChecked())
                categories.insert(Category(action->data().toInt()));
        }
        m_proxy->setCategories(categories);
    };
    QAction *everything = menu->addAction(tr("All Categories"));
    menu->addSeparator();
    for (int c = 0; c < CategoryCount; ++c) {
        QAction *action = menu->addAction(categoryTitle(Category(c)));
        action->setCheckable(true);
        action->setData(c);
        connect(action, &QAction::toggled, this, apply);
        actions << action;
    }
    connect(everything, &QAction::triggered, this, [actions] {
        for (QAction *action : actions)
            action->setChecked(false);
    });
    return menu;
}

QMenu *MainWindow::createSeverityMenu()
{
    auto *menu = new QMenu(tr("Minimum &Severity"), this);
    auto *group = new QActionGroup(menu);
    const QList<std::pair<Severity, QString>> levels = {{Severity::None, tr("Any")},
                                                        {Severity::Info, severityTitle(Severity::Info)},
                                                        {Severity::Warning, severityTitle(Severity::Warning)},
                                                        {Severity::Critical, severityTitle(Severity::Critical)}};
    for (const auto &[severity, title] : levels) {
        QAction *action = menu->addAction(title);
        action->setCheckable(true);
        action->setChecked(severity == m_proxy->minimumSeverity());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, severity] { m_proxy->setMinimumSeverity(severity); });
    }
    return menu;
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
    label->setBuddy(m_baseline);
    label->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(label);
    bar->addWidget(m_baseline);
    bar->addAction(m_actions.onlyDivergences);
    bar->addSeparator();
    bar->addWidget(m_filter);
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    const bool live = open && !m_session->isOffline();
    m_actions.refresh->setEnabled(live && !m_session->isRefreshing());
    m_actions.cancelRefresh->setEnabled(m_session->isRefreshing());
    m_actions.copy->setEnabled(open);
    const bool hasSnapshot = m_session->snapshot() != nullptr;
    m_actions.exportReport->setEnabled(hasSnapshot && !m_reportExport->isRunning());
    m_actions.keepSnapshot->setEnabled(hasSnapshot && live);
    m_actions.saveSnapshotAs->setEnabled(hasSnapshot);
    m_actions.compareSnapshot->setEnabled(hasSnapshot);
    // Only there while a kept snapshot stands in for the live workspace.
    m_actions.backToLive->setVisible(m_session->isOffline() && !m_liveWorkspace.isEmpty());
    m_actions.copyKey->setEnabled(open);
    const int environments = m_model->snapshot() ? m_model->snapshot()->environmentCount() : 0;
    m_actions.compareOnly->setEnabled(environments > 2);
    m_actions.compareAll->setEnabled(!m_proxy->visibleEnvironments().isEmpty());
    m_actions.watchGroup->setEnabled(live);
}

void MainWindow::chooseCompareOnly()
{
    const Snapshot *snapshot = m_model->snapshot();
    if (!snapshot)
        return;
    QStringList names;
    for (const EnvironmentCapture &environment : snapshot->environments)
        names << (environment.displayName.isEmpty() ? environment.name : environment.displayName);
    const int baseline = std::max(0, m_session->baseline());
    CompareDialog dialog(names, baseline, baseline == 0 ? 1 : 0, this);
    if (dialog.exec() == QDialog::Accepted)
        compareOnly(dialog.first(), dialog.second());
}

} // namespace DriftDeck
