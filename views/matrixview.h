#pragma once

#include <QSet>
#include <QTreeView>

namespace DriftDeck {

class MatrixDelegate;
class MatrixHeader;

// The drift matrix: category groups (expanded unless the user folds one), keys as rows,
// environments as columns. The key column stays put while scrolling sideways: a second tree
// showing only that column lies over the first one and shares its model, selection, expansion
// and vertical scroll position (the "frozen column" technique from the Qt examples).
class MatrixView : public QTreeView
{
    Q_OBJECT
public:
    explicit MatrixView(QWidget *parent = nullptr);
    ~MatrixView() override;

    void setModel(QAbstractItemModel *model) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

    MatrixHeader *matrixHeader() const { return m_header; }
    MatrixDelegate *matrixDelegate() const { return m_delegate; }
    QTreeView *keyColumnView() const { return m_keys; }

    // Widths every environment column starts with; the user's own widths are restored on top.
    void applyDefaultColumnWidths();
    // After the columns changed (model reset, restored header state): the key column overlay
    // shows only the key, as wide as the key column below it.
    void syncKeyColumn();

Q_SIGNALS:
    // A section of this view's (proxy) model; the window maps it to an environment.
    void baselineRequested(int column);
    void contextMenuRequested(const QModelIndex &index, const QPoint &globalPos);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void drawBranches(QPainter *painter, const QRect &rect, const QModelIndex &index) const override;

private:
    void configureKeyColumnView();
    void updateKeyColumnGeometry();
    void expandGroups(int first, int last);
    void expandAllGroups();
    // Environment columns share the width beside the key column; a resize re-shares it while
    // nobody has sized a column by hand (every visible one still has m_autoWidth).
    void fitEnvironmentColumns();
    // Whether the shown environment columns still have the fitted width (nobody resized one by
    // hand); the columns of ignoredGroup do not count (they are being shown or collapsed).
    bool environmentColumnsFitted(const QString &ignoredGroup = {}) const;

    MatrixHeader *m_header = nullptr;
    MatrixDelegate *m_delegate = nullptr;
    QTreeView *m_keys = nullptr;
    int m_autoWidth = 0; // the environment column width chosen by fitEnvironmentColumns(); 0: none yet
    QSet<int> m_foldedCategories; // categories the user collapsed stay collapsed across filters
};

} // namespace DriftDeck
