#include "snapshotcomparemodel.h"

#include "cellstyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace DriftDeck {

namespace {

QString statusText(DriftStatus status)
{
    return status == DriftStatus::Absent ? QString() : driftStatusTitle(status);
}

} // namespace

SnapshotCompareModel::SnapshotCompareModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SnapshotCompareModel::setDiff(const SnapshotDiff &diff, const QString &labelA, const QString &labelB)
{
    using Kind = CompareRow::Kind;
    beginResetModel();
    m_rows.clear();
    m_counts = {};
    m_labelA = labelA;
    m_labelB = labelB;
    for (const EnvironmentDiff &env : diff.environments) {
        const QString &name = env.environment;
        for (const QString &key : env.added)
            m_rows.append({Kind::Added, name, key, {}, {}, false});
        for (const QString &key : env.removed)
            m_rows.append({Kind::Removed, name, key, {}, {}, false});
        for (const ChangedKey &changed : env.changed)
            m_rows.append({Kind::Changed, name, changed.key, changed.oldDisplay, changed.newDisplay, changed.secret});
        for (const QString &key : env.notComparable)
            m_rows.append({Kind::NotComparable, name, key, {}, {}, true});
        for (const DriftChange &change : diff.newDrift) {
            if (change.environment == name)
                m_rows.append(
                    {Kind::NewDrift, name, change.key, statusText(change.before), statusText(change.after), false});
        }
        for (const DriftChange &change : diff.resolvedDrift) {
            if (change.environment == name)
                m_rows.append({Kind::ResolvedDrift, name, change.key, statusText(change.before),
                               statusText(change.after), false});
        }
    }
    for (const CompareRow &row : std::as_const(m_rows))
        ++m_counts[int(row.kind)];
    endResetModel();
}

QString SnapshotCompareModel::kindTitle(CompareRow::Kind kind)
{
    switch (kind) {
    case CompareRow::Kind::Added:
        return tr("Added");
    case CompareRow::Kind::Removed:
        return tr("Removed");
    case CompareRow::Kind::Changed:
        return tr("Changed");
    case CompareRow::Kind::NotComparable:
        return tr("Cannot compare");
    case CompareRow::Kind::NewDrift:
        return tr("New drift");
    case CompareRow::Kind::ResolvedDrift:
        break;
    }
    return tr("Resolved drift");
}

int SnapshotCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SnapshotCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotCompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CompareRow &row = m_rows[index.row()];
    const bool valueColumn = index.column() == BeforeColumn || index.column() == AfterColumn;
    const QString &value = index.column() == BeforeColumn ? row.before : row.after;
    // The side that has an added or removed key: the comparison holds no value for it.
    const bool unknown = (row.kind == CompareRow::Kind::Added && index.column() == AfterColumn)
        || (row.kind == CompareRow::Kind::Removed && index.column() == BeforeColumn);
    // Nothing to show on that side: the key is absent there, or it is a secret.
    const bool placeholder = valueColumn && value.isEmpty() && !unknown;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ChangeColumn:
            return kindTitle(row.kind);
        case EnvironmentColumn:
            return row.environment;
        case KeyColumn:
            return row.key;
        default:
            if (!placeholder)
                return role == Qt::DisplayRole ? value.left(500) : value.left(4000);
            // "—": not there (or no drift status, as when the key was absent).
            return row.secret ? tr("secret (not shown)") : tr("—");
        }
    case Qt::FontRole:
        if (placeholder) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (placeholder)
            return CellColours::muted(QGuiApplication::palette());
        return {};
    case KindRole:
        return int(row.kind);
    default:
        return {};
    }
}

QVariant SnapshotCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case EnvironmentColumn:
        return tr("Environment");
    case KeyColumn:
        return tr("Key");
    case BeforeColumn:
        return m_labelA.isEmpty() ? tr("Before") : m_labelA;
    case AfterColumn:
        return m_labelB.isEmpty() ? tr("After") : m_labelB;
    default:
        return {};
    }
}

void SnapshotCompareFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void SnapshotCompareFilter::setEnvironment(const QString &environment)
{
    m_environment = environment;
    invalidateRowsFilter();
}

void SnapshotCompareFilter::setKind(int kind)
{
    m_kind = kind;
    invalidateRowsFilter();
}

bool SnapshotCompareFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const SnapshotCompareModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const CompareRow &row = model->compareRow(sourceRow);
    if (m_kind >= 0 && int(row.kind) != m_kind)
        return false;
    if (!m_environment.isEmpty() && row.environment != m_environment)
        return false;
    return m_text.isEmpty() || row.key.contains(m_text, Qt::CaseInsensitive);
}

} // namespace DriftDeck
