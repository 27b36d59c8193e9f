#pragma once

#include "background/cancelflag.h"
#include "sources/metrics/metricrange.h"
#include "workspace/workspace.h"

#include <QWidget>

#include <memory>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace DriftDeck {

class CredentialProvider;
class MetricRangeFetch;

// One named Prometheus query over time: a window chooser (1 h, 6 h, 24 h, 7 d), the chart (a
// line per environment, its limits, tooltips with exact values and local times) and, in place,
// what failed per environment. Reading runs in the background; choosing another metric or
// window, or closing, drops the reading still under way.
class MetricChartView : public QWidget
{
    Q_OBJECT
public:
    explicit MetricChartView(QWidget *parent = nullptr);
    ~MetricChartView() override;

    // The workspace whose prometheus sources to read (none: a snapshot is open, nothing to chart).
    // credentials: not owned, must outlive this view.
    void setWorkspace(const std::optional<Workspace> &workspace, CredentialProvider *credentials);
    // Whether name is a named query of the workspace.
    bool canChart(const QString &name) const;
    // Reads name over the current window and shows it.
    void showMetric(const QString &name);
    QString metricName() const { return m_name; } // not metric(): QWidget::metric() is virtual

    MetricWindow window() const { return m_window; }
    void setWindow(MetricWindow window); // reads again when a metric is shown
    // Where windows end; invalid (the default): now. Tests pin it.
    void setEnd(const QDateTime &end) { m_end = end; }

    // Shows data read elsewhere (the report's preview, tests).
    void setChart(const MetricChart &chart);
    const MetricChart &chart() const { return m_chart; }
    QChart *qchart() const { return m_qchart; }
    bool isLoading() const { return m_fetch != nullptr; }
    // The errors shown beside the chart, one line per environment ("staging: …").
    QString errorText() const;

Q_SIGNALS:
    void chartChanged(); // new data shown

protected:
    void changeEvent(QEvent *event) override;

private:
    void fetch();
    void dropFetch();
    void redraw();

    std::optional<Workspace> m_workspace;
    QStringList m_names;
    CredentialProvider *m_credentials = nullptr;
    QString m_name;
    MetricWindow m_window = MetricWindow::OneHour;
    QDateTime m_end;
    MetricChart m_chart;
    CancelFlagPtr m_cancelled;
    MetricRangeFetch *m_fetch = nullptr; // owned; deleted later, it may be inside its own signal

    QComboBox *m_windowCombo;
    QLabel *m_title;
    QLabel *m_status;
    QChart *m_qchart;
    QChartView *m_chartView;
    QLabel *m_errors;
    QLabel *m_caption;
};

} // namespace DriftDeck
