#pragma once

#include <QWidget>

namespace DriftDeck {

// What the window shows before anything is open: what to do next, in one line, and the button.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

Q_SIGNALS:
    void openRequested();
};

} // namespace DriftDeck
