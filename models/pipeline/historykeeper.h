#pragma once

#include "snapshot/historystore.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class QSettings;

namespace DriftDeck {

// How many saved snapshots to keep. A snapshot is deleted only when it is beyond both limits:
// older than the newest keepCount and taken more than keepDays ago. -1 means no limit, which
// keeps everything.
struct HistorySettings {
    static constexpr int DefaultKeepCount = 500;
    static constexpr int DefaultKeepDays = 90;
    static constexpr int MaximumKeepCount = 1000000;
    static constexpr int MaximumKeepDays = 36500;

    bool keepAutomatically = true; // every finished refresh is saved
    int keepCount = DefaultKeepCount;
    int keepDays = DefaultKeepDays;

    friend bool operator==(const HistorySettings &, const HistorySettings &) = default;
};

struct HistoryOptions;
struct Workspace;

// Where a workspace's history lives: its `history: folder:` when it names one, else a folder of
// its own under the user's data folder (root, when given, replaces that data folder in tests).
HistoryStore historyStoreFor(const Workspace &workspace, const QString &root = {});
// The user's settings with the workspace's own `history:` limits in their place: every writer of
// a shared history then applies the same retention.
HistorySettings historySettingsFor(const HistoryOptions &workspace, HistorySettings user);

// Saves snapshots into a workspace's history folder off the GUI thread, then applies retention.
// One save runs at a time; snapshots kept while one runs wait, and only the newest waiting one
// is saved (a burst of refreshes keeps the latest, not every intermediate state).
class HistoryKeeper : public QObject
{
    Q_OBJECT
public:
    explicit HistoryKeeper(const HistoryStore &store, const HistorySettings &settings = readSettings(),
                           QObject *parent = nullptr);
    ~HistoryKeeper() override;

    // Settings live in QSettings under "history/"; out-of-range values read back as the defaults.
    static HistorySettings readSettings();
    static HistorySettings readSettings(const QSettings &settings);
    static void writeSettings(const HistorySettings &history);
    static void writeSettings(const HistorySettings &history, QSettings &settings);

    const HistoryStore &store() const { return m_store; }
    // Another workspace opened: later keeps go to its folder; a waiting snapshot is dropped.
    void setStore(const HistoryStore &store);
    HistorySettings settings() const { return m_settings; }
    void setSettings(const HistorySettings &settings);

    // Saves the snapshot (asynchronously). Keeping the snapshot most recently kept again does
    // nothing but emit kept() with its path, so "Keep snapshot" after an automatic keep is harmless.
    void keep(SnapshotPtr snapshot);
    // keep() when the settings say to keep every refresh; returns whether it did. A capture
    // holding exactly what the last saved one held is skipped unless an hour has passed.
    bool keepIfAutomatic(SnapshotPtr snapshot);
    bool isBusy() const { return m_running; }
    // Retention measures age from this time; invalid (the default) means the current time.
    void setNow(const QDateTime &now) { m_now = now; }

Q_SIGNALS:
    void kept(const QString &path);
    void failed(const QString &errorString);
    // Files were added to or removed from the history folder.
    void historyChanged();

private:
    struct Outcome;
    void keepSnapshot(SnapshotPtr snapshot, bool onlyIfChanged);
    void start(const SnapshotPtr &snapshot, bool onlyIfChanged);
    void finish(const Outcome &outcome, const SnapshotPtr &snapshot);

    HistoryStore m_store;
    HistorySettings m_settings;
    QDateTime m_now;
    bool m_running = false;
    SnapshotPtr m_saving;
    SnapshotPtr m_waiting;
    std::weak_ptr<const Snapshot> m_lastKept;
    QString m_lastKeptPath;
    bool m_waitingOnlyIfChanged = false;
    quint64 m_lastFingerprint = 0; // contentFingerprint() of the last snapshot saved
    QDateTime m_lastSavedAt;
};

} // namespace DriftDeck
