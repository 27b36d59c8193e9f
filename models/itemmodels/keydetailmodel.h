#pragma once

#include "celltext.h"
#include "drift/driftresult.h"
#include "snapshot/snapshot.h"

#include <QAbstractTableModel>

#include <vector>

namespace DriftDeck {

// One key across every environment, for the drill-down panel: what each environment says, its
// verdict, which layer set it, which source read it and when, and the rule that explains it.
class KeyDetailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EnvironmentColumn, ValueColumn, StatusColumn, WinningLayerColumn, SourceColumn, NoteColumn };
    Q_ENUM(Column)
    static constexpr int ColumnCount = 6;

    enum Role {
        StatusRole = Qt::UserRole + 1, // int DriftStatus
        NoteRole, // int CellNote
        RuleRole, // index into Policy::expected, -1 when none
        IsBaselineRole, // bool
        StaleRole, // bool
        EnvironmentRole, // QString, the environment's name
        ValueKindRole, // int ValueKind; invalid when the environment has no value
    };
    Q_ENUM(Role)

    explicit KeyDetailModel(QObject *parent = nullptr);
    ~KeyDetailModel() override;

    // Copies only this key's verdicts, so the model does not hold the whole result alive.
    void setKey(SnapshotPtr snapshot, const DriftResult &result, const QString &key);
    void clear();

    QString key() const { return m_key; }
    // The key's row in the snapshot, -1 when the snapshot does not have it.
    int snapshotRow() const { return m_row; }
    QList<ProvenanceStep> provenance(int environment) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Verdict {
        DriftStatus status = DriftStatus::Absent;
        CellNote note = CellNote::None;
        int rule = -1;
    };

    QString valueText(int environment) const;
    QString sourceText(int environment) const;
    QString noteText(int environment) const;
    const ExpectedDifference *rule(int environment) const;

    SnapshotPtr m_snapshot;
    QString m_key;
    int m_row = -1;
    int m_baseline = -1;
    std::vector<Verdict> m_verdicts; // by environment; empty when the result did not fit
};

} // namespace DriftDeck
