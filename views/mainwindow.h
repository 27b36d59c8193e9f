#pragma once

#include <QMainWindow>

namespace DriftDeck {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
};

} // namespace DriftDeck
