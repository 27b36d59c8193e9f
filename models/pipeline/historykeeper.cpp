#include "historykeeper.h"

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

} // namespace

struct HistoryKeeper::Outcome {
    QString directory; // of the store it was saved to
    HistorySaveResult save;
    QStringList removed;
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
    history.keepCount = readLimit(settings, KeepCountKey, 1, HistorySettings::MaximumKeepCount,
                                  HistorySettings::DefaultKeepCount);
    history.keepDays = readLimit(settings, KeepDaysKey, 0, HistorySettings::MaximumKeepDays,
                                 HistorySettings::DefaultKeepDays);
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
    if (!snapshot)
        return;
    if (snapshot == m_lastKept.lock()) {
        Q_EMIT kept(m_lastKeptPath);
        return;
    }
    if (m_running) {
        if (snapshot != m_saving)
            m_waiting = std::move(snapshot);
        return;
    }
    start(std::move(snapshot));
}

bool HistoryKeeper::keepIfAutomatic(SnapshotPtr snapshot)
{
    if (!m_settings.keepAutomatically || !snapshot)
        return false;
    keep(std::move(snapshot));
    return true;
}

void HistoryKeeper::start(SnapshotPtr snapshot)
{
    m_running = true;
    m_saving = snapshot;
    const HistoryStore store = m_store;
    const HistorySettings limits = m_settings;
    const QDateTime now = m_now;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, snapshot] {
        watcher->deleteLater();
        finish(watcher->result(), snapshot);
    });
    watcher->setFuture(QtConcurrent::run([store, limits, now, snapshot] {
        Outcome outcome;
        outcome.directory = store.directory();
        outcome.save = store.save(*snapshot);
        if (outcome.save.ok())
            outcome.removed = store.applyRetention(limits.keepCount, limits.keepDays,
                                                   now.isValid() ? now : QDateTime::currentDateTimeUtc());
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
    }
    // Start the next save before telling anyone, so a slot that keeps again finds us busy.
    if (SnapshotPtr next = std::exchange(m_waiting, nullptr))
        start(std::move(next));
    if (outcome.save.ok()) {
        Q_EMIT kept(outcome.save.path);
        Q_EMIT historyChanged();
    } else {
        Q_EMIT failed(outcome.save.errorString);
    }
}

} // namespace DriftDeck
