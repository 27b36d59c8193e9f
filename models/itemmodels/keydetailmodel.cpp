#include "keydetailmodel.h"

#include <QLocale>

namespace DriftDeck {

KeyDetailModel::KeyDetailModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

KeyDetailModel::~KeyDetailModel() = default;

void KeyDetailModel::setKey(SnapshotPtr snapshot, const DriftResult &result, const QString &key)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_key = key;
    m_row = m_snapshot ? m_snapshot->rowOf(key) : -1;
    m_verdicts.clear();
    m_baseline = -1;
    if (m_row >= 0 && result.rowCount() == m_snapshot->rowCount()
        && result.environmentCount() == m_snapshot->environmentCount()) {
        m_baseline = result.baseline();
        m_verdicts.resize(size_t(result.environmentCount()));
        for (int env = 0; env < result.environmentCount(); ++env)
            m_verdicts[size_t(env)] = {result.status(m_row, env), result.note(m_row, env), result.rule(m_row, env)};
    }
    endResetModel();
}

void KeyDetailModel::clear()
{
    setKey({}, {}, {});
}

QList<ProvenanceStep> KeyDetailModel::provenance(int environment) const
{
    if (m_row < 0 || environment < 0 || environment >= m_snapshot->environmentCount())
        return {};
    return CellText::provenance(*m_snapshot, m_row, environment);
}

int KeyDetailModel::rowCount(const QModelIndex &parent) const
{
    return (parent.isValid() || m_row < 0) ? 0 : m_snapshot->environmentCount();
}

int KeyDetailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ExpectedDifference *KeyDetailModel::rule(int environment) const
{
    if (m_verdicts.empty())
        return nullptr;
    const int index = m_verdicts[size_t(environment)].rule;
    const auto &rules = m_snapshot->policy.expected;
    return (index >= 0 && index < rules.size()) ? &rules[index] : nullptr;
}

QString KeyDetailModel::valueText(int environment) const
{
    const Entry *entry = m_snapshot->entry(m_row, environment);
    // A secret is shown as what is known about it: same as the baseline or not.
    if (entry && entry->value.isSecret())
        return m_verdicts.empty() ? CellText::secretPlaceholder()
                                  : driftStatusTitle(m_verdicts[size_t(environment)].status);
    return CellText::display(m_key, entry);
}

QString KeyDetailModel::sourceText(int environment) const
{
    const EnvironmentCapture &capture = m_snapshot->environments[environment];
    const Entry *entry = m_snapshot->entry(m_row, environment);
    const SourceStatus *source = nullptr;
    if (entry && entry->source >= 0 && entry->source < capture.sources.size())
        source = &capture.sources[entry->source];
    if (!source) {
        for (const SourceStatus &candidate : capture.sources) {
            if (candidate.covers(m_key)) {
                source = &candidate;
                break;
            }
        }
    }
    if (!source)
        return {};
    const QString name = source->label.isEmpty() ? source->id : source->label;
    const QLocale locale;
    if (source->state == SourceState::Failed || source->state == SourceState::Cancelled) {
        QString text = source->error.isEmpty() ? tr("%1 — %2").arg(name, sourceStateName(source->state))
                                               : tr("%1 — failed: %2").arg(name, source->error);
        if (entry && entry->stale && source->lastSuccess.isValid())
            text += u' '
                + tr("(value from %1)").arg(locale.toString(source->lastSuccess.toLocalTime(), QLocale::ShortFormat));
        return text;
    }
    if (!source->fetchedAt.isValid())
        return name;
    return tr("%1 · %2").arg(name, locale.toString(source->fetchedAt.toLocalTime(), QLocale::ShortFormat));
}

QString KeyDetailModel::noteText(int environment) const
{
    if (m_verdicts.empty())
        return {};
    const Verdict &verdict = m_verdicts[size_t(environment)];
    if (const ExpectedDifference *r = rule(environment)) {
        const QString text = CellText::rule(*r, verdict.note == CellNote::ExpiredRule);
        return verdict.note == CellNote::ExpiredRule ? cellNoteText(verdict.note) + u'\n' + text : text;
    }
    return cellNoteText(verdict.note);
}

QVariant KeyDetailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int env = index.row();
    const EnvironmentCapture &capture = m_snapshot->environments[env];
    const Entry *entry = m_snapshot->entry(m_row, env);
    const bool verdicts = !m_verdicts.empty();

    switch (role) {
    case StatusRole:
        return verdicts ? QVariant(int(m_verdicts[size_t(env)].status)) : QVariant();
    case NoteRole:
        return verdicts ? QVariant(int(m_verdicts[size_t(env)].note)) : QVariant();
    case RuleRole:
        return verdicts ? m_verdicts[size_t(env)].rule : -1;
    case IsBaselineRole:
        return env == m_baseline;
    case StaleRole:
        return entry && entry->stale;
    case EnvironmentRole:
        return capture.name;
    case ValueKindRole:
        return entry ? QVariant(int(entry->value.kind())) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case EnvironmentColumn: {
        const QString title = capture.displayName.isEmpty() ? capture.name : capture.displayName;
        if (role == Qt::ToolTipRole && env == m_baseline)
            return tr("%1 (baseline)").arg(title);
        return title;
    }
    case ValueColumn:
        if (role == Qt::ToolTipRole) {
            // In a unit the cell rounds ("953.67 MiB"); the tooltip says what was read.
            const QString raw = CellText::rawWhenInUnit(m_key, entry);
            if (!raw.isEmpty())
                return tr("%1 (read as %2)").arg(valueText(env), raw);
        }
        return valueText(env);
    case StatusColumn:
        if (!verdicts)
            return {};
        if (role == Qt::ToolTipRole && m_verdicts[size_t(env)].note != CellNote::None)
            return cellNoteText(m_verdicts[size_t(env)].note);
        return driftStatusTitle(m_verdicts[size_t(env)].status);
    case WinningLayerColumn: {
        const QList<ProvenanceStep> steps = provenance(env);
        if (steps.isEmpty())
            return QString();
        return role == Qt::ToolTipRole && !steps.last().location.isEmpty() ? steps.last().location
                                                                           : steps.last().where();
    }
    case SourceColumn:
        return sourceText(env);
    case NoteColumn:
        return noteText(env);
    default:
        return {};
    }
}

QVariant KeyDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EnvironmentColumn:
        return tr("Environment");
    case ValueColumn:
        return tr("Value");
    case StatusColumn:
        return tr("Status");
    case WinningLayerColumn:
        return tr("Winning layer");
    case SourceColumn:
        return tr("Source");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace DriftDeck
