#pragma once

#include "snapshot/snapshot.h"
#include "sources/source.h"
#include "values/secrets.h"
#include "workspace/environmentdiscovery.h"
#include "workspace/workspace.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace DriftDeck {

class CredentialProvider;
class SourceDiscovery;

// One refresh of a workspace: runs every environment × source concurrently (bounded), each with
// a watchdog, protects secrets, and assembles a Snapshot off the calling thread. A source that
// fails never takes the others down: its keys keep the previous capture's values, marked stale.
// Lives on the thread that starts it (the GUI thread or the command line's main thread); no
// heavy work happens there.
class Capture : public QObject
{
    Q_OBJECT
public:
    Capture(const Workspace &workspace, SecretPolicy secrets, QObject *parent = nullptr);
    ~Capture() override;

    // Optional: where credentials named in the workspace come from. Not owned.
    void setCredentialProvider(CredentialProvider *provider) { m_credentials = provider; }
    // Optional: the last capture, whose values stand in (stale) for failing sources.
    void setPrevious(SnapshotPtr previous) { m_previous = std::move(previous); }
    void setMaxConcurrent(int count) { m_maxConcurrent = std::max(1, count); }
    // How long past its own timeout a silent source may run before it is ended (tests shorten it).
    void setWatchdogGrace(int ms) { m_watchdogGraceMs = ms; }

    // Discoveries that a source lists run first (sourcediscovery.h); the environments they find
    // add jobs, announced by progress() with the new total.
    void start();
    void cancel();

    int total() const { return int(m_jobs.size()); }
    int done() const { return m_done; }
    bool isRunning() const { return m_started && !m_finished; }

    // Whether a source of the workspace may go over the network: only then does a capture load
    // the TLS backend and the system's CA certificates before its first source starts.
    static bool usesNetwork(const Workspace &workspace);

    // Runs a capture to the end with a local event loop: for the command line and tests.
    static SnapshotPtr runBlocking(const Workspace &workspace, const SecretPolicy &secrets,
                                   CredentialProvider *credentials = nullptr);

Q_SIGNALS:
    void sourceStarted(const QString &environment, const DriftDeck::SourceStatus &status);
    void sourceFinished(const QString &environment, const DriftDeck::SourceStatus &status);
    void progress(int done, int total);
    void finished(DriftDeck::SnapshotPtr snapshot);

private:
    struct Job;

    void buildJobs();
    void discovered(const ListedEnvironments &listed);
    void startJobs();
    void startNext();
    void launch(Job &job, const QString &credential);
    void complete(Job &job, SourceResult result);
    void assemble();

    QStringList m_warnings; // environment discovery's (declared before m_workspace, which fills it)
    Workspace m_declared; // as given: discoveries a source lists resolve when the capture starts
    Workspace m_workspace; // with the discovered environments
    SourceDiscovery *m_discovery = nullptr; // a child, while sources list environments
    SecretPolicy m_secrets;
    CredentialProvider *m_credentials = nullptr;
    SnapshotPtr m_previous;
    std::vector<std::unique_ptr<Job>> m_jobs;
    // Sources mostly wait on the network, so many run at once: 20 environments × 5 sources
    // finish in about one round trip. The bound keeps sockets and memory in check (each HTTP
    // source has its own network manager, at most six connections to its server).
    static constexpr int DefaultMaxConcurrent = 128;
    static constexpr int StartBatch = 16;
    int m_maxConcurrent = DefaultMaxConcurrent;
    bool m_startQueued = false;
    int m_watchdogGraceMs = 20000;
    int m_nextJob = 0;
    int m_running = 0;
    int m_done = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QDateTime m_startedAt;
};

} // namespace DriftDeck
