#include "matrixfilterproxy.h"

#include "matrixmodel.h"
#include "searchtext.h"
#include "values/glob.h"

#include <QLocale>
#include <QtConcurrentRun>

#include <algorithm>

namespace DriftDeck {

MatrixFilterProxy::MatrixFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    // Every change of the shown rows or of their verdicts reaches the view through one of these.
    const auto forgetCounts = [this] {
        m_shownCounts.clear();
    };
    connect(this, &QAbstractItemModel::modelReset, this, forgetCounts);
    connect(this, &QAbstractItemModel::layoutChanged, this, forgetCounts);
    connect(this, &QAbstractItemModel::rowsInserted, this, forgetCounts);
    connect(this, &QAbstractItemModel::rowsRemoved, this, forgetCounts);
    connect(this, &QAbstractItemModel::dataChanged, this, forgetCounts);
    // No sort column by default: the source rows are already in key order, and an unsorted
    // proxy inserts rows without a binary search of lessThan() calls each.
}

MatrixFilterProxy::~MatrixFilterProxy()
{
    if (m_searchCancel)
        m_searchCancel->store(true);
}

void MatrixFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_matrix)
        disconnect(m_matrix, nullptr, this, nullptr);
    m_matrix = qobject_cast<MatrixModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (m_matrix)
        connect(m_matrix, &QAbstractItemModel::modelReset, this, &MatrixFilterProxy::prepareSearchText);
    prepareSearchText();
}

QVariant MatrixFilterProxy::data(const QModelIndex &index, int role) const
{
    // Every painted cell comes through here: the cheap role test first, parent() only for these.
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole && role != MatrixModel::DriftCountRole) || !m_matrix
        || !index.isValid() || index.parent().isValid())
        return QSortFilterProxyModel::data(index, role);
    const QModelIndex source = mapToSource(index);
    const int group = source.row();
    const int total = m_matrix->groupSize(group);
    const ShownCounts &shown = shownCounts(index.siblingAtColumn(0), group);
    if (shown.keys == total)
        return QSortFilterProxyModel::data(index, role);
    const int env = m_matrix->environmentForColumn(source.column());
    const bool verdicts = m_matrix->hasVerdicts() && size_t(env) < shown.driftCells.size();
    const QString title = categoryTitle(m_matrix->groupCategory(group));
    switch (role) {
    case Qt::DisplayRole:
        if (env < 0)
            return tr("%1 (%2 of %3)").arg(title, QLocale().toString(shown.keys), QLocale().toString(total));
        return verdicts ? QVariant(shown.driftCells[size_t(env)]) : QVariant();
    case MatrixModel::DriftCountRole:
        if (env < 0)
            return shown.driftKeys;
        return verdicts ? shown.driftCells[size_t(env)] : 0;
    default: // Qt::ToolTipRole
        if (env < 0)
            return tr("%n key(s) shown of %1, %2 of them drifting", nullptr, shown.keys)
                .arg(QLocale().toString(total), QLocale().toString(shown.driftKeys));
        return tr("%n drifting cell(s) among the keys shown in %1", nullptr,
                  verdicts ? shown.driftCells[size_t(env)] : 0)
            .arg(title);
    }
}

const MatrixFilterProxy::ShownCounts &MatrixFilterProxy::shownCounts(const QModelIndex &group, int sourceGroup) const
{
    if (const auto found = m_shownCounts.find(sourceGroup); found != m_shownCounts.end())
        return found->second;
    ShownCounts counts;
    counts.keys = rowCount(group);
    if (m_matrix->hasVerdicts()) {
        const DriftResult &result = m_matrix->driftResult();
        const int envs = result.environmentCount();
        counts.driftCells.assign(size_t(envs), 0);
        for (int k = 0; k < counts.keys; ++k) {
            const int row = m_matrix->snapshotRow(mapToSource(index(k, 0, group)));
            if (row < 0 || !result.rowHasDrift(row))
                continue;
            ++counts.driftKeys;
            for (int env = 0; env < envs; ++env) {
                if (isDrift(result.status(row, env)))
                    ++counts.driftCells[size_t(env)];
            }
        }
    }
    return m_shownCounts.emplace(sourceGroup, std::move(counts)).first->second;
}

