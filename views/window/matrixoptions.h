#pragma once

#include "window/windowpart.h"

class QAction;
class QComboBox;
class QMenu;

namespace DriftDeck {

class FilterBar;
class MatrixPane;
class WorkspaceSession;

// What the matrix shows: the baseline every environment is compared against, which environments
// stand side by side ("Compare only…"), the filter field, "only divergences", the categories,
// the minimum severity and the sort order. The window puts these in its menus and toolbar.
class MatrixOptions : public WindowPart
{
    Q_OBJECT
public:
    MatrixOptions(WorkspaceSession *session, MatrixPane *matrix, QWidget *window);

    struct Actions {
        QAction *find = nullptr;
        QAction *onlyDivergences = nullptr;
        QAction *sortBySeverity = nullptr;
        QAction *compareOnly = nullptr;
        QAction *compareAll = nullptr;
        QMenu *categories = nullptr;
        QMenu *minimumSeverity = nullptr;
    };
    const Actions &actions() const { return m_actions; }
    QComboBox *baselineSelector() const { return m_baseline; }
    FilterBar *filterBar() const { return m_filter; }

    // The environments shown (snapshot indexes); "Compare only…" sets two.
    void compareOnly(int baseline, int other);
    void compareAll();
    // Compares every environment against this one (a snapshot index).
    void requestBaseline(int environment);

private:
    QMenu *createCategoryMenu();
    QMenu *createSeverityMenu();
    void chooseCompareOnly();
    void updateBaselineSelector();
    void updateActions();

    WorkspaceSession *m_session;
    MatrixPane *m_matrix;
    QComboBox *m_baseline;
    FilterBar *m_filter;
    Actions m_actions;
};

} // namespace DriftDeck
