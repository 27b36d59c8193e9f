#include "matrixmodel.h"

#include "celltext.h"

#include <QLocale>

#include <algorithm>

namespace DriftDeck {

namespace {
// Index ids: 0 marks a group row; a key row stores its group + 1.
constexpr quintptr GroupId = 0;
} // namespace

MatrixModel::MatrixModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

MatrixModel::~MatrixModel() = default;

void MatrixModel::setSnapshot(SnapshotPtr snapshot, DriftResult result)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_result = std::move(result);
    m_hasVerdicts = m_snapshot && m_result.rowCount() == m_snapshot->rowCount()
        && m_result.environmentCount() == m_snapshot->environmentCount();
    buildGroups();
    countDrift();
    endResetModel();
}

void MatrixModel::setDriftResult(DriftResult result)
{
    if (!m_snapshot)
        return;
    const bool fits
        = result.rowCount() == m_snapshot->rowCount() && result.environmentCount() == m_snapshot->environmentCount();
    if (!fits) {
        // Not a new verdict for these rows but a programming error upstream: show no verdicts
        // rather than read out of bounds.
        qWarning("MatrixModel: drift result of %d x %d does not fit the snapshot of %d x %d", result.rowCount(),
                 result.environmentCount(), m_snapshot->rowCount(), m_snapshot->environmentCount());
        result = DriftResult();
    }
    m_result = std::move(result);
    m_hasVerdicts = fits;
    countDrift();

    const int lastColumn = columnCount() - 1;
    if (!m_groups.empty()) {
        emit dataChanged(index(0, 0), index(groupCount() - 1, lastColumn));
        for (int g = 0; g < groupCount(); ++g) {
            const QModelIndex group = index(g, 0);
            emit dataChanged(index(0, 0, group), index(groupSize(g) - 1, lastColumn, group));
        }
    }
    emit headerDataChanged(Qt::Horizontal, 0, lastColumn);
}

void MatrixModel::buildGroups()
{
    m_groups.clear();
    if (!m_snapshot)
        return;
    const QStringList &keys = m_snapshot->keys();
    auto begin = keys.cbegin();
    for (int c = 0; c < CategoryCount && begin != keys.cend(); ++c) {
        const auto category = Category(c);
        const auto end = std::partition_point(
            begin, keys.cend(), [category](const QString &key) { return categoryOfKey(key) <= category; });
        if (end != begin) {
            Group group;
            group.category = category;
            group.first = int(begin - keys.cbegin());
            group.count = int(end - begin);
            m_groups.push_back(std::move(group));
        }
        begin = end;
    }
}

void MatrixModel::countDrift()
{
    const int envs = m_snapshot ? m_snapshot->environmentCount() : 0;
    for (Group &group : m_groups) {
        group.driftKeys = 0;
        group.severity = Severity::None;
        group.driftCells.assign(size_t(envs), 0);
        if (!m_hasVerdicts)
            continue;
        for (int row = group.first; row < group.first + group.count; ++row) {
            const Severity severity = m_result.severity(row);
            group.severity = std::max(group.severity, severity);
            if (!m_result.rowHasDrift(row))
                continue;
            ++group.driftKeys;
            for (int env = 0; env < envs; ++env) {
                if (isDrift(m_result.status(row, env)))
                    ++group.driftCells[size_t(env)];
            }
        }
    }
}

int MatrixModel::groupOf(const QModelIndex &index) const
{
    return index.internalId() == GroupId ? -1 : int(index.internalId() - 1);
}

QModelIndex MatrixModel::indexForKey(const QString &key, int column) const
{
    if (!m_snapshot || column < 0 || column >= columnCount())
        return {};
    const int row = m_snapshot->rowOf(key);
    if (row < 0)
        return {};
    for (int g = 0; g < groupCount(); ++g) {
        const Group &group = m_groups[size_t(g)];
        if (row >= group.first && row < group.first + group.count)
            return createIndex(row - group.first, column, quintptr(g) + 1);
    }
    return {};
}

int MatrixModel::snapshotRow(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupId)
        return -1;
    return snapshotRow(groupOf(index), index.row());
}

int MatrixModel::environmentForColumn(int column) const
{
    const int envs = m_snapshot ? m_snapshot->environmentCount() : 0;
    return (column >= 1 && column <= envs) ? column - 1 : -1;
}

QModelIndex MatrixModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex MatrixModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(groupOf(child), 0, GroupId);
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return groupCount();
    if (parent.internalId() == GroupId && parent.column() == 0)
        return groupSize(parent.row());
    return 0;
}

int MatrixModel::columnCount(const QModelIndex &) const
{
    return 1 + (m_snapshot ? m_snapshot->environmentCount() : 0);
}

Qt::ItemFlags MatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != GroupId || index.column() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::DoNotUseParent))
        return {};
    if (index.internalId() == GroupId)
        return groupData(index.row(), index.column(), role);
    return keyData(snapshotRow(groupOf(index), index.row()), index.column(), role);
}

