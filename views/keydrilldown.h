#pragma once

#include "drift/driftresult.h"
#include "snapshot/snapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace KSyntaxHighlighting {
class Repository;
}

namespace DriftDeck {

class DiffView;
class KeyDetailModel;
class MetricChartView;
class ValueHighlighter;

// Everything about one key, for the drill-down dock: its value in every environment, the
// baseline and one chosen environment side by side with syntax colouring and a line diff, how
// the chosen environment got its value (the layers, lowest priority first, the winner last),
// which source read it and when, and the rule that explains an expected difference. Secrets only
// ever show same/differs.
class KeyDrillDown : public QWidget
{
    Q_OBJECT
public:
    // repository: the application's syntax definitions; defaults to ValueHighlighter's shared one.
    explicit KeyDrillDown(QWidget *parent = nullptr, KSyntaxHighlighting::Repository *repository = nullptr);
    ~KeyDrillDown() override;

    // environment: the one to compare with the baseline; -1 picks the first that drifts.
    void showKey(SnapshotPtr snapshot, const DriftResult &result, const QString &key, int environment = -1);
    void clear();

    QString key() const { return m_key; }
    int comparedEnvironment() const { return m_compared; }
    void setComparedEnvironment(int environment);
    // The "Over Time" tab of metric rows; the window hands it the workspace to read from.
    MetricChartView *metricChart() const { return m_metricChart; }

Q_SIGNALS:
    void comparedEnvironmentChanged(int environment);
    // "Mark as expected…" for the compared environment's cell.
    void markExpectedRequested(const QString &key, int environment);
    // A provenance layer was activated: location as recorded (relative to the workspace), line or 0.
    void openLocationRequested(const QString &location, int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Verdict {
        DriftStatus status = DriftStatus::Absent;
        CellNote note = CellNote::None;
        int rule = -1;
    };

    void buildLayout();
    void updateComparison();
    void showMetricChart(bool newCapture);
    void updateValues();
    void updateDetails();
    QString environmentTitle(int environment) const;
    QString sourceText(int environment) const;
    QString ruleText(int environment) const;
    QString summaryText() const;

    SnapshotPtr m_snapshot;
    QString m_key;
    QString m_reason; // the row's finding from its state ("ops flag … is on in production")
    int m_row = -1;
    int m_baseline = -1;
    int m_compared = -1;
    QList<Verdict> m_verdicts;

    KSyntaxHighlighting::Repository *m_repository;
    KeyDetailModel *m_model;
    QLabel *m_keyLabel;
    QLabel *m_summaryLabel;
    QTableView *m_table;
    QComboBox *m_compareCombo;
    QLabel *m_syntaxLabel;
    QPushButton *m_markButton;
    QStackedWidget *m_pages; // a hint while no key is chosen, else the details
    QStackedWidget *m_valueStack;
    QTabWidget *m_tabs;
    QLabel *m_baselineTitle;
    QLabel *m_otherTitle;
    QPlainTextEdit *m_baselineValue;
    QPlainTextEdit *m_otherValue;
    ValueHighlighter *m_baselineHighlighter;
    ValueHighlighter *m_otherHighlighter;
    DiffView *m_diff;
    MetricChartView *m_metricChart;
    QLabel *m_secretLabel;
    QLabel *m_provenanceTitle;
    QTreeWidget *m_provenance;
    QLabel *m_sourceLabel;
    QLabel *m_ruleLabel;
};

} // namespace DriftDeck
