#include "historykeeper.h"

#include "workspace/workspace.h"

#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrentRun>

namespace DriftDeck {

namespace {

constexpr QLatin1StringView KeepAutomaticallyKey("history/keepAutomatically");
constexpr QLatin1StringView KeepCountKey("history/keepCount");
constexpr QLatin1StringView KeepDaysKey("history/keepDays");

// -1 (no limit) or within [minimum, maximum]; anything else falls back to the default.
int readLimit(const QSettings &settings, QLatin1StringView key, int minimum, int maximum, int fallback)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    if (!ok || (value != -1 && (value < minimum || value > maximum)))
        return fallback;
    return value;
}

// What the snapshot holds, independent of when it was taken and of hash iteration order:
// equal for two captures that read the same values.
quint64 contentFingerprint(const Snapshot &snapshot)
{
    quint64 sum = qHashMulti(0, snapshot.environments.size(), snapshot.saltId);
    for (qsizetype env = 0; env < snapshot.environments.size(); ++env) {
        const EnvironmentCapture &capture = snapshot.environments[env];
        sum += qHashMulti(0, env, capture.name);
        for (auto it = capture.entries.cbegin(); it != capture.entries.cend(); ++it)
            sum += qHashMulti(0, env, it.key(), it->value.canonical(), it->stale);
        for (const SourceStatus &source : capture.sources)
            sum += qHashMulti(0, env, source.id, int(source.state), source.error);
    }
    return sum;
}

// An unchanged capture is still kept this often, so the chart shows that nothing changed.
constexpr qint64 UnchangedKeepIntervalSecs = 3600;

} // namespace

HistoryStore historyStoreFor(const Workspace &workspace, const QString &root)
{
    if (!workspace.history.folder.isEmpty())
        return HistoryStore::inFolder(workspace.history.folder);
    return HistoryStore(workspace.name, workspace.filePath, root);
}

HistorySettings historySettingsFor(const HistoryOptions &workspace, HistorySettings user)
{
    if (workspace.keepCount != -2)
        user.keepCount = workspace.keepCount;
    if (workspace.keepDays != -2)
        user.keepDays = workspace.keepDays;
    return user;
}

struct HistoryKeeper::Outcome {
    QString directory; // of the store it was saved to
    HistorySaveResult save;
    QStringList removed;
    quint64 fingerprint = 0;
    bool unchanged = false; // an automatic keep of the same content as the last one: not saved
};

HistoryKeeper::HistoryKeeper(const HistoryStore &store, const HistorySettings &settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
{
}

// A save in flight owns copies of everything it needs, so it finishes safely without us.
HistoryKeeper::~HistoryKeeper() = default;

HistorySettings HistoryKeeper::readSettings()
{
    return readSettings(QSettings());
}

HistorySettings HistoryKeeper::readSettings(const QSettings &settings)
{
    HistorySettings history;
    history.keepAutomatically = settings.value(KeepAutomaticallyKey, true).toBool();
    // At least one snapshot is kept by count, so a save is never deleted by its own retention.
    history.keepCount
        = readLimit(settings, KeepCountKey, 1, HistorySettings::MaximumKeepCount, HistorySettings::DefaultKeepCount);
    history.keepDays
        = readLimit(settings, KeepDaysKey, 0, HistorySettings::MaximumKeepDays, HistorySettings::DefaultKeepDays);
    return history;
}

void HistoryKeeper::writeSettings(const HistorySettings &history)
{
    QSettings settings;
    writeSettings(history, settings);
}

void HistoryKeeper::writeSettings(const HistorySettings &history, QSettings &settings)
{
    settings.setValue(KeepAutomaticallyKey, history.keepAutomatically);
    settings.setValue(KeepCountKey, history.keepCount);
    settings.setValue(KeepDaysKey, history.keepDays);
}

void HistoryKeeper::setStore(const HistoryStore &store)
{
    m_store = store;
    m_waiting.reset();
    m_lastKept.reset();
    m_lastKeptPath.clear();
}

void HistoryKeeper::setSettings(const HistorySettings &settings)
{
    m_settings = settings;
}

void HistoryKeeper::keep(SnapshotPtr snapshot)
{
    keepSnapshot(std::move(snapshot), false);
}

void HistoryKeeper::keepSnapshot(SnapshotPtr snapshot, bool onlyIfChanged)
{
    if (!snapshot)
        return;
    if (snapshot == m_lastKept.lock()) {
        Q_EMIT kept(m_lastKeptPath);
        return;
    }
    if (m_running) {
        if (snapshot != m_saving) {
            m_waiting = std::move(snapshot);
            m_waitingOnlyIfChanged = onlyIfChanged;
        }
        return;
    }
    start(snapshot, onlyIfChanged);
}

bool HistoryKeeper::keepIfAutomatic(SnapshotPtr snapshot)
{
    if (!m_settings.keepAutomatically || !snapshot)
        return false;
    keepSnapshot(std::move(snapshot), true);
    return true;
}

void HistoryKeeper::start(const SnapshotPtr &snapshot, bool onlyIfChanged)
{
    m_running = true;
    m_saving = snapshot;
    const HistoryStore store = m_store;
    const HistorySettings limits = m_settings;
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    // Watch mode refreshes every few seconds: an automatic keep of what the last one already
    // holds is skipped (unless an hour passed), so the history is not flooded with copies.
    const bool skipUnchanged
        = onlyIfChanged && m_lastSavedAt.isValid() && m_lastSavedAt.secsTo(now) < UnchangedKeepIntervalSecs;
    const quint64 lastFingerprint = m_lastFingerprint;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, snapshot] {
        watcher->deleteLater();
        finish(watcher->result(), snapshot);
    });
    watcher->setFuture(QtConcurrent::run([store, limits, now, snapshot, skipUnchanged, lastFingerprint] {
        Outcome outcome;
        outcome.directory = store.directory();
        outcome.fingerprint = contentFingerprint(*snapshot);
        if (skipUnchanged && outcome.fingerprint == lastFingerprint) {
            outcome.unchanged = true;
            return outcome;
        }
        outcome.save = store.save(*snapshot);
        if (outcome.save.ok())
            outcome.removed = store.applyRetention(limits.keepCount, limits.keepDays, now);
        return outcome;
    }));
}

void HistoryKeeper::finish(const Outcome &outcome, const SnapshotPtr &snapshot)
{
    m_running = false;
    m_saving.reset();
    if (outcome.save.ok() && outcome.directory == m_store.directory()) {
        m_lastKept = snapshot;
        m_lastKeptPath = outcome.save.path;
        m_lastFingerprint = outcome.fingerprint;
        m_lastSavedAt = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    }
    // Start the next save before telling anyone, so a slot that keeps again finds us busy.
    if (SnapshotPtr next = std::exchange(m_waiting, nullptr))
        start(next, m_waitingOnlyIfChanged);
    if (outcome.unchanged)
        return;
    if (outcome.save.ok()) {
        Q_EMIT kept(outcome.save.path);
        Q_EMIT historyChanged();
    } else {
        Q_EMIT failed(outcome.save.errorString);
    }
}

} // namespace DriftDeck
