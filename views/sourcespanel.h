#pragma once

#include "snapshot/snapshot.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace DriftDeck {

// Every environment × source of the open workspace: whether it is fine, being read, stale or
// failing, how long it took, when it last worked and the full error. Retries one source or
// cancels the refresh; the session does the work.
class SourcesPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { EnvironmentColumn, SourceColumn, StatusColumn, LatencyColumn, LastSuccessColumn, ErrorColumn };
    Q_ENUM(Column)
    static constexpr int ColumnCount = 6;

    // What a row says, in the words of someone on call. Stale: the source failed now but its
    // last good values are still shown.
    enum class Health { Waiting, Fetching, Ok, Stale, Failed, Cancelled };
    Q_ENUM(Health)
    static Health health(const SourceStatus &status);
    // A glyph for every health, so status never depends on colour alone.
    static QString glyph(Health health);
    static QString title(Health health);
    // "85 ms", "2.4 s", "—".
    static QString latencyText(qint64 milliseconds);

    explicit SourcesPanel(QWidget *parent = nullptr);
    ~SourcesPanel() override;

    // Replaces the rows with the sources of every environment of the snapshot.
    void loadSnapshot(const Snapshot &snapshot);
    void clear();

    int rowCount() const;
    // The row for a source, or -1.
    int rowOf(const QString &environment, const QString &sourceId) const;
    Health rowHealth(int row) const;

public Q_SLOTS:
    // Connect to WorkspaceSession::sourceStarted / sourceFinished / refreshStarted / refreshFinished.
    void sourceStarted(const QString &environment, const DriftDeck::SourceStatus &status);
    void sourceFinished(const QString &environment, const DriftDeck::SourceStatus &status);
    void setRefreshing(bool refreshing);

Q_SIGNALS:
    void retryRequested(const QString &environment, const QString &sourceId);
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QTreeWidgetItem *itemFor(const QString &environment, const SourceStatus &status);
    void fill(QTreeWidgetItem *item, const SourceStatus &status);
    void updateDetail();
    void updateActions();
    void updateSummary();

    QHash<QString, QString> m_environmentTitles; // name -> display name
    QHash<QTreeWidgetItem *, SourceStatus> m_statuses;
    bool m_refreshing = false;

    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_detail;
    QPushButton *m_retry;
    QPushButton *m_cancel;
};

} // namespace DriftDeck
