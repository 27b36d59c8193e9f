#pragma once

#include "drift/driftresult.h"
#include "snapshot/snapshot.h"
#include "values/category.h"

#include <QAbstractItemModel>

#include <vector>

namespace DriftDeck {

// The drift matrix as a two-level tree: category groups (only those with keys, in Category
// order), each holding its keys; column 0 is the key, one column per environment follows.
// Cells are read straight from the snapshot and the drift result, so data() is O(1) and a
// snapshot of millions of cells costs no per-cell strings. Colours are the views' business:
// the model gives statuses, notes and severities as roles.
class MatrixModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString, the full key
        CategoryRole, // int Category
        StatusRole, // int DriftStatus (environment cells)
        NoteRole, // int CellNote
        SeverityRole, // int Severity of the row (of the group: its worst row)
        RuleRole, // index into Policy::expected, -1 when none
        IsGroupRole, // bool
        IsBaselineColumnRole, // bool
        ValueKindRole, // int ValueKind; invalid when the environment has no value
        StaleRole, // bool: the value is the last one read before its source failed
        EnvironmentRole, // QString, the environment's name (cells and headers)
        DriftCountRole, // groups: drifting keys (column 0) or drifting cells (environment columns)
        // Header roles for the environment sections.
        ParityRole, // double 0..1
        DriftCellsRole, // int
        IsBaselineRole, // bool
        EnvironmentGroupRole, // QString: a discovered environment's group; empty for declared ones
    };
    Q_ENUM(Role)

    explicit MatrixModel(QObject *parent = nullptr);
    ~MatrixModel() override;

    // A new snapshot: the rows change, so this resets the model.
    void setSnapshot(SnapshotPtr snapshot, DriftResult result);
    // The baseline or the policy changed: same rows, new verdicts. Emits dataChanged rather than
    // resetting, so selection, expansion and scroll position survive.
    void setDriftResult(DriftResult result);

    const Snapshot *snapshot() const { return m_snapshot.get(); }
    SnapshotPtr sharedSnapshot() const { return m_snapshot; }
    const DriftResult &driftResult() const { return m_result; }
    // The result fits the snapshot (same rows and environments); otherwise no verdicts are shown.
    bool hasVerdicts() const { return m_hasVerdicts; }

    QModelIndex indexForKey(const QString &key, int column = 0) const;
    // The snapshot row of a key index; -1 for group rows and invalid indexes.
    int snapshotRow(const QModelIndex &index) const;
    // The environment shown in a column; -1 for the key column.
    int environmentForColumn(int column) const;
    int columnForEnvironment(int environment) const { return environment + 1; }

    int groupCount() const { return int(m_groups.size()); }
    Category groupCategory(int group) const { return m_groups[size_t(group)].category; }
    int groupSize(int group) const { return m_groups[size_t(group)].count; }
    int snapshotRow(int group, int childRow) const { return m_groups[size_t(group)].first + childRow; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // Keys of one category are contiguous in the snapshot (it orders rows by category, then
    // key), so a group is a range of snapshot rows.
    struct Group {
        Category category = Category::Other;
        int first = 0;
        int count = 0;
        int driftKeys = 0;
        Severity severity = Severity::None;
        std::vector<int> driftCells; // per environment
    };

    void buildGroups();
    void countDrift();
    int groupOf(const QModelIndex &index) const; // -1 for top-level (group) indexes
    QVariant groupData(int group, int column, int role) const;
    QVariant keyData(int row, int column, int role) const;
    QVariant cellData(int row, int environment, int role) const;

    SnapshotPtr m_snapshot;
    DriftResult m_result;
    bool m_hasVerdicts = false;
    std::vector<Group> m_groups;
};

} // namespace DriftDeck
