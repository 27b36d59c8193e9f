#pragma once

#include "window/windowpart.h"

class QAction;
class QMenu;
class QModelIndex;
class QPoint;

namespace DriftDeck {

class MatrixPane;
class WorkspaceSession;

// What the user does with a matrix cell or key: copy it (never a secret), the context menu,
// "Mark as expected…" (from the matrix or the drill-down), opening the file a value came from.
class CellActions : public WindowPart
{
    Q_OBJECT
public:
    // groupActions: what the context menu of a category header offers (e.g. "Only divergences").
    CellActions(WorkspaceSession *session, MatrixPane *matrix, const QList<QAction *> &groupActions, QWidget *window);

    struct Actions {
        QAction *copy = nullptr;
        QAction *copyKey = nullptr;
    };
    const Actions &actions() const { return m_actions; }

    // The context menu of a matrix cell or key (proxy index); the caller owns it.
    QMenu *createCellMenu(const QModelIndex &index);
    // The local file whose layer set this cell's value; empty when it is not a local file.
    QString sourceFileFor(const QModelIndex &index) const;

Q_SIGNALS:
    // "Show History" on a key.
    void historyRequested(const QString &key);

private:
    void copySelection();
    void copyKey();
    void showCellMenu(const QModelIndex &index, const QPoint &globalPos);
    void openSourceFile(const QModelIndex &index);
    void markExpected(const QModelIndex &index);
    void markExpectedFor(const QString &key, int environment);
    void openLocation(const QString &location);
    void updateActions();

    WorkspaceSession *m_session;
    MatrixPane *m_matrix;
    QList<QAction *> m_groupActions;
    Actions m_actions;
};

} // namespace DriftDeck
