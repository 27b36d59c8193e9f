// The panels around the matrix: the drill-down of the current key (beside the matrix) and the
// sources panel (a dock), and "Mark as expected…", which both the matrix and the drill-down ask for.
#include "mainwindow.h"

#include "checklist/checklistdock.h"
#include "itemmodels/matrixfilterproxy.h"
#include "itemmodels/matrixmodel.h"
#include "keydrilldown.h"
#include "markexpecteddialog.h"
#include "matrixview.h"
#include "metrics/metricchartview.h"
#include "messagebar.h"
#include "pipeline/workspacesession.h"
#include "sourcespanel.h"
#include "workspace/rulesfile.h"

#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QSplitter>
#include <QUrl>

namespace DriftDeck {

void MainWindow::createPanels()
{
    m_drillDown = new KeyDrillDown;
    m_drillDown->setObjectName(QStringLiteral("keyDrillDown"));
    m_drillDown->setAccessibleName(tr("Key details"));
    m_splitter->addWidget(m_drillDown);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    m_sources = new SourcesPanel;
    m_sources->setObjectName(QStringLiteral("sourcesPanel"));
    m_sources->setAccessibleName(tr("Sources"));
    m_sourcesDock = new QDockWidget(tr("Sources"), this);
    m_sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    m_sourcesDock->setWidget(m_sources);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);
    // Out of the way until a source fails (or the user opens it): the matrix gets the height.
    m_sourcesDock->hide();
    m_checklistDock = new ChecklistDock(m_session, m_messages, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_checklistDock);
    m_checklistDock->hide();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showCurrentKey);
    connect(m_drillDown, &KeyDrillDown::markExpectedRequested, this, &MainWindow::markExpectedFor);
    connect(m_session, &WorkspaceSession::opened, m_drillDown, [this] {
        m_drillDown->metricChart()->setWorkspace(m_session->workspace(), m_session->credentialProvider());
    });
    connect(m_drillDown, &KeyDrillDown::openLocationRequested, this,
            [this](const QString &location, int) { openLocation(location); });

    connect(m_session, &WorkspaceSession::sourceStarted, m_sources, &SourcesPanel::sourceStarted);
    connect(m_session, &WorkspaceSession::sourceFinished, m_sources, &SourcesPanel::sourceFinished);
    connect(m_session, &WorkspaceSession::refreshStarted, m_sources, [this] { m_sources->setRefreshing(true); });
    connect(m_session, &WorkspaceSession::refreshFinished, m_sources, [this] { m_sources->setRefreshing(false); });
    connect(m_session, &WorkspaceSession::opened, m_sources, &SourcesPanel::clear);
    connect(m_session, &WorkspaceSession::snapshotChanged, m_sources, [this] {
        if (const SnapshotPtr snapshot = m_session->snapshot())
            m_sources->loadSnapshot(*snapshot);
    });
    connect(m_sources, &SourcesPanel::cancelRequested, m_session, &WorkspaceSession::cancelRefresh);
    connect(m_sources, &SourcesPanel::retryRequested, m_session, &WorkspaceSession::retrySource);
}

void MainWindow::showCurrentKey()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const QString key = current.data(MatrixModel::KeyRole).toString();
    const SnapshotPtr snapshot = m_session->snapshot();
    if (key.isEmpty() || !snapshot) {
        m_drillDown->clear();
        return;
    }
    const int environment = m_model->environmentForColumn(current.column());
    const bool baseline = environment == m_session->baseline();
    m_drillDown->showKey(snapshot, m_session->drift(), key, baseline ? -1 : environment);
}

void MainWindow::markExpected(const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    markExpectedFor(source.data(MatrixModel::KeyRole).toString(), m_model->environmentForColumn(source.column()));
}

void MainWindow::markExpectedFor(const QString &key, int environment)
{
    const SnapshotPtr snapshot = m_session->snapshot();
    const auto &workspace = m_session->workspace();
    if (!snapshot || !workspace || key.isEmpty())
        return;
    QStringList environments;
    if (environment >= 0 && environment < snapshot->environmentCount())
        environments << snapshot->environments[environment].name;
    MarkExpectedDialog dialog(snapshot, m_session->drift(), key, environments, m_session->today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString rulesFile = workspace->rulesFilePath.isEmpty() ? RulesFile::defaultPathFor(workspace->filePath)
                                                                 : workspace->rulesFilePath;
    QString error;
    if (!RulesFile::appendExpected(rulesFile, dialog.rule(), &error)) {
        m_messages->showError(error);
        return;
    }
    if (m_session->reloadPolicy())
        m_messages->showInformation(tr("Rule saved to %1.").arg(QDir::toNativeSeparators(rulesFile)));
}

void MainWindow::openLocation(const QString &location)
{
    const QUrl url(location);
    if (url.scheme().size() > 1 && !url.isLocalFile()) {
        QDesktopServices::openUrl(url);
        return;
    }
    const QString folder = QFileInfo(m_session->path()).path();
    const QString path = url.isLocalFile() ? url.toLocalFile() : QDir(folder).absoluteFilePath(location);
    if (QFileInfo(path).isFile())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    else
        m_messages->showInformation(tr("%1 is not a file on this computer.").arg(QDir::toNativeSeparators(path)));
}

} // namespace DriftDeck
