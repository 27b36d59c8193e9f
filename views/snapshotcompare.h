#pragma once

#include "snapshot/snapshotdiff.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace DriftDeck {

class SnapshotCompareFilter;
class SnapshotCompareModel;

// What changed between two captures (two saved snapshots, or a saved one and live data): per
// environment the keys added, removed and changed (old → new; secrets only as "changed") and
// the drift that appeared or went away, with the counts on top and filters for key text,
// environment and kind of change.
class SnapshotCompare : public QWidget
{
    Q_OBJECT
public:
    explicit SnapshotCompare(QWidget *parent = nullptr);

    // labelA / labelB name the older and the newer side: "Saved 14 Mar 09:26", "Live".
    void setDiff(const SnapshotDiff &diff, const QString &labelA, const QString &labelB);

    // The counts line ("Added 3 · Removed 1 · …") and the notes under it, as shown.
    QString summaryText() const;
    QString notesText() const;
    SnapshotCompareModel *model() const { return m_model; }
    SnapshotCompareFilter *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    // A row was double-clicked (or Enter pressed): show this key in this environment.
    void keyActivated(const QString &key, const QString &environment);

private:
    void updateShowing();

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notes = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_environment = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_showing = nullptr;
    QLabel *m_empty = nullptr;
    QTreeView *m_view = nullptr;
    SnapshotCompareModel *m_model = nullptr;
    SnapshotCompareFilter *m_filter = nullptr;
};

} // namespace DriftDeck
