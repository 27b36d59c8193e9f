// What the main window does with matrix cells: copy, the context menu, opening a source file.
#include "mainwindow.h"

#include "itemmodels/celltext.h"
#include "itemmodels/matrixfilterproxy.h"
#include "itemmodels/matrixmodel.h"
#include "matrixclipboard.h"
#include "matrixview.h"
#include "messagebar.h"
#include "pipeline/workspacesession.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QUrl>

namespace DriftDeck {

void MainWindow::copySelection()
{
    QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    if (selected.isEmpty() && m_view->currentIndex().isValid())
        selected << m_view->currentIndex();
    const ClipboardText copied = MatrixClipboard::forSelection(selected);
    if (!copied.ok()) {
        m_messages->showInformation(copied.refusal);
        return;
    }
    QGuiApplication::clipboard()->setText(copied.text);
}

void MainWindow::copyKey()
{
    const ClipboardText copied = MatrixClipboard::forKey(m_view->currentIndex());
    if (!copied.ok()) {
        m_messages->showInformation(copied.refusal);
        return;
    }
    QGuiApplication::clipboard()->setText(copied.text);
}

QString MainWindow::sourceFileFor(const QModelIndex &index) const
{
    const QModelIndex source = m_proxy->mapToSource(index);
    const int row = m_model->snapshotRow(source);
    const int environment = m_model->environmentForColumn(source.column());
    const Snapshot *snapshot = m_model->snapshot();
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
    const QString folder = QFileInfo(m_session->workspace() ? m_session->workspace()->filePath
                                                            : snapshot->workspacePath).path();
    const QString absolute = QFileInfo(path).isAbsolute() ? path : QDir(folder).absoluteFilePath(path);
    return QFileInfo(absolute).isFile() ? QDir::cleanPath(absolute) : QString();
}

QMenu *MainWindow::createCellMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    menu->setToolTipsVisible(true);
    if (!index.isValid() || index.data(MatrixModel::IsGroupRole).toBool()) {
        menu->addAction(m_actions.onlyDivergences);
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
    QAction *copyValue = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")),
                                         cell ? tr("Copy &Value") : tr("Copy &Row"), this, [this, index] {
                                             const ClipboardText copied = MatrixClipboard::forSelection({index});
                                             if (copied.ok())
                                                 QGuiApplication::clipboard()->setText(copied.text);
                                         });
    copyValue->setObjectName(QStringLiteral("copyValueAction"));
    copyValue->setEnabled(value.ok());
    copyValue->setToolTip(value.refusal);
    menu->addAction(tr("Copy &Key"), this, [index] {
        QGuiApplication::clipboard()->setText(MatrixClipboard::forKey(index).text);
    });
    menu->addSeparator();

    const QString key = index.data(MatrixModel::KeyRole).toString();
    QAction *history = menu->addAction(QIcon::fromTheme(QStringLiteral("view-history")), tr("Show &History"), this,
                                       [this, key] { showKeyHistory(key); });
    history->setObjectName(QStringLiteral("showHistoryAction"));
    history->setEnabled(!key.isEmpty());
    history->setToolTip(tr("How this key's value changed across the snapshots kept of this workspace"));

    const QString file = cell ? sourceFileFor(index) : QString();
    QAction *open = menu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open &Source File"), this,
                                    [this, index] { openSourceFile(index); });
    open->setObjectName(QStringLiteral("openSourceFileAction"));
    open->setEnabled(!file.isEmpty());
    if (file.isEmpty())
        open->setToolTip(tr("The value did not come from a local file."));
    else
        open->setToolTip(QDir::toNativeSeparators(file));
    return menu;
}

void MainWindow::showCellMenu(const QModelIndex &index, const QPoint &globalPos)
{
    QMenu *menu = createCellMenu(index);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

void MainWindow::openSourceFile(const QModelIndex &index)
{
    const QString file = sourceFileFor(index);
    if (!file.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(file));
}

} // namespace DriftDeck
