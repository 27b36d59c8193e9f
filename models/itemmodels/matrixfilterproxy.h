#pragma once

#include "background/cancelflag.h"
#include "drift/driftstatus.h"
#include "snapshot/snapshot.h"
#include "values/category.h"

#include <QFuture>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>

#include <atomic>
#include <memory>
#include <unordered_map>
#include <vector>

namespace DriftDeck {

class MatrixModel;
class SearchText;

// What the matrix shows: only divergences (by default), keys or values matching a text or a
// glob, some categories, a minimum severity, and only some environments. Group rows show while
// any of their keys passes. Filtering reads the snapshot and drift result directly, so typing
// in the filter box stays fast over 100,000 keys.
class MatrixFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(bool onlyDivergences READ onlyDivergences WRITE setOnlyDivergences NOTIFY filterChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterChanged)
    Q_PROPERTY(SortMode sortMode READ sortMode WRITE setSortMode NOTIFY sortModeChanged)
public:
    enum class SortMode { ByKey, BySeverity };
    Q_ENUM(SortMode)

    explicit MatrixFilterProxy(QObject *parent = nullptr);
    ~MatrixFilterProxy() override;

    void setSourceModel(QAbstractItemModel *model) override;
    // Group rows count what the filter shows: "Configuration (4 of 23)", and drift per
    // environment among those keys, when the filter hides some of the group's keys.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    MatrixModel *matrixModel() const { return m_matrix; }

    // A key passes when it drifts, differs as expected, or is unknown in a visible environment.
    bool onlyDivergences() const { return m_onlyDivergences; }
    void setOnlyDivergences(bool only);

    // Plain text: a case-insensitive substring of the full key or of a visible cell's value.
    // With '*' or '?': a glob over the full key ("config/database.*").
    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);

    // Empty: every category.
    QSet<Category> categories() const;
    void setCategories(const QSet<Category> &categories);

    Severity minimumSeverity() const { return m_minimumSeverity; }
    void setMinimumSeverity(Severity severity);

    // Snapshot environment indexes; empty: all. Hides the other environment columns and limits
    // the divergence check and the value search to these.
    QList<int> visibleEnvironments() const { return m_visible; }
    void setVisibleEnvironments(const QList<int> &environments);

    // By key (the snapshot order), or by severity (worst first, then key). Groups keep their
    // category order either way.
    SortMode sortMode() const { return m_sortMode; }
    void setSortMode(SortMode mode);

    // The text search reads a folded copy of the snapshot built in the background when a
    // snapshot arrives (about a second for 2,000,000 cells); until then a text filter waits.
    bool isSearchReady() const;

Q_SIGNALS:
    void filterChanged();
    void sortModeChanged(DriftDeck::MatrixFilterProxy::SortMode mode);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void prepareSearchText() const;
    const SearchText &searchText() const;
    bool isVisible(int environment) const;
    bool diverges(int row) const;
    bool matchesText(int row) const;

    // What a group shows under the current filter; counted when first asked after the rows or
    // the verdicts changed (each group row asks many times per paint).
    struct ShownCounts {
        int keys = 0;
        int driftKeys = 0;
        std::vector<int> driftCells; // by environment
    };
    const ShownCounts &shownCounts(const QModelIndex &group, int sourceGroup) const;
    mutable std::unordered_map<int, ShownCounts> m_shownCounts; // by source group row

    MatrixModel *m_matrix = nullptr;
    bool m_onlyDivergences = true;
    QString m_text;
    QString m_foldedText; // plain text, case-folded once for the search
    bool m_glob = false;
    QString m_globPrefix; // the literal start of a glob, to reject most keys with one comparison
    quint32 m_categoryMask = 0; // bit per Category; 0: all
    Severity m_minimumSeverity = Severity::None;
    QList<int> m_visible;
    std::vector<bool> m_visibleMask; // by environment; empty: all
    SortMode m_sortMode = SortMode::ByKey;

    // The folded text of the current snapshot, for plain-text search; built off the GUI thread.
    mutable SnapshotPtr m_searchSnapshot;
    mutable QFuture<std::shared_ptr<const SearchText>> m_searchBuild;
    mutable std::shared_ptr<const SearchText> m_search;
    mutable CancelFlagPtr m_searchCancel;
};

} // namespace DriftDeck
