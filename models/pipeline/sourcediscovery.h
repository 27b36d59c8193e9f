#pragma once

#include "snapshot/snapshot.h"
#include "sources/source.h"
#include "workspace/environmentdiscovery.h"
#include "workspace/workspace.h"

#include <QObject>

#include <memory>
#include <vector>

namespace DriftDeck {

class CredentialProvider;

// The discoveries of a workspace that a source lists (`from:` a kubernetes source's namespaces or
// a registry's tags), run at the start of a capture: each through its source's type with that
// source's settings for one environment (server, kubeconfig context, credentials, timeout). A
// listing that fails does not fail the capture: its warning says why, and the previews the last
// capture had from that discovery are kept, so a cluster that does not answer for a moment does
// not read as every preview being gone. Lives on the capture's thread; the sources do their own
// work off it.
class SourceDiscovery : public QObject
{
    Q_OBJECT
public:
    SourceDiscovery(const Workspace &workspace, SnapshotPtr previous, CredentialProvider *credentials,
                    int watchdogGraceMs, QObject *parent = nullptr);
    ~SourceDiscovery() override;

    static bool isNeeded(const Workspace &workspace);

    // Emits finished() once, later (never from inside start()).
    void start();
    // Stops the listings; finished() is not emitted after it.
    void cancel();

Q_SIGNALS:
    // By discovery index, each with its warnings. Only for direct connections.
    void finished(const DriftDeck::ListedEnvironments &listed);

private:
    struct Lister;

    void launch(Lister &lister, const QString &credential);
    void complete(Lister &lister, const SourceResult &result);
    DiscoveryResult keptFromPrevious(const EnvironmentDiscovery &discovery) const;

    Workspace m_workspace;
    SnapshotPtr m_previous;
    CredentialProvider *m_credentials = nullptr;
    int m_watchdogGraceMs = 0;
    std::vector<std::unique_ptr<Lister>> m_listers;
    ListedEnvironments m_listed;
    int m_pending = 0;
    bool m_cancelled = false;
};

} // namespace DriftDeck
