#pragma once

#include <QSplitter>

namespace DriftDeck {

class DriftWatch;
class KeyDrillDown;
class MatrixFilterProxy;
class MatrixModel;
class MatrixView;
class WorkspaceSession;

// The drift matrix of the open workspace or snapshot and, beside it, the drill-down of the
// current key. Follows the session on its own: keeps the user's place (current key and column,
// column widths) across refreshes, marks the drift that is new since the refresh before (watch
// mode), and remembers each workspace's column widths between runs.
class MatrixPane : public QSplitter
{
    Q_OBJECT
public:
    // watch tells which drift is new; it belongs to the watch mode (WorkspaceControls).
    MatrixPane(WorkspaceSession *session, DriftWatch *watch, QWidget *parent = nullptr);

    MatrixModel *model() const { return m_model; }
    MatrixFilterProxy *proxy() const { return m_proxy; }
    MatrixView *view() const { return m_view; }
    KeyDrillDown *drillDown() const { return m_drillDown; }

    // Makes the key's cell in the environment (by name; the key column when unknown) current.
    void selectKey(const QString &key, const QString &environment);
    // Remembers the open workspace's column widths (before another opens, when the window closes).
    void saveColumnState();

Q_SIGNALS:
    // The matrix shows another workspace, snapshot or drift: what depends on it (the baseline
    // selector, actions) updates now, after the model did.
    void shown();
    // "Drift in 5 of 12 keys · read 12:04", for the status bar.
    void summaryChanged(const QString &text);
    // A click on an environment's header (a snapshot index).
    void baselineRequested(int environment);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onOpened();
    void onSnapshotChanged();
    void onDriftChanged();
    void showCurrentKey();
    void restoreColumnState();
    void updateSummary();

    WorkspaceSession *m_session;
    DriftWatch *m_watch;
    MatrixModel *m_model;
    MatrixFilterProxy *m_proxy;
    MatrixView *m_view;
    KeyDrillDown *m_drillDown;
    bool m_columnStateRestored = false;
};

} // namespace DriftDeck