void MatrixFilterProxy::prepareSearchText() const
{
    // Built in the background as soon as a snapshot arrives, so the first keystroke finds it
    // ready; a newer snapshot cancels the build for an older one.
    const SnapshotPtr current = m_matrix ? m_matrix->sharedSnapshot() : nullptr;
    if (current && current == m_searchSnapshot)
        return;
    if (m_searchCancel)
        m_searchCancel->store(true);
    m_searchCancel.reset();
    m_search.reset();
    m_searchBuild = {};
    m_searchSnapshot = current;
    if (!m_searchSnapshot)
        return;
    const CancelFlagPtr cancel = makeCancelFlag();
    m_searchCancel = cancel;
    m_searchBuild = QtConcurrent::run(
        [snapshot = m_searchSnapshot, cancel] { return SearchText::build(*snapshot, cancel.get()); });
}

bool MatrixFilterProxy::isSearchReady() const
{
    return m_search || (m_searchSnapshot && m_searchBuild.isFinished());
}

const SearchText &MatrixFilterProxy::searchText() const
{
    // The proxy may refilter before its modelReset slot has run: check the snapshot itself.
    if (m_searchSnapshot != m_matrix->sharedSnapshot())
        prepareSearchText();
    if (!m_search) {
        m_search = m_searchBuild.result();
        if (!m_search)
            m_search = SearchText::build(*m_searchSnapshot);
    }
    return *m_search;
}

void MatrixFilterProxy::setOnlyDivergences(bool only)
{
    if (m_onlyDivergences == only)
        return;
    m_onlyDivergences = only;
    refilter();
    emit filterChanged();
}

void MatrixFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    m_glob = isGlob(m_text);
    m_foldedText = m_glob ? QString() : SearchText::fold(m_text);
    m_globPrefix.clear();
    if (m_glob) {
        const auto wildcard
            = std::find_if(m_text.cbegin(), m_text.cend(), [](QChar c) { return c == u'*' || c == u'?'; });
        m_globPrefix = m_text.left(wildcard - m_text.cbegin());
    }
    refilter();
    emit filterChanged();
}

QSet<Category> MatrixFilterProxy::categories() const
{
    QSet<Category> set;
    for (int c = 0; c < CategoryCount; ++c) {
        if (m_categoryMask & (1u << c))
            set.insert(Category(c));
    }
    return set;
}

void MatrixFilterProxy::setCategories(const QSet<Category> &categories)
{
    quint32 mask = 0;
    for (Category c : categories)
        mask |= 1u << int(c);
    if (mask == m_categoryMask)
        return;
    m_categoryMask = mask;
    refilter();
    emit filterChanged();
}

void MatrixFilterProxy::setMinimumSeverity(Severity severity)
{
    if (m_minimumSeverity == severity)
        return;
    m_minimumSeverity = severity;
    refilter();
    emit filterChanged();
}

void MatrixFilterProxy::setVisibleEnvironments(const QList<int> &environments)
{
    if (m_visible == environments)
        return;
    m_visible = environments;
    m_visibleMask.clear();
    for (int env : environments) {
        if (env < 0)
            continue;
        if (size_t(env) >= m_visibleMask.size())
            m_visibleMask.resize(size_t(env) + 1, false);
        m_visibleMask[size_t(env)] = true;
    }
    // Rows depend on the environments only through the divergence check and the value search.
    if (m_onlyDivergences || (!m_text.isEmpty() && !m_glob))
        refilter();
    else
        invalidateColumnsFilter();
    emit filterChanged();
}

void MatrixFilterProxy::refilter()
{
    // Not invalidateRowsFilter(): Qt's incremental refilter inserts and removes scattered rows
    // one interval at a time, which over 100,000 rows costs up to ten times a rebuild of the
    // mapping (measured in tst_bench_matrixmodel). The layout change keeps persistent indexes,
    // so the selection and expanded groups survive.
    m_shownCounts.clear();
    invalidate();
}

