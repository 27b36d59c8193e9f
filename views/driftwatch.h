#pragma once

#include "snapshot/snapshot.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace DriftDeck {

class DriftResult;

// Watch mode, for incidents: refreshes every few seconds and tells which cells started drifting
// since the refresh before, so the one change that matters does not drown in known drift.
class DriftWatch : public QObject
{
    Q_OBJECT
public:
    explicit DriftWatch(QObject *parent = nullptr);

    // 0 turns watch mode off.
    void setInterval(int seconds);
    int interval() const { return m_seconds; }

    // A new snapshot from a refresh: returns the cells (MatrixDelegate::newDriftId) drifting now
    // that did not drift in the previous one. The first snapshot of a workspace has none.
    QSet<QString> compare(const Snapshot &snapshot, const DriftResult &result);
    // Same snapshot, other verdicts (baseline changed): start over without announcing anything.
    void rebase(const Snapshot &snapshot, const DriftResult &result);
    void reset();
    const QSet<QString> &newDrift() const { return m_new; }

Q_SIGNALS:
    void refreshDue();

private:
    static QSet<QString> driftingCells(const Snapshot &snapshot, const DriftResult &result);

    QTimer m_timer;
    int m_seconds = 0;
    bool m_hasPrevious = false;
    QString m_workspace;
    QSet<QString> m_previous;
    QSet<QString> m_new;
};

} // namespace DriftDeck
