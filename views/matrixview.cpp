#include "matrixview.h"

#include "itemmodels/matrixmodel.h"
#include "matrixdelegate.h"
#include "matrixheader.h"

#include <QResizeEvent>
#include <QScrollBar>

#include <algorithm>

namespace DriftDeck {

MatrixView::MatrixView(QWidget *parent)
    : QTreeView(parent)
    , m_header(new MatrixHeader(this))
    , m_delegate(new MatrixDelegate(this))
    , m_keys(new QTreeView(this))
{
    setObjectName(QStringLiteral("matrixView"));
    setAccessibleName(tr("Drift matrix"));
    setHeader(m_header);
    setItemDelegate(m_delegate);
    m_delegate->setCoveredKeyColumn(this);
    setUniformRowHeights(true);
    setAnimated(false);
    setSortingEnabled(false); // the proxy keeps its own order
    // setSortingEnabled(false) also made the sections unclickable: a click on an environment
    // makes it the baseline.
    m_header->setSectionsClickable(true);
    setSelectionBehavior(SelectItems);
    setSelectionMode(ExtendedSelection);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setAlternatingRowColors(false);
    connect(this, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { Q_EMIT contextMenuRequested(indexAt(pos), viewport()->mapToGlobal(pos)); });
    connect(m_header, &MatrixHeader::baselineRequested, this, &MatrixView::baselineRequested);
    // A collapsed group gives its width to the other columns, and takes a share back when shown.
    connect(m_header, &MatrixHeader::groupCollapsedChanged, this, [this](const QString &group) {
        if (environmentColumnsFitted(group))
            fitEnvironmentColumns();
    });
    configureKeyColumnView();
}

MatrixView::~MatrixView() = default;

void MatrixView::configureKeyColumnView()
{
    m_keys->setObjectName(QStringLiteral("keyColumnView"));
    m_keys->setAccessibleName(tr("Keys"));
    m_keys->setFocusPolicy(Qt::NoFocus);
    m_keys->setItemDelegate(m_delegate);
    m_keys->setUniformRowHeights(true);
    m_keys->setAnimated(false);
    m_keys->setFrameShape(QFrame::NoFrame);
    m_keys->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_keys->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_keys->setVerticalScrollMode(ScrollPerPixel);
    m_keys->setSelectionBehavior(SelectItems);
    m_keys->setSelectionMode(ExtendedSelection);
    m_keys->setContextMenuPolicy(Qt::CustomContextMenu);
    m_keys->header()->setSectionsMovable(false);
    m_keys->header()->setStretchLastSection(false);
    m_keys->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Paint the key column over the main view's own.
    m_keys->setAutoFillBackground(true);
    viewport()->stackUnder(m_keys);

    connect(m_keys, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        Q_EMIT contextMenuRequested(m_keys->indexAt(pos), m_keys->viewport()->mapToGlobal(pos));
    });
    connect(m_keys->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_keys->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(m_header, &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section == 0) {
            m_keys->setColumnWidth(0, size);
            updateKeyColumnGeometry();
        }
    });
    connect(m_keys->header(), &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section == 0 && columnWidth(0) != size)
            setColumnWidth(0, size);
    });
    // Folding a category in either tree folds it in both, and is remembered across filtering.
    auto follow = [this](QTreeView *other, bool expand) {
        return [this, other, expand](const QModelIndex &index) {
            const int category = index.data(MatrixModel::CategoryRole).toInt();
            if (expand)
                m_foldedCategories.remove(category);
            else
                m_foldedCategories.insert(category);
            if (other->isExpanded(index) != expand)
                other->setExpanded(index, expand);
        };
    };
    connect(this, &QTreeView::expanded, this, follow(m_keys, true));
    connect(this, &QTreeView::collapsed, this, follow(m_keys, false));
    connect(m_keys, &QTreeView::expanded, this, follow(this, true));
    connect(m_keys, &QTreeView::collapsed, this, follow(this, false));
}

void MatrixView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        old->disconnect(this);
    QTreeView::setModel(model);
    m_keys->setModel(model);
    m_keys->setSelectionModel(selectionModel());
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        syncKeyColumn();
        expandAllGroups();
    });
    connect(model, &QAbstractItemModel::layoutChanged, this, &MatrixView::expandAllGroups);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            expandGroups(first, last);
    });
    connect(model, &QAbstractItemModel::columnsInserted, this, &MatrixView::syncKeyColumn);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &MatrixView::syncKeyColumn);
    syncKeyColumn();
    expandAllGroups();
}

void MatrixView::syncKeyColumn()
{
    if (!model())
        return;
    const int columns = model()->columnCount();
    for (int column = 1; column < columns; ++column)
        m_keys->setColumnHidden(column, true);
    m_keys->setColumnWidth(0, columnWidth(0));
    updateKeyColumnGeometry();
}