QVariant MatrixModel::groupData(int g, int column, int role) const
{
    const Group &group = m_groups[size_t(g)];
    const int env = environmentForColumn(column);
    switch (role) {
    case Qt::DisplayRole:
        if (env < 0)
            return tr("%1 (%2)").arg(categoryTitle(group.category), QLocale().toString(group.count));
        return m_hasVerdicts ? QVariant(group.driftCells[size_t(env)]) : QVariant();
    case Qt::ToolTipRole:
        if (env < 0)
            return tr("%n key(s), %1 drifting", nullptr, group.count).arg(QLocale().toString(group.driftKeys));
        return tr("%n drifting cell(s) in %1", nullptr, group.driftCells[size_t(env)])
            .arg(categoryTitle(group.category));
    case IsGroupRole:
        return true;
    case CategoryRole:
        return int(group.category);
    case SeverityRole:
        return m_hasVerdicts ? QVariant(int(group.severity)) : QVariant();
    case DriftCountRole:
        return env < 0 ? group.driftKeys : group.driftCells[size_t(env)];
    case EnvironmentRole:
        return env < 0 ? QVariant() : QVariant(m_snapshot->environments[env].name);
    case IsBaselineColumnRole:
        return env >= 0 && m_hasVerdicts && env == m_result.baseline();
    default:
        return {};
    }
}

QVariant MatrixModel::keyData(int row, int column, int role) const
{
    const int env = environmentForColumn(column);
    switch (role) {
    case KeyRole:
        return m_snapshot->key(row);
    case CategoryRole:
        return int(categoryOfKey(m_snapshot->key(row)));
    case SeverityRole:
        return m_hasVerdicts ? QVariant(int(m_result.severity(row))) : QVariant();
    case IsGroupRole:
        return false;
    default:
        break;
    }
    if (env >= 0)
        return cellData(row, env, role);

    const QString &key = m_snapshot->key(row);
    switch (role) {
    case Qt::DisplayRole: {
        // The group already says the namespace: "database.poolSize" under Configuration.
        const qsizetype slash = key.indexOf(u'/');
        return slash < 0 ? key : key.mid(slash + 1);
    }
    case Qt::ToolTipRole:
        if (m_hasVerdicts && m_result.severity(row) != Severity::None) {
            QString tip = tr("%1\nSeverity: %2").arg(key, severityTitle(m_result.severity(row)));
            if (const QString reason = m_result.stateReason(row); !reason.isEmpty())
                tip += u'\n' + reason; // a moved tag: which digest the tag names, which one runs
            return tip;
        }
        return key;
    default:
        return {};
    }
}

QVariant MatrixModel::cellData(int row, int env, int role) const
{
    const Entry *entry = m_snapshot->entry(row, env);
    switch (role) {
    case Qt::DisplayRole:
        return CellText::display(m_snapshot->key(row), entry);
    case Qt::ToolTipRole:
        if (!m_hasVerdicts)
            return CellText::display(m_snapshot->key(row), entry);
        return CellText::toolTip(*m_snapshot, m_result, row, env);
    case StatusRole:
        return m_hasVerdicts ? QVariant(int(m_result.status(row, env))) : QVariant();
    case NoteRole:
        return m_hasVerdicts ? QVariant(int(m_result.note(row, env))) : QVariant();
    case RuleRole:
        return m_hasVerdicts ? m_result.rule(row, env) : -1;
    case IsBaselineColumnRole:
        return m_hasVerdicts && env == m_result.baseline();
    case ValueKindRole:
        return entry ? QVariant(int(entry->value.kind())) : QVariant();
    case StaleRole:
        return entry && entry->stale;
    case EnvironmentRole:
        return m_snapshot->environments[env].name;
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const int env = environmentForColumn(section);
    if (env < 0)
        return role == Qt::DisplayRole ? QVariant(tr("Key")) : QVariant();

    const EnvironmentCapture &capture = m_snapshot->environments[env];
    const QString title = capture.displayName.isEmpty() ? capture.name : capture.displayName;
    const bool baseline = m_hasVerdicts && env == m_result.baseline();
    switch (role) {
    case Qt::DisplayRole:
        return title;
    case EnvironmentRole:
        return capture.name;
    case EnvironmentGroupRole:
        return capture.group;
    case IsBaselineRole:
        return baseline;
    case ParityRole:
        return m_hasVerdicts ? QVariant(m_result.parity(env).score()) : QVariant();
    case DriftCellsRole:
        return m_hasVerdicts ? QVariant(m_result.parity(env).drift) : QVariant();
    case Qt::ToolTipRole: {
        if (baseline)
            return tr("%1 is the baseline").arg(title);
        if (!m_hasVerdicts)
            return title;
        const EnvironmentParity &p = m_result.parity(env);
        const QLocale locale;
        return tr("Parity %1 %\n%2 drifting, %3 expected, %4 unknown of %5 compared")
            .arg(locale.toString(p.score() * 100, 'f', 1), locale.toString(p.drift), locale.toString(p.expected),
                 locale.toString(p.unknown), locale.toString(p.compared));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> MatrixModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(QHash<int, QByteArray>{{KeyRole, "key"},
                                        {CategoryRole, "category"},
                                        {StatusRole, "status"},
                                        {NoteRole, "note"},
                                        {SeverityRole, "severity"},
                                        {RuleRole, "rule"},
                                        {IsGroupRole, "isGroup"},
                                        {IsBaselineColumnRole, "isBaselineColumn"},
                                        {ValueKindRole, "valueKind"},
                                        {StaleRole, "stale"},
                                        {EnvironmentRole, "environment"},
                                        {DriftCountRole, "driftCount"}});
    return names;
}

} // namespace DriftDeck
