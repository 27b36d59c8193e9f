#pragma once

#include "drift/driftresult.h"
#include "snapshot/snapshot.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace DriftDeck {

class Capture;
class CredentialProvider;

// The open workspace (or snapshot) behind the window: runs refreshes and drift computations off
// the GUI thread and publishes consistent (snapshot, drift) pairs. A newer refresh or baseline
// change supersedes older work: late results of superseded work are dropped, never applied.
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    // Opens a workspace (and starts a refresh) or a snapshot (offline). On failure returns false,
    // keeps whatever was open before and emits errorOccurred with every problem found.
    bool open(const QString &path);
    void close();

    QString path() const { return m_path; }
    bool isOpen() const { return !m_path.isEmpty(); }
    bool isOffline() const { return isOpen() && !m_workspace; } // a snapshot, no sources
    const std::optional<Workspace> &workspace() const { return m_workspace; }
    QString title() const; // the workspace's name
    QStringList environmentNames() const;

    SnapshotPtr snapshot() const { return m_snapshot; }
    const DriftResult &drift() const { return m_drift; }
    int baseline() const { return m_baseline; }
    bool isRefreshing() const { return !m_capture.isNull() || !m_retries.isEmpty(); }

    void setBaseline(int environment);
    void refresh();
    // Reads one source of one environment again and splices its keys into the current capture
    // (the whole environment when the source shares keys with another; see sourceretry.h).
    // A full refresh supersedes it. Progress arrives through sourceStarted/sourceFinished.
    void retrySource(const QString &environment, const QString &sourceId);
    void cancelRefresh();
    // Re-reads the workspace's policy (e.g. after a rule was added) and recomputes drift.
    bool reloadPolicy();
    // Rule expiry is judged as of this date (default today); tests pin it.
    void setToday(QDate today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    // Where credentials named by the workspace come from: environment variables and the
    // desktop keychain unless replaced (tests). Not owned; must outlive the session.
    void setCredentialProvider(CredentialProvider *provider) { m_credentials = provider; }
    CredentialProvider *credentialProvider() const { return m_credentials; }

Q_SIGNALS:
    void opened(); // a new workspace or snapshot is open (names, environments known)
    void refreshStarted(int sources);
    void sourceStarted(const QString &environment, const DriftDeck::SourceStatus &status);
    void sourceFinished(const QString &environment, const DriftDeck::SourceStatus &status);
    void refreshProgress(int done, int total);
    void refreshFinished(bool cancelled);
    void snapshotChanged(); // new snapshot and its drift
    void driftChanged(); // same snapshot, new drift (baseline or policy changed)
    void errorOccurred(const QString &message);

private:
    void publish(const SnapshotPtr &snapshot, bool newSnapshot);
    void spliceRetry(const EnvironmentCapture &fresh, const QString &sourceId, bool wholeEnvironment);
    void dropSplices();
    int defaultBaseline(const Snapshot &snapshot) const;

    QString m_path;
    std::optional<Workspace> m_workspace;
    SnapshotPtr m_snapshot;
    SnapshotPtr m_latest; // the newest snapshot handed to publish(), drift maybe still computing
    DriftResult m_drift;
    int m_baseline = -1;
    QDate m_today;
    QPointer<Capture> m_capture;
    QList<QPointer<Capture>> m_retries;
    std::unique_ptr<CredentialProvider> m_defaultCredentials;
    CredentialProvider *m_credentials = nullptr;
    // Pool work in flight, let go of (background/cancelflag.h) when newer work replaces it.
    QList<QPointer<QFutureWatcherBase>> m_splices; // retried sources spliced into m_latest
    QPointer<QFutureWatcherBase> m_driftWork; // the drift of m_latest
};

} // namespace DriftDeck
