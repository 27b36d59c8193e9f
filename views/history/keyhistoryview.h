#pragma once

#include "background/cancelflag.h"
#include "snapshot/keyhistory.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QTreeWidget;

namespace DriftDeck {

// "Show history" for one key: when its value changed in each environment across the saved
// snapshots, one row per change. Secrets show only that they changed. Double-clicking a row asks
// for the snapshot it was seen in.
class KeyHistoryView : public QWidget
{
    Q_OBJECT
public:
    enum Column { TimeColumn, EnvironmentColumn, ValueColumn, ChangeColumn, ColumnCount };

    explicit KeyHistoryView(QWidget *parent = nullptr);
    ~KeyHistoryView() override;

    // Reads the snapshots off the GUI thread; an earlier key still being read is dropped.
    void showKey(const QString &key, const QList<HistoryEntry> &entries);
    // A result computed elsewhere.
    void setResult(const KeyHistoryResult &result);
    void cancelReading();

    QString key() const { return m_result.key; }
    const KeyHistoryResult &result() const { return m_result; }
    bool isReading() const { return m_reading != nullptr; }
    QTreeWidget *table() const { return m_table; }

    // What the Value and Change columns say for one point.
    static QString valueText(const KeyHistoryPoint &point);
    static QString changeText(const KeyHistoryPoint &point);

Q_SIGNALS:
    void snapshotRequested(const QString &path);
    void readingFinished();

private:
    void dropReading();
    void fill();

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_table = nullptr;
    KeyHistoryResult m_result;
    QPointer<QFutureWatcherBase> m_reading;
    CancelFlagPtr m_cancel;
};

} // namespace DriftDeck
