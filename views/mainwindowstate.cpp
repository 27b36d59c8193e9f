// What the main window remembers between runs, and files dropped on it.
#include "mainwindow.h"

#include "itemmodels/matrixfilterproxy.h"
#include "itemmodels/matrixmodel.h"
#include "matrixview.h"
#include "pipeline/workspacesession.h"

#include <QCloseEvent>
#include <QCryptographicHash>
#include <QHeaderView>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>

namespace DriftDeck {

namespace {
// Column widths and order belong to a workspace: its environments decide the columns.
QString matrixStateKey(const QString &path)
{
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("matrix/") + QString::fromLatin1(hash);
}
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::restoreMatrixState()
{
    m_view->applyDefaultColumnWidths();
    const QByteArray state = QSettings().value(matrixStateKey(m_session->path())).toByteArray();
    if (!state.isEmpty())
        m_view->header()->restoreState(state);
}

void MainWindow::saveMatrixState()
{
    if (m_session->isOpen() && m_model->columnCount() > 1 && m_proxy->visibleEnvironments().isEmpty())
        QSettings().setValue(matrixStateKey(m_session->path()), m_view->header()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveMatrixState();
    saveWindowState();
    m_session->cancelRefresh();
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

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Cell colours are derived from the palette at paint time; make sure everything repaints.
    if (event->type() == QEvent::PaletteChange) {
        m_view->viewport()->update();
        m_view->keyColumnView()->viewport()->update();
        m_view->header()->viewport()->update();
    }
}

} // namespace DriftDeck