void MatrixView::expandGroups(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex group = model()->index(row, 0);
        const bool expand = !m_foldedCategories.contains(group.data(MatrixModel::CategoryRole).toInt());
        setExpanded(group, expand);
        m_keys->setExpanded(group, expand);
    }
}

void MatrixView::expandAllGroups()
{
    if (!model())
        return;
    if (m_foldedCategories.isEmpty()) {
        expandToDepth(0);
        m_keys->expandToDepth(0);
        return;
    }
    expandGroups(0, model()->rowCount() - 1);
}

void MatrixView::applyDefaultColumnWidths()
{
    const int character = fontMetrics().averageCharWidth();
    // The key column fits the keys (a sample of them, so 100,000 rows cost nothing).
    int keyWidth = 24 * character;
    if (model()) {
        int sampled = 0;
        for (int group = 0; group < model()->rowCount() && sampled < 500; ++group) {
            const QModelIndex parent = model()->index(group, 0);
            const int rows = std::min(model()->rowCount(parent), 500 - sampled);
            for (int row = 0; row < rows; ++row) {
                const QString key = model()->index(row, 0, parent).data().toString();
                keyWidth = std::max(keyWidth, fontMetrics().horizontalAdvance(key) + 2 * indentation() + 12);
            }
            sampled += rows;
        }
    }
    keyWidth = std::min(keyWidth, 48 * character);
    setColumnWidth(0, keyWidth);
    fitEnvironmentColumns();
}

void MatrixView::fitEnvironmentColumns()
{
    if (!model() || model()->columnCount() < 2)
        return;
    int environments = 0;
    for (int column = 1; column < model()->columnCount(); ++column)
        environments += header()->isSectionHidden(column) ? 0 : 1;
    if (environments == 0)
        return;
    // Environments share the width beside the keys, so a maximised window has no empty band on
    // the right; many environments keep a readable minimum and get a scroll bar instead.
    const int share = (viewport()->width() - columnWidth(0)) / environments;
    m_autoWidth = std::max(share, 22 * fontMetrics().averageCharWidth());
    for (int column = 1; column < model()->columnCount(); ++column) {
        if (!header()->isSectionHidden(column))
            setColumnWidth(column, m_autoWidth);
    }
}

bool MatrixView::environmentColumnsFitted(const QString &ignoredGroup) const
{
    if (m_autoWidth == 0 || !model())
        return false;
    for (int column = 1; column < model()->columnCount(); ++column) {
        if (!ignoredGroup.isEmpty() && m_header->groupOf(column) == ignoredGroup)
            continue;
        if (!header()->isSectionHidden(column) && columnWidth(column) != m_autoWidth)
            return false;
    }
    return true;
}

void MatrixView::drawBranches(QPainter *, const QRect &, const QModelIndex &) const
{
    // The frozen key column on top draws the branches; these would be hidden under it.
}

void MatrixView::resizeEvent(QResizeEvent *event)
{
    const bool fitted = environmentColumnsFitted();
    QTreeView::resizeEvent(event);
    if (fitted && event->size().width() != event->oldSize().width())
        fitEnvironmentColumns();
    updateKeyColumnGeometry();
}

void MatrixView::updateGeometries()
{
    QTreeView::updateGeometries();
    updateKeyColumnGeometry();
}

void MatrixView::updateKeyColumnGeometry()
{
    if (!m_keys)
        return;
    if (m_keys->header()->height() != m_header->height())
        m_keys->header()->setFixedHeight(m_header->height());
    m_keys->setGeometry(frameWidth(), frameWidth(), columnWidth(0), viewport()->height() + m_header->height());
    m_keys->verticalScrollBar()->setValue(verticalScrollBar()->value());
}

void MatrixView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    QTreeView::scrollTo(index, hint);
    if (!index.isValid() || index.column() == 0)
        return;
    // A cell scrolled to the left edge would hide under the key column: scroll a bit further.
    const QRect rect = visualRect(index);
    const int hidden = columnWidth(0) - rect.left();
    if (hidden > 0)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - hidden);
}

QModelIndex MatrixView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    // Right from a key moves into its first cell instead of expanding; Left from a cell goes
    // back to the key.
    if (current.isValid() && current.parent().isValid()) {
        const int visual = header()->visualIndex(current.column());
        if (cursorAction == MoveRight || cursorAction == MoveLeft) {
            int next = visual + (cursorAction == MoveRight ? 1 : -1);
            while (next >= 0 && next < header()->count() && header()->isSectionHidden(header()->logicalIndex(next)))
                next += cursorAction == MoveRight ? 1 : -1;
            if (next < 0 || next >= header()->count())
                return current;
            return current.siblingAtColumn(header()->logicalIndex(next));
        }
    }
    return QTreeView::moveCursor(cursorAction, modifiers);
}

} // namespace DriftDeck
