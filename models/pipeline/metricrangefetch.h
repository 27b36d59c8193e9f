#pragma once

#include "background/cancelflag.h"
#include "sources/metrics/metricrange.h"
#include "workspace/workspace.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace DriftDeck {

class CredentialProvider;
class Source;

// The named Prometheus queries of a workspace over a window, read from every environment at
// once (query_range), one chart per query with a line per environment. An environment that
// fails (refused, timed out, bad credential, bad PromQL) gives its line an error and nothing
// else is lost. Lives on the thread that starts it; the network is asynchronous and parsing runs
// on the pool.
//
// Dropping stale work: the requester hands in a CancelFlagPtr and, for a newer request, sets it
// and deletes this object (or lets go of it): nothing is emitted after that, nothing waits.
class MetricRangeFetch : public QObject
{
    Q_OBJECT
public:
    // names: the queries to chart (empty: all); end: where the window ends (now, usually).
    MetricRangeFetch(Workspace workspace, MetricWindow window, const QDateTime &end, QStringList names = {},
                     CancelFlagPtr cancelled = makeCancelFlag(), QObject *parent = nullptr);
    ~MetricRangeFetch() override;

    // Optional: where credentials named in the workspace come from. Not owned.
    void setCredentialProvider(CredentialProvider *provider) { m_credentials = provider; }
    void start();

    // The names of every named query of the workspace's prometheus sources, sorted.
    static QStringList queryNames(const Workspace &workspace);

    // Runs a fetch to the end with a local event loop: for the command line and tests.
    static QList<MetricChart> runBlocking(const Workspace &workspace, MetricWindow window, const QDateTime &end,
                                          CredentialProvider *credentials = nullptr, const QStringList &names = {});

Q_SIGNALS:
    void finished(const QList<DriftDeck::MetricChart> &charts);

private:
    struct Job;

    void startJobs();
    void launch(Job &job, const QString &credential);
    void complete(Job &job, const QString &errorString);
    void assemble();

    Workspace m_workspace;
    MetricWindowSpan m_span;
    MetricWindow m_window;
    QStringList m_names;
    CancelFlagPtr m_cancelled;
    CredentialProvider *m_credentials = nullptr;
    std::vector<std::unique_ptr<Job>> m_jobs;
    QTimer m_watchdog; // sources keep their own timeouts; this only ends one that never reports
    int m_done = 0;
    bool m_finished = false;
};

} // namespace DriftDeck
