#pragma once

#include "snapshot/snapshot.h"
#include "values/normaliser.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QVariantMap>

namespace DriftDeck {

// Everything a source needs to read one environment, already resolved: templates expanded,
// per-environment overrides applied, relative paths still relative to workspaceDirectory.
struct SourceContext {
    QString sourceId;
    QString environment;
    QVariantMap options;
    QString workspaceDirectory;
    NormalisationOptions normalisation;
    QString credential; // the secret named by the workspace, if any; never logged or shown
    int timeoutMs = 10000;

    QString resolvePath(const QString &path) const;
};

// Environment discovery (workspace/environmentdiscovery.h) asks a kubernetes or registry source to
// list names instead of reading an environment, through these options (never written in a
// workspace: the loader refuses unknown options). The result has one entry per name, keyed by the
// name, whose value is its creation time (ISO 8601) when the server tells it, else empty.
namespace DiscoveryListing {
inline constexpr QLatin1StringView What{"discovery.list"}; // "namespaces" or "tags"
inline constexpr QLatin1StringView LabelSelector{"discovery.labelSelector"}; // namespaces
inline constexpr QLatin1StringView Repository{"discovery.repository"}; // tags; default the first repository
} // namespace DiscoveryListing

// What one source read for one environment. A value struct carrying data and error together.
struct SourceResult {
    QList<Layer> layers; // Origin::layer indexes this list
    EntryMap entries; // full keys ("config/database.poolSize")
    QString errorString; // empty on success; never contains credentials
    QStringList warnings; // e.g. a layer file that does not exist
    // Names as the source read them, for keys it renamed (.env's PRIVATE_KEY is the key
    // config/private.key): secret patterns are matched against both.
    QHash<QString, QString> originalNames;

    bool ok() const { return errorString.isEmpty(); }
    static SourceResult failure(const QString &error);
};

// One connector reading one environment. start() returns at once; the source then emits exactly
// one of valuesAvailable() or failed(), on the thread it lives in. Local sources read on a pool
// thread (see FileSource); network sources use asynchronous requests.
class Source : public QObject
{
    Q_OBJECT
public:
    explicit Source(SourceContext context, QObject *parent = nullptr);
    ~Source() override;

    const SourceContext &context() const { return m_context; }

    virtual void start() = 0;
    // After cancel() the source emits failed(tr("Cancelled")) soon, or nothing if already done.
    virtual void cancel();

Q_SIGNALS:
    void valuesAvailable(const DriftDeck::SourceResult &result);
    void failed(const QString &errorString);

protected:
    SourceContext m_context;
};

} // namespace DriftDeck
