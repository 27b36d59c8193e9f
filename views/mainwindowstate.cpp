// What the main window remembers between runs, and files dropped on it.
#include "mainwindow.h"

#include "pipeline/workspacesession.h"
#include "window/matrixpane.h"

#include <QCloseEvent>
#include <QMimeData>
#include <QSettings>

namespace DriftDeck {

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

} // namespace DriftDeck