void MatrixFilterProxy::setSortMode(SortMode mode)
{
    if (m_sortMode == mode)
        return;
    m_sortMode = mode;
    if (mode == SortMode::BySeverity && sortColumn() < 0)
        sort(0, Qt::AscendingOrder);
    else if (mode == SortMode::ByKey && sortOrder() == Qt::AscendingOrder)
        sort(-1); // back to the source order, which is the key order
    else
        invalidate();
    emit sortModeChanged(mode);
}

bool MatrixFilterProxy::isVisible(int environment) const
{
    return m_visibleMask.empty() || (size_t(environment) < m_visibleMask.size() && m_visibleMask[size_t(environment)]);
}

bool MatrixFilterProxy::diverges(int row) const
{
    const DriftResult &result = m_matrix->driftResult();
    if (result.stateSeverity(row) >= Severity::Warning)
        return true; // a metric or certificate in trouble everywhere still needs eyes
    const int envs = result.environmentCount();
    for (int env = 0; env < envs; ++env) {
        if (!isVisible(env))
            continue;
        const DriftStatus status = result.status(row, env);
        if (isDrift(status) || status == DriftStatus::Expected || status == DriftStatus::Unknown)
            return true;
    }
    return false;
}

bool MatrixFilterProxy::matchesText(int row) const
{
    if (m_glob) {
        const QString &key = m_matrix->snapshot()->key(row);
        return key.startsWith(m_globPrefix, Qt::CaseInsensitive) && globMatch(m_text, key, Qt::CaseInsensitive);
    }
    const SearchText &search = searchText();
    if (m_visibleMask.empty())
        return search.rowContains(row, m_foldedText);
    if (search.keyContains(row, m_foldedText))
        return true;
    const int envs = m_matrix->snapshot()->environmentCount();
    for (int env = 0; env < envs; ++env) {
        if (isVisible(env) && search.cellContains(row, env, m_foldedText))
            return true;
    }
    return false;
}

bool MatrixFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_matrix || !m_matrix->snapshot())
        return true;
    // Group rows never pass by themselves: recursive filtering shows them while a key passes.
    if (!sourceParent.isValid())
        return false;
    const int group = sourceParent.row();
    if (m_categoryMask && !(m_categoryMask & (1u << int(m_matrix->groupCategory(group)))))
        return false;
    const int row = m_matrix->snapshotRow(group, sourceRow);
    const bool verdicts = m_matrix->hasVerdicts();
    if (m_minimumSeverity != Severity::None && (!verdicts || m_matrix->driftResult().severity(row) < m_minimumSeverity))
        return false;
    if (m_onlyDivergences && (!verdicts || !diverges(row)))
        return false;
    return m_text.isEmpty() || matchesText(row);
}

bool MatrixFilterProxy::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    if (!m_matrix)
        return true;
    const int env = m_matrix->environmentForColumn(sourceColumn);
    return env < 0 || isVisible(env);
}

bool MatrixFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_matrix)
        return QSortFilterProxyModel::lessThan(left, right);
    const int a = m_matrix->snapshotRow(left);
    const int b = m_matrix->snapshotRow(right);
    if (a < 0 || b < 0) {
        // Groups: category order whichever way the view sorts. In descending order the proxy
        // asks lessThan(right, left), so answer the reverse to keep the same order.
        if (left.row() == right.row())
            return false;
        return (sortOrder() == Qt::AscendingOrder) == (left.row() < right.row());
    }
    if (m_sortMode == SortMode::BySeverity && m_matrix->hasVerdicts()) {
        const Severity sa = m_matrix->driftResult().severity(a);
        const Severity sb = m_matrix->driftResult().severity(b);
        if (sa != sb)
            return sa > sb;
    }
    // Snapshot rows are already in key order.
    return a < b;
}

} // namespace DriftDeck
