#pragma once

#include "snapshot/snapshotdiff.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace DriftDeck {

// One line of a snapshot comparison: a key added, removed or changed in one environment, or a
// cell whose drift against the baseline appeared or went away.
struct CompareRow {
    enum class Kind : quint8 { Added, Removed, Changed, NotComparable, NewDrift, ResolvedDrift };
    static constexpr int KindCount = 6;

    Kind kind = Kind::Changed;
    QString environment;
    QString key;
    QString before; // A's value or drift status; empty when A lacks it or it is a secret
    QString after;
    bool secret = false;
};

// The rows of a SnapshotDiff, grouped by environment (B's order), then by kind, then in row order.
class SnapshotCompareModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ChangeColumn, EnvironmentColumn, KeyColumn, BeforeColumn, AfterColumn, ColumnCount };
    static constexpr int KindRole = Qt::UserRole + 1; // int(CompareRow::Kind)

    explicit SnapshotCompareModel(QObject *parent = nullptr);

    void setDiff(const SnapshotDiff &diff, const QString &labelA, const QString &labelB);
    const CompareRow &compareRow(int row) const { return m_rows[row]; }
    int count(CompareRow::Kind kind) const { return m_counts[int(kind)]; }
    static QString kindTitle(CompareRow::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CompareRow> m_rows;
    std::array<int, CompareRow::KindCount> m_counts{};
    QString m_labelA;
    QString m_labelB;
};

// Narrows the comparison to keys containing a text, one environment and one kind of change.
class SnapshotCompareFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text);
    void setEnvironment(const QString &environment); // empty: all
    void setKind(int kind); // int(CompareRow::Kind), or -1 for all

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_environment;
    int m_kind = -1;
};

} // namespace DriftDeck
