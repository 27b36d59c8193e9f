#pragma once

#include "imageregistries.h"
#include "sources/source.h"

#include <QElapsedTimer>

#include <memory>

namespace DriftDeck {

class CredentialProvider;

// A cluster source (kubernetes API, kubectl-json) with `registries:`: once the cluster's rows are
// read, the tag each workload's container names is resolved in its registry (HEAD manifest with
// the four Accept types, through the registry source and its Basic/Bearer flows), and the digest
// it names now is added as <image key>/registryDigest beside the digests the pods run. The drift
// engine compares the two (drift/movedtag.h).
//
// A registry that fails (refused credentials, no answer in time) costs only its own rows: they
// are unknown (masked) and a warning says why; the cluster's rows stay. A tag the registry does
// not have leaves the row out with a warning. The lookups share what is left of the source's
// timeout, so the capture's watchdog never has to cut the whole source off.
class RegistryDigestsSource : public Source
{
    Q_OBJECT
public:
    RegistryDigestsSource(SourceContext context, std::unique_ptr<Source> cluster, QObject *parent = nullptr);
    ~RegistryDigestsSource() override;

    void start() override;
    void cancel() override;

private:
    void clusterRead(const SourceResult &result);
    void resolveCredential(qsizetype registry);
    void lookUp(qsizetype registry, const QString &credential);
    void lookupDone(qsizetype registry, const SourceResult &found);
    void lookupFailed(qsizetype registry, const QString &error);
    void finishOne();
    void emitResult();
    void emitFailure(const QString &error);

    std::unique_ptr<Source> m_cluster;
    QList<ImageRegistry> m_registries;
    QList<QList<RegistryLookup>> m_lookups;
    std::vector<std::unique_ptr<Source>> m_lookupSources;
    std::unique_ptr<CredentialProvider> m_credentials;
    SourceResult m_result;
    QElapsedTimer m_clock;
    int m_outstanding = 0;
    bool m_done = false;
};

// The source to run for a cluster source type: cluster itself without `registries:`, else
// cluster wrapped in a RegistryDigestsSource.
std::unique_ptr<Source> withRegistryDigests(const SourceContext &context, std::unique_ptr<Source> cluster);

} // namespace DriftDeck
