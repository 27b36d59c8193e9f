#include "mainwindow.h"

namespace DriftDeck {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Drift Deck"));
}

MainWindow::~MainWindow() = default;

} // namespace DriftDeck
