#include "driftresult.h"

namespace DriftDeck {

DriftResult::DriftResult(int rows, int environments, int baseline)
    : m_rows(rows)
    , m_envs(environments)
    , m_baseline(baseline)
    , m_status(size_t(rows) * size_t(environments), quint8(DriftStatus::Absent))
    , m_note(size_t(rows) * size_t(environments), quint8(CellNote::None))
    , m_rule(size_t(rows) * size_t(environments), qint16(-1))
    , m_severity(size_t(rows), quint8(Severity::None))
    , m_stateSeverity(size_t(rows), quint8(Severity::None))
    , m_parity(environments)
{
}

bool DriftResult::rowHasDriftAmong(int row, const QList<int> &environments) const
{
    for (int env : environments) {
        if (env != m_baseline && isDrift(status(row, env)))
            return true;
    }
    return false;
}

size_t DriftResult::memoryUsage() const
{
    return m_status.capacity() + m_note.capacity() + m_rule.capacity() * sizeof(qint16) + m_severity.capacity()
        + m_stateSeverity.capacity() + size_t(m_parity.capacity()) * sizeof(EnvironmentParity) + sizeof(*this);
}

} // namespace DriftDeck
