#include "driftwatch.h"

#include "drift/driftresult.h"
#include "matrixdelegate.h"

namespace DriftDeck {

DriftWatch::DriftWatch(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &DriftWatch::refreshDue);
}

void DriftWatch::setInterval(int seconds)
{
    m_seconds = std::max(0, seconds);
    if (m_seconds == 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_seconds * 1000);
}

QSet<QString> DriftWatch::driftingCells(const Snapshot &snapshot, const DriftResult &result)
{
    QSet<QString> cells;
    if (result.rowCount() != snapshot.rowCount() || result.environmentCount() != snapshot.environmentCount())
        return cells;
    for (int row = 0; row < snapshot.rowCount(); ++row) {
        if (!result.rowHasDrift(row))
            continue;
        for (int env = 0; env < snapshot.environmentCount(); ++env) {
            if (isDrift(result.status(row, env)))
                cells.insert(MatrixDelegate::newDriftId(snapshot.key(row), snapshot.environments[env].name));
        }
    }
    return cells;
}

QSet<QString> DriftWatch::compare(const Snapshot &snapshot, const DriftResult &result)
{
    QSet<QString> now = driftingCells(snapshot, result);
    m_new.clear();
    if (m_hasPrevious && m_workspace == snapshot.workspacePath) {
        for (const QString &cell : std::as_const(now)) {
            if (!m_previous.contains(cell))
                m_new.insert(cell);
        }
    }
    m_previous = std::move(now);
    m_workspace = snapshot.workspacePath;
    m_hasPrevious = true;
    return m_new;
}

void DriftWatch::rebase(const Snapshot &snapshot, const DriftResult &result)
{
    m_previous = driftingCells(snapshot, result);
    m_workspace = snapshot.workspacePath;
    m_hasPrevious = true;
    m_new.clear();
}

void DriftWatch::reset()
{
    m_previous.clear();
    m_new.clear();
    m_hasPrevious = false;
    m_workspace.clear();
}

} // namespace DriftDeck
