#include "cellactions.h"

#include "actionicon.h"
#include "itemmodels/celltext.h"
#include "itemmodels/matrixfilterproxy.h"
#include "itemmodels/matrixmodel.h"
#include "keydrilldown.h"
#include "markexpecteddialog.h"
#include "matrixclipboard.h"
#include "matrixview.h"
#include "pipeline/workspacesession.h"
#include "window/matrixpane.h"
#include "workspace/rulesfile.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QUrl>

namespace DriftDeck {

CellActions::CellActions(WorkspaceSession *session, MatrixPane *matrix, const QList<QAction *> &groupActions,
                         QWidget *window)
    : WindowPart(window)
    , m_session(session)
    , m_matrix(matrix)
    , m_groupActions(groupActions)
{
    MatrixView *view = m_matrix->view();
    // Copy belongs to the matrix: in the filter field Ctrl+C must copy the field's text.
    Actions &a = m_actions;
    a.copy = new QAction(actionIcon(QStringLiteral("edit-copy")), tr("&Copy"), this);
    a.copy->setShortcut(QKeySequence::Copy);
    a.copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a.copy->setToolTip(tr("Copy the cell's value, or the key's row as tab-separated text"));
    connect(a.copy, &QAction::triggered, this, &CellActions::copySelection);
    view->addAction(a.copy);

    a.copyKey = new QAction(tr("Copy &Key"), this);
    a.copyKey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    a.copyKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(a.copyKey, &QAction::triggered, this, &CellActions::copyKey);
    view->addAction(a.copyKey);

    connect(view, &MatrixView::contextMenuRequested, this, &CellActions::showCellMenu);
    connect(m_matrix->drillDown(), &KeyDrillDown::markExpectedRequested, this, &CellActions::markExpectedFor);
    connect(m_matrix->drillDown(), &KeyDrillDown::openLocationRequested, this,
            [this](const QString &location, int) { openLocation(location); });
    connect(m_session, &WorkspaceSession::opened, this, &CellActions::updateActions);
    updateActions();
}

void CellActions::updateActions()
{
    const bool open = m_session->isOpen();
    m_actions.copy->setEnabled(open);
    m_actions.copyKey->setEnabled(open);
}

void CellActions::copySelection()
{
    MatrixView *view = m_matrix->view();
    QModelIndexList selected = view->selectionModel()->selectedIndexes();
    if (selected.isEmpty() && view->currentIndex().isValid())
        selected << view->currentIndex();
    const ClipboardText copied = MatrixClipboard::forSelection(selected);
    if (!copied.ok()) {
        showInformation(copied.refusal);
        return;
    }
    QGuiApplication::clipboard()->setText(copied.text);
}

void CellActions::copyKey()
{
    const ClipboardText copied = MatrixClipboard::forKey(m_matrix->view()->currentIndex());
    if (!copied.ok()) {
        showInformation(copied.refusal);
        return;
    }
    QGuiApplication::clipboard()->setText(copied.text);
}

QString CellActions::sourceFileFor(const QModelIndex &index) const
{
    const MatrixModel *model = m_matrix->model();
    const QModelIndex source = m_matrix->proxy()->mapToSource(index);
    const int row = model->snapshotRow(source);
    const int environment = model->environmentForColumn(source.column());
    const Snapshot *snapshot = model->snapshot();
    if (!snapshot || row < 0 || environment < 0)
        return {};
    const QList<ProvenanceStep> steps = CellText::provenance(*snapshot, row, environment);
    if (steps.isEmpty() || steps.last().location.isEmpty())
        return {};
    const QString location = steps.last().location;
    const QUrl url(location);
    if (url.isValid() && !url.scheme().isEmpty() && url.scheme().size() > 1 && !url.isLocalFile())
        return {}; // a server, not a file
    const QString path = url.isLocalFile() ? url.toLocalFile() : location;
    const QString folder
        = QFileInfo(m_session->workspace() ? m_session->workspace()->filePath : snapshot->workspacePath).path();
    const QString absolute = QFileInfo(path).isAbsolute() ? path : QDir(folder).absoluteFilePath(path);
    return QFileInfo(absolute).isFile() ? QDir::cleanPath(absolute) : QString();
}

QMenu *CellActions::createCellMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(window());
    menu->setToolTipsVisible(true);
    if (!index.isValid() || index.data(MatrixModel::IsGroupRole).toBool()) {
        menu->addActions(m_groupActions);
        return menu;
    }
    const bool cell = index.column() > 0;
    const QVariant status = index.data(MatrixModel::StatusRole);
    const bool differs = cell && status.isValid()
        && (isDrift(DriftStatus(status.toInt())) || DriftStatus(status.toInt()) == DriftStatus::Expected);

