#pragma once

#include "driftstatus.h"

#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <vector>

namespace DriftDeck {

// How well one environment matches the baseline.
struct EnvironmentParity {
    int compared = 0; // cells with a verdict: same, expected or drift (not unknown/absent/ignored)
    int matching = 0; // same, secret-same or expected
    int drift = 0; // differs, missing here, only here, secret differs
    int expected = 0;
    int unknown = 0;
    int critical = 0; // drifting cells in critical rows

    // Share of compared keys that match the baseline or are expected; 1 when nothing compared.
    double score() const { return compared ? double(matching) / compared : 1.0; }
};

// The verdict for every cell of a snapshot against one baseline. Compact (four bytes a cell)
// because large workspaces hold millions of cells.
class DriftResult
{
public:
    DriftResult() = default;
    DriftResult(int rows, int environments, int baseline);

    int rowCount() const { return m_rows; }
    int environmentCount() const { return m_envs; }
    int baseline() const { return m_baseline; }
    bool isEmpty() const { return m_rows == 0 || m_envs == 0; }

    DriftStatus status(int row, int env) const { return DriftStatus(m_status[index(row, env)]); }
    CellNote note(int row, int env) const { return CellNote(m_note[index(row, env)]); }
    // The expected-difference rule (index into Policy::expected) that covers the cell, or that
    // covered it until it expired; -1 when none.
    int rule(int row, int env) const { return m_rule[index(row, env)]; }
    // How bad the row is: the worse of its drift and its state.
    Severity severity(int row) const
    {
        return Severity(std::max(m_severity[size_t(row)], m_stateSeverity[size_t(row)]));
    }
    // From differences between environments only.
    Severity driftSeverity(int row) const { return Severity(m_severity[size_t(row)]); }
    // From the values themselves, whether or not environments agree: a metric past its critical
    // limit, a certificate about to expire (see DriftEngine).
    Severity stateSeverity(int row) const { return Severity(m_stateSeverity[size_t(row)]); }
    // Why the row's state is bad when the values alone do not say it ("ops flag … is on in
    // production", "tag 2.14.0 now names sha256:… in the registry; the pods run …"); empty
    // otherwise. Few rows have one, so they are kept apart.
    QString stateReason(int row) const { return m_stateReasons.value(row); }
    // Some environment (other than the baseline) drifts on this row.
    bool rowHasDrift(int row) const { return driftSeverity(row) >= Severity::Warning; }
    // Drift among a subset of environments (for "compare only these two").
    bool rowHasDriftAmong(int row, const QList<int> &environments) const;
    const EnvironmentParity &parity(int env) const { return m_parity[env]; }
    int driftRowCount() const { return m_driftRows; }

    void set(int row, int env, DriftStatus status, CellNote note = CellNote::None, int rule = -1)
    {
        const size_t i = index(row, env);
        m_status[i] = quint8(status);
        m_note[i] = quint8(note);
        m_rule[i] = qint16(rule);
    }
    void setSeverity(int row, Severity severity) { m_severity[size_t(row)] = quint8(severity); }
    void setStateSeverity(int row, Severity severity) { m_stateSeverity[size_t(row)] = quint8(severity); }
    void setStateReason(int row, const QString &reason) { m_stateReasons.insert(row, reason); }
    EnvironmentParity &parity(int env) { return m_parity[env]; }
    void setDriftRowCount(int count) { m_driftRows = count; }

    // Bytes this result holds, for the memory benchmark.
    size_t memoryUsage() const;

private:
    size_t index(int row, int env) const { return size_t(row) * size_t(m_envs) + size_t(env); }

    int m_rows = 0;
    int m_envs = 0;
    int m_baseline = -1;
    int m_driftRows = 0;
    std::vector<quint8> m_status;
    std::vector<quint8> m_note;
    std::vector<qint16> m_rule;
    std::vector<quint8> m_severity;
    std::vector<quint8> m_stateSeverity;
    QList<EnvironmentParity> m_parity;
    QHash<int, QString> m_stateReasons;
};

} // namespace DriftDeck
