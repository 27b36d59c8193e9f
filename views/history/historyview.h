#pragma once

#include "background/cancelflag.h"
#include "history/historychart.h"
#include "snapshot/historysummary.h"
#include "workspace/policy.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QStackedWidget;

namespace DriftDeck {

// Drift over time: one chart of drifting keys per saved snapshot, stacked by category, for one
// environment or all of them summed. Reading the snapshots happens off the GUI thread; clicking
// the chart asks for the snapshot nearest the click.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    // Reads every listed snapshot and counts its drift against baseline (empty: each snapshot's
    // own) under policy, as HistorySummary does. Work still running for an earlier call is dropped.
    void setHistory(const QList<HistoryEntry> &entries, const QString &baseline, const Policy &policy);
    // The same baseline and policy over a new list (after a snapshot was kept or retention ran):
    // only snapshots not read before are read.
    void updateHistory(const QList<HistoryEntry> &entries);
    // Counts computed elsewhere against baseline; nothing is read.
    void setPoints(const QList<HistoryPoint> &points, const QString &baseline = {});
    void cancelReading();

    QList<HistoryPoint> points() const { return m_points; }
    bool isReading() const { return m_reading != nullptr; }
    // Empty: all environments summed.
    QString environment() const;
    void setEnvironment(const QString &environment);
    const HistoryChartData &chartData() const { return m_data; }
    QChart *chart() const;

Q_SIGNALS:
    void snapshotRequested(const QString &path);
    void settingsRequested();
    void readingFinished(); // the points are in (complete, or partial when cancelled)

protected:
    void changeEvent(QEvent *event) override;

private:
    void read(const QList<HistoryEntry> &entries, bool reuse);
    void dropReading();
    void showProgress(int done, int total);
    void applyPoints(const QList<HistoryPoint> &points, int skipped);
    void redraw();
    void connectSeries();
    void openNearest(const QPointF &value);
    void showTip(const QPointF &value, bool entering);

    QWidget *m_header = nullptr; // the environment chooser and the baseline
    QComboBox *m_environments = nullptr;
    QLabel *m_against = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyText = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_note = nullptr;

    QString m_baseline;
    Policy m_policy;
    QList<HistoryPoint> m_points;
    HistoryChartData m_data;
    int m_skipped = 0; // snapshots not read because the reading was cancelled
    QPointer<QFutureWatcherBase> m_reading;
    CancelFlagPtr m_cancel;
};

} // namespace DriftDeck