    QAction *mark = menu->addAction(tr("Mark as &Expected…"), this, [this, index] { markExpected(index); });
    mark->setObjectName(QStringLiteral("markExpectedAction"));
    mark->setEnabled(differs && m_session->workspace().has_value());
    if (!m_session->workspace())
        mark->setToolTip(tr("Rules belong to a workspace; a snapshot cannot record them."));
    else if (!differs)
        mark->setToolTip(tr("Only a difference from the baseline can be marked as expected."));
    menu->addSeparator();

    const ClipboardText value = MatrixClipboard::forSelection({index});
    QAction *copyValue = menu->addAction(actionIcon(QStringLiteral("edit-copy")),
                                         cell ? tr("Copy &Value") : tr("Copy &Row"), this, [index] {
                                             const ClipboardText copied = MatrixClipboard::forSelection({index});
                                             if (copied.ok())
                                                 QGuiApplication::clipboard()->setText(copied.text);
                                         });
    copyValue->setObjectName(QStringLiteral("copyValueAction"));
    copyValue->setEnabled(value.ok());
    copyValue->setToolTip(value.refusal);
    menu->addAction(tr("Copy &Key"), this,
                    [index] { QGuiApplication::clipboard()->setText(MatrixClipboard::forKey(index).text); });
    menu->addSeparator();

    const QString key = index.data(MatrixModel::KeyRole).toString();
    QAction *history = menu->addAction(actionIcon(QStringLiteral("view-history")), tr("Show &History"), this,
                                       [this, key] { Q_EMIT historyRequested(key); });
    history->setObjectName(QStringLiteral("showHistoryAction"));
    history->setEnabled(!key.isEmpty());
    history->setToolTip(tr("How this key's value changed across the snapshots kept of this workspace"));

    const QString file = cell ? sourceFileFor(index) : QString();
    QAction *open = menu->addAction(actionIcon(QStringLiteral("document-open")), tr("Open &Source File"), this,
                                    [this, index] { openSourceFile(index); });
    open->setObjectName(QStringLiteral("openSourceFileAction"));
    open->setEnabled(!file.isEmpty());
    if (file.isEmpty())
        open->setToolTip(tr("The value did not come from a local file."));
    else
        open->setToolTip(QDir::toNativeSeparators(file));
    return menu;
}

void CellActions::showCellMenu(const QModelIndex &index, const QPoint &globalPos)
{
    QMenu *menu = createCellMenu(index);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

void CellActions::openSourceFile(const QModelIndex &index)
{
    const QString file = sourceFileFor(index);
    if (!file.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(file));
}

void CellActions::markExpected(const QModelIndex &index)
{
    const QModelIndex source = m_matrix->proxy()->mapToSource(index);
    markExpectedFor(source.data(MatrixModel::KeyRole).toString(),
                    m_matrix->model()->environmentForColumn(source.column()));
}

void CellActions::markExpectedFor(const QString &key, int environment)
{
    const SnapshotPtr snapshot = m_session->snapshot();
    const auto &workspace = m_session->workspace();
    if (!snapshot || !workspace || key.isEmpty())
        return;
    QStringList environments;
    if (environment >= 0 && environment < snapshot->environmentCount())
        environments << snapshot->environments[environment].name;
    MarkExpectedDialog dialog(snapshot, m_session->drift(), key, environments, m_session->today(), window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString rulesFile = workspace->rulesFilePath.isEmpty() ? RulesFile::defaultPathFor(workspace->filePath)
                                                                 : workspace->rulesFilePath;
    QString error;
    if (!RulesFile::appendExpected(rulesFile, dialog.rule(), &error)) {
        showError(error);
        return;
    }
    if (m_session->reloadPolicy())
        showInformation(tr("Rule saved to %1.").arg(QDir::toNativeSeparators(rulesFile)));
}

void CellActions::openLocation(const QString &location)
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
        showInformation(tr("%1 is not a file on this computer.").arg(QDir::toNativeSeparators(path)));
}

} // namespace DriftDeck
